"""The computation graph's operations: each forward rule next to its local derivatives.

    op        forward                      local derivative(s)
    id        x                            1
    add       x + y                        1, 1
    sub       x − y                        1, −1
    mul       x·y                          y, x
    div       x / y                        1/y, −x/y²
    neg       −x                           −1
    pow       x^k  (k a constant)          k·x^(k−1)
    exp       exp(x)                       exp(x)
    log       log(x)                       1/x
    sigmoid   σ(x) = 1/(1 + e^−x)          σ(x)(1 − σ(x))
    tanh      tanh(x)                      1 − tanh²(x)
    linear    w1·x1 + w2·x2 + b            x1, w1, x2, w2, 1
    bce       −(y log a + (1−y) log(1−a))  −y/a + (1−y)/(1−a),  log(1−a) − log a

Errors carry a stable `code` (their id in core.messages is "graph." + code) and their parameters,
so the interface can say them in its own language without parsing core's English.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from core.messages import MESSAGES as ALL_MESSAGES
from core.validation import CoreError

GRAPH = "graph."  # the ids of the graph's messages in core.messages: "graph." + code
MESSAGES: dict[str, str] = {k.removeprefix(GRAPH): v for k, v in ALL_MESSAGES.items() if k.startswith(GRAPH)}


class GraphError(CoreError):
    """A refused value or formula: `code` names the problem, `params` fill its message.

    A CoreError with the id "graph." + code, so the interface translates it as every other
    refusal of core's (by id), and Lesson.refuse shows it.
    """

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        super().__init__(GRAPH + code, **params)


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)  # no overflow for very negative x
    return e / (1.0 + e)


def _bce(a: float, y: float) -> float:
    """−(y log a + (1 − y) log(1 − a)), a term left out where its factor is 0 (a may be 1 if y = 1)."""
    first = y * math.log(a) if y else 0.0
    second = (1 - y) * math.log(1 - a) if y != 1 else 0.0
    return -(first + second)


def _bce_local(a: float, y: float, _out: float) -> tuple[float, float]:
    da = (-y / a if y else 0.0) + ((1 - y) / (1 - a) if y != 1 else 0.0)
    return da, math.log(1 - a) - math.log(a) if 0 < a < 1 else math.nan


def _pow(x: float, k: float) -> float:
    if x < 0 and k != int(k):
        raise ValueError("a negative number to a fractional power")
    return x**k


def _pow_local(x: float, k: float, _out: float) -> tuple[float, float]:
    return (k * _pow(x, k - 1) if k != 0 else 0.0), math.nan


def _const(arg: object) -> str:
    return arg if isinstance(arg, str) else f"{float(arg):g}"


@dataclass(frozen=True)
class Op:
    """One operation: `forward(*xs)`, `local(*xs, out)` -> d out/d x_i, and how both are written.

    `names` and `numbers` are the formula with {0}, {1}, ... for the arguments (numbers uses
    ×); `partials` writes each local derivative with {0}, ... and {out} for the node's name.
    """

    forward: Callable[..., float]
    local: Callable[..., tuple[float, ...]]
    names: str
    numbers: str
    partials: tuple[str, ...]

    def text(self, args: tuple, numbers: bool = False) -> str:
        return (self.numbers if numbers else self.names).format(*(_const(a) for a in args))

    def partial_texts(self, node) -> tuple[str, ...]:
        args = tuple(_const(a) for a in node.args)
        return tuple(p.format(*args, out=node.name) for p in self.partials)


OPS: dict[str, Op] = {
    "add": Op(lambda x, y: x + y, lambda x, y, o: (1.0, 1.0), "{0} + {1}", "{0} + {1}", ("1", "1")),
    "sub": Op(lambda x, y: x - y, lambda x, y, o: (1.0, -1.0), "{0} − {1}", "{0} − {1}", ("1", "−1")),
    "mul": Op(lambda x, y: x * y, lambda x, y, o: (y, x), "{0}·{1}", "{0} × {1}", ("{1}", "{0}")),
    "div": Op(
        lambda x, y: x / y,
        lambda x, y, o: (1.0 / y, -x / (y * y)),
        "{0} / {1}",
        "{0} / {1}",
        ("1/{1}", "−{0}/{1}²"),
    ),  # fmt: skip
    "id": Op(lambda x: x, lambda x, o: (1.0,), "{0}", "{0}", ("1",)),
    "neg": Op(lambda x: -x, lambda x, o: (-1.0,), "−{0}", "−{0}", ("−1",)),
    "pow": Op(_pow, _pow_local, "{0}^{1}", "{0}^{1}", ("{1}·{0}^({1} − 1)", "")),
    "exp": Op(math.exp, lambda x, o: (o,), "exp({0})", "exp({0})", ("exp({0}) = {out}",)),
    "log": Op(math.log, lambda x, o: (1.0 / x,), "log({0})", "log({0})", ("1/{0}",)),
    "sigmoid": Op(_sigmoid, lambda x, o: (o * (1.0 - o),), "σ({0})", "σ({0})", ("{out}(1 − {out})",)),
    "tanh": Op(math.tanh, lambda x, o: (1.0 - o * o,), "tanh({0})", "tanh({0})", ("1 − {out}²",)),
    "linear": Op(
        lambda w1, x1, w2, x2, b: w1 * x1 + w2 * x2 + b,
        lambda w1, x1, w2, x2, b, o: (x1, w1, x2, w2, 1.0),
        "{0}·{1} + {2}·{3} + {4}",
        "{0} × {1} + {2} × {3} + {4}",
        ("{1}", "{0}", "{3}", "{2}", "1"),
    ),  # fmt: skip
    "bce": Op(
        _bce,
        _bce_local,
        "−({1} log {0} + (1 − {1}) log(1 − {0}))",
        "−({1} log {0} + (1 − {1}) log(1 − {0}))",
        ("−{1}/{0} + (1 − {1})/(1 − {0})", "log(1 − {0}) − log {0}"),
    ),  # fmt: skip
}
