"""Gradient checking: backward_propagation against two-sided finite differences of J.

The course's check: difference = ||g_approx - g||_2 / (||g_approx||_2 + ||g||_2),
with g_approx[i] = (J(theta + eps e_i) - J(theta - eps e_i)) / (2 eps). Below ~1e-7 the
backward pass is right.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.activations import LEAKY_SLOPE
from core.network import backward_propagation, compute_cost, forward_propagation

Array = np.ndarray
PARAM_KEYS: tuple[str, ...] = ("W1", "b1", "W2", "b2")


def relative_difference(approx: Array, exact: Array) -> float:
    """||approx - exact|| / (||approx|| + ||exact||); 0 when both are exactly zero."""
    denominator = np.linalg.norm(approx) + np.linalg.norm(exact)
    if denominator == 0.0:
        return 0.0
    return float(np.linalg.norm(approx - exact) / denominator)


@dataclass(frozen=True)
class GradCheck:
    """Per-parameter analytic and numerical gradients, their relative differences, and the total."""

    analytic: dict[str, Array]
    numerical: dict[str, Array]
    differences: dict[str, float]
    difference: float


def numerical_gradient(cost_of, parameters: dict[str, Array], epsilon: float = 1e-7) -> dict:
    """Two-sided differences of `cost_of(parameters)` for every entry of every parameter (any L)."""
    approx = {}
    L = len(parameters) // 2
    for key in (f"{p}{l}" for l in range(1, L + 1) for p in ("W", "b")):
        theta = parameters[key]
        g = np.zeros_like(theta)
        for idx in np.ndindex(theta.shape):
            plus = {k: v.copy() for k, v in parameters.items()}
            minus = {k: v.copy() for k, v in parameters.items()}
            plus[key][idx] += epsilon
            minus[key][idx] -= epsilon
            g[idx] = (cost_of(plus) - cost_of(minus)) / (2 * epsilon)
        approx["d" + key] = g
    return approx


def gradient_check(
    parameters: dict[str, Array],
    X: Array,
    Y: Array,
    activation: str = "tanh",
    lambd: float = 0.0,
    keep_prob: float = 1.0,
    D1: Array | None = None,
    epsilon: float = 1e-7,
    leaky_slope: float = LEAKY_SLOPE,
) -> GradCheck:
    """Compare backward_propagation with finite differences; dropout needs a fixed mask D1."""
    if keep_prob < 1.0 and D1 is None:
        raise ValueError("gradient check with dropout needs a fixed mask D1")
    kw = {"activation": activation, "keep_prob": keep_prob, "D1": D1, "leaky_slope": leaky_slope}

    def cost_of(p: dict[str, Array]) -> float:
        A2, cache = forward_propagation(X, p, **kw)
        return compute_cost(A2, Y, p, lambd=lambd, Z2=cache["Z2"])

    _, cache = forward_propagation(X, parameters, **kw)
    analytic = backward_propagation(parameters, cache, X, Y, activation, lambd, keep_prob, leaky_slope)
    numerical = numerical_gradient(cost_of, parameters, epsilon)
    keys = ["d" + k for k in PARAM_KEYS]
    differences = {k: relative_difference(numerical[k], analytic[k]) for k in keys}
    flat = lambda g: np.concatenate([g[k].ravel() for k in keys])  # noqa: E731
    return GradCheck(analytic, numerical, differences, relative_difference(flat(numerical), flat(analytic)))
