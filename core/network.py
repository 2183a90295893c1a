"""The course's one-hidden-layer network (n_x -> n_h -> 1): the L = 2 case of core.deep.

Function names and shapes follow the course's assignment so a student recognizes them:

    Z1 = W1 X + b1      (n_h, m)        A1 = g(Z1)         (n_h, m)
    Z2 = W2 A1 + b2     (1, m)          A2 = sigmoid(Z2)   (1, m)
    J  = -1/m sum(Y log A2 + (1-Y) log(1-A2))  [+ lambd/(2m) (||W1||_F^2 + ||W2||_F^2)]
"""

from __future__ import annotations

import numpy as np

from core.activations import LEAKY_SLOPE
from core.deep_layers import (  # noqa: F401
    INIT_SCHEMES,
    LayerCache,
    activation_backward,
    activation_derivative,
    initialize_parameters_deep,
)
from core.deep_model import L_model_backward, L_model_forward, dropout_mask, l2_penalty  # noqa: F401
from core.deep_model import compute_cost as deep_cost
from core.deep_model import update_parameters as deep_update
from core.exact import unit_matmul

Array = np.ndarray
Params = dict[str, Array]
__all__ = ["INIT_SCHEMES", "dropout_mask"]  # re-exported: lessons and tests import them from here


def initialize_parameters(
    n_x: int,
    n_h: int,
    n_y: int = 1,
    scheme: str = "random",
    seed: int = 2,
    constant: float = 0.0,
) -> Params:
    """Initial W1 (n_h, n_x), b1 (n_h, 1), W2 (n_y, n_h), b2 (n_y, 1); biases start at zero.

    initialize_parameters_deep([n_x, n_h, n_y], ...): "random" = randn * 0.01 (the course),
    "zeros" and "constant" (every weight equal: the symmetric starts the course warns
    against), "xavier" = randn * sqrt(1/n_prev), "he" = randn * sqrt(2/n_prev), "large" =
    randn * 10. Random draws come from default_rng(seed), W1 first.
    """
    return initialize_parameters_deep([n_x, n_h, n_y], scheme, seed, constant)


def forward_propagation(
    X: Array,
    parameters: Params,
    activation: str = "tanh",
    keep_prob: float = 1.0,
    D1: Array | None = None,
    rng: np.random.Generator | None = None,
    leaky_slope: float = LEAKY_SLOPE,
) -> tuple[Array, dict[str, Array]]:
    """Forward pass; returns A2 (1, m) and the cache {Z1, A1, Z2, A2, D1} for backward.

    L_model_forward with L = 2. With keep_prob < 1, inverted dropout on A1: A1 := A1 * D1
    / keep_prob, where D1 is the given mask or one drawn from `rng`; backward uses the
    same D1 from the cache.
    """
    masks = None if D1 is None else (D1,)
    A2, (c1, c2) = L_model_forward(X, parameters, activation, keep_prob, masks, rng, leaky_slope)
    # Z1 = W1 X + b1 (n_h, m); A1 = g(Z1) [* D1 / keep_prob] (n_h, m); Z2 = W2 A1 + b2 (1, m)
    # "caches": L_model_forward's own, which backward_propagation reuses while they still match
    return A2, {"Z1": c1.activation_cache, "A1": c2.linear_cache[0], "Z2": c2.activation_cache,
                "A2": A2, "D1": c1.D, "caches": (c1, c2)}  # fmt: skip


def compute_cost(
    A2: Array,
    Y: Array,
    parameters: Params | None = None,
    lambd: float = 0.0,
    Z2: Array | None = None,
) -> float:
    """Cross-entropy cost J, finite even when A2 reaches exactly 0 or 1.

    Given Z2 (the cache has it) the loss is taken straight from the logits,
    L = log(1 + e^Z2) - Y Z2, which never takes log(0); from A2 alone, A2 is clipped to
    [1e-15, 1 - 1e-15]. With lambd > 0 adds lambd/(2m) * (||W1||_F^2 + ||W2||_F^2).
    """
    cost = deep_cost(A2, Y, Z2)
    if lambd and parameters is not None:
        cost += l2_penalty(parameters, lambd, Y.shape[1])
    return cost


