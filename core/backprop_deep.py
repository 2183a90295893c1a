"""The backprop lesson's L-layer walk: one iteration as stages, with caches and building blocks.

002 / 004 §4.6 draw them: per layer a forward block that stores its cache and a backward
block that reads it.

Every number comes from core.deep (L_model_forward, compute_cost, L_model_backward,
update_parameters, deep_gradient_check); this module lays the results out one operation
at a time, in the course's notation:

    X                                       the batch and the parameters
    Z1 A1 ... ZL AL J                       forward: Z^[l] = W^[l] A^[l-1] + b^[l] stores cache l
    dAL dZL dWL dbL dA(L-1) dZ(L-1) ... db1 backward: each reads the cache it needs
    W1 b1 ... WL bL                         update W^[l] := W^[l] − α dW^[l]

dA^[L] = −(Y/A^[L] − (1 − Y)/(1 − A^[L])) is the course's initialization of backward
(002 最末层初始化); dZ^[L] = dA^[L] * σ′(Z^[L]) is A^[L] − Y, which is what core computes.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from core.backprop_stages import Iteration, Stage, _shape, block_of, frozen, frozen_iteration
from core.deep import (
    L_model_backward,
    L_model_forward,
    compute_cost,
    deep_gradient_check,
    update_parameters,
)
from core.deep_layers import activation_derivative

Array = np.ndarray


def stage_names(L: int) -> tuple[tuple[str, str], ...]:
    """(name, phase) of every stage of an L-layer iteration, in order (8L + 2 of them)."""
    out = [("X", "input")]
    out += [(f"{p}{l}", "forward") for l in range(1, L + 1) for p in ("Z", "A")]
    out += [("J", "forward"), (f"dA{L}", "backward")]
    for l in range(L, 0, -1):
        out += [(f"dZ{l}", "backward"), (f"dW{l}", "backward"), (f"db{l}", "backward")]
        if l > 1:
            out.append((f"dA{l - 1}", "backward"))
    out += [(f"{p}{l}", "update") for l in range(1, L + 1) for p in ("W", "b")]
    return tuple(out)


def compute_deep_iteration(
    number: int, X: Array, Y: Array, parameters: dict[str, Array], activation: str,
    learning_rate: float, edited: tuple[str, ...] = (),
) -> Iteration:  # fmt: skip
    """Run one iteration with core.deep's functions and lay it out as stages."""
    L = len(parameters) // 2
    params = {k: frozen(v) for k, v in parameters.items()}
    with np.errstate(all="ignore"):
        AL, caches = L_model_forward(X, params, activation)
        cost = compute_cost(AL, Y, caches[-1].activation_cache)
        steps: dict[str, Array] = {}
        grads = L_model_backward(AL, Y, caches, intermediates=steps)
        updated = update_parameters(params, grads, learning_rate)
        check = deep_gradient_check(params, X, Y, activation)
        steps[f"dA{L}"] = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))  # the course's dA^[L]
        steps[f"gZ{L}"] = activation_derivative(caches[-1].activation_cache, "sigmoid", AL)
    cache = {}
    for l, c in enumerate(caches, start=1):
        cache[f"Z{l}"], cache[f"A{l}"] = frozen(c.activation_cache), frozen(c.A)
    it = frozen_iteration(number, X, Y, activation, learning_rate, params, cache, cost,
                          grads, steps, updated, check, edited)  # fmt: skip
    return replace(it, stages=build_deep_stages(it))


class _Builder:
    """Appends stages in order, each pointing at the iteration's own arrays."""

    def __init__(self, L: int) -> None:
        self.L = L
        self.names = stage_names(L)
        self.stages: list[Stage] = []

    def add(self, equation, operands, result, operators, nodes, edges, shapes, caches=()) -> None:
        index = len(self.stages)
        name, phase = self.names[index]
        names = tuple((n, tuple(a.shape)) for n, a in operands)
        res = None if result is None else (result[0], tuple(result[1].shape))
        matrices = tuple(operands) + (() if result is None else (result,))
        self.stages.append(Stage(index, name, phase, equation, shapes, names, res, matrices,
                                 tuple(operators), frozenset(nodes), frozenset(edges),
                                 block_of(name, phase, self.L), tuple(caches)))  # fmt: skip


