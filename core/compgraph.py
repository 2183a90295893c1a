"""A small computation graph: every operation's forward rule beside its local derivatives.

Values are plain Python floats (one example, scalars), as in the course's J(a, b, c) = 3(a + bc)
and its logistic regression for one example (001 §2.5-2.7, 004 §2.7-2.9). A node applies one
operation to its arguments: variable names or constants (3 in J = 3v). `forward` runs left to
right; `backward` right to left, each derivative by the chain rule

    dJ/dx = sum over the nodes n that use x of  dJ/dn * dn/dx

and keeps every term, so a view can write the rule with its numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from core.compgraph_ops import OPS, GraphError

Arg = str | float  # a variable's name, or a constant


@dataclass(frozen=True)
class Node:
    """`name = op(args)`: e.g. Node("u", "mul", ("b", "c")) is u = b·c."""

    name: str
    op: str
    args: tuple[Arg, ...]

    def variables(self) -> tuple[str, ...]:
        return tuple(a for a in self.args if isinstance(a, str))


@dataclass(frozen=True)
class Graph:
    """Leaves (inputs, differentiated; data, not), then nodes in the order they are computed.

    The last node is the output (J, or L). `shortcut` optionally names a simpler form of
    one derivative the course writes (dz = a − y): {node: (text, function of the values)}.
    `drawing_order` lists the leaves as the course's figure stacks them (x1, w1, x2, w2, b).
    """

    inputs: tuple[str, ...]
    data: tuple[str, ...]
    nodes: tuple[Node, ...]
    shortcut: dict[str, tuple[str, Callable[[dict[str, float]], float]]] = field(default_factory=dict)
    drawing_order: tuple[str, ...] = ()  # the leaves top to bottom, if not inputs then data

    @property
    def output(self) -> str:
        return self.nodes[-1].name

    @property
    def leaves(self) -> tuple[str, ...]:
        return self.inputs + self.data

    def node(self, name: str) -> Node | None:
        return next((n for n in self.nodes if n.name == name), None)

    def consumers(self, name: str) -> list[Node]:
        """The nodes that use `name` as an argument, in computing order."""
        return [n for n in self.nodes if name in n.variables()]

    def backward_order(self) -> tuple[str, ...]:
        """The variables whose derivative backward computes, in the course's order.

        Nodes from the output back; right after a node, those of its input leaves whose
        every user is done (J = 3(a + bc): v, a, u, b, c). Data leaves get no derivative.
        """
        order: list[str] = []
        done = {self.output}
        for node in reversed(self.nodes):
            if node.name != self.output:
                order.append(node.name)
                done.add(node.name)
            for leaf in node.variables():
                users = {n.name for n in self.consumers(leaf)}
                if leaf in self.inputs and leaf not in done and users <= done:
                    order.append(leaf)
                    done.add(leaf)
        return tuple(order)


@dataclass(frozen=True)
class Term:
    """One term of the chain rule: dJ/d`user` * d`user`/dx (the first factor is 1 at the output)."""

    user: str
    upstream: float  # dJ/d(user)
    local: float  # d(user)/dx
    local_text: str  # the local derivative as a formula, e.g. "c"

    @property
    def value(self) -> float:
        return self.upstream * self.local


def arg_value(arg: Arg, values: dict[str, float]) -> float:
    return values[arg] if isinstance(arg, str) else float(arg)


def evaluate(node: Node, values: dict[str, float]) -> float:
    """The node's value from its arguments' values; GraphError outside the op's domain."""
    xs = [arg_value(a, values) for a in node.args]
    op = OPS[node.op]
    try:
        out = float(op.forward(*xs))
    except (ValueError, ZeroDivisionError, OverflowError):
        out = math.nan
    if not math.isfinite(out):
        raise GraphError("not_finite", node=node.name, formula=formula(node))
    return out


def forward(graph: Graph, values: dict[str, float], override: dict[str, float] | None = None
            ) -> dict[str, float]:  # fmt: skip
    """Every variable's value, left to right. `override` replaces a variable's value (nudging
    an intermediate: v := 11.001), so what depends on it is recomputed and nothing else."""
    override = override or {}
    out = {name: float(override.get(name, values[name])) for name in graph.leaves}
    for node in graph.nodes:
        out[node.name] = override[node.name] if node.name in override else evaluate(node, out)
    return out


def local_derivatives(node: Node, values: dict[str, float]) -> tuple[float, ...]:
    """d(node)/d(arg) for each argument, at `values` (constants included, unused)."""
    xs = [arg_value(a, values) for a in node.args]
    try:
        partials = tuple(float(p) for p in OPS[node.op].local(*xs, values[node.name]))
    except (ValueError, ZeroDivisionError, OverflowError):
        partials = (math.nan,) * len(xs)
    return partials


def backward(graph: Graph, values: dict[str, float]) -> tuple[dict[str, float], dict[str, list[Term]]]:
    """dJ/dx for every variable in `graph.backward_order()`, and the chain rule's terms of each.

    Raises GraphError when a derivative is not finite (a slope at a point outside its domain).
    """
    derivs = {graph.output: 1.0}
    terms: dict[str, list[Term]] = {}
    for name in graph.backward_order():
        terms[name] = []
        for user in graph.consumers(name):
            partials = local_derivatives(user, values)
            texts = OPS[user.op].partial_texts(user)
            for k, arg in enumerate(user.args):
                if arg == name:
                    terms[name].append(Term(user.name, derivs[user.name], partials[k], texts[k]))
        total = math.fsum(t.value for t in terms[name])
        if not math.isfinite(total):
            raise GraphError("slope_not_finite", variable=name)
        derivs[name] = total
    del derivs[graph.output]
    return derivs, terms


def formula(node: Node) -> str:
    """The node's rule in names: "u = b·c", "J = 3·v"."""
    return f"{node.name} = {OPS[node.op].text(node.args)}"


def formula_with_values(node: Node, values: dict[str, float]) -> str:
    """The rule with the numbers put in: "3 × 2" for u = b·c."""
    shown = tuple(_num(arg_value(a, values)) for a in node.args)
    return OPS[node.op].text(shown, numbers=True)


def _num(x: float) -> str:
    text = f"{x:.6g}"
    return f"({text})" if x < 0 else text
