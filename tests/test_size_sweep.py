"""The hidden-layer-size sweep: seven trainers, one data set, stepped in lockstep."""

from dataclasses import replace

import numpy as np
import pytest

from core.config import TrainConfig
from core.size_sweep import SIZES, SizeSweep
from core.trainer import Trainer


def test_sizes_are_the_courses():
    assert SIZES == (1, 2, 3, 4, 5, 20, 50)


def test_each_run_equals_a_lone_trainer_of_that_size():
    config = TrainConfig(m=100)
    sweep = SizeSweep(config)
    assert sweep.step(25) == 25
    snap = sweep.snapshot()
    assert snap.step == 25 and [r.config.n_h for r in snap.runs] == list(SIZES)
    for run in snap.runs:
        lone = Trainer(replace(config, n_h=run.config.n_h))
        lone.step(25)
        np.testing.assert_array_equal(lone.snapshot().parameters["W1"], run.parameters["W1"])
        assert run.train_accuracy == lone.snapshot().train_accuracy
        np.testing.assert_array_equal(run.X_train, snap.runs[0].X_train)  # one data set


def test_config_changes_apply_to_every_size():
    sweep = SizeSweep(TrainConfig(m=100))
    sweep.step(3)
    assert sweep.apply_config(sweep.changed(activation="relu"))
    assert all(t.config.activation == "relu" and t.step_count == 0 for t in sweep.trainers)
    assert [t.config.n_h for t in sweep.trainers] == list(SIZES)
    sweep.step(2)
    assert not sweep.apply_config(sweep.changed(learning_rate=0.5))  # goes on
    assert all(t.step_count == 2 and t.config.learning_rate == 0.5 for t in sweep.trainers)


def test_only_the_sweeps_fields_can_change():
    with pytest.raises(ValueError, match="n_h"):
        SizeSweep().changed(n_h=7)


def test_reset_goes_back_to_step_zero():
    sweep = SizeSweep(TrainConfig(m=100))
    sweep.step(4)
    sweep.reset()
    assert sweep.snapshot().step == 0
