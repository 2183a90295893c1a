"""Several deep runs trained in lockstep (the course's side-by-side comparisons), one engine."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from core.config import TrainConfig
from core.deep_run.snapshot import DeepSnapshot
from core.deep_run.trainer import DeepLessonTrainer
from core.offload_state import EngineState, adopt_runs, runs_state
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
        """The first run's: what the controls show (the runs share every setting but `varied()`)."""
        return self.trainers[0].config

    def varied(self) -> frozenset[str]:
        """The settings the runs differ in: what the comparison is about (init, optimizer, ...)."""
        return frozenset(f for t in self.trainers[1:] for f in changed_fields(self.config, t.config))

    def alters_comparison(self, config: TrainConfig) -> bool:
        """Whether going to `config` changes a setting the runs differ in."""
        return bool(self.varied() & set(changed_fields(self.config, config)))

    def changed(self, **changes) -> TrainConfig:
        """The shown config with `changes`, validated for every run (a CoreError if one refuses)."""
        config = self.config.changed(**changes)
        self._run_configs(config)
        return config

    def apply_config(self, config: TrainConfig) -> bool:
        """Every run takes the settings `config` changes in the shown config (each keeps the others):
        what can go on goes on, what needs a new start starts every run over, as Trainer.apply_config
        does for one run. True when they started over."""
        runs = self._run_configs(config)
        restarted = [t.apply_config(c) for t, c in zip(self.trainers, runs, strict=True)]
        return any(restarted)

    def _run_configs(self, config: TrainConfig) -> list[TrainConfig]:
        change = {f: getattr(config, f) for f in changed_fields(self.config, config)}
        return [replace(t.config, **change) for t in self.trainers]  # validated by TrainConfig

    def step(self, n: int = 1) -> int:
        """n steps of every run that can go on; the most any run did (0: all stopped)."""
        return max(t.step(n) for t in self.trainers)

    def reset(self) -> None:
        for t in self.trainers:
            t.reset()

    def training_state(self) -> EngineState:
        """Every run's training state (core.offload_state): copies, no data."""
        return runs_state(self.trainers)

    def adopt_training_state(self, state: EngineState) -> bool:
        """Every run goes on from its part of `state` (made by a copy of this sweep)."""
        return adopt_runs(self.trainers, state)

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


def changed_fields(a: TrainConfig, b: TrainConfig) -> tuple[str, ...]:
    """The fields in which configs `a` and `b` differ."""
    return tuple(f.name for f in fields(a) if getattr(a, f.name) != getattr(b, f.name))
