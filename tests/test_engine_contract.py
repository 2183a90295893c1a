"""Every lesson's engine speaks the one contract (core.engine_contract.Engine) the controller drives."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import types
import typing

import pytest

import core
from core.backprop_steps import BackpropEngine
from core.compgraph_walk import CompGraphEngine
from core.deep_run.experiments import EXPERIMENTS
from core.deep_run.sweep import DeepSweep
from core.deep_run.trainer import DeepLessonTrainer
from core.descent import DescentEngine
from core.engine_contract import Engine, contract_gaps
from core.plane_trainer import PlaneTrainer
from core.probe_sweep import ProbeSweep
from core.size_sweep import SizeSweep
from core.trainer import Trainer
from core.twin import TwinEngine

ENGINES = {
    "Trainer": Trainer,
    "SizeSweep": SizeSweep,
    "TwinEngine": TwinEngine,
    "DescentEngine": DescentEngine,
    "ProbeSweep": ProbeSweep,
    "BackpropEngine": BackpropEngine,
    "CompGraphEngine": CompGraphEngine,
    "DeepLessonTrainer": DeepLessonTrainer,
    "DeepSweep": lambda: _sweep("init"),
    "PlaneTrainer": PlaneTrainer,
}


def _sweep(key: str) -> DeepSweep:
    runs = EXPERIMENTS[key].runs
    return DeepSweep([r.config for r in runs], [r.label for r in runs])


def check_contract(engine: object) -> None:
    assert contract_gaps(engine) == []
    assert isinstance(engine, Engine)
    engine.reset()
    assert engine.snapshot() is not None
    assert isinstance(engine.step(1), int)
    config = engine.config
    assert engine.apply_config(config) is False  # its own config again: no restart
    assert engine.config == config


@pytest.mark.parametrize("name", sorted(ENGINES))
def test_every_core_engine_speaks_the_contract(name):
    check_contract(ENGINES[name]())


@pytest.mark.parametrize("name", sorted(ENGINES))
def test_a_refused_config_raises_a_value_error_and_changes_nothing(name):
    engine = ENGINES[name]()
    config = engine.config
    field = next(f for f in ("learning_rate", "z_max", "learning_rates") if hasattr(config, f))
    with pytest.raises(ValueError):
        config.changed(**{field: -1.0})
    assert engine.config == config


def test_the_contract_names_its_gaps():
    class Bare:
        def step(self, n):
            return n

    assert contract_gaps(Bare()) == ["config", "apply_config", "reset", "snapshot", "steps_per_tick"]
    assert not isinstance(Bare(), Engine)


def test_every_lesson_hands_the_controller_a_contract_engine(qtbot):
    from visualizer.lessons import LESSON_CLASSES

    for cls in LESSON_CLASSES:
        lesson = cls()
        qtbot.addWidget(lesson)
        assert contract_gaps(lesson.engine) == [], cls.__name__


def _core_engine_classes() -> dict[str, type]:
    """Every class in core with step() and snapshot(): an engine a lesson could hand the controller."""
    found = {}
    for info in pkgutil.walk_packages(core.__path__, "core."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if (inspect.isclass(obj) and obj.__module__ == module.__name__ and obj is not Engine
                    and callable(getattr(obj, "step", None)) and hasattr(obj, "snapshot")):  # fmt: skip
                found[name] = obj
    return found


def test_every_engine_class_in_core_speaks_the_contract():
    """A new engine in core (a class that steps and snapshots) cannot skip a part of the contract."""
    found = _core_engine_classes()
    assert set(ENGINES) <= set(found)  # the search finds the known ones
    for name, cls in found.items():
        assert contract_gaps(cls) == [], name
        assert callable(cls.apply_config) and callable(cls.reset), name
    assert set(found) <= set(ENGINES), "add the new engine to ENGINES so its behaviour is checked too"


def _annotated_engines(lesson_class) -> tuple[type, ...]:
    """The classes a lesson's `engine` property says it returns (a union for a lesson with two)."""
    hint = typing.get_type_hints(lesson_class.engine.fget)["return"]
    return typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)


def test_every_lesson_names_its_engines_and_each_speaks_the_contract(qtbot):
    """Each lesson's `engine` is annotated with the concrete engines it hands over (not the bare
    protocol), every one of them speaks the contract, and the one it holds is one of them."""
    from visualizer.lessons import LESSON_CLASSES

    for cls in LESSON_CLASSES:
        engines = _annotated_engines(cls)
        assert Engine not in engines and all(inspect.isclass(e) for e in engines), cls.__name__
        for engine_class in engines:
            assert contract_gaps(engine_class) == [], (cls.__name__, engine_class.__name__)
        lesson = cls()
        qtbot.addWidget(lesson)
        assert isinstance(lesson.engine, engines) and isinstance(lesson.engine, Engine), cls.__name__


def test_the_deep_lessons_runs_side_by_side_are_a_contract_engine(qtbot):
    from visualizer.lessons.deep.lesson import DeepNetworkLesson

    lesson = DeepNetworkLesson()
    qtbot.addWidget(lesson)
    for key, experiment in EXPERIMENTS.items():
        lesson.load_experiment(key)
        engine = lesson.engine
        assert isinstance(engine, DeepSweep if len(experiment.runs) > 1 else DeepLessonTrainer), key
        assert isinstance(engine, Engine) and contract_gaps(engine) == [], key
