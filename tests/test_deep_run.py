"""The deep lesson's run on the one Trainer: features, no hidden layer, epochs, decay, diagnosis, sessions."""

import json
from pathlib import Path

import numpy as np
import pytest

from core import deep, models
from core.config import TrainConfig
from core.deep_run.config import deep_config
from core.deep_run.diagnosis import diagnose
from core.deep_run.snapshot import HIST_BINS
from core.deep_run.sweep import DeepSweep
from core.deep_run.trainer import DeepLessonTrainer
from core.features import FEATURE_NAMES, map_features
from core.trainer import Trainer
from core.validation import CoreError


def test_features_are_the_named_functions_of_x1_x2():
    X = np.array([[0.5, -2.0], [3.0, 1.5]])
    A0 = map_features(X, FEATURE_NAMES)
    x1, x2 = X
    expected = [x1, x2, x1**2, x2**2, x1 * x2, np.sin(x1), np.sin(x2)]
    np.testing.assert_array_equal(A0, np.vstack(expected))
    assert map_features(X, ("x2^2", "x1")).tolist() == [x1.tolist(), (x2**2).tolist()]  # course order
    assert deep_config(features=("x1", "x1^2", "x2^2")).layer_dims() == [3, 8, 8, 8, 1]
    assert deep_config(features=("x2", "x1")).features == ()  # the plane's own inputs: the plain form
    with pytest.raises(ValueError):
        deep_config(features=("x1", "x3"))


def test_config_round_trip_and_bad_values():
    c = deep_config(hidden=(3, 5), features=("x1", "x2", "sin_x1"), optimizer="adam", batch_size=64)
    assert TrainConfig.from_dict(json.loads(c.to_json())) == c
    none = deep_config(hidden=())
    assert none.layer_dims() == [2, 1] and none.hidden_layers == ()  # logistic regression on W1, b1
    assert TrainConfig.from_json(none.to_json()) == none
    for bad in (
        {"hidden_layers": (8,) * 9},
        {"hidden_layers": (0,)},
        {"n_h": 0},
        {"learning_rate": -1.0},
        {"keep_prob": 0.0},
        {"learning_rate": float("nan")},
        {"optimizer": "sgd"},
        {"init": "ones"},
    ):
        with pytest.raises(ValueError):
            c.changed(**bad)
    with pytest.raises(ValueError, match="learning_rate"):
        c.changed(learning_rate=100.0)


@pytest.mark.parametrize(
    ("train", "dev", "kind"),
    [
        (0.01, 0.15, "high_variance"),
        (0.15, 0.16, "high_bias"),
        (0.15, 0.30, "both"),
        (0.01, 0.02, "neither"),
        (0.01, float("nan"), "unknown"),
        (0.2, float("nan"), "high_bias"),
    ],
)
def test_the_courses_bias_variance_table(train, dev, kind):
    assert diagnose(train, dev).kind == kind  # 003 part 4 (2), the course's four rows


def test_mini_batches_make_the_trainers_epochs():
    t = DeepLessonTrainer(deep_config(m=400, test_ratio=0.2, batch_size=100))  # 320 training points
    t.step(3)  # 100, 100, 100: the 20 left over wait (complete batches, as the Trainer's export says)
    assert t.epoch == 1 and t.step_count == 3
    s = t.snapshot()
    assert s.epoch_steps.tolist() == [3]
    assert s.epoch_values[0] == pytest.approx(np.mean(s.cost_values))


def test_decay_divides_the_learning_rate_by_one_plus_rate_times_epoch():
    t = DeepLessonTrainer(deep_config(decay_rate=0.5, learning_rate=0.1))
    t.step(3)
    assert t.learning_rate == pytest.approx(0.1 / (1 + 0.5 * 3))


