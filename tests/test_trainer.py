"""The Trainer: determinism, restarts, divergence, mini-batches, immutable snapshots."""

import warnings

import numpy as np
import pytest

from core import models
from core.config import TrainConfig
from core.trainer import Trainer


def test_same_config_same_run_bit_for_bit():
    c = TrainConfig(keep_prob=0.8, batch_size=64, dataset="moons")
    a, b = Trainer(c), Trainer(c)
    a.step(300)
    b.step(300)
    sa, sb = a.snapshot(), b.snapshot()
    for k in sa.parameters:
        np.testing.assert_array_equal(sa.parameters[k], sb.parameters[k])
    np.testing.assert_array_equal(sa.cost_values, sb.cost_values)


def test_reset_returns_to_step_zero_and_replays_the_same_steps():
    t = Trainer(TrainConfig(keep_prob=0.7))
    t.step(50)
    first = t.snapshot()
    t.reset()
    assert t.snapshot().step == 0 and len(t.snapshot().cost_values) == 0
    t.step(50)
    np.testing.assert_array_equal(t.snapshot().parameters["W1"], first.parameters["W1"])


def test_training_lowers_the_cost_and_reaches_the_course_accuracy():
    t = Trainer(TrainConfig(test_ratio=0.0))
    t.step(1)
    assert t.snapshot().train_cost == pytest.approx(np.log(2), abs=1e-3)
    t.step(9999)
    s = t.snapshot()
    assert s.step == 10000
    assert s.train_cost < 0.26 and s.train_accuracy >= 0.89


def test_learning_rate_change_continues_but_n_h_change_restarts():
    t = Trainer()
    t.step(100)
    assert not t.apply_config(t.config.changed(learning_rate=0.5))
    assert t.step_count == 100
    assert t.apply_config(t.config.changed(n_h=6))
    assert t.step_count == 0 and t.snapshot().parameters["W1"].shape == (6, 2)


def test_snapshot_is_immutable_and_detached_from_training():
    t = Trainer()
    t.step(5)
    s = t.snapshot()
    with pytest.raises(ValueError):
        s.parameters["W1"][0, 0] = 1.0
    with pytest.raises(ValueError):
        s.X_train[0, 0] = 1.0
    w = s.parameters["W1"].copy()
    t.step(5)
    np.testing.assert_array_equal(s.parameters["W1"], w)


def test_test_set_is_held_out_and_its_cost_recorded():
    t = Trainer(TrainConfig(test_ratio=0.25))
    s = t.snapshot()
    assert s.X_train.shape[1] == 300 and s.X_test.shape[1] == 100
    t.step(25)
    s = t.snapshot()
    assert s.test_cost_steps.tolist() == [0, 10, 20] and np.isfinite(s.test_cost)
    # the recorded test cost is J on the test set with the parameters of that step
    t.reset()
    t.step(20)
    from core import models

    expected = models.cost(t.snapshot().parameters, s.X_test, s.Y_test, t.config)
    assert s.test_cost_values[2] == expected


def test_mini_batches_visit_each_example_once_per_epoch():
    t = Trainer(TrainConfig(batch_size=64, test_ratio=0.0, m=256))
    seen = []
    for _ in range(4):
        Xa, _ = t._next_batch()
        assert (Xa[-1] == 1).all()  # the row of ones that carries b
        seen.append(Xa[:-1])
    together = np.hstack(seen)
    assert together.shape == (2, 256)
    assert len({tuple(col) for col in together.T}) == 256


def test_logistic_baseline_draws_a_straight_boundary_and_trains():
    t = Trainer(TrainConfig(model="logistic", test_ratio=0.0))
    t.step(2000)
    s = t.snapshot()
    assert set(s.parameters) == {"w", "b"}
    assert 0.4 < s.train_accuracy < 0.6  # the flower is not linearly separable (course: 47%)


@pytest.mark.parametrize("activation", ["relu", "linear", "leaky_relu"])
def test_extreme_learning_rate_never_warns_and_stops_on_divergence(activation):
    c = TrainConfig(activation=activation, learning_rate=10.0, init="he", n_h=50)
    t = Trainer(c)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        t.step(3000)
        s = t.snapshot()
    assert all(np.isfinite(v).all() for v in s.parameters.values())
    assert np.isfinite(s.cost_values).all()
    if s.diverged_at is not None:
        assert s.step == s.diverged_at and t.step(10) == 0
        t.reset()
        assert t.diverged_at is None and t.step(1) == 1


def test_parameters_are_read_only_views_of_the_current_step():
    t = Trainer(TrainConfig(test_ratio=0.0))
    t.step(3)
    p = t.parameters
    for k, v in p.items():
        np.testing.assert_array_equal(v, t.snapshot().parameters[k])
        with pytest.raises(ValueError):
            v[0, 0] = 1.0
    before = p["W1"].copy()
    t.step(1)
    assert not np.array_equal(t.parameters["W1"], before)
    # the hot path updates in place: the views follow training (copy what you keep)
    np.testing.assert_array_equal(p["W1"], t.snapshot().parameters["W1"])


def test_perturb_unit_changes_only_that_units_incoming_weights_until_reset():
    t = Trainer(TrainConfig(init="zeros", n_h=3, test_ratio=0.0))
    t.step(2)
    t.perturb_unit(1, scale=0.01, seed=5)
    W1 = t.parameters["W1"]
    expected = 0.01 * np.random.default_rng(5).standard_normal(2)
    np.testing.assert_array_equal(W1[1], expected)
    assert not W1[0].any() and not W1[2].any() and t.step_count == 2
    for k in ("b1", "W2", "b2"):
        assert not t.parameters[k].any()
    t.reset()
    assert not t.parameters["W1"].any()
    with pytest.raises(ValueError, match="unit"):
        t.perturb_unit(3)
    with pytest.raises(ValueError, match="hidden units"):
        Trainer(TrainConfig(model="logistic")).perturb_unit(0)


@pytest.mark.parametrize(
    "config",
    [TrainConfig(), TrainConfig(model="logistic"), TrainConfig(lambd=0.7)],
    ids=["net", "logistic", "l2"],
)
def test_a_snapshots_test_cost_and_accuracy_are_the_two_passes_it_replaces(config):
    """models.cost_and_accuracy (one forward pass): the very numbers of models.cost and of the share
    of (A^[L] > 0.5) == Y, each from its own pass."""
    trainer = Trainer(config)
    trainer.step(50)
    p, X, Y = trainer.run.stepper.parameters(), trainer._X_test, trainer._Y_test
    predictions = models.probabilities(p, X, config) > 0.5
    assert models.cost_and_accuracy(p, X, Y, config) == (
        models.cost(p, X, Y, config),
        float(np.mean(predictions == Y)),
    )
    s = trainer.snapshot()
    assert (s.test_cost, s.test_accuracy) == models.cost_and_accuracy(p, X, Y, config)
