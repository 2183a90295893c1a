"""Every lesson's engine speaks the one contract (core.engine_contract.Engine) the controller drives."""

from __future__ import annotations

import pytest

from core.backprop_steps import BackpropEngine
from core.compgraph_walk import CompGraphEngine
from core.deep_run.trainer import DeepLessonTrainer
from core.descent import DescentEngine
from core.engine_contract import Engine, contract_gaps
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
}


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
