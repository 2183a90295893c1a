"""Activation functions g(z) and their derivatives g'(z), kept side by side, in a registry by name."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import numpy as np

Array = np.ndarray
ActivationFn = Callable[[Array], Array]

LEAKY_SLOPE = 0.01


def sigmoid(z: Array) -> Array:
    """sigma(z) = 1 / (1 + e^-z), computed without overflow for any finite z.

    e^-|z| never overflows; for z >= 0 use 1/(1+e^-z), for z < 0 use e^z/(1+e^z).
    For |z| past ~745 e^-|z| underflows to 0, so sigma saturates to exactly 0 or 1.
    """
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_prime(z: Array) -> Array:
    """sigma'(z) = sigma(z) (1 - sigma(z)); peak 0.25 at z = 0."""
    s = sigmoid(z)
    return s * (1.0 - s)


def tanh(z: Array) -> Array:
    """tanh(z) = (e^z - e^-z) / (e^z + e^-z), range (-1, 1)."""
    return np.tanh(z)


def tanh_prime(z: Array) -> Array:
    """tanh'(z) = 1 - tanh(z)^2; peak 1 at z = 0."""
    t = np.tanh(z)
    return 1.0 - t * t


def relu(z: Array) -> Array:
    """ReLU(z) = max(0, z)."""
    return np.maximum(z, 0.0)


def relu_prime(z: Array) -> Array:
    """ReLU'(z) = 1 for z > 0, 0 for z <= 0 (the course's convention at 0)."""
    return (np.asarray(z) > 0).astype(float)


def leaky_relu(z: Array, slope: float = LEAKY_SLOPE) -> Array:
    """Leaky ReLU(z) = max(slope*z, z) for 0 <= slope <= 1 (the course uses slope = 0.01)."""
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, slope * z)


def leaky_relu_prime(z: Array, slope: float = LEAKY_SLOPE) -> Array:
    """Leaky ReLU'(z) = 1 for z > 0, slope for z <= 0."""
    return np.where(np.asarray(z) > 0, 1.0, slope)


def linear(z: Array) -> Array:
    """g(z) = z: with it, a hidden layer adds nothing a single linear map could not (course 3.7)."""
    return np.array(z, dtype=float)


def linear_prime(z: Array) -> Array:
    """g'(z) = 1."""
    return np.ones_like(np.asarray(z, dtype=float))


# name -> (g, g'); the UI and the config carry only the name.
ACTIVATIONS: dict[str, tuple[ActivationFn, ActivationFn]] = {
    "sigmoid": (sigmoid, sigmoid_prime),
    "tanh": (tanh, tanh_prime),
    "relu": (relu, relu_prime),
    "leaky_relu": (leaky_relu, leaky_relu_prime),
    "linear": (linear, linear_prime),
}

ACTIVATION_NAMES: tuple[str, ...] = tuple(ACTIVATIONS)


def get_activation(name: str, slope: float = LEAKY_SLOPE) -> tuple[ActivationFn, ActivationFn]:
    """Return the (g, g') pair for `name`; `slope` only matters for leaky_relu.

    Raises
    ------
    ValueError
        If `name` is not in the registry.
    """
    try:
        g, g_prime = ACTIVATIONS[name]
    except KeyError:
        known = ", ".join(ACTIVATION_NAMES)
        raise ValueError(f"unknown activation {name!r}; expected one of: {known}") from None
    if name == "leaky_relu":
        return partial(g, slope=slope), partial(g_prime, slope=slope)
    return g, g_prime


@dataclass(frozen=True)
class ActivationFacts:
    """What the lessons say and draw about g, kept once.

    value_range: where g(z) lives (+-inf: unbounded); peak_slope: max g'(z);
    zero_at_zero: g(0) = 0 (then W = 0 makes every hidden unit output 0);
    colour_levels: fixed levels for maps of A (None: unbounded, scale to the data);
    histogram_range: the span of the fixed histogram bins (unbounded ones cut where plots stop).
    """

    value_range: tuple[float, float]
    peak_slope: float
    zero_at_zero: bool
    colour_levels: tuple[float, float] | None
    histogram_range: tuple[float, float]


_INF = float("inf")
ACTIVATION_FACTS: dict[str, ActivationFacts] = {
    "sigmoid": ActivationFacts((0.0, 1.0), 0.25, False, (0.0, 1.0), (0.0, 1.0)),
    "tanh": ActivationFacts((-1.0, 1.0), 1.0, True, (-1.0, 1.0), (-1.0, 1.0)),
    "relu": ActivationFacts((0.0, _INF), 1.0, True, None, (0.0, 4.0)),
    "leaky_relu": ActivationFacts((-_INF, _INF), 1.0, True, None, (-1.0, 4.0)),
    "linear": ActivationFacts((-_INF, _INF), 1.0, True, None, (-4.0, 4.0)),
}
ZERO_AT_ZERO: tuple[str, ...] = tuple(n for n, f in ACTIVATION_FACTS.items() if f.zero_at_zero)


def activation_facts(name: str) -> ActivationFacts:
    """The facts of `name`; ValueError (as get_activation's) for an unknown name."""
    get_activation(name)
    return ACTIVATION_FACTS[name]


def colour_levels(name: str, peak: float = 1.0) -> tuple[float, float]:
    """Fixed levels for a map of A = g(Z) on a diverging scale (white in the middle).

    A bounded g keeps its own range, so white is g(0) for sigmoid (0.5) and tanh (0); an
    unbounded one is shown on -peak..peak, `peak` being the largest |A| drawn (1 by default:
    levels that stay put frame after frame).
    """
    levels = activation_facts(name).colour_levels
    if levels is not None:
        return levels
    p = max(peak, 1e-6) if math.isfinite(peak) else 1.0
    return (-p, p)
