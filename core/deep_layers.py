"""The layers of the course's L-layer network ("Building your Deep Neural Network: Step by Step"),
each gradient beside its forward rule. The shallow network (core.network) is its L = 2 case.

layer_dims = [n_x, n^[1], ..., n^[L]], A^[0] = X (n_x, m), for l = 1 .. L:

    Z^[l] = W^[l] A^[l-1] + b^[l]      W^[l] (n^[l], n^[l-1]), b^[l] (n^[l], 1), Z^[l] (n^[l], m)
    A^[l] = g^[l](Z^[l])               g^[l] any registered activation, g^[L] = sigmoid
    J = -1/m sum(Y log A^[L] + (1-Y) log(1-A^[L]))  [+ lambd/(2m) sum_l ||W^[l]||_F^2]

    dZ^[L] = A^[L] - Y                 dZ^[l] = dA^[l] * g'^[l](Z^[l])
    dW^[l] = dZ^[l] A^[l-1]T / m  [+ lambd/m W^[l]]     db^[l] = sum(dZ^[l], axis=1) / m
    dA^[l-1] = W^[l]T dZ^[l]

Inverted dropout (course 2 week 1) on the hidden layers: A^[l] := A^[l] * D^[l] / keep_prob,
and backward dA^[l] := dA^[l] * D^[l] / keep_prob with the same mask from the cache.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np

from core.activations import LEAKY_SLOPE, get_activation
from core.exact import equal_units, unit_matmul

Array = np.ndarray
Params = dict[str, Array]

INIT_SCHEMES: tuple[str, ...] = ("random", "zeros", "constant", "xavier", "he", "large")
_SCALES = {"random": lambda n: 0.01, "large": lambda n: 10.0,
           "xavier": lambda n: np.sqrt(1.0 / n), "he": lambda n: np.sqrt(2.0 / n)}  # fmt: skip


def initialize_parameters_deep(
    layer_dims: Sequence[int], scheme: str = "random", seed: int = 3, constant: float = 0.0, rng: Any = None
) -> Params:
    """W^[l] (n^[l], n^[l-1]) and b^[l] = 0 (n^[l], 1) for l = 1 .. L, drawn in layer order.

    Schemes: "random" = randn * 0.01 (the course), "large" = randn * 10 (the course's
    deliberately bad start), "xavier" = randn * sqrt(1/n^[l-1]), "he" = randn *
    sqrt(2/n^[l-1]), "zeros" and "constant" (every weight equal: the symmetric starts).
    Draws come from `rng` if given (np.random.RandomState(3) replays the course's own
    np.random.seed(3) numbers), else from default_rng(seed).
    """
    if scheme not in INIT_SCHEMES:
        raise ValueError(f"unknown initialization {scheme!r}; expected one of {INIT_SCHEMES}")
    dims = [int(n) for n in layer_dims]
    if len(dims) < 2 or min(dims) < 1:
        raise ValueError(f"layer_dims needs at least 2 sizes, all >= 1; got {list(layer_dims)}")
    if scheme not in ("zeros", "constant") and rng is None:
        rng = np.random.default_rng(seed)
    parameters: Params = {}
    for l in range(1, len(dims)):
        shape = (dims[l], dims[l - 1])
        if scheme in ("zeros", "constant"):
            W = np.full(shape, 0.0 if scheme == "zeros" else float(constant))
        else:
            W = rng.standard_normal(shape) * _SCALES[scheme](dims[l - 1])
        parameters[f"W{l}"], parameters[f"b{l}"] = W, np.zeros((dims[l], 1))
    return parameters


def layer_count(parameters: Params) -> int:
    """L, the number of layers with parameters (W1 .. WL)."""
    return len(parameters) // 2


def per_layer(value: Any, count: int, name: str) -> list:
    """A value for each of `count` hidden layers: one value for all, or a sequence of `count`."""
    if isinstance(value, str | int | float):
        return [value] * count
    values = list(value)
    if len(values) != count:
        raise ValueError(f"{name} needs one entry per hidden layer ({count}), got {len(values)}")
    return values


# ---- activations: g and g' side by side, g' taken from A where that is cheaper ----------------


def output_sigmoid(Z: Array) -> Array:
    """The output layer's sigma(Z) = (1 + tanh(Z/2)) / 2: never overflows, in [0, 1], 4 cheap ops.

    Hidden sigmoid layers use core.activations.sigmoid (the registry's, bit for bit).
    """
    S = np.tanh(Z * 0.5)
    S += 1.0
    S *= 0.5
    return S


def activation_forward(Z: Array, activation: str, leaky_slope: float = LEAKY_SLOPE) -> Array:
    """A = g(Z), same shape as Z."""
    if activation == "relu":
        return np.maximum(Z, 0.0)
    if activation == "tanh":
        return np.tanh(Z)
    return get_activation(activation, leaky_slope)[0](Z)


def activation_derivative(
    Z: Array, activation: str, A: Array | None = None, leaky_slope: float = LEAKY_SLOPE
) -> Array:
    """g'(Z) (n^[l], m), from A = g(Z) when given (tanh' = 1 - A^2, sigma' = A (1 - A))."""
    if activation == "tanh":
        A = np.tanh(Z) if A is None else A
        return 1.0 - A * A
    if activation == "sigmoid":
        A = activation_forward(Z, "sigmoid") if A is None else A
        return A * (1.0 - A)
    return get_activation(activation, leaky_slope)[1](Z)


def activation_backward(
    dA: Array, Z: Array, activation: str, A: Array | None = None, leaky_slope: float = LEAKY_SLOPE
) -> Array:
    """dZ = dA * g'(Z)   (n^[l], m)."""
    if activation == "relu":
        return dA * (Z > 0)  # ReLU' = 1 for z > 0, else 0 (the course's convention at 0)
    if activation == "linear":
        return dA
    return dA * activation_derivative(Z, activation, A, leaky_slope)


# ---- one layer --------------------------------------------------------------------------------


class LayerCache(NamedTuple):
    """What backward needs of layer l; cache[0], cache[1] are the course's (linear, activation) caches.

    linear_cache = (A^[l-1], W^[l], b^[l]); activation_cache = Z^[l]; A = g(Z^[l]) before
    dropout; D = the dropout mask applied to A (None: no dropout), with its keep_prob.
    """

    linear_cache: tuple[Array, Array, Array]
    activation_cache: Array
    activation: str
    A: Array | None = None
    D: Array | None = None
    keep_prob: float = 1.0
    leaky_slope: float = LEAKY_SLOPE
    equal: tuple[bool, bool] | None = None  # equal rows / columns of W (None: look at W)


def weight_symmetry(W: Array, input_layer: bool = False) -> tuple[bool, bool]:
    """(two units of this layer may be identical, two units of the layer below may be).

    Equal rows of W^[l] (incoming weights) and equal columns (outgoing weights of layer
    l-1) are what identical units need; the inputs of layer 1 are not units.
    """
    return equal_units(W), (not input_layer) and equal_units(W.T)


def linear_forward(
    A: Array, W: Array, b: Array, equal: bool | None = None
) -> tuple[Array, tuple[Array, Array, Array]]:
    """Z = W A + b: (n^[l], n^[l-1]) x (n^[l-1], m) + (n^[l], 1) -> (n^[l], m); cache (A, W, b).

    `equal`: whether W has equal rows (None: check); equal units then get equal rows of Z.
    """
    Z = unit_matmul(W, A) if (equal_units(W) if equal is None else equal) else W @ A
    Z += b
    return Z, (A, W, b)


def linear_backward(
    dZ: Array,
    cache: tuple[Array, Array, Array],
    lambd: float = 0.0,
    with_dA_prev: bool = True,
    equal: tuple[bool, bool] | None = None,
    prescaled: bool = False,
) -> tuple[Array | None, Array, Array]:
    """(dA_prev, dW, db) of Z = W A_prev + b; dA_prev is None unless `with_dA_prev`.

    dW = dZ A_prev^T / m [+ lambd/m W]  (n^[l], n^[l-1]);  db = sum(dZ, axis=1) / m  (n^[l], 1);
    dA_prev = W^T dZ  (n^[l-1], m). `equal` is weight_symmetry(W) (None: computed here);
    `prescaled`: dZ already holds the 1/m (then dA_prev does too).
    """
    A_prev, W, b = cache
    m = A_prev.shape[1]
    rows, cols = weight_symmetry(W) if equal is None else equal
    dW = unit_matmul(dZ, A_prev.T, rows, cols) if rows or cols else dZ @ A_prev.T
    db = dZ.sum(axis=1, keepdims=True)
    if not prescaled:
        dW /= m
        db /= m
    if lambd:
        dW += (lambd / m) * W  # d/dW of lambd/(2m) ||W||_F^2
    dA_prev = None
    if with_dA_prev:
        dA_prev = unit_matmul(W.T, dZ) if cols else W.T @ dZ
    return dA_prev, dW, db


def linear_activation_forward(
    A_prev: Array, W: Array, b: Array, activation: str, leaky_slope: float = LEAKY_SLOPE
) -> tuple[Array, LayerCache]:
    """A = g(W A_prev + b) (n^[l], m) and its cache (linear_cache, Z, ...)."""
    Z, linear_cache = linear_forward(A_prev, W, b)
    A = activation_forward(Z, activation, leaky_slope)
    return A, LayerCache(linear_cache, Z, activation, A, None, 1.0, leaky_slope, weight_symmetry(W))


def linear_activation_backward(
    dA: Array, cache: Any, activation: str | None = None, lambd: float = 0.0, with_dA_prev: bool = True
) -> tuple[Array | None, Array, Array]:
    """(dA_prev, dW, db) of A = g(W A_prev + b): dZ = dA * g'(Z), then linear_backward.

    `cache` is a LayerCache or the course's (linear_cache, Z) pair (then `activation` is needed).
    """
    linear_cache, Z = cache[0], cache[1]
    extra = cache if isinstance(cache, LayerCache) else None
    activation = activation or (extra.activation if extra else "relu")
    A = extra.A if extra is not None and extra.activation == activation else None
    slope = extra.leaky_slope if extra is not None else LEAKY_SLOPE
    dZ = activation_backward(dA, Z, activation, A, slope)
    return linear_backward(dZ, linear_cache, lambd, with_dA_prev, extra.equal if extra else None)
