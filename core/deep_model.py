"""The whole L-layer model: L_model_forward, the costs, L_model_backward, update_parameters, predict.

Built from core.deep's layer functions, in the course's names; see core.deep for the math.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from core.activations import LEAKY_SLOPE
from core.deep_layers import (
    LayerCache,
    Params,
    activation_backward,
    activation_derivative,
    activation_forward,
    linear_backward,
    output_sigmoid,
    per_layer,
    weight_symmetry,
)
from core.exact import equal_units, unit_matmul

Array = np.ndarray
_W = [f"W{l}" for l in range(1000)]  # the keys, built once: a step looks them up L times
_B = [f"b{l}" for l in range(1000)]
_DW, _DB, _DA = ([f"{p}{l}" for l in range(1000)] for p in ("dW", "db", "dA"))


def dropout_mask(shape: tuple[int, ...], keep_prob: float, rng: np.random.Generator) -> Array:
    """D^[l]: 1.0 where a unit is kept (probability keep_prob), else 0.0."""
    return (rng.random(shape) < keep_prob).astype(float)


def L_model_forward(
    X: Array,
    parameters: Params,
    hidden_activation: str | Sequence[str] = "relu",
    keep_prob: float | Sequence[float] = 1.0,
    masks: Sequence[Array | None] | None = None,
    rng: np.random.Generator | None = None,
    leaky_slope: float = LEAKY_SLOPE,
) -> tuple[Array, list[LayerCache]]:
    """[LINEAR -> g] x (L-1) -> LINEAR -> SIGMOID; returns AL (1, m) and one cache per layer.

    `hidden_activation` and `keep_prob` are one value for every hidden layer or a list of
    L-1. With keep_prob < 1 the hidden layer's A is multiplied by D / keep_prob, D taken
    from `masks[l-1]` when given (a fixed mask: the gradient check needs one) or drawn
    from `rng` (default_rng() if None) in layer order.
    """
    L = len(parameters) // 2
    if isinstance(hidden_activation, str):
        acts = [hidden_activation] * (L - 1)
    else:
        acts = per_layer(hidden_activation, L - 1, "hidden_activation")
    keeps = (
        None
        if isinstance(keep_prob, int | float) and keep_prob >= 1.0
        else per_layer(keep_prob, L - 1, "keep_prob")
    )
    caches: list[LayerCache] = []
    A = X
    for l in range(1, L + 1):
        W, b = parameters[_W[l]], parameters[_B[l]]
        # equal rows of W (units of layer l), equal columns (units of layer l-1): see core.exact
        equal = (W.shape[0] > 1 and equal_units(W), l > 1 and W.shape[1] > 1 and equal_units(W.T))
        Z = unit_matmul(W, A) if equal[0] else W @ A  # Z^[l] = W^[l] A^[l-1] + b^[l]   (n^[l], m)
        Z += b
        A_prev = A
        if l == L:
            A = output_sigmoid(Z)  # A^[L] = sigmoid(Z^[L])   (1, m)
            caches.append(LayerCache((A_prev, W, b), Z, "sigmoid", A, None, 1.0, leaky_slope, equal))
            break
        act = acts[l - 1]
        A = A_g = activation_forward(Z, act, leaky_slope)  # A^[l] = g(Z^[l])   (n^[l], m)
        D, keep = None, 1.0 if keeps is None else float(keeps[l - 1])
        if keep < 1.0:
            D = masks[l - 1] if masks is not None and masks[l - 1] is not None else None
            if D is None:
                rng = rng if rng is not None else np.random.default_rng()
                D = dropout_mask(A.shape, keep, rng)
            A = A * D / keep  # inverted dropout keeps E[A^[l]] unchanged
        caches.append(LayerCache((A_prev, W, b), Z, act, A_g, D, keep, leaky_slope, equal))
    AL = A
    return AL, caches


def compute_cost(AL: Array, Y: Array, ZL: Array | None = None) -> float:
    """Cross-entropy J, finite even when AL reaches exactly 0 or 1.

    Given ZL (caches[-1].activation_cache) the loss comes straight from the logits,
    log(1 + e^ZL) - Y ZL, which never takes log(0); from AL alone AL is clipped to
    [1e-15, 1 - 1e-15].
    """
    m = Y.shape[1]
    if ZL is not None:
        return float(np.sum(np.logaddexp(0.0, ZL) - Y * ZL)) / m
    ALc = np.minimum(np.maximum(AL, 1e-15), 1.0 - 1e-15)
    y, a = Y.reshape(-1), ALc.reshape(-1)
    # -1/m (Y . log AL + (1 - Y) . log(1 - AL)), as two dot products of (m,) rows
    return -float(np.dot(y, np.log(a)) + np.dot(1.0 - y, np.log1p(-a))) / m


def l2_penalty(parameters: Params, lambd: float, m: int) -> float:
    """lambd/(2m) sum_l ||W^[l]||_F^2."""
    total = sum(float(np.sum(W * W)) for k, W in parameters.items() if k[0] == "W")
    return lambd / (2 * m) * total


def compute_cost_with_regularization(
    AL: Array, Y: Array, parameters: Params, lambd: float, ZL: Array | None = None
) -> float:
    """J + lambd/(2m) sum_l ||W^[l]||_F^2 (the course's L2 cost)."""
    return compute_cost(AL, Y, ZL) + l2_penalty(parameters, lambd, Y.shape[1])


def L_model_backward(
    AL: Array,
    Y: Array,
    caches: Sequence[Any],
    lambd: float = 0.0,
    return_dA0: bool = False,
    from_dAL: bool = False,
    intermediates: dict[str, Array] | None = None,
    hidden_dA: bool = True,
) -> dict[str, Array]:
    """grads dW1, db1, ..., dWL, dbL and dA1 .. dA(L-1) (dA0 only with `return_dA0`).

    dZ^[L] = AL - Y (sigmoid and cross-entropy together). `from_dAL` starts instead from
    dAL = -(Y/AL - (1-Y)/(1-AL)) through sigma'(Z^[L]), as the course's own function does
    (the same when AL = sigma(Z^[L])). `caches` are L_model_forward's; the course's
    (linear_cache, Z) pairs work too (ReLU hidden layers). A dict passed as
    `intermediates` receives dZ<l> and g'(Z<l>) as gZ<l>, for the step-through lessons.
    `hidden_dA=False` leaves the dA's out, which lets the 1/m of every dW and db be taken
    once, in dZ^[L] (the training loops' choice: two operations fewer per layer).
    """
    L, m = len(caches), Y.shape[1]
    scaled = not hidden_dA and not from_dAL
    if scaled and intermediates is not None:
        raise ValueError("intermediates need hidden_dA=True (they are the unscaled dZ's)")
    grads: dict[str, Array] = {}
    if from_dAL:
        dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
        s = activation_forward(caches[-1][1], "sigmoid")
        dZ = dAL * s * (1 - s)
    else:
        dZ = AL - Y  # dJ/dZ^[L]   (1, m)
        if scaled:
            dZ *= 1.0 / m  # from here on every dZ, dA carries the 1/m of dW and db
    dA = None
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        info = cache if isinstance(cache, LayerCache) else None
        if l < L:
            if info is not None and info.D is not None:
                dA = dA * info.D / info.keep_prob  # dropped units get no gradient
            if hidden_dA:
                grads[_DA[l]] = dA  # W^[l+1]T dZ^[l+1]   (n^[l], m)
            act, A, slope = (
                (info.activation, info.A, info.leaky_slope) if info else ("relu", None, LEAKY_SLOPE)
            )
            dZ = activation_backward(dA, cache[1], act, A, slope)  # dZ^[l] = dA^[l] * g'(Z^[l])  (n^[l], m)
            if intermediates is not None:
                intermediates[f"gZ{l}"] = activation_derivative(cache[1], act, A, slope)
        if intermediates is not None:
            intermediates[f"dZ{l}"] = dZ
        equal = info.equal if info is not None else None
        if equal is None:
            equal = weight_symmetry(cache[0][1], input_layer=l == 1)
        dA, grads[_DW[l]], grads[_DB[l]] = linear_backward(
            dZ, cache[0], lambd, l > 1 or return_dA0, equal, prescaled=scaled
        )
    if return_dA0:
        grads["dA0"] = dA if not scaled else dA * m
    return grads


def update_parameters(parameters: Params, grads: dict[str, Array], learning_rate: float) -> Params:
    """W^[l] := W^[l] - alpha dW^[l], b^[l] := b^[l] - alpha db^[l] for every layer; new arrays."""
    return {k: v - learning_rate * grads["d" + k] for k, v in parameters.items()}


def predict_proba(
    X: Array, parameters: Params, hidden_activation: str | Sequence[str] = "relu",
    leaky_slope: float = LEAKY_SLOPE,
) -> Array:  # fmt: skip
    """AL (1, m): the probability that y = 1, without dropout."""
    return L_model_forward(X, parameters, hidden_activation, leaky_slope=leaky_slope)[0]


def predict(
    X: Array, parameters: Params, hidden_activation: str | Sequence[str] = "relu",
    leaky_slope: float = LEAKY_SLOPE,
) -> Array:  # fmt: skip
    """Predictions (1, m) of 0/1: 1 where AL > 0.5 (the course's predict(X, y, parameters) minus printing)."""
    return (predict_proba(X, parameters, hidden_activation, leaky_slope) > 0.5).astype(float)
