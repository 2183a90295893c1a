"""The computation-graph lesson's engine: one stage per step, forward then backward, with edits.

It speaks the controller's Engine contract (step, reset, snapshot, steps_per_tick), so the
toolbar's Step / Run / Reset drive it. Three graphs, each keeping its own values: the course's
J = 3(a + bc), logistic regression for one example (its walk goes on to the update and, step
after step, to the next iterations) and the user's formula. Every change is validated here; a
refused one raises GraphError and leaves the engine as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from core.compgraph import Graph
from core.compgraph_graphs import (
    DEFAULT_EXPRESSION,
    DEFAULT_NUDGED,
    DEFAULT_VALUES,
    EPSILON_RANGE,
    KINDS,
    LEARNING_RATE_RANGE,
    LOGREG,
    check_leaf,
    check_number,
    graph_for,
)
from core.compgraph_nudge import Nudge, nudge
from core.compgraph_ops import GraphError
from core.compgraph_stages import GraphStage, Pass, compute_pass

HISTORY_LIMIT = 500  # iterations kept for walking back


@dataclass(frozen=True)
class CompGraphConfig:
    """The walk's settings (the leaves' values and the nudged variable are edits of the walk)."""

    kind: str = "course"
    expression: str = DEFAULT_EXPRESSION
    learning_rate: float = 0.5
    epsilon: float = 1e-3

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise GraphError("unknown_variable", name=self.kind)
        object.__setattr__(self, "learning_rate", check_number("α", self.learning_rate, *LEARNING_RATE_RANGE))
        object.__setattr__(self, "epsilon", check_number("ε", self.epsilon, *EPSILON_RANGE))
        object.__setattr__(self, "expression", str(self.expression).strip())

    def changed(self, **changes: Any) -> CompGraphConfig:
        return replace(self, **changes)


@dataclass(frozen=True)
class CompGraphSnapshot:
    """What the view may draw at one stage (plain values, no engine)."""

    step: int
    iteration: int
    kind: str
    graph: Graph
    stage: GraphStage
    stage_count: int  # stages in one pass
    current: Pass
    nudge: Nudge
    expression: str
    learning_rate: float
    epsilon: float
    nudged: str
    halted: str  # why the walk cannot go on, or ""
    at_end: bool
    earliest_step: int


class CompGraphEngine:
    """step(n) walks n stages; back(n), reset(), and the setters below for the user's changes."""

    steps_per_tick = 0.032  # as the backprop lesson: about 2 stages a second at speed 1

    def __init__(self) -> None:
        self.kind = "course"
        self.expression = DEFAULT_EXPRESSION
        self.learning_rate = 0.5
        self.epsilon = 1e-3
        self._values = {k: dict(v) for k, v in DEFAULT_VALUES.items()}
        self._nudged = dict(DEFAULT_NUDGED)
        self._graphs = {k: graph_for(k, self.expression) for k in KINDS}
        self._nudge_cache: tuple | None = None
        self.reset()

    # -- the contract --------------------------------------------------------------------

    @property
    def config(self) -> CompGraphConfig:
        return CompGraphConfig(self.kind, self.expression, self.learning_rate, self.epsilon)

    def apply_config(self, config: CompGraphConfig) -> bool:
        """Adopt `config` through the setters (a refused formula changes nothing); True when the
        walk started over (another graph, or a new formula on the formula's graph)."""
        old = self.config
        if config.expression != old.expression:
            self.set_expression(config.expression)
        self.set_kind(config.kind)
        if config.learning_rate != old.learning_rate:
            self.set_learning_rate(config.learning_rate)
        self.set_epsilon(config.epsilon)
        new_formula = config.kind == "expression" and config.expression != old.expression
        return config.kind != old.kind or new_formula

    def check_config(self, config: CompGraphConfig) -> None:
        """GraphError for what apply_config would refuse, changing nothing: a formula that does not
        parse or is not finite at its values, an α whose update is not finite (Lesson.new_config)."""
        if config.expression != self.expression:
            graph = graph_for("expression", config.expression)
            compute_pass(graph, self._values["expression"], config.learning_rate, update=False)
        if config.learning_rate != self.learning_rate and config.kind == "logreg":
            start = self._current.start if self.kind == "logreg" else self._values["logreg"]
            compute_pass(LOGREG, start, config.learning_rate, update=True)

    @property
    def graph(self) -> Graph:
        return self._graphs[self.kind]

    @property
    def values(self) -> dict[str, float]:
        """The leaves' values where the walk starts (what Reset returns to)."""
        return dict(self._values[self.kind])

    def reset(self) -> None:
        """Back to the input stage of iteration 1 with the current values."""
        self._passes = [self._compute(self._values[self.kind])]
        self._first = 1
        self._step = 0
        self._halted = ""

    def step(self, n: int = 1) -> int:
        """Walk n stages forward; past the last stage, logistic regression starts its next
        iteration from the updated weights; the other graphs stop. Returns how many."""
        done = 0
        while done < n:
            per = self._per
            if (self._step + 1) // per + 1 - self._first >= len(self._passes) and not self._append():
                break
            self._step += 1
            done += 1
        return done

    def back(self, n: int = 1) -> int:
        done = min(n, self._step - self.earliest_step)
        self._step -= done
        return done

    @property
    def earliest_step(self) -> int:
        return (self._first - 1) * self._per

    def snapshot(self) -> CompGraphSnapshot:
        cur = self._current
        index = self._step % self._per
        at_end = self._halted != "" or (
            cur.updated is None and index == self._per - 1
        )  # nothing after the last backward stage
        return CompGraphSnapshot(
            self._step, self._step // self._per + 1, self.kind, self.graph, cur.stages[index],
            self._per, cur, self._nudge(cur), self.expression, self.learning_rate, self.epsilon,
            self._nudged[self.kind], self._halted, at_end, self.earliest_step,
        )  # fmt: skip

    # -- the user's changes (GraphError and no change when refused) ------------------------

    def set_kind(self, kind: str) -> None:
        if kind not in KINDS:
            raise GraphError("unknown_variable", name=kind)
        if kind != self.kind:
            self.kind = kind
            self.reset()

    def set_value(self, name: str, value: float) -> None:
        """Type a leaf's value: the walk stays at its stage, now with the new numbers, and the
        current iteration becomes iteration 1 (Reset comes back here)."""
        if name not in self.graph.leaves:
            raise GraphError("unknown_variable", name=name)
        values = {**self._values[self.kind], **self._current.start}  # unused a, b, c kept too
        values[name] = check_leaf(self.kind, name, value)
        new = self._compute(values)
        self._values[self.kind] = values
        index = self._step % self._per
        self._passes, self._first, self._step, self._halted = [new], 1, index, ""

    def set_expression(self, text: str) -> None:
        """A new formula in a, b, c (parsed safely): the walk starts over."""
        graph = graph_for("expression", text)
        compute_pass(graph, self._values["expression"], self.learning_rate, update=False)  # finite?
        self._graphs["expression"] = graph
        self.expression = text.strip()
        if self._nudged["expression"] not in self._nudgeable(graph):
            self._nudged["expression"] = graph.inputs[0]
        if self.kind == "expression":
            self.reset()

    def set_learning_rate(self, alpha: float) -> None:
        alpha = check_number("α", alpha, *LEARNING_RATE_RANGE)
        cur = self._current
        self.learning_rate = alpha
        self._replace_current(self._compute(cur.start))

    def set_epsilon(self, eps: float) -> None:
        self.epsilon = check_number("ε", eps, *EPSILON_RANGE)

    def set_nudged(self, name: str) -> None:
        if name not in self._nudgeable(self.graph):
            raise GraphError("unknown_variable", name=name)
        self._nudged[self.kind] = name

    def nudgeable(self) -> tuple[str, ...]:
        return self._nudgeable(self.graph)

    # -- internals -------------------------------------------------------------------------

    @staticmethod
    def _nudgeable(graph: Graph) -> tuple[str, ...]:
        """The inputs and the intermediate nodes (the course nudges v and u too)."""
        return graph.inputs + tuple(n.name for n in graph.nodes[:-1])

    @property
    def _per(self) -> int:
        return len(self._passes[0].stages)

    @property
    def _current(self) -> Pass:
        return self._passes[self._step // self._per + 1 - self._first]

    def _compute(self, start: dict[str, float]) -> Pass:
        return compute_pass(self.graph, start, self.learning_rate, update=self.graph is LOGREG)

    def _append(self) -> bool:
        last = self._passes[-1]
        if last.updated is None:
            return False
        try:
            new = self._compute(last.updated)
        except GraphError as err:
            self._halted = str(err)
            return False
        self._passes.append(new)
        if len(self._passes) > HISTORY_LIMIT:
            self._passes.pop(0)
            self._first += 1
        return True

    def _replace_current(self, new: Pass) -> None:
        position = self._step // self._per + 1 - self._first
        self._passes[position] = new
        del self._passes[position + 1 :]
        self._halted = ""

    def _nudge(self, cur: Pass) -> Nudge:
        name = self._nudged[self.kind]
        key = (id(cur), name, self.epsilon)
        if self._nudge_cache is None or self._nudge_cache[0] != key:
            result = nudge(cur.graph, cur.values, cur.derivs[name], name, self.epsilon)
            self._nudge_cache = (key, result, cur)  # cur kept alive: its id stays unique
        return self._nudge_cache[1]
