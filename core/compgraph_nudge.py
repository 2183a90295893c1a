"""The course's explanation of a derivative: nudge one variable by ε and watch J move.

a from 5 to 5.001 moves v from 11 to 11.001 and J from 33 to 33.003: (J' − J)/ε = 3 = dJ/da
(001 §2.6). Shrinking ε, the one-sided difference (J(x + ε) − J(x))/ε approaches the derivative
with an error about proportional to ε, the two-sided (J(x + ε) − J(x − ε))/(2ε) with an error
about proportional to ε², until round-off (about 1e-16 · J/ε) takes over: the idea behind the
gradient check (003 梯度检验).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.compgraph import Graph, forward
from core.compgraph_graphs import EPSILONS
from core.compgraph_ops import GraphError


@dataclass(frozen=True)
class EpsilonRow:
    """One ε of the table: both estimates and their distance from backward's derivative."""

    epsilon: float
    one_sided: float
    one_sided_error: float
    two_sided: float
    two_sided_error: float


@dataclass(frozen=True)
class Nudge:
    """x := x + ε: every value before and after, the measured ratio beside backward's value."""

    name: str
    epsilon: float
    before: dict[str, float]
    after: dict[str, float]  # empty when x + ε leaves the function's domain
    J: float
    J_after: float  # nan when not computable
    ratio: float  # (J' − J)/ε
    derivative: float  # from backward
    two_sided: float
    table: tuple[EpsilonRow, ...]


def _output_at(graph: Graph, values: dict[str, float], name: str, x: float) -> float:
    """J with variable `name` set to x (a leaf, or an intermediate whose inputs stay as they are)."""
    try:
        return forward(graph, values, override={name: x})[graph.output]
    except GraphError:
        return math.nan


def estimates(graph: Graph, values: dict[str, float], name: str, eps: float) -> tuple[float, float]:
    """(one-sided, two-sided) difference quotients of J with respect to `name` at step `eps`."""
    x, J = values[name], values[graph.output]
    up = _output_at(graph, values, name, x + eps)
    down = _output_at(graph, values, name, x - eps)
    return (up - J) / eps, (up - down) / (2 * eps)


def nudge(graph: Graph, values: dict[str, float], derivative: float, name: str, eps: float) -> Nudge:
    """Nudge `name` by `eps` at the forward `values`; `derivative` is backward's dJ/d(name)."""
    x = values[name]
    try:
        after = forward(graph, values, override={name: x + eps})
    except GraphError:
        after = {}
    J = values[graph.output]
    J_after = after.get(graph.output, math.nan)
    one, two = estimates(graph, values, name, eps)
    rows = []
    for e in EPSILONS:
        o, t = estimates(graph, values, name, e)
        rows.append(EpsilonRow(e, o, abs(o - derivative), t, abs(t - derivative)))
    return Nudge(name, eps, dict(values), after, J, J_after, one, derivative, two, tuple(rows))
