"""The course's one-hidden-layer network (n_x -> n_h -> 1), each gradient beside its forward rule.

Function names and shapes follow the course's assignment so a student recognizes them:

    Z1 = W1 X + b1      (n_h, m)        A1 = g(Z1)         (n_h, m)
    Z2 = W2 A1 + b2     (1, m)          A2 = sigmoid(Z2)   (1, m)
    J  = -1/m sum(Y log A2 + (1-Y) log(1-A2))  [+ lambd/(2m) (||W1||_F^2 + ||W2||_F^2)]
"""

from __future__ import annotations

import numpy as np

from core.activations import LEAKY_SLOPE, get_activation, sigmoid

Array = np.ndarray
Params = dict[str, Array]

INIT_SCHEMES: tuple[str, ...] = ("random", "zeros", "constant", "xavier", "he")


def initialize_parameters(
    n_x: int,
    n_h: int,
    n_y: int = 1,
    scheme: str = "random",
    seed: int = 2,
    constant: float = 0.0,
) -> Params:
    """Initial W1 (n_h, n_x), b1 (n_h, 1), W2 (n_y, n_h), b2 (n_y, 1); biases start at zero.

    Schemes: "random" = randn * 0.01 (the course), "zeros" and "constant" (every weight
    equal: the symmetric starts the course warns against), "xavier" = randn * sqrt(1/n_prev),
    "he" = randn * sqrt(2/n_prev). Random draws come from default_rng(seed).
    """
    if scheme not in INIT_SCHEMES:
        raise ValueError(f"unknown initialization {scheme!r}; expected one of {INIT_SCHEMES}")
    if scheme in ("zeros", "constant"):
        c = 0.0 if scheme == "zeros" else float(constant)
        W1, W2 = np.full((n_h, n_x), c), np.full((n_y, n_h), c)
    else:
        rng = np.random.default_rng(seed)
        W1 = rng.standard_normal((n_h, n_x)) * _init_scale(scheme, n_x)
        W2 = rng.standard_normal((n_y, n_h)) * _init_scale(scheme, n_h)
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}


def _init_scale(scheme: str, n_prev: int) -> float:
    return {"random": 0.01, "xavier": np.sqrt(1.0 / n_prev), "he": np.sqrt(2.0 / n_prev)}[scheme]


def dropout_mask(shape: tuple[int, ...], keep_prob: float, rng: np.random.Generator) -> Array:
    """D1: 1.0 where a hidden unit is kept (probability keep_prob), else 0.0; same shape as A1."""
    return (rng.random(shape) < keep_prob).astype(float)


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

    With keep_prob < 1, inverted dropout on A1: A1 := A1 * D1 / keep_prob, where D1 is
    the given mask or one drawn from `rng`; backward uses the same D1 from the cache.
    """
    g, _ = get_activation(activation, leaky_slope)
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1  # (n_h, n_x) x (n_x, m) + (n_h, 1) -> (n_h, m)
    A1 = g(Z1)  # (n_h, m)
    if keep_prob < 1.0:
        if D1 is None:
            D1 = dropout_mask(A1.shape, keep_prob, rng or np.random.default_rng())
        A1 = A1 * D1 / keep_prob  # inverted dropout keeps E[A1] unchanged
    Z2 = W2 @ A1 + b2  # (1, n_h) x (n_h, m) + (1, 1) -> (1, m)
    A2 = sigmoid(Z2)  # (1, m)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2, "D1": D1}


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
    m = Y.shape[1]
    if Z2 is not None:
        # -[Y log s(z) + (1-Y) log(1-s(z))] = softplus(z) - Y z
        cost = float(np.sum(np.logaddexp(0.0, Z2) - Y * Z2)) / m
    else:
        A2c = np.clip(A2, 1e-15, 1.0 - 1e-15)
        cost = -float(np.sum(Y * np.log(A2c) + (1.0 - Y) * np.log(1.0 - A2c))) / m
    if lambd and parameters is not None:
        W1, W2 = parameters["W1"], parameters["W2"]
        cost += lambd / (2 * m) * (float(np.sum(W1 * W1)) + float(np.sum(W2 * W2)))
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

    A dict passed as `intermediates` receives the steps in between, dZ2 (1, m),
    dA1 = W2^T dZ2, g'(Z1) as "gZ1" and dZ1 (n_h, m): the backprop lesson shows them.
    """
    _, g_prime = get_activation(activation, leaky_slope)
    m = X.shape[1]
    W1, W2 = parameters["W1"], parameters["W2"]
    A1, A2, Z1, D1 = cache["A1"], cache["A2"], cache["Z1"], cache["D1"]
    dZ2 = A2 - Y  # dJ/dZ2 for sigmoid + cross-entropy   (1, m)
    dW2 = unit_dot(A1, dZ2).T / m  # dZ2 A1^T: (1, m) x (m, n_h) -> (1, n_h)
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m  # (1, 1)
    dA1 = W2.T @ dZ2  # (n_h, 1) x (1, m) -> (n_h, m)
    if D1 is not None and keep_prob < 1.0:
        dA1 = dA1 * D1 / keep_prob  # the units dropped forward get no gradient
    dZ1 = dA1 * g_prime(Z1)  # dZ1 = W2^T dZ2 * g'(Z1)   (n_h, m)
    dW1 = unit_dot(dZ1, X) / m  # dZ1 X^T: (n_h, m) x (m, n_x) -> (n_h, n_x)
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m  # (n_h, 1)
    if lambd:
        dW1 = dW1 + lambd / m * W1  # d/dW1 of lambd/(2m) ||W1||^2
        dW2 = dW2 + lambd / m * W2
    if intermediates is not None:
        intermediates.update(dZ2=dZ2, dA1=dA1, gZ1=g_prime(Z1), dZ1=dZ1)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def unit_dot(A: Array, B: Array) -> Array:
    """A B^T (p, q) for A (p, m) and B (q, m), summing every row of A by the same rule.

    A plain A @ B.T lets BLAS compute the last rows of a block with another kernel, so
    two equal rows of A (two identical hidden units) can come out one rounding apart;
    that difference then grows, and identical units drift apart, which the course proves
    they never do (seeds/004 section 3.11). As a stack of p products (1, m) x (m, q), every
    row of A goes through the same call.
    """
    return np.matmul(A[:, np.newaxis, :], B.T)[:, 0, :]


def update_parameters(parameters: Params, grads: dict[str, Array], learning_rate: float) -> Params:
    """One step of gradient descent, W := W - alpha dW, b := b - alpha db; returns new arrays."""
    return {k: parameters[k] - learning_rate * grads["d" + k] for k in ("W1", "b1", "W2", "b2")}


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
