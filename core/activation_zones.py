"""Where each activation saturates, its value and slope at a probe z, and its sampled curves.

The activations lesson shows g(z) and g'(z) side by side. Every number it draws or prints
comes from here, computed with core.activations, so the view holds no math.

A function *saturates* where |g'(z)| < fraction * max |g'|: there the gradient
dZ1 = W2^T dZ2 * g'(Z1) is scaled down by more than 1/fraction and learning slows
(the course's 梯度消失, vanishing gradient). ReLU's z <= 0 region has g' = 0 exactly:
a unit stuck there is *dead*. Leaky ReLU keeps a small constant slope there instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from core.activations import ACTIVATION_NAMES, LEAKY_SLOPE, activation_facts, get_activation

SATURATION_FRACTION = 0.1  # |g'| below 10% of its peak counts as saturated

# Zone kinds: g' -> 0 asymptotically, g' == 0 exactly, g' a small positive constant.
SATURATED, DEAD, SMALL_SLOPE = "saturated", "dead", "small slope"

# Functions whose derivative jumps (at z = 0): ReLU and leaky ReLU.
DERIVATIVE_JUMPS: dict[str, tuple[float, ...]] = {"relu": (0.0,), "leaky_relu": (0.0,)}


@dataclass(frozen=True)
class Zone:
    """An interval lo < z < hi (hi = 0 included for ReLU-like zones) where g' is small."""

    lo: float
    hi: float
    kind: str


@dataclass(frozen=True)
class ProbeValue:
    """g(z) and g'(z) of one activation at the probe's z."""

    name: str
    g: float
    g_prime: float


@dataclass(frozen=True)
class Curves:
    """Sampled g(z), g'(z) of every activation on one z grid (the lesson's plots).

    `connect[name]` has one flag per point: False where g' jumps between z[i] and z[i+1],
    so a plot breaks the derivative's line there instead of drawing a false vertical.
    """

    z: np.ndarray
    g: dict[str, np.ndarray] = field(default_factory=dict)
    g_prime: dict[str, np.ndarray] = field(default_factory=dict)
    connect: dict[str, np.ndarray] = field(default_factory=dict)


def peak_slope(name: str, slope: float = LEAKY_SLOPE) -> float:
    """max over z of |g'(z)|: sigma' peaks at 1/4 (z = 0), tanh' at 1, the ReLUs and linear at 1."""
    peak = activation_facts(name).peak_slope  # raises ValueError on an unknown name
    return max(peak, abs(slope)) if name == "leaky_relu" else peak


def saturation_edge(name: str, fraction: float = SATURATION_FRACTION) -> float | None:
    """The z > 0 where |g'(z)| = fraction * peak for sigmoid and tanh (symmetric); else None.

    sigma'(z) = s(1 - s) = fraction / 4  gives  s = (1 + r) / 2 with r = sqrt(1 - fraction),
    so z = ln(s / (1 - s)) = ln((1 + r) / (1 - r)).
    tanh'(z) = 1 - t^2 = fraction  gives  t = r, so z = artanh(r), half of sigmoid's edge
    (tanh(z) = 2 sigma(2z) - 1).
    """
    _check_fraction(fraction)
    r = math.sqrt(1.0 - fraction)
    if name == "sigmoid":
        return math.log((1.0 + r) / (1.0 - r))
    if name == "tanh":
        return math.atanh(r)
    return None


def saturation_zones(
    name: str,
    z_min: float,
    z_max: float,
    *,
    fraction: float = SATURATION_FRACTION,
    slope: float = LEAKY_SLOPE,
) -> list[Zone]:
    """Intervals of [z_min, z_max] where |g'(z)| < fraction * peak |g'|, left to right.

    Parameters
    ----------
    name : an activation of core.activations
    z_min, z_max : the z range shown, z_min < z_max
    fraction : 0 < fraction < 1
    slope : leaky ReLU's slope for z <= 0

    Returns
    -------
    list of Zone, clipped to [z_min, z_max], empty ones dropped.
    """
    _check_fraction(fraction)
    if not (math.isfinite(z_min) and math.isfinite(z_max) and z_min < z_max):
        raise ValueError(f"need finite z_min < z_max, got {z_min}, {z_max}")
    peak = peak_slope(name, slope)  # raises ValueError on an unknown name
    edge = saturation_edge(name, fraction)
    if edge is not None:  # sigmoid, tanh: both tails
        zones = [Zone(-math.inf, -edge, SATURATED), Zone(edge, math.inf, SATURATED)]
    elif name == "relu" or (name == "leaky_relu" and slope == 0.0):
        zones = [Zone(-math.inf, 0.0, DEAD)]  # g'(z) = 0 for z <= 0
    elif name == "leaky_relu" and abs(slope) < fraction * peak:
        zones = [Zone(-math.inf, 0.0, SMALL_SLOPE)]  # g'(z) = slope for z <= 0
    else:  # linear, or leaky ReLU with a slope of at least fraction
        zones = []
    clipped = [Zone(max(zn.lo, z_min), min(zn.hi, z_max), zn.kind) for zn in zones]
    return [zn for zn in clipped if zn.lo < zn.hi]


def probe_values(z: float, slope: float = LEAKY_SLOPE) -> tuple[ProbeValue, ...]:
    """g(z) and g'(z) of every activation, in core.activations' order."""
    values = []
    for name in ACTIVATION_NAMES:
        g, g_prime = get_activation(name, slope)
        values.append(ProbeValue(name, float(g(np.float64(z))), float(g_prime(np.float64(z)))))
    return tuple(values)


def z_grid(z_min: float, z_max: float, n: int = 801) -> np.ndarray:
    """n evenly spaced z plus, when 0 is inside, z = 0 and the next float above it.

    Both sides of the ReLU derivative's jump are then sampled: g'(0) = 0 (the course's
    convention) and g'(0+) = 1.
    """
    z = np.linspace(z_min, z_max, n)
    if z_min < 0.0 < z_max:  # sorted and without repeats; np.union1d would import numpy.ma (~50 ms)
        z = np.sort(np.concatenate([z, [0.0, np.nextafter(0.0, 1.0)]]))
        z = z[np.concatenate([[True], np.diff(z) != 0])]
    return z


def sample_curves(z_min: float, z_max: float, n: int = 801, slope: float = LEAKY_SLOPE) -> Curves:
    """g(z) and g'(z) of every activation on z_grid(z_min, z_max, n)."""
    z = z_grid(z_min, z_max, n)
    curves = Curves(z)
    for name in ACTIVATION_NAMES:
        g, g_prime = get_activation(name, slope)
        curves.g[name] = g(z)
        curves.g_prime[name] = g_prime(z)
        connect = np.ones(z.shape, dtype=bool)
        for jump in DERIVATIVE_JUMPS.get(name, ()):
            # break the segment from the last z <= jump to the first z > jump
            i = np.searchsorted(z, jump, side="right") - 1
            if 0 <= i < z.size - 1:
                connect[i] = False
        curves.connect[name] = connect
    return curves


def _check_fraction(fraction: float) -> None:
    if not 0.0 < fraction < 1.0:
        raise ValueError(f"fraction must be between 0 and 1, got {fraction}")
