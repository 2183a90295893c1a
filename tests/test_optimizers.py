"""The optimizers against the course's update formulas, written out by hand."""

import numpy as np
import pytest

from core.optimizers import OPTIMIZER_NAMES, Adam, make_optimizer


def test_gradient_descent_step_is_exactly_w_minus_alpha_dw():
    opt = make_optimizer("gd", 0.37)
    theta, dtheta = np.array([1.25, -0.5]), np.array([0.3, -2.0])
    new = opt.update(theta, dtheta)
    np.testing.assert_array_equal(new, theta - 0.37 * dtheta)
    np.testing.assert_array_equal(theta, [1.25, -0.5])  # the input is left alone


def test_momentum_follows_the_exponentially_weighted_average():
    beta, alpha = 0.8, 0.1
    opt = make_optimizer("momentum", alpha, beta1=beta)
    theta, v = np.array([0.0, 0.0]), np.zeros(2)
    for g in ([1.0, 2.0], [0.5, -1.0], [-0.2, 0.3]):
        g = np.array(g)
        v = beta * v + (1 - beta) * g
        expected = theta - alpha * v
        theta = opt.update(theta, g)
        np.testing.assert_allclose(theta, expected, rtol=1e-15)


def test_rmsprop_divides_by_the_root_mean_square():
    beta2, alpha, eps = 0.9, 0.01, 1e-8
    opt = make_optimizer("rmsprop", alpha, beta_rmsprop=beta2)
    theta, s = np.array([1.0, 1.0]), np.zeros(2)
    for g in ([1.0, 100.0], [2.0, -50.0]):
        g = np.array(g)
        s = beta2 * s + (1 - beta2) * g**2
        expected = theta - alpha * g / (np.sqrt(s) + eps)
        theta = opt.update(theta, g)
        np.testing.assert_allclose(theta, expected, rtol=1e-14)


def test_adam_bias_correction_matches_the_course_formulas():
    b1, b2, alpha, eps = 0.9, 0.999, 0.05, 1e-8
    opt = make_optimizer("adam", alpha, beta1=b1, beta2=b2, epsilon=eps)
    theta, v, s = np.array([2.0, -1.0]), np.zeros(2), np.zeros(2)
    for t, g in enumerate(([0.4, -3.0], [0.1, 1.0], [-0.6, 0.2]), start=1):
        g = np.array(g)
        v = b1 * v + (1 - b1) * g
        s = b2 * s + (1 - b2) * g**2
        v_corr, s_corr = v / (1 - b1**t), s / (1 - b2**t)
        expected = theta - alpha * v_corr / (np.sqrt(s_corr) + eps)
        theta = opt.update(theta, g)
        np.testing.assert_allclose(theta, expected, rtol=1e-14)
    assert opt.t == 3


def test_adam_first_step_is_alpha_per_coordinate_thanks_to_bias_correction():
    opt = Adam(0.1)
    new = opt.update(np.zeros(2), np.array([1e-3, -50.0]))
    np.testing.assert_allclose(new, [-0.1, 0.1], rtol=1e-4)


@pytest.mark.parametrize("name", OPTIMIZER_NAMES)
def test_every_optimizer_shares_one_interface_and_descends(name):
    opt = make_optimizer(name, 0.05)
    theta = np.array([3.0, -2.0])
    for _ in range(300):  # J = |theta|^2 / 2, gradient theta
        theta = opt.update(theta, theta)
    assert np.linalg.norm(theta) < 1.0


def test_unknown_optimizer_raises():
    with pytest.raises(ValueError):
        make_optimizer("newton", 1.0)
