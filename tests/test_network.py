"""The shallow network: shapes, gradients against finite differences, and the course's run."""

import numpy as np
import pytest

from core.activations import ACTIVATION_NAMES
from core.datasets import flower
from core.gradcheck import gradient_check, relative_difference
from core.network import (
    accuracy,
    backward_propagation,
    compute_cost,
    dropout_mask,
    forward_propagation,
    initialize_parameters,
    predict,
    update_parameters,
)

X_ALL, Y_ALL = flower()
X, Y = X_ALL[:, ::40], Y_ALL[:, ::40]  # 10 examples from both classes


def random_parameters(n_h=4, seed=0):
    rng = np.random.default_rng(seed)
    p = initialize_parameters(2, n_h, scheme="xavier", seed=seed)
    p["b1"] = rng.normal(size=(n_h, 1))
    p["b2"] = rng.normal(size=(1, 1))
    return p


def test_shapes_of_parameters_cache_and_gradients():
    p = initialize_parameters(2, 5)
    assert {k: v.shape for k, v in p.items()} == {
        "W1": (5, 2), "b1": (5, 1), "W2": (1, 5), "b2": (1, 1)
    }  # fmt: skip
    A2, cache = forward_propagation(X, p)
    m = X.shape[1]
    assert A2.shape == (1, m)
    assert cache["Z1"].shape == cache["A1"].shape == (5, m)
    assert cache["Z2"].shape == cache["A2"].shape == (1, m)
    grads = backward_propagation(p, cache, X, Y)
    assert {k: v.shape for k, v in grads.items()} == {
        "dW1": (5, 2), "db1": (5, 1), "dW2": (1, 5), "db2": (1, 1)
    }  # fmt: skip


def test_initialization_schemes():
    p = initialize_parameters(2, 4, scheme="random", seed=3)
    assert 0 < np.abs(p["W1"]).max() < 0.05 and not p["b1"].any()
    assert not initialize_parameters(2, 4, scheme="zeros")["W1"].any()
    assert (initialize_parameters(2, 4, scheme="constant", constant=0.3)["W2"] == 0.3).all()
    he = initialize_parameters(2, 2000, scheme="he", seed=1)["W2"]
    assert np.std(he) == pytest.approx(np.sqrt(2 / 2000), rel=0.1)
    xavier = initialize_parameters(2, 2000, scheme="xavier", seed=1)["W2"]
    assert np.std(xavier) == pytest.approx(np.sqrt(1 / 2000), rel=0.1)
    np.testing.assert_array_equal(
        initialize_parameters(2, 4, seed=9)["W1"], initialize_parameters(2, 4, seed=9)["W1"]
    )
    with pytest.raises(ValueError, match="unknown initialization"):
        initialize_parameters(2, 4, scheme="ones")


@pytest.mark.parametrize("activation", ACTIVATION_NAMES)
def test_gradient_check_for_every_activation(activation):
    check = gradient_check(random_parameters(), X, Y, activation)
    assert check.difference < 1e-7
    assert max(check.differences.values()) < 1e-7


@pytest.mark.parametrize("activation", ["tanh", "relu"])
def test_gradient_check_with_l2(activation):
    check = gradient_check(random_parameters(seed=1), X, Y, activation, lambd=0.7)
    assert check.difference < 1e-7
    plain = gradient_check(random_parameters(seed=1), X, Y, activation)
    assert relative_difference(check.analytic["dW1"], plain.analytic["dW1"]) > 1e-3


def test_gradient_check_with_a_fixed_dropout_mask():
    D1 = dropout_mask((4, X.shape[1]), 0.6, np.random.default_rng(5))
    assert 0 < D1.mean() < 1
    check = gradient_check(random_parameters(), X, Y, "tanh", keep_prob=0.6, D1=D1)
    assert check.difference < 1e-7


