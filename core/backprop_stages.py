"""One iteration of the shallow net as 16 stages, each an equation with its shapes and matrices.

Every number comes from core.network (forward_propagation, compute_cost,
backward_propagation, update_parameters) and core.gradcheck; this module only lays
those results out one operation at a time, in the course's notation:

    X           the batch and the parameters that enter the forward pass
    Z1 A1 Z2 A2 J                   forward     (Z1 = W1 X + b1, ...)
    dZ2 dW2 db2 dZ1 dW1 db1         backward    (dZ1 = W2ᵀ dZ2 * g′(Z1), ...)
    W1 b1 W2 b2                     update      (W1 := W1 − α dW1, ...)
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from core.gradcheck import GradCheck, gradient_check
from core.network import (
    backward_propagation,
    compute_cost,
    forward_propagation,
    update_parameters,
)

Array = np.ndarray
Params = dict[str, Array]

STAGE_NAMES: tuple[str, ...] = (
    "X", "Z1", "A1", "Z2", "A2", "J",
    "dZ2", "dW2", "db2", "dZ1", "dW1", "db1",
    "W1", "b1", "W2", "b2",
)  # fmt: skip
STAGES_PER_ITERATION = len(STAGE_NAMES)
PHASES: tuple[str, ...] = ("input",) + ("forward",) * 5 + ("backward",) * 6 + ("update",) * 4
PARAM_KEYS: tuple[str, ...] = ("W1", "b1", "W2", "b2")


def frozen(a: Array | float) -> Array:
    """A read-only copy: what a snapshot hands the view can never be changed by it."""
    a = np.array(a, dtype=float, copy=True)
    a.flags.writeable = False
    return a


@dataclass(frozen=True, eq=False)  # compared by identity: a stage holds arrays
class Stage:
    """One operation: its equation, the shapes of operands and result, and the matrices.

    `matrices` holds the operands then the result (the input stage has no result);
    `operators[i]` is written between matrices i and i+1. `nodes` are diagram layers
    ("x", "h", "y", "bias1", "bias2") and `edges` parameter names ("W1", ...) whose
    edges take part in the operation.
    """

    index: int
    name: str
    phase: str
    equation: str
    shapes: str
    operands: tuple[tuple[str, tuple[int, ...]], ...]
    result: tuple[str, tuple[int, ...]] | None
    matrices: tuple[tuple[str, Array], ...]
    operators: tuple[str, ...]
    nodes: frozenset[str]
    edges: frozenset[str]
    # The building block it belongs to (002, 004 §4.6): ("forward" | "backward" | "update", l),
    # ("input", 0) or ("cost", L); and the caches it stores or reads: ("store" | "read", l,
    # what) each, e.g. (("read", 2, "W2"), ("read", 1, "Z1")) for dZ1 = W2ᵀ dZ2 * g′(Z1).
    block: tuple[str, int] = ("", 0)
    caches: tuple[tuple[str, int, str], ...] = ()


def block_of(name: str, phase: str, L: int) -> tuple[str, int]:
    """The forward or backward block of layer l a stage belongs to (the block diagram lights it)."""
    if phase in ("input", "update"):
        return (phase, 0 if phase == "input" else int(name[1:]))
    if name == "J":
        return ("cost", L)
    if name[0] in "ZA":
        return ("forward", int(name[1:]))
    layer = int(name[2:])
    if name.startswith("dA"):
        return ("backward", layer if layer == L else layer + 1)  # dA^[l-1] leaves block l
    return ("backward", layer)


# What each 2-layer stage stores in or reads from the caches (Z1 = W1 X + b1 stores cache 1, ...).
TWO_LAYER_CACHES: dict[str, tuple[tuple[str, int, str], ...]] = {
    "Z1": (("store", 1, "X, W1, b1, Z1"),), "Z2": (("store", 2, "A1, W2, b2, Z2"),),
    "dW2": (("read", 2, "A1"),), "dZ1": (("read", 2, "W2"), ("read", 1, "Z1")),
    "dW1": (("read", 1, "X"),),
}  # fmt: skip


@dataclass(frozen=True, eq=False)
class Iteration:
    """Everything one gradient-descent iteration computes, read-only, with its 16 stages."""

    number: int
    X: Array
    Y: Array
    activation: str
    learning_rate: float
    parameters: Params  # what enters the forward pass
    cache: dict[str, Array]  # Z1, A1, Z2, A2 from forward_propagation
    cost: float  # compute_cost
    grads: dict[str, Array]  # backward_propagation
    steps: dict[str, Array]  # its intermediates dZ2, gZ1 = g′(Z1), dZ1
    updated: Params  # update_parameters
    check: GradCheck
    edited: tuple[str, ...]  # the user's edits this forward pass uses, e.g. "W1[0, 1] = 0.5"
    stages: tuple[Stage, ...]


def compute_iteration(
    number: int,
    X: Array,
    Y: Array,
    parameters: Params,
    activation: str,
    learning_rate: float,
    edited: tuple[str, ...] = (),
) -> Iteration:
    """Run one iteration with core.network's functions and lay it out as stages."""
    params = {k: frozen(parameters[k]) for k in PARAM_KEYS}
    with np.errstate(all="ignore"):
        A2, cache = forward_propagation(X, params, activation)
        cost = compute_cost(A2, Y, Z2=cache["Z2"])
        steps: dict[str, Array] = {}
        grads = backward_propagation(params, cache, X, Y, activation, intermediates=steps)
        updated = update_parameters(params, grads, learning_rate)
        check = gradient_check(params, X, Y, activation)
    cache = {k: frozen(cache[k]) for k in ("Z1", "A1", "Z2", "A2")}
    steps = {k: steps[k] for k in ("dZ2", "gZ1", "dZ1")}
    it = frozen_iteration(number, X, Y, activation, learning_rate, params, cache, cost,
                          grads, steps, updated, check, edited)  # fmt: skip
    return replace(it, stages=build_stages(it))


