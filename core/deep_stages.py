"""One iteration of an L-layer network as stages, each an equation with its shapes and matrices.

The L-layer counterpart of core.backprop_stages (which stays the 2-layer lesson's 16
stages). Every number comes from core.deep (L_model_forward, compute_cost,
L_model_backward, update_parameters, deep_gradient_check); the stages are, in order,

    X                                   the batch and the parameters
    Z1 A1 Z2 A2 ... ZL AL J             forward   (Z[l] = W[l] A[l-1] + b[l], A[l] = g(Z[l]))
    dZL dWL dbL  dA(L-1) dZ(L-1) dW(L-1) db(L-1)  ...  dA1 dZ1 dW1 db1     backward
    W1 b1 ... WL bL                     update    (W[l] := W[l] - alpha dW[l])

Diagram nodes are "x", "h1" .. "h(L-1)", "y" and "bias1" .. "biasL"; edges are parameter names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from core.backprop_stages import Stage, frozen
from core.deep_check import deep_gradient_check
from core.deep_model import L_model_backward, L_model_forward, compute_cost, update_parameters
from core.gradcheck import GradCheck

Array = np.ndarray
Params = dict[str, Array]


def deep_stage_names(L: int) -> tuple[str, ...]:
    """The stage names of one iteration of an L-layer network, in order."""
    names = ["X"] + [n for l in range(1, L + 1) for n in (f"Z{l}", f"A{l}")] + ["J"]
    for l in range(L, 0, -1):
        names += ([f"dA{l}"] if l < L else []) + [f"dZ{l}", f"dW{l}", f"db{l}"]
    return tuple(names + [n for l in range(1, L + 1) for n in (f"W{l}", f"b{l}")])


def deep_phases(L: int) -> tuple[str, ...]:
    """ "input", "forward", "backward" or "update" for each of deep_stage_names(L)."""
    return ("input",) + ("forward",) * (2 * L + 1) + ("backward",) * (4 * L - 1) + ("update",) * (2 * L)


@dataclass(frozen=True, eq=False)  # compared by identity: it holds arrays
class DeepIteration:
    """Everything one iteration computes, read-only, with its stages."""

    number: int
    X: Array
    Y: Array
    activations: tuple[str, ...]  # g[1] .. g[L-1]; g[L] is sigmoid
    learning_rate: float
    parameters: Params
    values: dict[str, Array]  # Z<l>, A<l> (A0 = X), dZ<l>, dA<l>, gZ<l> = g'(Z<l>)
    cost: float
    grads: dict[str, Array]
    updated: Params
    check: GradCheck
    stages: tuple[Stage, ...]


def compute_deep_iteration(
    number: int,
    X: Array,
    Y: Array,
    parameters: Params,
    activations: str | Sequence[str],
    learning_rate: float,
) -> DeepIteration:
    """Run one iteration with core.deep's functions and lay it out as stages."""
    L = len(parameters) // 2
    acts = (activations,) * (L - 1) if isinstance(activations, str) else tuple(activations)
    params = {k: frozen(v) for k, v in parameters.items()}
    with np.errstate(all="ignore"):
        AL, caches = L_model_forward(X, params, list(acts))
        cost = compute_cost(AL, Y, caches[-1].activation_cache)
        steps: dict[str, Array] = {}
        grads = L_model_backward(AL, Y, caches, intermediates=steps)
        updated = update_parameters(params, grads, learning_rate)
        check = deep_gradient_check(params, X, Y, list(acts))
    values = {"A0": frozen(X)}
    for l, cache in enumerate(caches, start=1):
        values[f"Z{l}"], values[f"A{l}"] = frozen(cache.activation_cache), frozen(cache.A)
    values.update({k: frozen(v) for k, v in steps.items()})
    values.update({k: frozen(v) for k, v in grads.items() if k.startswith("dA")})
    check = GradCheck({k: frozen(v) for k, v in check.analytic.items()},
                      {k: frozen(v) for k, v in check.numerical.items()}, dict(check.differences),
                      check.difference)  # fmt: skip
    it = DeepIteration(number, X, Y, acts, float(learning_rate), params, values, float(cost),
                       {k: frozen(v) for k, v in grads.items() if not k.startswith("dA")},
                       {k: frozen(v) for k, v in updated.items()}, check, ())  # fmt: skip
    return replace(it, stages=build_deep_stages(it))


def _shape(a: Array) -> str:
    return "scalar" if a.ndim == 0 else f"({', '.join(str(d) for d in a.shape)})"


def _node(l: int, L: int) -> str:
    return "x" if l == 0 else "y" if l == L else f"h{l}"


def _a(l: int) -> str:
    return "X" if l == 0 else f"A{l}"


