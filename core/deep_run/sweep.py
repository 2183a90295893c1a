"""Several deep runs trained in lockstep (the course's side-by-side comparisons), one engine."""

from __future__ import annotations

from dataclasses import dataclass

from core.config import TrainConfig
from core.deep_run.snapshot import DeepSnapshot
from core.deep_run.trainer import DeepLessonTrainer
from core.trainer_state import malformed
from core.validation import CoreError


@dataclass(frozen=True)
class DeepSweepSnapshot:
    """Every run at one moment; `step` is the furthest run's (a diverged run stops earlier)."""

    step: int
    labels: tuple[str, ...]
    runs: tuple[DeepSnapshot, ...]


class DeepSweep:
    """One DeepLessonTrainer per configuration; step(n) steps each of them n times."""

    steps_per_tick = None

    def __init__(self, configs: list[TrainConfig], labels: list[str]) -> None:
        if len(configs) != len(labels) or not configs:
            raise CoreError("state.sweep_labels")
        self.labels = tuple(labels)
        self.trainers = [DeepLessonTrainer(c) for c in configs]

    @property
    def config(self) -> TrainConfig:
        return self.trainers[0].config

    def step(self, n: int = 1) -> int:
        """n steps of every run that can go on; the most any run did (0: all stopped)."""
        return max(t.step(n) for t in self.trainers)

    def reset(self) -> None:
        for t in self.trainers:
            t.reset()

    def snapshot(self) -> DeepSweepSnapshot:
        runs = tuple(t.snapshot() for t in self.trainers)
        return DeepSweepSnapshot(step=max(r.step for r in runs), labels=self.labels, runs=runs)

    def state(self) -> dict:
        return {"labels": list(self.labels), "runs": [t.state() for t in self.trainers]}

    @classmethod
    def from_state(cls, state: dict) -> DeepSweep:
        try:
            trainers = [DeepLessonTrainer.from_state(s) for s in state["runs"]]
            sweep = cls([t.config for t in trainers], [str(x) for x in state["labels"]])
        except (KeyError, TypeError) as exc:
            raise malformed(exc) from None
        sweep.trainers = trainers
        return sweep
