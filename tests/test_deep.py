"""The L-layer engine: the course's published test cases, finite differences for L = 1..6, symmetry."""

import numpy as np
import pytest

from core.activations import ACTIVATION_NAMES
from core.datasets import flower
from core.deep import (
    L_model_backward,
    L_model_forward,
    compute_cost,
    compute_cost_with_regularization,
    deep_gradient_check,
    dictionary_to_vector,
    dropout_mask,
    gradient_check_n,
    initialize_parameters_deep,
    layer_diagnostics,
    linear_activation_backward,
    linear_activation_forward,
    linear_backward,
    linear_forward,
    predict,
    update_parameters,
    vector_to_dictionary,
)
from core.network import backward_propagation, forward_propagation, initialize_parameters

X_ALL, Y_ALL = flower()
X, Y = X_ALL[:, ::40], Y_ALL[:, ::40]  # 10 examples from both classes


# ---- the course's published test cases ("Building your Deep Neural Network: Step by Step") ----


def test_course_linear_forward_and_activation_forward():
    rs = np.random.RandomState(1)
    A, W, b = rs.randn(3, 2), rs.randn(1, 3), rs.randn(1, 1)
    np.testing.assert_allclose(linear_forward(A, W, b)[0], [[3.26295337, -1.23429987]], atol=1e-8)
    rs = np.random.RandomState(2)
    A, W, b = rs.randn(3, 2), rs.randn(1, 3), rs.randn(1, 1)
    np.testing.assert_allclose(
        linear_activation_forward(A, W, b, "sigmoid")[0], [[0.96890023, 0.11013289]], atol=1e-8
    )
    np.testing.assert_allclose(linear_activation_forward(A, W, b, "relu")[0], [[3.43896131, 0.0]], atol=1e-8)


def test_course_L_model_forward_2hidden_and_cost():
    rs = np.random.RandomState(6)
    X6 = rs.randn(5, 4)
    p = {"W1": rs.randn(4, 5), "b1": rs.randn(4, 1), "W2": rs.randn(3, 4), "b2": rs.randn(3, 1),
         "W3": rs.randn(1, 3), "b3": rs.randn(1, 1)}  # fmt: skip
    AL, caches = L_model_forward(X6, p)
    np.testing.assert_allclose(AL, [[0.03921668, 0.70498921, 0.19734387, 0.04728177]], atol=1e-8)
    assert len(caches) == 3
    assert compute_cost(np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]])) == pytest.approx(
        0.2797765635793422
    )


def test_course_linear_backward_and_activation_backward():
    rs = np.random.RandomState(1)
    dZ, A, W, b = rs.randn(3, 4), rs.randn(5, 4), rs.randn(3, 5), rs.randn(3, 1)
    dA_prev, dW, db = linear_backward(dZ, (A, W, b))
    np.testing.assert_allclose(dA_prev[0], [-1.15171336, 0.06718465, -0.3204696, 2.09812712], atol=1e-8)
    np.testing.assert_allclose(
        dW[2], [0.97913304, -0.24376494, -0.08839671, 0.55151192, -0.10290907], atol=1e-8
    )
    np.testing.assert_allclose(db, [[-0.14713786], [-0.11313155], [-0.13209101]], atol=1e-8)
    rs = np.random.RandomState(2)
    dA, A, W, b, Z = rs.randn(1, 2), rs.randn(3, 2), rs.randn(1, 3), rs.randn(1, 1), rs.randn(1, 2)
    dA_prev, dW, db = linear_activation_backward(dA, ((A, W, b), Z), "sigmoid")
    np.testing.assert_allclose(dA_prev[:, 0], [0.11017994, 0.09466817, -0.05743092], atol=1e-8)
    np.testing.assert_allclose(dW, [[0.10266786, 0.09778551, -0.01968084]], atol=1e-8)
    np.testing.assert_allclose(db, [[-0.05729622]], atol=1e-8)
    dA_prev, dW, db = linear_activation_backward(dA, ((A, W, b), Z), "relu")
    np.testing.assert_allclose(dA_prev, [[0.44090989, 0], [0.37883606, 0], [-0.2298228, 0]], atol=1e-8)
    np.testing.assert_allclose(dW, [[0.44513824, 0.37371418, -0.10478989]], atol=1e-8)
    np.testing.assert_allclose(db, [[-0.20837892]], atol=1e-8)


