"""The lesson's graphs: the course's J(a, b, c) = 3(a + bc), logistic regression for one example,
and the user's formula; their starting values and the ranges a typed value must respect."""

from __future__ import annotations

import math

from core.compgraph import Graph, Node
from core.compgraph_expr import parse_expression
from core.compgraph_ops import GraphError
from core.validation import RANGES

KINDS: tuple[str, ...] = ("course", "logreg", "expression")

# 001 §2.5: u = bc, v = a + u, J = 3v; a = 5, b = 3, c = 2 give u = 6, v = 11, J = 33.
COURSE = Graph(
    inputs=("a", "b", "c"),
    data=(),
    nodes=(Node("u", "mul", ("b", "c")), Node("v", "add", ("a", "u")), Node("J", "mul", (3.0, "v"))),
)
COURSE_VALUES = {"a": 5.0, "b": 3.0, "c": 2.0}

# 001 §2.7 / 000 §2.6: z = w1 x1 + w2 x2 + b, a = σ(z), L(a, y) = −(y log a + (1 − y) log(1 − a));
# backward da = −y/a + (1 − y)/(1 − a), dz = da · a(1 − a) = a − y, dw1 = x1 dz, dw2 = x2 dz, db = dz.
LOGREG = Graph(
    inputs=("w1", "w2", "b"),
    data=("x1", "x2", "y"),
    nodes=(
        Node("z", "linear", ("w1", "x1", "w2", "x2", "b")),
        Node("a", "sigmoid", ("z",)),
        Node("L", "bce", ("a", "y")),
    ),
    shortcut={"z": ("a − y", lambda v: v["a"] - v["y"])},
    drawing_order=("x1", "w1", "x2", "w2", "b", "y"),
)
LOGREG_VALUES = {"x1": 1.5, "x2": 0.5, "y": 1.0, "w1": 0.2, "w2": -0.4, "b": 0.1}

DEFAULT_EXPRESSION = "sigmoid(a*b) + log(c)"
EXPRESSION_VALUES = {"a": 1.0, "b": 2.0, "c": 3.0}

DEFAULT_VALUES = {"course": COURSE_VALUES, "logreg": LOGREG_VALUES, "expression": EXPRESSION_VALUES}
DEFAULT_NUDGED = {"course": "a", "logreg": "w1", "expression": "a"}

VALUE_LIMIT = RANGES["compgraph.value"].hi  # a, b, c, and the expression's variables
LOGREG_LIMIT = RANGES["compgraph.logreg_value"].hi  # x1, x2, w1, w2, b
LEARNING_RATE_RANGE = RANGES["learning_rate"].bounds
EPSILON_RANGE = RANGES["compgraph.epsilon"].bounds
EPSILONS: tuple[float, ...] = (1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7)


def graph_for(kind: str, expression: str = DEFAULT_EXPRESSION) -> Graph:
    """The graph of `kind` ("course", "logreg", "expression"); GraphError for a bad formula."""
    if kind == "course":
        return COURSE
    if kind == "logreg":
        return LOGREG
    return parse_expression(expression)


def check_number(name: str, value: float, lo: float, hi: float) -> float:
    """`value` as a float, or GraphError("value_range") if it is not finite or outside [lo, hi]."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise GraphError("not_a_number", text=str(value)) from None
    if not (math.isfinite(x) and lo <= x <= hi):
        raise GraphError("value_range", name=name, lo=f"{lo:g}", hi=f"{hi:g}", value=f"{x:g}")
    return x


def parse_number(text: str) -> float:
    """A typed number ("5", "-0.25", "1e-3"); GraphError("not_a_number") otherwise."""
    try:
        return float(str(text).strip().replace("−", "-"))
    except ValueError:
        raise GraphError("not_a_number", text=str(text).strip()) from None


def check_leaf(kind: str, name: str, value: float) -> float:
    """A leaf's typed value within its range (y is a label: 0 or 1)."""
    if kind == "logreg":
        if name == "y":
            x = check_number("y", value, 0.0, 1.0)
            if x not in (0.0, 1.0):
                raise GraphError("label", value=f"{x:g}")
            return x
        return check_number(name, value, -LOGREG_LIMIT, LOGREG_LIMIT)
    return check_number(name, value, -VALUE_LIMIT, VALUE_LIMIT)