def test_dropout_uses_the_same_mask_forward_and_backward():
    p = random_parameters()
    D1 = np.ones((4, X.shape[1]))
    D1[1] = 0.0  # unit 1 dropped for every example
    A2, cache = forward_propagation(X, p, keep_prob=0.5, D1=D1)
    assert not cache["A1"][1].any()
    np.testing.assert_allclose(cache["A1"][0], 2 * np.tanh(cache["Z1"][0]))  # scaled by 1/keep
    grads = backward_propagation(p, cache, X, Y, keep_prob=0.5)
    assert not grads["dW1"][1].any() and not grads["db1"][1].any()


def test_cost_is_finite_when_predictions_saturate():
    A2 = np.array([[0.0, 1.0, 1.0]])
    Yc = np.array([[1.0, 0.0, 1.0]])
    assert np.isfinite(compute_cost(A2, Yc))
    Z2 = np.array([[-800.0, 800.0, 800.0]])
    assert compute_cost(A2, Yc, Z2=Z2) == pytest.approx((800 + 800 + 0) / 3)


def test_cost_from_logits_equals_the_course_formula():
    Z2 = np.array([[-2.0, 0.3, 1.5, -0.1]])
    A2 = 1 / (1 + np.exp(-Z2))
    Yc = np.array([[0.0, 1.0, 1.0, 0.0]])
    course = -np.sum(Yc * np.log(A2) + (1 - Yc) * np.log(1 - A2)) / 4
    assert compute_cost(A2, Yc) == pytest.approx(course)
    assert compute_cost(A2, Yc, Z2=Z2) == pytest.approx(course)
    p = {"W1": np.ones((2, 2)), "W2": np.full((1, 2), 2.0)}
    assert compute_cost(A2, Yc, p, lambd=0.4, Z2=Z2) == pytest.approx(course + 0.4 / 8 * 12)


def test_update_is_w_minus_alpha_dw_and_returns_new_arrays():
    p = random_parameters()
    g = {"d" + k: np.ones_like(v) for k, v in p.items()}
    new = update_parameters(p, g, 0.5)
    for k in p:
        np.testing.assert_allclose(new[k], p[k] - 0.5)
        assert new[k] is not p[k]


def test_training_as_in_the_course_reaches_its_figures():
    """The course's nn_model: flower, n_h = 4, tanh, alpha = 1.2, 10,000 steps.

    Initialized with the course's own draws (np.random.seed(2); randn * 0.01) the course
    reports a cost near 0.2186 after 9,000 iterations and 90% accuracy.
    """
    rs = np.random.RandomState(2)
    p = {"W1": rs.randn(4, 2) * 0.01, "b1": np.zeros((4, 1)),
         "W2": rs.randn(1, 4) * 0.01, "b2": np.zeros((1, 1))}  # fmt: skip
    costs = []
    for _ in range(10000):
        A2, cache = forward_propagation(X_ALL, p)
        costs.append(compute_cost(A2, Y_ALL, Z2=cache["Z2"]))
        p = update_parameters(p, backward_propagation(p, cache, X_ALL, Y_ALL), 1.2)
    assert costs[0] == pytest.approx(np.log(2), abs=1e-3)
    assert costs[9000] == pytest.approx(0.2186, abs=0.002)
    assert accuracy(predict(p, X_ALL), Y_ALL) == pytest.approx(0.90, abs=0.01)


@pytest.mark.parametrize("n_h", range(2, 11))
def test_identical_hidden_units_get_bit_identical_gradients(n_h):
    # Course 3.11: equal units get equal gradients. A plain BLAS product can give the last
    # rows of a block a different rounding, which training then amplifies.
    X_all, Y_all = flower()
    rng = np.random.default_rng(n_h)
    p = {
        "W1": np.repeat(rng.normal(size=(1, 2)), n_h, axis=0),
        "b1": np.full((n_h, 1), rng.normal()),
        "W2": np.full((1, n_h), rng.normal()),
        "b2": np.zeros((1, 1)),
    }
    for activation in ACTIVATION_NAMES:
        _, cache = forward_propagation(X_all, p, activation)
        grads = backward_propagation(p, cache, X_all, Y_all, activation)
        for name in ("dW1", "db1"):
            assert (grads[name] == grads[name][0]).all(), (activation, name)
        assert (grads["dW2"] == grads["dW2"][0, 0]).all(), activation