def build_deep_stages(it: Iteration) -> tuple[Stage, ...]:
    """The 8L + 2 stages of `it`, in order (no recomputation: every array is `it`'s)."""
    p, c, g, s, X, Y = it.parameters, it.cache, it.grads, it.steps, it.X, it.Y
    L = len(p) // 2
    S, act, b = _shape, it.activation, _Builder(L)
    A = {0: X, **{l: c[f"A{l}"] for l in range(1, L + 1)}}
    a_name = {0: "X", **{l: f"A{l}" for l in range(1, L + 1)}}
    everything = {f"L{l}" for l in range(L + 1)} | {f"bias{l}" for l in range(1, L + 1)}
    params = [(k, p[k]) for l in range(1, L + 1) for k in (f"W{l}", f"b{l}")]
    b.add("X = A0 = [x⁽¹⁾ … x⁽ᵐ⁾],  Y = [y⁽¹⁾ … y⁽ᵐ⁾]", [("X", X), ("Y", Y), *params], None,
          ("",) * (len(params) + 1), everything, set(p),
          ",  ".join(f"{n} {S(a)}" for n, a in [("X", X), ("Y", Y), *params]))  # fmt: skip
    for l in range(1, L + 1):
        W, bl, Z, prev = p[f"W{l}"], p[f"b{l}"], c[f"Z{l}"], a_name[l - 1]
        b.add(f"Z{l} = W{l} {prev} + b{l}", [(f"W{l}", W), (prev, A[l - 1]), (f"b{l}", bl)], (f"Z{l}", Z),
              ("×", "+", "="), {f"L{l - 1}", f"L{l}", f"bias{l}"}, {f"W{l}", f"b{l}"},
              f"{S(W)} x {S(A[l - 1])} + {S(bl)} -> {S(Z)}",
              [("store", l, f"{prev}, W{l}, b{l}, Z{l}")])  # fmt: skip
        g_name = "σ" if l == L else "g"
        fn = "sigmoid" if l == L else act
        b.add(f"A{l} = {g_name}(Z{l}) = {fn}(Z{l})", [(f"Z{l}", Z)], (f"A{l}", A[l]), (f"{fn} →",),
              {f"L{l}"}, set(), f"{fn} elementwise: {S(Z)} -> {S(A[l])}")  # fmt: skip
    AL, J = A[L], frozen(it.cost)
    b.add(f"J = −1/m Σ ( Y log A{L} + (1 − Y) log(1 − A{L}) )", [(f"A{L}", AL), ("Y", Y)], ("J", J),
          (",", "→"), {f"L{L}"}, set(), f"{S(AL)}, {S(Y)} -> scalar")  # fmt: skip
    dAL = s[f"dA{L}"]
    b.add(f"dA{L} = −(Y / A{L} − (1 − Y) / (1 − A{L}))", [(f"A{L}", AL), ("Y", Y)], (f"dA{L}", dAL),
          (",", "→"), {f"L{L}"}, set(), f"{S(AL)}, {S(Y)} -> {S(dAL)}")  # fmt: skip
    for l in range(L, 0, -1):
        _backward_layer(b, it, l, A, a_name)
    for l in range(1, L + 1):
        for key, nodes in ((f"W{l}", {f"L{l - 1}", f"L{l}"}), (f"b{l}", {f"L{l}", f"bias{l}"})):
            old, grad, new, a = p[key], g["d" + key], it.updated[key], it.learning_rate
            b.add(f"{key} := {key} − α d{key}   (α = {a:g})", [(key, old), ("d" + key, grad)],
                  (f"{key} (new)", new), (f"− {a:g} ×", "="), nodes, {key},
                  f"{S(old)} - α {S(grad)} -> {S(new)}")  # fmt: skip
    return tuple(b.stages)


def _backward_layer(b: _Builder, it: Iteration, l: int, A: dict, a_name: dict) -> None:
    """dZ^[l], dW^[l], db^[l] and dA^[l-1] (not for l = 1: nothing uses dA^[0])."""
    p, g, s, S, L = it.parameters, it.grads, it.steps, _shape, b.L
    dZ, gZ, W = s[f"dZ{l}"], s[f"gZ{l}"], p[f"W{l}"]
    dA = s[f"dA{L}"] if l == L else g[f"dA{l}"]
    if l == L:
        b.add(f"dZ{L} = dA{L} * σ′(Z{L}) = A{L} − Y", [(f"dA{L}", dA), (f"σ′(Z{L})", gZ)], (f"dZ{L}", dZ),
              ("*", "="), {f"L{L}"}, set(), f"{S(dA)} * {S(gZ)} -> {S(dZ)}",
              [("read", L, f"Z{L}")])  # fmt: skip
    else:
        b.add(f"dZ{l} = dA{l} * g′(Z{l})", [(f"dA{l}", dA), (f"g′(Z{l})", gZ)], (f"dZ{l}", dZ),
              ("*", "="), {f"L{l}"}, set(), f"{S(dA)} * {S(gZ)} -> {S(dZ)}",
              [("read", l, f"Z{l}")])  # fmt: skip
    prev, A_prev = a_name[l - 1], A[l - 1]
    b.add(f"dW{l} = 1/m dZ{l} {prev}ᵀ", [(f"dZ{l}", dZ), (f"{prev}ᵀ", A_prev.T)], (f"dW{l}", g[f"dW{l}"]),
          ("×", "/ m ="), {f"L{l - 1}", f"L{l}"}, {f"W{l}"},
          f"{S(dZ)} x {S(A_prev.T)} / m -> {S(g[f'dW{l}'])}", [("read", l, prev)])  # fmt: skip
    b.add(f"db{l} = 1/m np.sum(dZ{l}, axis=1, keepdims=True)", [(f"dZ{l}", dZ)], (f"db{l}", g[f"db{l}"]),
          ("Σ row / m =",), {f"L{l}", f"bias{l}"}, {f"b{l}"},
          f"sum over axis 1 of {S(dZ)} / m -> {S(g[f'db{l}'])}")  # fmt: skip
    if l > 1:
        dA_prev = g[f"dA{l - 1}"]
        b.add(f"dA{l - 1} = W{l}ᵀ dZ{l}", [(f"W{l}ᵀ", W.T), (f"dZ{l}", dZ)], (f"dA{l - 1}", dA_prev),
              ("×", "="), {f"L{l - 1}", f"L{l}"}, {f"W{l}"}, f"{S(W.T)} x {S(dZ)} -> {S(dA_prev)}",
              [("read", l, f"W{l}")])  # fmt: skip
