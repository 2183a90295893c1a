"""Activation functions g(z) and their derivatives g'(z), kept side by side, in a registry by name."""

from __future__ import annotations

from collections.abc import Callable
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