def build_deep_stages(it: DeepIteration) -> tuple[Stage, ...]:
    """The stages of `it`, in deep_stage_names order, each pointing at `it`'s own arrays."""
    L = len(it.parameters) // 2
    names, phases = deep_stage_names(L), deep_phases(L)
    p, v, g, S = it.parameters, it.values, it.grads, _shape
    specs = []  # (equation, operands, result, operators, nodes, edges, shapes)
    all_params = [(k, p[k]) for l in range(1, L + 1) for k in (f"W{l}", f"b{l}")]
    specs.append(("X = [x⁽¹⁾ … x⁽ᵐ⁾],  Y = [y⁽¹⁾ … y⁽ᵐ⁾]", [("X", it.X), ("Y", it.Y), *all_params], None,
                  ("",) * (len(all_params) + 1), {_node(l, L) for l in range(L + 1)}, set(p),
                  ",  ".join(f"{k} {S(a)}" for k, a in [("X", it.X), ("Y", it.Y), *all_params])))  # fmt: skip
    for l in range(1, L + 1):
        W, b, A_prev, Z, A = p[f"W{l}"], p[f"b{l}"], v[f"A{l - 1}"], v[f"Z{l}"], v[f"A{l}"]
        act = "sigmoid" if l == L else it.activations[l - 1]
        specs.append((f"Z{l} = W{l} {_a(l - 1)} + b{l}", [(f"W{l}", W), (_a(l - 1), A_prev), (f"b{l}", b)],
                      (f"Z{l}", Z), ("×", "+", "="), {_node(l - 1, L), _node(l, L), f"bias{l}"},
                      {f"W{l}", f"b{l}"}, f"{S(W)} x {S(A_prev)} + {S(b)} -> {S(Z)}"))  # fmt: skip
        specs.append((f"A{l} = g(Z{l}) = {act}(Z{l})", [(f"Z{l}", Z)], (f"A{l}", A), (f"{act} →",),
                      {_node(l, L)}, set(), f"{act} elementwise: {S(Z)} -> {S(A)}"))  # fmt: skip
    J, AL = frozen(it.cost), v[f"A{L}"]
    specs.append(("J = −1/m Σ ( Y log AL + (1 − Y) log(1 − AL) )".replace("AL", f"A{L}"),
                  [(f"A{L}", AL), ("Y", it.Y)], ("J", J), (",", "→"), {"y"}, set(),
                  f"{S(AL)}, {S(it.Y)} -> scalar"))  # fmt: skip
    for l in range(L, 0, -1):
        specs += _backward_specs(it, l, L)
    for l in range(1, L + 1):
        for key, nodes in ((f"W{l}", {_node(l - 1, L), _node(l, L)}), (f"b{l}", {_node(l, L), f"bias{l}"})):
            old, grad, new, a = p[key], g["d" + key], it.updated[key], it.learning_rate
            specs.append((f"{key} := {key} − α d{key}   (α = {a:g})", [(key, old), ("d" + key, grad)],
                          (f"{key} (new)", new), (f"− {a:g} ×", "="), nodes, {key},
                          f"{S(old)} - α {S(grad)} -> {S(new)}"))  # fmt: skip
    return tuple(_stage(i, names[i], phases[i], *spec) for i, spec in enumerate(specs))


def _backward_specs(it: DeepIteration, l: int, L: int) -> list[tuple]:
    p, v, g, S = it.parameters, it.values, it.grads, _shape
    specs = []
    dZ, A_prev = v[f"dZ{l}"], v[f"A{l - 1}"]
    if l == L:
        specs.append((f"dZ{L} = A{L} − Y", [(f"A{L}", v[f"A{L}"]), ("Y", it.Y)], (f"dZ{L}", dZ), ("−", "="),
                      {"y"}, set(), f"{S(v[f'A{L}'])} - {S(it.Y)} -> {S(dZ)}"))  # fmt: skip
    else:
        W_next, dZ_next, dA, gZ = p[f"W{l + 1}"], v[f"dZ{l + 1}"], v[f"dA{l}"], v[f"gZ{l}"]
        specs.append((f"dA{l} = W{l + 1}ᵀ dZ{l + 1}", [(f"W{l + 1}ᵀ", W_next.T), (f"dZ{l + 1}", dZ_next)],
                      (f"dA{l}", dA), ("×", "="), {_node(l, L), _node(l + 1, L)}, {f"W{l + 1}"},
                      f"{S(W_next.T)} x {S(dZ_next)} -> {S(dA)}"))  # fmt: skip
        specs.append((f"dZ{l} = dA{l} * g′(Z{l})", [(f"dA{l}", dA), (f"g′(Z{l})", gZ)], (f"dZ{l}", dZ),
                      ("*", "="), {_node(l, L)}, set(), f"{S(dA)} * {S(gZ)} -> {S(dZ)}"))  # fmt: skip
    dW, db = g[f"dW{l}"], g[f"db{l}"]
    specs.append((f"dW{l} = 1/m dZ{l} {_a(l - 1)}ᵀ", [(f"dZ{l}", dZ), (f"{_a(l - 1)}ᵀ", A_prev.T)],
                  (f"dW{l}", dW), ("×", "/ m ="), {_node(l - 1, L), _node(l, L)}, {f"W{l}"},
                  f"{S(dZ)} x {S(A_prev.T)} / m -> {S(dW)}"))  # fmt: skip
    specs.append((f"db{l} = 1/m np.sum(dZ{l}, axis=1, keepdims=True)", [(f"dZ{l}", dZ)], (f"db{l}", db),
                  ("Σ row / m =",), {_node(l, L), f"bias{l}"}, {f"b{l}"},
                  f"sum over axis 1 of {S(dZ)} / m -> {S(db)}"))  # fmt: skip
    return specs


def _stage(index, name, phase, equation, operands, result, operators, nodes, edges, shapes) -> Stage:
    names = tuple((n, tuple(a.shape)) for n, a in operands)
    res = None if result is None else (result[0], tuple(result[1].shape))
    matrices = tuple(operands) + (() if result is None else (result,))
    return Stage(index, name, phase, equation, shapes, names, res, matrices, tuple(operators),
                 frozenset(nodes), frozenset(edges))  # fmt: skip
