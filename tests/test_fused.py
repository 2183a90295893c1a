"""The fused hot path computes exactly the course's step (core.network), to rounding."""

import numpy as np
import pytest

from core.activations import ACTIVATION_NAMES
from core.datasets import flower
from core.fused import FusedNetwork, augment
from core.network import (
    backward_propagation,
    compute_cost,
    dropout_mask,
    forward_propagation,
    initialize_parameters,
    update_parameters,
)

X, Y = flower()


def reference_step(p, activation, alpha, lambd=0.0, keep_prob=1.0, D1=None, slope=0.01):
    A2, cache = forward_propagation(X, p, activation, keep_prob, D1=D1, leaky_slope=slope)
    cost = compute_cost(A2, Y, p, lambd, Z2=cache["Z2"])
    grads = backward_propagation(p, cache, X, Y, activation, lambd, keep_prob, slope)
    return update_parameters(p, grads, alpha), cost


def assert_same(fused, p):
    for k, v in fused.parameters().items():
        np.testing.assert_allclose(v, p[k], rtol=1e-10, atol=1e-12, err_msg=k)


@pytest.mark.parametrize("activation", ACTIVATION_NAMES)
@pytest.mark.parametrize("lambd", [0.0, 0.5])
def test_fused_steps_equal_the_course_functions(activation, lambd):
    p = initialize_parameters(2, 5, scheme="xavier", seed=4)
    fused = FusedNetwork(p, activation, 0.05)
    Xa = augment(X)
    for _ in range(20):
        cost = fused.step(Xa, Y, 0.3, lambd)
        p, expected = reference_step(p, activation, 0.3, lambd, slope=0.05)
        assert cost == pytest.approx(expected, rel=1e-12)
    assert_same(fused, p)


def test_fused_dropout_with_a_fixed_mask_equals_the_course_functions():
    p = initialize_parameters(2, 6, scheme="xavier", seed=1)
    fused = FusedNetwork(p, "tanh")
    D1 = dropout_mask((6, X.shape[1]), 0.7, np.random.default_rng(2))
    cost = fused.step(augment(X), Y, 0.5, keep_prob=0.7, D1=D1.astype(bool))
    p, expected = reference_step(p, "tanh", 0.5, keep_prob=0.7, D1=D1)
    assert cost == pytest.approx(expected, rel=1e-12)
    assert_same(fused, p)


def test_a_non_finite_step_is_refused_and_the_parameters_kept():
    p = initialize_parameters(2, 3, scheme="constant", constant=1e200)
    fused = FusedNetwork(p, "linear")
    before = fused.parameters()
    with np.errstate(all="ignore"):
        assert np.isnan(fused.step(augment(X), Y, 10.0))
    for k, v in fused.parameters().items():
        np.testing.assert_array_equal(v, before[k])
