"""What an export needs to know about a lesson's run: settings, seeds, data, iterations.

`describe(engine)` reads it from any lesson engine that trains (None for the others).
The initial parameters are not stored: the exported code regenerates them from the
same scheme and seed, in the same draw order, so they are the program's bit for bit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from core.config import TrainConfig
from core.descent import DescentConfig, DescentEngine
from core.size_sweep import SizeSweep
from core.trainer import Trainer
from core.twin import TwinConfig, TwinEngine

Array = np.ndarray
DEFAULT_ITERATIONS = {
    "shallow-network": 10000,
    "hidden-sizes": 5000,
    "zero-init": 2000,
    "gradient-descent": 100,
    "deep-network": 1000,
}


@dataclass(frozen=True)
class NetworkRun:
    """One or more shallow networks on one data set (shallow lesson, size sweep, zero-init twins).

    `configs` holds one TrainConfig per trained network, in the order they are trained;
    `split` is (X_train, Y_train, X_test, Y_test) when the data cannot be regenerated
    (imported or drawn), else None. `perturbations` are the twin lesson's (step, unit).
    """

    lesson: str
    configs: tuple[TrainConfig, ...]
    iterations: int
    split: tuple[Array, Array, Array, Array] | None = None
    class1_share: float = 1.0
    perturbations: tuple[tuple[int, int], ...] = ()

    @property
    def config(self) -> TrainConfig:
        return self.configs[0]


@dataclass(frozen=True)
class DescentRun:
    """The gradient-descent lesson's race: its config and how many updates it made."""

    lesson: str
    config: DescentConfig
    iterations: int


@dataclass(frozen=True)
class DeepRun:
    """An L-layer network (layer_dims = [n_x, n^[1], ..., 1]) trained full-batch, as L_layer_model does.

    `config` gives the data, the hidden activation, the initialization, alpha, lambd and
    dropout; the weights come from np.random.RandomState(config.init_seed) (the course's
    np.random.seed), layer by layer.
    """

    lesson: str
    config: TrainConfig
    layer_dims: tuple[int, ...]
    iterations: int
    split: tuple[Array, Array, Array, Array] | None = None
    class1_share: float = 1.0


@dataclass(frozen=True)
class DeepLessonRun:
    """The deep-network lesson's run (the Trainer): its TrainConfig and its train/dev split (embedded)."""

    lesson: str
    config: TrainConfig
    iterations: int
    split: tuple[Array, Array, Array, Array]
    class1_share: float = 1.0


Run = NetworkRun | DescentRun | DeepRun | DeepLessonRun


def _iterations(lesson: str, done: int, iterations: int | None) -> int:
    if iterations is not None:
        if iterations < 0:
            raise ValueError("iterations must be >= 0")
        return iterations
    return done if done > 0 else DEFAULT_ITERATIONS[lesson]


def _custom_split(trainer: Trainer) -> tuple[Array, ...] | None:
    return tuple(np.array(a) for a in trainer.split()) if trainer.has_custom_data else None


def can_export(engine: Any) -> bool:
    """Whether `describe(engine)` gives a run (cheap: menus ask it whenever a lesson opens)."""
    from core.deep_run.trainer import DeepLessonTrainer

    if isinstance(engine, DeepLessonTrainer):
        return export_refusal(engine) is None
    return isinstance(engine, Trainer | SizeSweep | TwinEngine | DescentEngine)


def export_refusal(engine: Any) -> str | None:
    """Why `engine`'s run cannot be exported (None: it can, or it is no deep-lesson run).

    The exported deep-lesson code replays the run from step 0 with one config; a run whose
    optimizer, rate, batch size, regularization or data changed while it trained would not
    give the program's costs, so it is refused rather than exported wrong.
    """
    from core.deep_run.trainer import DeepLessonTrainer

    if isinstance(engine, DeepLessonTrainer) and engine.changed_mid_run:
        return "the settings changed while this run trained; start over to export it"
    return None


def describe(engine: Any, iterations: int | None = None) -> Run | None:
    """The run of a lesson's engine (None if the engine trains nothing to export).

    `iterations` overrides the count; by default it is the iterations done, or the
    lesson's usual count when nothing has run yet.
    """
    from core.deep_run.trainer import DeepLessonTrainer

    if isinstance(engine, DeepLessonTrainer):  # before Trainer: it is one
        if engine.changed_mid_run:
            return None
        n = _iterations("deep-network", engine.step_count, iterations)
        split = tuple(np.array(a) for a in engine.split())
        return DeepLessonRun("deep-network", engine.config, n, split)
    if isinstance(engine, Trainer):
        n = _iterations("shallow-network", engine.step_count, iterations)
        return NetworkRun("shallow-network", (engine.config,), n, _custom_split(engine))
    if isinstance(engine, SizeSweep):
        done = max(t.step_count for t in engine.trainers)
        n = _iterations("hidden-sizes", done, iterations)
        configs = tuple(t.config for t in engine.trainers)
        return NetworkRun("hidden-sizes", configs, n, _custom_split(engine.trainers[0]))
    if isinstance(engine, TwinEngine):
        return _describe_twin(engine, iterations)
    if isinstance(engine, DescentEngine):
        n = _iterations("gradient-descent", engine.step_count, iterations)
        return DescentRun("gradient-descent", engine.config, n)
    return None


def _describe_twin(engine: TwinEngine, iterations: int | None) -> NetworkRun:
    snap = engine.snapshot()
    c: TwinConfig = engine.config
    n = _iterations("zero-init", snap.step, iterations)
    configs = (c.train_config(symmetric=True), c.train_config(symmetric=False))
    split = None
    if engine.has_custom_data:
        s = snap.symmetric  # both copies train on all the points, in this order
        split = (np.array(s.X_train), np.array(s.Y_train), np.zeros((2, 0)), np.zeros((1, 0)))
    return NetworkRun("zero-init", configs, n, split, c.class1_share, snap.perturbations)


def network_run(
    config: TrainConfig, iterations: int, sizes: tuple[int, ...] | None = None, layer_dims=None
) -> NetworkRun | DeepRun:
    """A run from settings alone (the terminal's `python -m core export`).

    `layer_dims` with more than one hidden layer gives the L-layer run.
    """
    if layer_dims is not None and len(layer_dims) > 3:
        if config.batch_size or config.model != "network":
            raise ValueError("the L-layer export trains full-batch, without the baseline")
        return DeepRun("deep-network", config, tuple(layer_dims), iterations)
    if sizes:
        configs = tuple(replace(config, n_h=n_h) for n_h in sizes)
        return NetworkRun("hidden-sizes", configs, iterations)
    return NetworkRun("shallow-network", (config,), iterations)