def frozen_iteration(
    number: int, X: Array, Y: Array, activation: str, learning_rate: float, params: Params,
    cache: dict[str, Array], cost: float, grads: dict[str, Array], steps: dict[str, Array],
    updated: Params, check: GradCheck, edited: tuple[str, ...],
) -> Iteration:  # fmt: skip
    """An Iteration (no stages yet) holding read-only copies of what one iteration computed.

    The 2-layer and the L-layer iterations share it; `params` and `cache` come in frozen.
    """
    check = GradCheck(
        {k: frozen(v) for k, v in check.analytic.items()},
        {k: frozen(v) for k, v in check.numerical.items()},
        dict(check.differences),
        check.difference,
    )
    return Iteration(number, X, Y, activation, float(learning_rate), params, cache, float(cost),
                     {k: frozen(v) for k, v in grads.items()}, {k: frozen(v) for k, v in steps.items()},
                     {k: frozen(v) for k, v in updated.items()}, check, tuple(edited), ())  # fmt: skip


def _shape(a: Array) -> str:
    return "scalar" if a.ndim == 0 else f"({', '.join(str(d) for d in a.shape)})"


def _stage(index, equation, operands, result, operators, nodes, edges, shapes) -> Stage:
    names = tuple((n, tuple(a.shape)) for n, a in operands)
    res = None if result is None else (result[0], tuple(result[1].shape))
    matrices = tuple(operands) + (() if result is None else (result,))
    name, phase = STAGE_NAMES[index], PHASES[index]
    return Stage(index, name, phase, equation, shapes, names, res, matrices, tuple(operators),
                 frozenset(nodes), frozenset(edges), block_of(name, phase, 2),
                 TWO_LAYER_CACHES.get(name, ()) if phase != "update" else ())  # fmt: skip


