"""An L-layer network in the course's notation (course 1 week 4, course 2 weeks 1-2), numpy only.

    Z^[l] = W^[l] A^[l-1] + b^[l]   (n^[l], m)     A^[l] = g(Z^[l]),  A^[0] = X,  A^[L] = sigmoid(Z^[L])
    dZ^[L] = A^[L] - Y;  dW^[l] = dZ^[l] A^[l-1]T / m (+ lambd/m W^[l]);  db^[l] = sum(dZ^[l]) / m
    dA^[l-1] = W^[l]T dZ^[l];  dZ^[l] = dA^[l] * g'(Z^[l])   (times the dropout mask D^[l] / keep_prob)

The lesson's engine until the project's general L-layer engine (issue 15) replaces it;
the names are the assignment's, so the swap is an import.
"""

from __future__ import annotations

import numpy as np

from core.activations import get_activation, sigmoid

Array = np.ndarray
Params = dict[str, Array]

# "random" is the course's randn * 0.01, "large" its deliberately bad randn * 10.
DEEP_INIT_SCHEMES: tuple[str, ...] = ("zeros", "random", "large", "xavier", "he")


def _scale(scheme: str, n_prev: int) -> float:
    return {
        "zeros": 0.0,
        "random": 0.01,
        "large": 10.0,
        "xavier": np.sqrt(1.0 / n_prev),
        "he": np.sqrt(2.0 / n_prev),
    }[scheme]


def initialize_parameters_deep(layer_dims: list[int], scheme: str = "he", seed: int = 3) -> Params:
    """W^[l] (n^[l], n^[l-1]) = randn * scale, b^[l] (n^[l], 1) = 0, for l = 1..L.

    Draws come from default_rng(seed), layer by layer, so a seed gives one start.
    """
    if scheme not in DEEP_INIT_SCHEMES:
        raise ValueError(f"unknown initialization {scheme!r}; expected one of {DEEP_INIT_SCHEMES}")
    rng = np.random.default_rng(seed)
    parameters: Params = {}
    for l in range(1, len(layer_dims)):
        shape = (layer_dims[l], layer_dims[l - 1])
        parameters[f"W{l}"] = rng.standard_normal(shape) * _scale(scheme, layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def L_model_forward(
    X: Array,
    parameters: Params,
    hidden_activation: str = "relu",
    keep_prob: float = 1.0,
    rng: np.random.Generator | None = None,
    leaky_slope: float = 0.01,
) -> tuple[Array, list[dict[str, Array]]]:
    """AL (1, m) and one cache per layer {A_prev, Z, A, D} (D: the dropout mask or None).

    Inverted dropout on the hidden layers only: A^[l] := A^[l] * D^[l] / keep_prob.
    """
    g, _ = get_activation(hidden_activation, leaky_slope)
    L = len(parameters) // 2
    A = X
    caches = []
    for l in range(1, L + 1):
        Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]  # (n^[l], m)
        A_new = sigmoid(Z) if l == L else g(Z)
        D = None
        if l < L and keep_prob < 1.0:
            D = ((rng or np.random.default_rng()).random(A_new.shape) < keep_prob).astype(float)
            A_new = A_new * D / keep_prob
        caches.append({"A_prev": A, "Z": Z, "A": A_new, "D": D})
        A = A_new
    return A, caches


def compute_cost_with_regularization(ZL: Array, Y: Array, parameters: Params, lambd: float = 0.0) -> float:
    """Cross-entropy from the logits ZL (finite when AL reaches 0 or 1) + lambd/(2m) sum ||W^[l]||_F^2."""
    m = Y.shape[1]
    cost = float(np.sum(np.logaddexp(0.0, ZL) - Y * ZL)) / m
    if lambd:
        L = len(parameters) // 2
        cost += (
            lambd
            / (2 * m)
            * sum(float(np.vdot(parameters[f"W{l}"], parameters[f"W{l}"])) for l in range(1, L + 1))
        )
    return cost


def L_model_backward(
    AL: Array,
    Y: Array,
    caches: list[dict[str, Array]],
    parameters: Params,
    hidden_activation: str = "relu",
    lambd: float = 0.0,
    keep_prob: float = 1.0,
    leaky_slope: float = 0.01,
) -> dict[str, Array]:
    """dW^[l], db^[l] for every layer (dA0 is not computed: nothing uses it)."""
    _, g_prime = get_activation(hidden_activation, leaky_slope)
    L = len(caches)
    m = Y.shape[1]
    grads: dict[str, Array] = {}
    dZ = AL - Y  # sigmoid + cross-entropy   (1, m)
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        W = parameters[f"W{l}"]
        dW = dZ @ cache["A_prev"].T / m  # (n^[l], n^[l-1])
        if lambd:
            dW = dW + lambd / m * W
        grads[f"dW{l}"] = dW
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            dA = W.T @ dZ  # (n^[l-1], m)
            below = caches[l - 2]
            if below["D"] is not None:
                dA = dA * below["D"] / keep_prob
            dZ = dA * g_prime(below["Z"])
    return grads


def predict_proba_deep(
    X: Array, parameters: Params, hidden_activation: str = "relu", leaky_slope: float = 0.01
) -> Array:
    """AL (1, m) without dropout."""
    return L_model_forward(X, parameters, hidden_activation, leaky_slope=leaky_slope)[0]
