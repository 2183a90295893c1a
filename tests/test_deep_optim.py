"""Course 2 week 2 (mini-batches, momentum, RMSprop, Adam, decay) and the course's published runs."""

import math

import numpy as np
import pytest

from core.course_data import load_circles_course, load_moons_course
from core.deep import predict
from core.deep_optim import (
    initialize_adam,
    initialize_rmsprop,
    initialize_velocity,
    random_mini_batches,
    schedule_lr_decay,
    update_lr,
    update_parameters_with_adam,
    update_parameters_with_momentum,
    update_parameters_with_rmsprop,
)
from core.deep_train import L_layer_model, model
from core.network import accuracy
from core.optimizers import Adam, RMSprop


def test_random_mini_batches_are_the_course_s():
    rs = np.random.RandomState(1)  # the course's random_mini_batches_test_case
    X, Y = rs.randn(12288, 148), rs.randn(1, 148) < 0.5
    np.random.seed(7)
    before = np.random.random()
    batches = random_mini_batches(X, Y, 64)
    assert [b[0].shape for b in batches] == [(12288, 64), (12288, 64), (12288, 20)]
    assert [b[1].shape for b in batches] == [(1, 64), (1, 64), (1, 20)]
    np.testing.assert_allclose(batches[0][0][0][0:3], [0.90085595, -0.7612069, 0.2344157], atol=1e-8)
    np.random.seed(7)
    assert np.random.random() == before  # the global state is not used
    together = np.hstack([b[0][:2] for b in batches])
    assert sorted(map(tuple, together.T)) == sorted(map(tuple, X[:2].T))  # a permutation


def _course_case():
    rs = np.random.RandomState(1)  # update_parameters_with_momentum_test_case / _adam_
    p = {"W1": rs.randn(2, 3), "b1": rs.randn(2, 1), "W2": rs.randn(3, 3), "b2": rs.randn(3, 1)}
    g = {"dW1": rs.randn(2, 3), "db1": rs.randn(2, 1), "dW2": rs.randn(3, 3), "db2": rs.randn(3, 1)}
    return p, g


def test_momentum_and_adam_give_the_course_s_test_values():
    p, g = _course_case()
    p, v = update_parameters_with_momentum(p, g, initialize_velocity(p), beta=0.9, learning_rate=0.01)
    np.testing.assert_allclose(p["W1"][0], [1.62544598, -0.61290114, -0.52907334], atol=1e-8)
    np.testing.assert_allclose(p["b2"][:, 0], [-0.87809283, 0.04055394, 0.58207317], atol=1e-8)
    np.testing.assert_allclose(v["dW1"][1], [0.05024943, 0.09008559, -0.06837279], atol=1e-8)
    p, g = _course_case()
    v, s = initialize_adam(p)
    p, v, s = update_parameters_with_adam(p, g, v, s, t=2)
    np.testing.assert_allclose(p["W1"][0], [1.63178673, -0.61919778, -0.53561312], atol=1e-8)
    np.testing.assert_allclose(s["dW1"][0], [0.00121136, 0.00131039, 0.00081287], atol=1e-8)
    with pytest.raises(ValueError, match="starts at 1"):
        update_parameters_with_adam(p, g, v, s, t=0)


def test_adam_and_rmsprop_match_the_gradient_descent_lesson_s_optimizers():
    p, _ = _course_case()
    rng = np.random.default_rng(0)
    v, s = initialize_adam(p)
    s_rms = initialize_rmsprop(p)
    adam, rms = Adam(0.02), RMSprop(0.02, beta2=0.9)
    q, r = dict(p), dict(p)
    theta_a = theta_r = p["W2"]
    for t in range(1, 6):
        g = {"d" + k: rng.normal(size=x.shape) for k, x in p.items()}
        q, v, s = update_parameters_with_adam(q, g, v, s, t, learning_rate=0.02)
        r, s_rms = update_parameters_with_rmsprop(r, g, s_rms, beta2=0.9, learning_rate=0.02)
        theta_a, theta_r = adam.update(theta_a, g["dW2"]), rms.update(theta_r, g["dW2"])
    np.testing.assert_allclose(q["W2"], theta_a, rtol=1e-13)
    np.testing.assert_allclose(r["W2"], theta_r, rtol=1e-13)


def test_learning_rate_decay_both_forms():
    assert update_lr(0.5, 2, 1) == pytest.approx(0.5 / 3)
    assert update_lr(0.5, 0, 1) == 0.5
    assert schedule_lr_decay(0.5, 999, 1, 1000) == 0.5
    assert schedule_lr_decay(0.5, 2000, 0.5, 1000) == pytest.approx(0.25)
    assert schedule_lr_decay(0.5, 100, 0.3, 10) == pytest.approx(0.5 / (1 + 0.3 * 10))


def test_zeros_init_cost_stays_ln2_and_nothing_learns():
    train_X, train_Y, test_X, test_Y = load_circles_course()
    p, costs = L_layer_model(train_X, train_Y, [2, 10, 5, 1], 0.01, 300, init="zeros")
    assert costs == [pytest.approx(math.log(2), abs=1e-15)] * 3
    assert accuracy(predict(train_X, p), train_Y) == 0.5 == accuracy(predict(test_X, p), test_Y)


@pytest.mark.slow
def test_initialization_assignment_results(capsys):
    """He on the course's circles, [2, 10, 5, 1], alpha = 0.01, 15,000 iterations: 99.3% / 96%."""
    train_X, train_Y, test_X, test_Y = load_circles_course()
    p, costs = L_layer_model(train_X, train_Y, [2, 10, 5, 1], 0.01, 15000, print_cost=True, init="he")
    assert costs[0] == pytest.approx(0.8830537463419761, rel=1e-9)  # the course's first print
    assert "Cost after iteration 14000" in capsys.readouterr().out
    assert accuracy(predict(train_X, p), train_Y) == pytest.approx(0.9933, abs=0.004)
    assert accuracy(predict(test_X, p), test_Y) == pytest.approx(0.96, abs=0.011)
    p, _ = L_layer_model(train_X, train_Y, [2, 10, 5, 1], 0.01, 15000, init="large")
    assert accuracy(predict(train_X, p), train_Y) == pytest.approx(0.83, abs=0.01)  # the course: 83% / 86%
    assert accuracy(predict(test_X, p), test_Y) == pytest.approx(0.86, abs=0.011)


@pytest.mark.slow
def test_optimization_assignment_adam_far_above_gd_and_momentum():
    """Moons, [2, 5, 2, 1], mini-batches of 64, 5,000 epochs: the course's 71.7%, 71.7%, ~94%."""
    X, Y = load_moons_course()
    scores = {}
    for optimizer in ("gd", "momentum", "adam"):
        p, _ = model(X, Y, [2, 5, 2, 1], optimizer, num_epochs=5000)
        scores[optimizer] = accuracy(predict(X, p), Y)
    assert scores["gd"] == pytest.approx(0.7167, abs=0.02)
    assert scores["momentum"] == pytest.approx(0.7167, abs=0.02)
    assert scores["adam"] >= 0.93 and scores["adam"] - max(scores["gd"], scores["momentum"]) > 0.15