def test_course_L_model_backward_and_update_parameters():
    rs = np.random.RandomState(3)
    AL, Y3 = rs.randn(1, 2), np.array([[1, 0]])
    A1, W1, b1, Z1 = rs.randn(4, 2), rs.randn(3, 4), rs.randn(3, 1), rs.randn(3, 2)
    A2, W2, b2, Z2 = rs.randn(3, 2), rs.randn(1, 3), rs.randn(1, 1), rs.randn(1, 2)
    # the test case's AL is not sigmoid(Z2): the course's own route from dAL is needed
    grads = L_model_backward(AL, Y3, [((A1, W1, b1), Z1), ((A2, W2, b2), Z2)], from_dAL=True, return_dA0=True)
    np.testing.assert_allclose(grads["dW1"][0], [0.41010002, 0.07807203, 0.13798444, 0.10502167], atol=1e-8)
    np.testing.assert_allclose(grads["db1"], [[-0.22007063], [0], [-0.02835349]], atol=1e-8)
    np.testing.assert_allclose(grads["dA1"][0], [0.12913162, -0.44014127], atol=1e-8)
    rs = np.random.RandomState(2)
    p = {"W1": rs.randn(3, 4), "b1": rs.randn(3, 1), "W2": rs.randn(1, 3), "b2": rs.randn(1, 1)}
    rs = np.random.RandomState(3)
    g = {"dW1": rs.randn(3, 4), "db1": rs.randn(3, 1), "dW2": rs.randn(1, 3), "db2": rs.randn(1, 1)}
    new = update_parameters(p, g, 0.1)
    np.testing.assert_allclose(new["W1"][0], [-0.59562069, -0.09991781, -2.14584584, 1.82662008], atol=1e-8)
    np.testing.assert_allclose(new["b1"], [[-0.04659241], [-1.28888275], [0.53405496]], atol=1e-8)
    np.testing.assert_allclose(new["W2"], [[-0.55569196, 0.0354055, 1.32964895]], atol=1e-8)
    np.testing.assert_allclose(new["b2"], [[-0.84610769]], atol=1e-8)


def test_course_initialize_parameters_deep_with_the_course_draws():
    p = initialize_parameters_deep([5, 4, 3], rng=np.random.RandomState(3))
    np.testing.assert_allclose(
        p["W1"][0], [0.01788628, 0.0043651, 0.00096497, -0.01863493, -0.00277388], atol=1e-8
    )
    np.testing.assert_allclose(p["W2"][2], [-0.00768836, -0.00230031, 0.00745056, 0.01976111], atol=1e-8)
    assert p["b2"].shape == (3, 1) and not p["b2"].any()


# ---- finite differences ------------------------------------------------------------------------


def random_deep(layer_dims, seed=0):
    rng = np.random.default_rng(seed)
    p = initialize_parameters_deep(layer_dims, "xavier", seed=seed)
    for key in p:
        if key[0] == "b":
            p[key] = rng.normal(scale=0.5, size=p[key].shape)
    return p


@pytest.mark.parametrize("L", range(1, 7))
@pytest.mark.parametrize("activation", ACTIVATION_NAMES)
def test_every_gradient_matches_finite_differences(L, activation):
    dims = [2, 5, 4, 3, 4, 3][:L] + [1]
    check = deep_gradient_check(random_deep(dims, L), X, Y, activation)
    assert check.difference < 1e-7, check.differences
    for key, exact in check.analytic.items():  # tiny ones (vanishing) meet J's ~1e-9 rounding
        np.testing.assert_allclose(check.numerical[key], exact, rtol=1e-5, atol=5e-9, err_msg=key)


