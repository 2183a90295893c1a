"""Activations against known values and finite differences."""

import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.activations import ACTIVATION_NAMES, get_activation, sigmoid, sigmoid_prime, tanh_prime

Z = np.linspace(-6, 6, 241)
Z = Z[np.abs(Z) > 1e-3]  # keep finite differences off ReLU's kink


@pytest.mark.parametrize("name", ACTIVATION_NAMES)
def test_derivative_matches_finite_differences(name):
    g, g_prime = get_activation(name)
    eps = 1e-6
    numeric = (g(Z + eps) - g(Z - eps)) / (2 * eps)
    np.testing.assert_allclose(g_prime(Z), numeric, atol=1e-8)


def test_course_landmarks():
    assert sigmoid_prime(0.0) == pytest.approx(0.25)
    assert tanh_prime(0.0) == pytest.approx(1.0)
    assert sigmoid(0.0) == 0.5
    relu, relu_prime = get_activation("relu")
    assert relu_prime(np.array([-1e-9, 0.0, 1e-9])).tolist() == [0.0, 0.0, 1.0]
    assert relu(np.array([-3.0, 2.0])).tolist() == [0.0, 2.0]


def test_known_values():
    np.testing.assert_allclose(sigmoid(np.array([-2.0, 2.0])), 1 / (1 + np.exp([2.0, -2.0])))
    leaky, leaky_prime = get_activation("leaky_relu")
    assert leaky(np.array([-2.0]))[0] == pytest.approx(-0.02)
    assert leaky_prime(np.array([-2.0]))[0] == pytest.approx(0.01)
    leaky3, leaky3_prime = get_activation("leaky_relu", slope=0.3)
    assert leaky3(np.array([-2.0]))[0] == pytest.approx(-0.6)
    assert leaky3_prime(np.array([-2.0, 5.0])).tolist() == [0.3, 1.0]
    linear, linear_prime = get_activation("linear")
    assert linear(np.array([-3.5]))[0] == -3.5 and linear_prime(np.array([7.0]))[0] == 1.0


def test_sigmoid_saturates_exactly_without_warnings():
    z = np.array([-1e4, -800.0, 800.0, 1e4])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        s = sigmoid(z)
        ds = sigmoid_prime(z)
    assert s.tolist() == [0.0, 0.0, 1.0, 1.0]
    assert ds.tolist() == [0.0, 0.0, 0.0, 0.0]


@given(st.floats(min_value=-1e4, max_value=1e4))
def test_sigmoid_is_a_probability_and_symmetric(z):
    s = sigmoid(np.array([z]))[0]
    assert 0.0 <= s <= 1.0
    assert s + sigmoid(np.array([-z]))[0] == pytest.approx(1.0, abs=1e-12)


def test_unknown_activation_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown activation 'swish'"):
        get_activation("swish")