def test_snapshot_numbers_are_the_models():
    t = DeepLessonTrainer(deep_config(hidden=(6, 4), activation="tanh"))
    t.step(5)
    s = t.snapshot()
    p = {k: np.array(v) for k, v in s.parameters.items()}
    AL, caches = deep.L_model_forward(t.split()[0], p, "tanh")
    for l in (1, 2):
        counts, _ = np.histogram(np.clip(caches[l - 1].A, -1, 1), bins=np.linspace(-1, 1, HIST_BINS + 1))
        np.testing.assert_allclose(s.hist_density[l - 1], counts / caches[l - 1].A.size)
    assert s.train_error == np.mean((AL > 0.5) != t.split()[1])
    t.step(6)  # the Trainer samples ||dW^[l]|| every TEST_EVERY steps (the last step's, before step 10)
    s = t.snapshot()
    assert s.grad_norm_history.shape == (3, 1) and s.grad_norm_steps.tolist() == [10]
    assert [m.shape[0] for m in s.unit_maps] == [6, 4]
    assert s.layer_shapes[0] == {"W": (6, 2), "b": (6, 1), "Z": (6, 320), "A": (6, 320)}


def test_gradient_norms_are_those_of_the_step():
    c = deep_config(hidden=(5, 5))
    t = DeepLessonTrainer(c)
    p0 = {k: v.copy() for k, v in t.parameters.items()}
    t.step(1)
    AL, caches = deep.L_model_forward(t.split()[0], p0, c.activation)
    grads = deep.L_model_backward(AL, t.split()[1], caches)
    expected = [np.linalg.norm(grads[f"dW{l}"]) for l in (1, 2, 3)]
    np.testing.assert_allclose(t.snapshot().grad_norms, expected, rtol=1e-12)


def test_divergence_stops_and_reset_recovers():
    c = deep_config(init="large", learning_rate=10.0, hidden=(16,) * 8, activation="linear")
    t = DeepLessonTrainer(c)
    t.step(500)
    assert t.diverged_at is not None and t.step_count == t.diverged_at
    assert t.step(10) == 0
    assert all(np.isfinite(v).all() for v in t.parameters.values())
    t.apply_config(t.config.changed(learning_rate=0.01))  # acts from the next step: still stopped
    assert t.step(1) == 0
    t.reset()  # Reset recovers, with the same (too large) start
    assert t.diverged_at is None and t.step_count == 0
    assert t.apply_config(t.config.changed(init="xavier"))  # a sane start begins again
    assert t.step(5) == 5 and t.diverged_at is None


def test_a_session_goes_on_bit_for_bit():
    c = deep_config(hidden=(6, 5), batch_size=32, optimizer="adam", keep_prob=0.8, decay_rate=0.1, lambd=0.2)
    a = DeepLessonTrainer(c)
    a.step(37)
    b = DeepLessonTrainer.from_state(json.loads(json.dumps(a.state())))
    a.step(50)
    b.step(50)
    for k in a.parameters:
        np.testing.assert_array_equal(a.parameters[k], b.parameters[k])
    np.testing.assert_array_equal(a.snapshot().grad_norm_history, b.snapshot().grad_norm_history)
    broken = a.state()
    broken["parameters"]["W1"] = [[1.0]]
    with pytest.raises(ValueError):
        DeepLessonTrainer.from_state(broken)


def test_a_sweep_steps_its_runs_in_lockstep():
    sweep = DeepSweep([deep_config(init="zeros"), deep_config(init="he")], ["zeros", "He"])
    assert sweep.step(7) == 7
    s = sweep.snapshot()
    assert [r.step for r in s.runs] == [7, 7] and s.labels == ("zeros", "He")
    again = DeepSweep.from_state(json.loads(json.dumps(sweep.state())))
    np.testing.assert_array_equal(again.snapshot().runs[1].parameters["W1"], s.runs[1].parameters["W1"])


def test_engineered_features_let_logistic_regression_separate_the_circles():
    plain = DeepLessonTrainer(deep_config(hidden=(), learning_rate=0.5))
    squared = ("x1", "x2", "x1^2", "x2^2")
    squares = DeepLessonTrainer(deep_config(hidden=(), learning_rate=0.5, features=squared))
    plain.step(1500)
    squares.step(1500)
    assert plain.snapshot().train_error > 0.3 and squares.snapshot().train_error < 0.05