@pytest.mark.parametrize("L", [2, 4, 6])
def test_gradients_with_l2_and_a_fixed_dropout_mask_per_layer(L):
    dims = [2, 6, 5, 4, 5, 3][:L] + [1]
    rng = np.random.default_rng(L)
    masks = [dropout_mask((n, X.shape[1]), 0.7, rng) for n in dims[1:-1]]
    acts = ["tanh", "sigmoid", "leaky_relu", "tanh", "linear"][: L - 1]
    check = deep_gradient_check(random_deep(dims, L), X, Y, acts, lambd=0.7, keep_prob=0.7, masks=masks)
    assert check.difference < 1e-7, check.differences
    plain = deep_gradient_check(random_deep(dims, L), X, Y, acts)
    assert np.abs(check.analytic["dW1"] - plain.analytic["dW1"]).max() > 1e-3


def test_gradient_check_n_and_the_parameter_vector():
    p = random_deep([2, 4, 3, 1])
    theta = dictionary_to_vector(p)
    assert theta.shape == (4 * 2 + 4 + 3 * 4 + 3 + 3 + 1, 1)
    back = vector_to_dictionary(theta, p)
    assert all((back[k] == p[k]).all() for k in p)
    assert gradient_check_n(p, X, Y, "tanh") < 1e-7
    with pytest.raises(ValueError, match="fixed masks"):
        deep_gradient_check(p, X, Y, keep_prob=0.5)


def test_dropout_mask_in_the_cache_and_dA0_only_when_asked():
    p = random_deep([2, 4, 3, 1])
    AL, caches = L_model_forward(X, p, "relu", keep_prob=0.5, rng=np.random.default_rng(1))
    assert caches[0].D is not None and caches[1].D is not None and caches[2].D is None
    np.testing.assert_array_equal(caches[1].linear_cache[0], caches[0].A * caches[0].D / 0.5)
    grads = L_model_backward(AL, Y, caches)
    assert "dA0" not in grads and grads["dA1"].shape == (4, X.shape[1])
    dropped = caches[0].D == 0
    assert not grads["dA1"][dropped].any()  # the dropped units get no gradient
    assert L_model_backward(AL, Y, caches, return_dA0=True)["dA0"].shape == X.shape


# ---- the shallow network is the L = 2 case ------------------------------------------------------


@pytest.mark.parametrize("activation", ACTIVATION_NAMES)
def test_two_layer_names_are_the_L2_case(activation):
    p = initialize_parameters(2, 4, scheme="xavier", seed=4)
    assert all((p[k] == v).all() for k, v in initialize_parameters_deep([2, 4, 1], "xavier", seed=4).items())
    A2, cache = forward_propagation(X, p, activation)
    AL, caches = L_model_forward(X, p, activation)
    np.testing.assert_array_equal(A2, AL)
    grads = backward_propagation(p, cache, X, Y, activation, lambd=0.3)
    deep = L_model_backward(AL, Y, caches, lambd=0.3)
    for k, v in grads.items():
        np.testing.assert_allclose(v, deep[k], rtol=1e-12, atol=1e-15)


def test_costs_are_finite_at_zero_and_one_and_l2_adds_every_layer():
    AL, Yc = np.array([[0.0, 1.0, 1.0]]), np.array([[1.0, 0.0, 1.0]])
    assert np.isfinite(compute_cost(AL, Yc))
    p = {"W1": np.ones((2, 2)), "b1": np.zeros((2, 1)), "W2": np.full((1, 2), 2.0), "b2": np.zeros((1, 1)),
         "W3": np.ones((1, 1)), "b3": np.zeros((1, 1))}  # fmt: skip
    AL = np.array([[0.3, 0.6, 0.9]])
    extra = compute_cost_with_regularization(AL, Yc, p, 0.6) - compute_cost(AL, Yc)
    assert extra == pytest.approx(0.6 / 6 * (4 + 8 + 1))


