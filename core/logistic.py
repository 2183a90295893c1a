"""Logistic regression, the course's network with no hidden layer: the straight-boundary baseline.

Z = w^T X + b  (1, m),   A = sigmoid(Z)  (1, m)
dZ = A - Y,   dw = X dZ^T / m  (n_x, 1),   db = sum(dZ) / m
"""

from __future__ import annotations

import numpy as np

from core.activations import sigmoid

Array = np.ndarray
Params = dict[str, Array]


def initialize_with_zeros(n_x: int) -> Params:
    """w (n_x, 1) and b (1, 1) at zero: with no hidden units there is no symmetry to break."""
    return {"w": np.zeros((n_x, 1)), "b": np.zeros((1, 1))}


def forward(X: Array, parameters: Params) -> tuple[Array, Array]:
    """Return (A, Z), both (1, m)."""
    Z = parameters["w"].T @ X + parameters["b"]  # (1, n_x) x (n_x, m) + (1, 1)
    return sigmoid(Z), Z


def propagate(parameters: Params, X: Array, Y: Array, lambd: float = 0.0) -> tuple[Params, float]:
    """Cost J (from the logits, finite everywhere) and its gradients {dw, db}."""
    m = X.shape[1]
    A, Z = forward(X, parameters)
    cost = float(np.sum(np.logaddexp(0.0, Z) - Y * Z)) / m
    dZ = A - Y  # (1, m)
    dw = X @ dZ.T / m  # (n_x, m) x (m, 1) -> (n_x, 1)
    db = np.sum(dZ, axis=1, keepdims=True) / m  # (1, 1)
    if lambd:
        w = parameters["w"]
        cost += lambd / (2 * m) * float(np.sum(w * w))
        dw = dw + lambd / m * w
    return {"dw": dw, "db": db}, cost


def update(parameters: Params, grads: Params, learning_rate: float) -> Params:
    """w := w - alpha dw, b := b - alpha db."""
    return {k: parameters[k] - learning_rate * grads["d" + k] for k in ("w", "b")}


def predict_proba(parameters: Params, X: Array) -> Array:
    """A (1, m): the predicted probability that y = 1."""
    return forward(X, parameters)[0]
