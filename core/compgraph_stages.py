"""One pass over a computation graph laid out as stages: the inputs, forward one node at a time,
backward one variable at a time (each the chain rule with its numbers), and for logistic
regression the update w := w − α dw of every parameter and the new loss.

The texts are formulas only (the view adds the words, in its language):

    forward   "u = b·c"                 "u = 3 × 2 = 6"
    backward  "dJ/da = dJ/dv · dv/da"   "dv/da = 1"   "dJ/da = 3 × 1 = 3"
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.compgraph import Graph, Term, backward, formula, formula_with_values, forward
from core.compgraph_ops import GraphError

Edge = tuple[str, str]  # (from, to) as in the forward direction: ("b", "u")


@dataclass(frozen=True)
class GraphStage:
    """One step of the walk: what it computes, its equation with numbers, what the graph lights."""

    index: int
    phase: str  # "input", "forward", "backward", "update"
    kind: str  # phase, or "new_loss" (the last update stage)
    name: str  # the variable it computes ("" at the input stage)
    equation: str
    locals: tuple[str, ...]  # backward: each local derivative, "dv/da = 1"
    numbers: str
    lit_nodes: frozenset[str]
    lit_edges: frozenset[Edge]
    known: frozenset[str]  # variables whose value is known at this stage
    known_derivs: frozenset[str]
    known_updates: frozenset[str]


@dataclass(frozen=True)
class Pass:
    """Everything one pass computes; `updated`/`new_values` only where the graph has an update."""

    graph: Graph
    start: dict[str, float]  # the leaves' values
    values: dict[str, float]  # every variable, forward
    derivs: dict[str, float]  # dJ/dx, backward
    terms: dict[str, list[Term]]
    learning_rate: float
    updated: dict[str, float] | None  # the inputs after w := w − α dw
    new_values: dict[str, float] | None  # forward again from the updated inputs
    stages: tuple[GraphStage, ...]


def num(x: float) -> str:
    """A number as the stage texts write it: 6 significant digits, negatives in parentheses
    when they are a factor (the caller decides)."""
    return f"{x:.6g}"


def _factor(x: float) -> str:
    return f"({num(x)})" if x < 0 else num(x)


def compute_pass(graph: Graph, start: dict[str, float], learning_rate: float, update: bool) -> Pass:
    """Forward and backward at `start`; with `update`, one gradient-descent step and the new loss.

    Raises GraphError when a value or a derivative is not finite (nothing is kept then).
    """
    start = {name: float(start[name]) for name in graph.leaves}
    values = forward(graph, start)
    derivs, terms = backward(graph, values)
    updated = new_values = None
    if update:
        updated = dict(start)
        for name in graph.inputs:
            updated[name] = start[name] - learning_rate * derivs[name]
        new_values = forward(graph, updated)
    p = Pass(graph, start, values, derivs, terms, float(learning_rate), updated, new_values, ())
    return replace(p, stages=build_stages(p))


def build_stages(p: Pass) -> tuple[GraphStage, ...]:
    g, vals = p.graph, p.values
    leaves = frozenset(g.leaves)
    everything = leaves | {n.name for n in g.nodes}
    none: frozenset[str] = frozenset()
    stages = [GraphStage(0, "input", "input", "", ",  ".join(f"{k} = {num(vals[k])}" for k in g.leaves),
                         (), "", leaves, frozenset(), leaves, none, none)]  # fmt: skip
    known = set(leaves)
    for node in g.nodes:
        known.add(node.name)
        args = node.variables()
        numbers = f"{node.name} = {formula_with_values(node, vals)} = {num(vals[node.name])}"
        stages.append(_stage(len(stages), "forward", node.name, formula(node), (), numbers,
                             {node.name, *args}, {(a, node.name) for a in args}, known, none))  # fmt: skip
    done: set[str] = set()
    for name in g.backward_order():
        done.add(name)
        equation, local, numbers = chain_rule(g, name, p.terms[name], p.derivs[name], vals)
        users = {t.user for t in p.terms[name]}
        stages.append(_stage(len(stages), "backward", name, equation, local, numbers,
                             {name, *users}, {(name, u) for u in users}, everything, done))  # fmt: skip
    if p.updated is not None:
        stages += update_stages(p, len(stages), everything)
    return tuple(stages)


def _stage(index, phase, name, equation, local, numbers, nodes, edges, known, derivs, updates=(),
           kind="") -> GraphStage:  # fmt: skip
    return GraphStage(index, phase, kind or phase, name, equation, tuple(local), numbers,
                      frozenset(nodes), frozenset(edges), frozenset(known), frozenset(derivs),
                      frozenset(updates))  # fmt: skip


def chain_rule(g: Graph, name: str, terms: list[Term], total: float, vals: dict[str, float]
               ) -> tuple[str, list[str], str]:  # fmt: skip
    """("dJ/da = dJ/dv · dv/da", ["dv/da = 1"], "dJ/da = 3 × 1 = 3") for variable `name`."""
    out = g.output
    symbols, locals_, factors = [], [], []
    for t in terms:
        direct = t.user == out  # J uses x itself: the local derivative is the whole factor
        local_symbol = f"∂{out}/∂{name}" if direct else f"d{t.user}/d{name}"
        symbols.append(local_symbol if direct else f"d{out}/d{t.user} · {local_symbol}")
        shown = t.local_text if _is_number(t.local_text) else f"{t.local_text} = {num(t.local)}"
        locals_.append(f"{local_symbol} = {shown}")
        factors.append(_factor(t.local) if direct else f"{_factor(t.upstream)} × {_factor(t.local)}")
    lhs = f"d{out}/d{name}"
    single = len(terms) == 1 and terms[0].user == out
    numbers = f"{lhs} = {num(total)}" if single else f"{lhs} = {' + '.join(factors)} = {num(total)}"
    if name in g.shortcut:
        text, value = g.shortcut[name]
        numbers += f" = {text} = {num(value(vals))}"
    return f"{lhs} = {' + '.join(symbols)}", locals_, numbers


def _is_number(text: str) -> bool:
    try:
        float(text.replace("−", "-"))
    except ValueError:
        return False
    return True


def update_stages(p: Pass, first: int, everything: frozenset[str]) -> list[GraphStage]:
    """w := w − α dw for each input in turn, then the loss forward again from the new values."""
    g, a = p.graph, p.learning_rate
    out = g.output
    stages, done = [], set()
    derivs = frozenset(p.derivs)
    for name in g.inputs:
        done.add(name)
        equation = f"{name} := {name} − α·d{name}   (α = {a:g},  d{name} = d{out}/d{name})"
        numbers = (f"{name} := {num(p.start[name])} − {a:g} × {_factor(p.derivs[name])} = "
                   f"{num(p.updated[name])}")  # fmt: skip
        stages.append(_stage(first + len(stages), "update", name, equation, (), numbers, {name}, (),
                             everything, derivs, done))  # fmt: skip
    old, new = p.values[out], p.new_values[out]
    numbers = f"{out}: {num(old)} → {num(new)}"
    stages.append(_stage(first + len(stages), "update", out, formula(g.nodes[-1]), (), numbers,
                         everything, {(x, n.name) for n in g.nodes for x in n.variables()},
                         everything, derivs, done, kind="new_loss"))  # fmt: skip
    return stages


__all__ = ["GraphError", "GraphStage", "Pass", "compute_pass", "chain_rule"]