def build_stages(it: Iteration) -> tuple[Stage, ...]:
    """The 16 stages of `it`, in order, each pointing at `it`'s own arrays (no recomputation)."""
    p, c, g, u, X, Y = it.parameters, it.cache, it.grads, it.updated, it.X, it.Y
    W1, b1, W2, b2 = p["W1"], p["b1"], p["W2"], p["b2"]
    Z1, A1, Z2, A2 = c["Z1"], c["A1"], c["Z2"], c["A2"]
    dZ2, gZ1, dZ1 = it.steps["dZ2"], it.steps["gZ1"], it.steps["dZ1"]
    J = frozen(it.cost)
    act, a = it.activation, it.learning_rate
    S = _shape
    stages = [
        _stage(0, "X = [x⁽¹⁾ … x⁽ᵐ⁾],  Y = [y⁽¹⁾ … y⁽ᵐ⁾]",
               [("X", X), ("Y", Y), ("W1", W1), ("b1", b1), ("W2", W2), ("b2", b2)], None,
               ("", "", "", "", ""), {"x", "h", "y", "bias1", "bias2"}, {"W1", "b1", "W2", "b2"},
               f"X {S(X)},  Y {S(Y)},  W1 {S(W1)},  b1 {S(b1)},  W2 {S(W2)},  b2 {S(b2)}"),
        _stage(1, "Z1 = W1 X + b1", [("W1", W1), ("X", X), ("b1", b1)], ("Z1", Z1),
               ("×", "+", "="), {"x", "h", "bias1"}, {"W1", "b1"},
               f"{S(W1)} x {S(X)} + {S(b1)} -> {S(Z1)}"),
        _stage(2, f"A1 = g(Z1) = {act}(Z1)", [("Z1", Z1)], ("A1", A1), (f"{act} →",),
               {"h"}, set(), f"{act} elementwise: {S(Z1)} -> {S(A1)}"),
        _stage(3, "Z2 = W2 A1 + b2", [("W2", W2), ("A1", A1), ("b2", b2)], ("Z2", Z2),
               ("×", "+", "="), {"h", "y", "bias2"}, {"W2", "b2"},
               f"{S(W2)} x {S(A1)} + {S(b2)} -> {S(Z2)}"),
        _stage(4, "A2 = σ(Z2) = sigmoid(Z2)", [("Z2", Z2)], ("A2", A2), ("σ →",),
               {"y"}, set(), f"sigmoid elementwise: {S(Z2)} -> {S(A2)}"),
        _stage(5, "J = −1/m Σ ( Y log A2 + (1 − Y) log(1 − A2) )", [("A2", A2), ("Y", Y)],
               ("J", J), (",", "→"), {"y"}, set(), f"{S(A2)}, {S(Y)} -> scalar"),
        _stage(6, "dZ2 = A2 − Y", [("A2", A2), ("Y", Y)], ("dZ2", dZ2), ("−", "="),
               {"y"}, set(), f"{S(A2)} - {S(Y)} -> {S(dZ2)}"),
        _stage(7, "dW2 = 1/m dZ2 A1ᵀ", [("dZ2", dZ2), ("A1ᵀ", A1.T)], ("dW2", g["dW2"]),
               ("×", "/ m ="), {"h", "y"}, {"W2"},
               f"{S(dZ2)} x {S(A1.T)} / m -> {S(g['dW2'])}"),
        _stage(8, "db2 = 1/m np.sum(dZ2, axis=1, keepdims=True)", [("dZ2", dZ2)],
               ("db2", g["db2"]), ("Σ row / m =",), {"y", "bias2"}, {"b2"},
               f"sum over axis 1 of {S(dZ2)} / m -> {S(g['db2'])}"),
        _stage(9, "dZ1 = W2ᵀ dZ2 * g′(Z1)", [("W2ᵀ", W2.T), ("dZ2", dZ2), ("g′(Z1)", gZ1)],
               ("dZ1", dZ1), ("×", "*", "="), {"h", "y"}, {"W2"},
               f"{S(W2.T)} x {S(dZ2)} * {S(gZ1)} -> {S(dZ1)}"),
        _stage(10, "dW1 = 1/m dZ1 Xᵀ", [("dZ1", dZ1), ("Xᵀ", X.T)], ("dW1", g["dW1"]),
               ("×", "/ m ="), {"x", "h"}, {"W1"},
               f"{S(dZ1)} x {S(X.T)} / m -> {S(g['dW1'])}"),
        _stage(11, "db1 = 1/m np.sum(dZ1, axis=1, keepdims=True)", [("dZ1", dZ1)],
               ("db1", g["db1"]), ("Σ row / m =",), {"h", "bias1"}, {"b1"},
               f"sum over axis 1 of {S(dZ1)} / m -> {S(g['db1'])}"),
    ]  # fmt: skip
    for index, key, nodes in ((12, "W1", {"x", "h"}), (13, "b1", {"h", "bias1"}),
                              (14, "W2", {"h", "y"}), (15, "b2", {"y", "bias2"})):  # fmt: skip
        old, grad, new = p[key], g["d" + key], u[key]
        stages.append(_stage(
            index, f"{key} := {key} − α d{key}   (α = {a:g})",
            [(key, old), ("d" + key, grad)], (f"{key} (new)", new), (f"− {a:g} ×", "="),
            nodes, {key}, f"{S(old)} - α {S(grad)} -> {S(new)}",
        ))  # fmt: skip
    return tuple(stages)