@pytest.mark.parametrize("scheme", ["zeros", "constant"])
@pytest.mark.parametrize("activation", ["tanh", "sigmoid", "relu"])
def test_symmetric_deep_start_keeps_every_layer_s_units_identical(scheme, activation):
    dims = [2, 7, 5, 6, 1]
    p = initialize_parameters_deep(dims, scheme, constant=0.3)
    for _ in range(300):
        AL, caches = L_model_forward(X_ALL, p, activation)
        p = update_parameters(p, L_model_backward(AL, Y_ALL, caches), 0.5)
    for l in range(1, len(dims)):
        W = p[f"W{l}"]
        assert (W[0] == W).all() and (p[f"b{l}"] == p[f"b{l}"][0]).all(), l
        assert (W[:, :1] == W).all() or l == 1, l  # outgoing weights of the units below, too
    if scheme == "constant" and activation != "relu":
        assert np.abs(p["W1"] - 0.3).max() > 1e-4  # they did move


def test_he_and_large_scales_and_bad_input():
    p = initialize_parameters_deep([500, 400, 1], "he", seed=1)
    assert np.std(p["W1"]) == pytest.approx(np.sqrt(2 / 500), rel=0.05)
    assert np.std(initialize_parameters_deep([500, 400, 1], "large")["W1"]) == pytest.approx(10, rel=0.05)
    with pytest.raises(ValueError, match="unknown initialization"):
        initialize_parameters_deep([2, 3, 1], "ones")
    with pytest.raises(ValueError, match="one entry per hidden layer"):
        L_model_forward(X, random_deep([2, 3, 3, 1]), ["tanh"])


def test_diagnostics_norms_and_fixed_histograms():
    p = random_deep([2, 6, 4, 1])
    AL, caches = L_model_forward(X_ALL, p, ["tanh", "relu"])
    grads = L_model_backward(AL, Y_ALL, caches)
    d = layer_diagnostics(p, grads, caches)
    assert d.dW_norms.shape == d.W_norms.shape == (3,)
    assert d.dW_norms[1] == pytest.approx(np.linalg.norm(grads["dW2"]))
    assert d.histograms.shape == (3, 20) and np.allclose(d.histograms.sum(axis=1), 1.0)
    assert d.edges[0, 0] == -1.0 and d.edges[0, -1] == 1.0  # tanh's range
    assert d.edges[2, 0] == 0.0 and d.edges[2, -1] == 1.0  # the sigmoid output
    assert (predict(X_ALL, p, ["tanh", "relu"]) == (AL > 0.5)).all()


def test_without_hidden_dA_the_1_over_m_is_taken_once_and_nothing_else_changes():
    p = random_deep([2, 5, 4, 1])
    masks = [dropout_mask((n, X.shape[1]), 0.8, np.random.default_rng(n)) for n in (5, 4)]
    AL, caches = L_model_forward(X, p, ["tanh", "relu"], keep_prob=0.8, masks=masks)
    full = L_model_backward(AL, Y, caches, lambd=0.3)
    lean = L_model_backward(AL, Y, caches, lambd=0.3, hidden_dA=False)
    assert sorted(lean) == sorted(k for k in full if not k.startswith("dA"))
    for k, v in lean.items():
        np.testing.assert_allclose(v, full[k], rtol=1e-12, atol=1e-16)
    np.testing.assert_allclose(
        L_model_backward(AL, Y, caches, hidden_dA=False, return_dA0=True)["dA0"],
        L_model_backward(AL, Y, caches, return_dA0=True)["dA0"], rtol=1e-12, atol=1e-16,
    )  # fmt: skip
    with pytest.raises(ValueError, match="intermediates"):
        L_model_backward(AL, Y, caches, hidden_dA=False, intermediates={})
