"""The gradient-descent lesson's contour lines: each segment lies on its level, in data coordinates."""

import numpy as np

from visualizer.lessons.gradient_descent.cost_levels import contour_segments


def test_contour_segments_of_a_bowl_are_circles_in_data_coordinates():
    xs, ys = np.linspace(-3.0, 5.0, 161), np.linspace(-4.0, 4.0, 121)  # not square, not centred
    X, Y = np.meshgrid(xs, ys)
    J = (X - 1.0) ** 2 + Y**2
    points = contour_segments(J, xs, ys, np.array([1.0, 4.0]))
    assert len(points) % 2 == 0 and np.all(np.isfinite(points))
    radius = np.hypot(points[:, 0] - 1.0, points[:, 1])
    on_one = np.abs(radius - 1.0) < 0.01
    on_two = np.abs(radius - 2.0) < 0.01
    assert np.all(on_one | on_two)  # linear interpolation on a 0.05 grid: within a hundredth
    assert on_one.sum() > 50 and on_two.sum() > 100  # both circles are drawn all round


def test_contour_segments_follow_an_uneven_grid():
    xs = np.array([0.0, 1.0, 3.0, 7.0])  # cells of different widths
    ys = np.array([0.0, 1.0])
    J = np.tile(xs, (2, 1))  # J = x: the level 2 is the vertical line x = 2
    points = contour_segments(J, xs, ys, np.array([2.0]))
    np.testing.assert_allclose(points[:, 0], 2.0)
    np.testing.assert_allclose(sorted(points[:, 1]), [0.0, 1.0])


def test_a_level_outside_the_values_draws_nothing():
    J = np.arange(12.0).reshape(3, 4)
    assert contour_segments(J, np.arange(4.0), np.arange(3.0), np.array([50.0])).shape == (0, 2)
