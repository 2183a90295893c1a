"""One source for every range a lesson offers, and the checks that raise errors with stable ids.

Sliders are meant to be built from RANGES (bounds, whole numbers, log scale), and every
refusal is a CoreError: a ValueError whose English text is what it always was (so
existing messages and patterns keep working) and which also carries `id` and `params`,
so an interface can translate it from a template per id instead of parsing English.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from core.messages import MESSAGES

__all__ = ["MESSAGES", "RANGES", "CoreError", "Range", "check", "check_choice", "check_range", "check_type"]


class CoreError(ValueError):
    """A refused value or file: str(error) is the English message; `id` and `params` say the same.

    `params` may hold another CoreError (the problem a located message reports).
    """

    def __init__(self, id: str, **params: Any) -> None:  # noqa: A002 - the message's id
        self.id = id
        self.params = {name: _quoted(value) for name, value in params.items()}
        super().__init__(MESSAGES[id].format(**self.params))


QUOTED_MAX = 80  # characters of a value quoted in a message (a hand-edited file may hold any length)


def _quoted(value: Any) -> Any:
    """`value` as a message quotes it: a text or a whole number longer than QUOTED_MAX is cut."""
    if isinstance(value, str | int) and not isinstance(value, bool) and len(text := str(value)) > QUOTED_MAX:
        return text[: QUOTED_MAX - 1] + "…"
    return value


@dataclass(frozen=True)
class Range:
    """The values a setting may take: [lo, hi], whole numbers or not, shown on a log scale or not.

    `offer`: the narrower span a lesson's slider shows where [lo, hi] is what a file or a
    typed value may hold but not a useful slider (a data seed, λ past 10); None: all of it.
    """

    lo: float
    hi: float
    integer: bool = False
    log: bool = False
    offer: tuple[float, float] | None = None

    @property
    def bounds(self) -> tuple[float, float]:
        return (self.lo, self.hi)

    @property
    def slider(self) -> tuple[float, float]:
        """What a slider or spin box for this setting offers."""
        return self.offer if self.offer is not None else self.bounds


M_MIN, M_MAX = 4, 100_000
SEED_MAX = 2**32 - 1

RANGES: dict[str, Range] = {
    # the Trainer's TrainConfig
    "m": Range(M_MIN, M_MAX, integer=True, offer=(20, 2000)),
    "noise": Range(0.0, 5.0, offer=(0.0, 1.0)),
    "test_ratio": Range(0.0, 0.9, offer=(0.0, 0.5)),
    "n_h": Range(1, 50, integer=True),
    "hidden_layers": Range(1, 8, integer=True),
    "units": Range(1, 50, integer=True, offer=(1, 32)),  # a deep layer's n^[l]: the lesson offers 1..32
    "init_seed": Range(0, SEED_MAX, integer=True, offer=(0, 9999)),
    "leaky_slope": Range(0.0, 1.0),
    "init_constant": Range(-10.0, 10.0, offer=(-2.0, 2.0)),
    "learning_rate": Range(1e-4, 10.0, log=True),
    "lambd": Range(0.0, 100.0, offer=(0.0, 10.0)),
    "keep_prob": Range(0.05, 1.0),
    "batch_size": Range(0, M_MAX, integer=True),
    "seed": Range(0, SEED_MAX, integer=True),
    "beta": Range(0.0, 0.9999),
    "epsilon": Range(1e-12, 1e-2, log=True),
    "decay_rate": Range(0.0, 100.0, offer=(0.0, 10.0)),
    "decay_interval": Range(1, 10**6, integer=True),
    # lessons with their own, narrower choices
    "twin.n_h": Range(2, 10, integer=True),
    "twin.class1_share": Range(0.05, 1.0),
    "backprop.n_h": Range(2, 6, integer=True),
    "backprop.m": Range(1, 8, integer=True),
    "backprop.seed": Range(0, SEED_MAX, integer=True, offer=(0, 999)),
    "descent.m": Range(4, 10_000, integer=True),
    "descent.separation": Range(0.0, 10.0, offer=(0.0, 4.0)),
    "descent.noise": Range(0.01, 10.0, offer=(0.3, 3.0)),
    "descent.learning_rate": Range(1e-3, 100.0, log=True),
    "descent.beta1": Range(0.0, 0.999, offer=(0.0, 0.99)),
    "descent.beta2": Range(0.0, 0.99999, offer=(0.9, 0.9999)),
    "descent.beta_rmsprop": Range(0.0, 0.99999, offer=(0.5, 0.999)),
    "probe.z_max": Range(1.0, 20.0),
    "probe.slope": Range(0.0, 0.3),
    "compgraph.value": Range(-1000.0, 1000.0),
    "compgraph.logreg_value": Range(-100.0, 100.0),
    "compgraph.epsilon": Range(1e-12, 1.0, log=True),
}


def check_range(name: str, value: Any, lo: float, hi: float, integer: bool = False) -> None:
    """`value` is a finite number (a whole one if `integer`) in [lo, hi]; else CoreError."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CoreError("value.number", name=name, value=value)
    if integer and not isinstance(value, int):
        raise CoreError("value.whole", name=name, value=value)
    if not (math.isfinite(value) and lo <= value <= hi):
        raise CoreError("value.range", name=name, lo=lo, hi=hi, value=value)


def check(name: str, value: Any, range_name: str | None = None) -> None:
    """check_range against RANGES[range_name or name]."""
    r = RANGES[range_name or name]
    check_range(name, value, r.lo, r.hi, r.integer)


def check_choice(name: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise CoreError("value.choice", name=name, choices=", ".join(choices), value=value)


def check_type(name: str, value: Any, expected: type) -> None:
    """JSON types: bool is not a number, an int is a float."""
    ok = isinstance(value, expected) and not isinstance(value, bool)
    if expected is bool:
        ok = isinstance(value, bool)
    elif expected is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    if not ok:
        raise CoreError("value.type", name=name, type=expected.__name__, value=value)