def test_the_deep_lesson_runs_on_the_one_trainer():
    """No second engine: the lesson's trainer is core.trainer.Trainer, stepping bit for bit alike."""
    c = deep_config(hidden=(5, 4), features=("x1", "x2", "x1*x2"), optimizer="momentum", batch_size=64)
    lesson, plain = DeepLessonTrainer(c), Trainer(c)
    assert isinstance(lesson, Trainer)
    lesson.step(25)
    plain.step(25)
    for k, v in plain.parameters.items():
        np.testing.assert_array_equal(lesson.parameters[k], v)
    A0 = models.inputs(plain.split()[0], c)
    assert A0.shape == (3, 320) and plain.parameters["W1"].shape == (5, 3)


def test_a_session_of_the_lessons_earlier_engine_opens():
    """Saved by the DeepTrainer the lesson had before the one Trainer (main at db95692)."""
    saved = json.loads(
        (Path(__file__).parent / "data" / "deep_lesson_state_before_one_trainer.json").read_text()
    )
    t = DeepLessonTrainer.from_state(saved["state"])
    c = t.config
    assert t.step_count == saved["after"]["step"] == 7 and c.layer_dims() == [3, 4, 3, 1]
    assert (c.optimizer, c.batch_size, c.decay_rate, c.beta2, c.test_ratio) == ("adam", 16, 0.1, 0.99, 0.2)
    np.testing.assert_array_equal(t.parameters["W1"], saved["after"]["W1"])
    assert t.run.stepper.optimizer_state["t"] == 7 and t.changed_mid_run is False
    assert t.step(5) == 5 and np.isfinite(t.snapshot().train_cost)


def test_a_sweep_takes_a_shared_change_in_every_run_as_one_run_would():
    from core.deep_run.experiments import EXPERIMENTS

    runs = EXPERIMENTS["init"].runs
    sweep = DeepSweep([r.config for r in runs], [r.label for r in runs])
    assert sweep.varied() == {"init"}
    sweep.step(4)
    assert sweep.apply_config(sweep.changed(learning_rate=0.02)) is False  # goes on
    assert [t.config.learning_rate for t in sweep.trainers] == [0.02] * 3
    assert [t.config.init for t in sweep.trainers] == ["zeros", "large", "he"]  # what they compare stays
    assert [t.step_count for t in sweep.trainers] == [4] * 3 and all(
        t.changed_mid_run for t in sweep.trainers
    )
    assert sweep.apply_config(sweep.changed(hidden_layers=(6, 3))) is True  # starts every run over
    assert [t.config.hidden_layers for t in sweep.trainers] == [(6, 3)] * 3
    assert [t.step_count for t in sweep.trainers] == [0] * 3
    assert not sweep.alters_comparison(sweep.changed(keep_prob=0.9))
    assert sweep.alters_comparison(sweep.changed(init="xavier"))
    assert sweep.apply_config(sweep.config) is False


def test_a_sweep_refuses_a_change_one_of_its_runs_cannot_take_and_changes_nothing():
    sweep = DeepSweep([deep_config(hidden=(4, 4)), deep_config(hidden=(4,))], ["two layers", "one layer"])
    configs = [t.config for t in sweep.trainers]
    with pytest.raises(CoreError) as info:
        sweep.changed(hidden_activations=("relu", "tanh"))  # the first run could: the second cannot
    assert info.value.id == "layers.activations"
    assert [t.config for t in sweep.trainers] == configs


def test_a_damaged_sweep_is_refused_by_id():
    sweep = DeepSweep([deep_config(init="zeros"), deep_config(init="he")], ["zeros", "He"])
    state = json.loads(json.dumps(sweep.state()))
    for broken, error_id in (({**state, "labels": ["one"]}, "state.sweep_labels"),
                             ({"labels": state["labels"]}, "state.malformed")):  # fmt: skip
        with pytest.raises(CoreError) as info:
            DeepSweep.from_state(broken)
        assert info.value.id == error_id