def backward_propagation(
    parameters: Params,
    cache: dict[str, Array],
    X: Array,
    Y: Array,
    activation: str = "tanh",
    lambd: float = 0.0,
    keep_prob: float = 1.0,
    leaky_slope: float = LEAKY_SLOPE,
    intermediates: dict[str, Array] | None = None,
) -> dict[str, Array]:
    """Gradients dW1 (n_h, n_x), db1 (n_h, 1), dW2 (1, n_h), db2 (1, 1) of J.

    L_model_backward with L = 2: dZ2 = A2 - Y, dW2 = dZ2 A1^T / m, dZ1 = W2^T dZ2 * g'(Z1),
    dW1 = dZ1 X^T / m. A dict passed as `intermediates` receives the steps in between,
    dZ2 (1, m), dA1 = W2^T dZ2, g'(Z1) as "gZ1" and dZ1 (n_h, m): the backprop lesson
    shows them.
    """
    caches = _layer_caches(parameters, cache, X, activation, keep_prob, leaky_slope)
    grads = L_model_backward(cache["A2"], Y, caches, lambd, hidden_dA=False)
    if intermediates is not None:  # the unscaled steps, as the lesson shows them
        c1 = caches[0]
        dZ2 = cache["A2"] - Y  # (1, m)
        dA1 = parameters["W2"].T @ dZ2  # W2^T dZ2   (n_h, m)
        if c1.D is not None:
            dA1 = dA1 * c1.D / keep_prob
        gZ1 = activation_derivative(c1.activation_cache, activation, c1.A, leaky_slope)
        intermediates.update(
            dZ2=dZ2,
            dA1=dA1,
            gZ1=gZ1,
            dZ1=activation_backward(dA1, cache["Z1"], activation, c1.A, leaky_slope),
        )
    return {"dW1": grads["dW1"], "db1": grads["db1"], "dW2": grads["dW2"], "db2": grads["db2"]}


def _layer_caches(
    parameters: Params, cache: dict, X: Array, activation: str, keep_prob: float, leaky_slope: float
) -> tuple[LayerCache, LayerCache]:
    """L_model_backward's caches for this cache dict: forward's own while they are what the dict says."""
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    D1 = cache["D1"] if keep_prob < 1.0 else None
    own = cache.get("caches")
    if own is not None:
        c1, c2 = own
        if (c1.linear_cache[0] is X and c1.linear_cache[1] is W1 and c1.linear_cache[2] is b1
                and c1.activation_cache is cache["Z1"] and c1.activation == activation
                and c1.D is D1 and c1.leaky_slope == leaky_slope and c2.linear_cache[0] is cache["A1"]
                and c2.linear_cache[1] is W2 and c2.linear_cache[2] is b2
                and c2.activation_cache is cache["Z2"] and c2.A is cache["A2"]):  # fmt: skip
            return c1, c2
    A1 = cache["A1"] if D1 is None else None  # g(Z1) itself, from which g'(Z1) is cheap
    return (
        LayerCache((X, W1, b1), cache["Z1"], activation, A1, D1, keep_prob, leaky_slope),
        LayerCache((cache["A1"], W2, b2), cache["Z2"], "sigmoid", cache["A2"]),
    )


def unit_dot(A: Array, B: Array) -> Array:
    """A B^T (p, q) for A (p, m) and B (q, m), with equal rows of A giving equal rows (core.exact)."""
    return unit_matmul(A, B.T)


def update_parameters(parameters: Params, grads: dict[str, Array], learning_rate: float) -> Params:
    """One step of gradient descent, W := W - alpha dW, b := b - alpha db; returns new arrays."""
    return deep_update(parameters, grads, learning_rate)


def predict_proba(
    parameters: Params, X: Array, activation: str = "tanh", leaky_slope: float = LEAKY_SLOPE
) -> Array:
    """A2 (1, m): the predicted probability that y = 1, without dropout."""
    A2, _ = forward_propagation(X, parameters, activation, leaky_slope=leaky_slope)
    return A2


def predict(
    parameters: Params, X: Array, activation: str = "tanh", leaky_slope: float = LEAKY_SLOPE
) -> Array:
    """Predictions (1, m) of 0/1: 1 where A2 > 0.5."""
    return (predict_proba(parameters, X, activation, leaky_slope) > 0.5).astype(float)


def accuracy(predictions: Array, Y: Array) -> float:
    """Fraction of examples whose prediction equals the label (nan for an empty set)."""
    return float(np.mean(predictions == Y)) if Y.size else float("nan")
