"""The L-layer gradient check (the course's gradient_check_n) and the per-layer diagnostics.

gradient_check_n flattens every parameter into one vector theta, as the course's
dictionary_to_vector does (W1, b1, W2, b2, ... in layer order), and compares
L_model_backward's gradient with two-sided differences of J:

    difference = ||g_approx - g||_2 / (||g_approx||_2 + ||g||_2),
    g_approx[i] = (J(theta + eps e_i) - J(theta - eps e_i)) / (2 eps);   below ~1e-7 it is right.

layer_diagnostics gives what the deep lesson plots every frame: ||dW^[l]||_F, ||W^[l]||_F
and the distribution of A^[l] over fixed bins (vanishing and exploding activations).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.activations import LEAKY_SLOPE, activation_facts
from core.deep_layers import Params, layer_count
from core.deep_model import L_model_backward, L_model_forward, compute_cost, l2_penalty
from core.gradcheck import GradCheck, relative_difference

Array = np.ndarray
HISTOGRAM_BINS = 20
HISTOGRAM_EXAMPLES = 512  # at most this many examples (evenly strided) per histogram: cheap every frame


def parameter_keys(L: int) -> list[str]:
    """["W1", "b1", ..., "WL", "bL"]: the order of the flattened vector."""
    return [f"{p}{l}" for l in range(1, L + 1) for p in ("W", "b")]


def dictionary_to_vector(parameters: Params) -> Array:
    """theta (n, 1): every parameter raveled, W1, b1, W2, ... in order."""
    keys = parameter_keys(layer_count(parameters))
    return np.concatenate([parameters[k].reshape(-1, 1) for k in keys])


def vector_to_dictionary(theta: Array, like: Params) -> Params:
    """The inverse of dictionary_to_vector, shapes taken from `like`."""
    out, start = {}, 0
    for k in parameter_keys(layer_count(like)):
        size = like[k].size
        out[k] = theta[start : start + size].reshape(like[k].shape)
        start += size
    return out


def gradients_to_vector(grads: dict[str, Array], L: int) -> Array:
    """dW1, db1, ..., dbL raveled into one (n, 1) vector (the dA's are left out)."""
    return np.concatenate([grads["d" + k].reshape(-1, 1) for k in parameter_keys(L)])


def deep_gradient_check(
    parameters: Params, X: Array, Y: Array, hidden_activation: str | Sequence[str] = "relu",
    lambd: float = 0.0, keep_prob: float | Sequence[float] = 1.0,
    masks: Sequence[Array | None] | None = None, epsilon: float = 1e-7,
    leaky_slope: float = LEAKY_SLOPE,
) -> GradCheck:  # fmt: skip
    """L_model_backward against finite differences, per parameter and over the whole vector.

    Dropout needs fixed `masks` (a fresh mask per evaluation would make J random).
    """
    L = layer_count(parameters)
    if np.any(np.asarray(keep_prob, dtype=float) < 1.0) and masks is None:
        raise ValueError("gradient check with dropout needs fixed masks")
    kw = {"hidden_activation": hidden_activation, "keep_prob": keep_prob, "masks": masks,
          "leaky_slope": leaky_slope}  # fmt: skip

    def cost_of(p: Params) -> float:
        AL, caches = L_model_forward(X, p, **kw)
        return compute_cost(AL, Y, caches[-1].activation_cache) + l2_penalty(p, lambd, Y.shape[1])

    AL, caches = L_model_forward(X, parameters, **kw)
    grads = L_model_backward(AL, Y, caches, lambd)
    analytic = {"d" + k: grads["d" + k] for k in parameter_keys(L)}
    theta = dictionary_to_vector(parameters)
    approx = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        plus, minus = theta.copy(), theta.copy()
        plus[i] += epsilon
        minus[i] -= epsilon
        J_plus = cost_of(vector_to_dictionary(plus, parameters))
        J_minus = cost_of(vector_to_dictionary(minus, parameters))
        approx[i] = (J_plus - J_minus) / (2 * epsilon)
    numerical = {"d" + k: v for k, v in vector_to_dictionary(approx, parameters).items()}
    differences = {k: relative_difference(numerical[k], analytic[k]) for k in analytic}
    total = relative_difference(approx, gradients_to_vector(grads, L))
    return GradCheck(analytic, numerical, differences, total)


def gradient_check_n(
    parameters: Params, X: Array, Y: Array, hidden_activation: str | Sequence[str] = "relu",
    epsilon: float = 1e-7, print_msg: bool = False, **options,
) -> float:  # fmt: skip
    """The course's gradient_check_n: the relative difference over the whole parameter vector."""
    check = deep_gradient_check(parameters, X, Y, hidden_activation, epsilon=epsilon, **options)
    difference = check.difference
    if print_msg:
        verdict = "There is a mistake in the backward propagation!" if difference > 2e-7 else \
            "Your backward propagation works perfectly fine!"  # fmt: skip
        print(f"{verdict} difference = {difference}")
    return difference


@dataclass(frozen=True)
class LayerDiagnostics:
    """Per layer l = 1 .. L: norms and the distribution of A^[l] (fractions per bin)."""

    dW_norms: Array  # (L,) ||dW^[l]||_F
    W_norms: Array  # (L,) ||W^[l]||_F
    histograms: Array  # (L, bins) fraction of A^[l]'s entries in each bin (ends include overflow)
    edges: Array  # (L, bins + 1) the fixed bin edges of each layer


def histogram_edges(activation: str, bins: int = HISTOGRAM_BINS) -> Array:
    """Fixed edges over the activation's range: frame after frame the bars stay comparable."""
    lo, hi = activation_facts(activation).histogram_range  # unbounded ones cut where the plots stop
    return np.linspace(lo, hi, bins + 1)


def activation_histogram(A: Array, activation: str, bins: int = HISTOGRAM_BINS) -> Array:
    """Fractions (bins,) of A's entries per fixed bin; values outside go to the end bins."""
    lo, hi = activation_facts(activation).histogram_range
    x = A.ravel() - lo
    x *= bins / (hi - lo)
    np.fmax(x, 0.0, out=x)  # fmax/fmin: a NaN goes to the first bin, +-inf to the ends, no warning
    np.fmin(x, bins - 1, out=x)
    counts = np.bincount(x.astype(np.intp), minlength=bins)
    return counts / max(A.size, 1)


def layer_diagnostics(
    parameters: Params, grads: dict[str, Array] | None, caches: Sequence, bins: int = HISTOGRAM_BINS,
    max_examples: int = HISTOGRAM_EXAMPLES,
) -> LayerDiagnostics:  # fmt: skip
    """Norms and activation histograms from one forward/backward pass (caches from L_model_forward).

    The histograms take every k-th example, k = ceil(m / max_examples): the same columns
    each frame, a fraction of the cost on large data sets.
    """
    L = layer_count(parameters)
    W_norms = np.array([np.linalg.norm(parameters[f"W{l}"]) for l in range(1, L + 1)])
    dW_norms = np.full(L, np.nan) if grads is None else \
        np.array([np.linalg.norm(grads[f"dW{l}"]) for l in range(1, L + 1)])  # fmt: skip
    hists, edges = np.zeros((L, bins)), np.zeros((L, bins + 1))
    for l, cache in enumerate(caches[:L]):
        A = cache.A if cache.A is not None else np.zeros((1, 0))
        hists[l] = activation_histogram(
            A[:, :: max(1, -(-A.shape[1] // max_examples))], cache.activation, bins
        )
        edges[l] = histogram_edges(cache.activation, bins)
    return LayerDiagnostics(dW_norms, W_norms, hists, edges)
