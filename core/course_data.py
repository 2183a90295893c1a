"""The course's circles and moons, point for point, without scikit-learn and without global state.

Course 2's initialization assignment ran np.random.seed(1) then sklearn's
make_circles(n_samples=300, noise=.05) for training, np.random.seed(2) and 100 samples for
the test set; the optimization assignment ran np.random.seed(3) then make_moons(n_samples=300,
noise=.2). scikit-learn draws from numpy's legacy global RandomState when given no
random_state, so a private RandomState(seed) replays the same numbers. The two
generators below are scikit-learn's algorithms (tests/test_course_data.py holds them to
scikit-learn itself): place the points, shuffle them with the generator, add Gaussian noise.
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray


def _halves(m: int) -> tuple[int, int]:
    """How many points of the m the outer class (0) and the inner class (1) get."""
    return m // 2, m - m // 2


def _finish(outer: Array, inner: Array, noise: float | None, seed: int):
    """Stack class 0 then class 1, shuffle (sklearn.utils.shuffle), then add N(0, noise^2).

    outer, inner are (n, 2) points; the draws come from RandomState(seed), in sklearn's order.
    Returns X (2, m) float64, Y (1, m) float64 of 0/1.
    """
    rs = np.random.RandomState(seed)
    points = np.vstack([outer, inner])
    y = np.hstack([np.zeros(len(outer)), np.ones(len(inner))])
    order = np.arange(len(points))
    rs.shuffle(order)
    X, y = points[order], y[order]
    if noise is not None:
        X = X + rs.normal(scale=noise, size=X.shape)
    return np.ascontiguousarray(X.T), y.reshape(1, -1)


def make_circles(m: int = 100, noise: float | None = None, seed: int = 0, factor: float = 0.8):
    """sklearn.datasets.make_circles(m, noise=noise, random_state=RandomState(seed)), course layout.

    Class 0 on the unit circle, class 1 on the circle of radius `factor` inside it.
    Returns X (2, m) float64, Y (1, m) float64 of 0/1.
    """
    n_out, n_in = _halves(m)
    t_out = np.linspace(0, 2 * np.pi, n_out, endpoint=False)
    t_in = np.linspace(0, 2 * np.pi, n_in, endpoint=False)
    outer = np.column_stack([np.cos(t_out), np.sin(t_out)])
    inner = np.column_stack([np.cos(t_in) * factor, np.sin(t_in) * factor])
    return _finish(outer, inner, noise, seed)


def make_moons(m: int = 100, noise: float | None = None, seed: int = 0):
    """sklearn.datasets.make_moons(m, noise=noise, random_state=RandomState(seed)), course layout.

    Class 0 on the upper half circle, class 1 on the lower one shifted right by 1 and up by 0.5.
    Returns X (2, m) float64, Y (1, m) float64 of 0/1.
    """
    n_out, n_in = _halves(m)
    t_out = np.linspace(0, np.pi, n_out)
    t_in = np.linspace(0, np.pi, n_in)
    outer = np.column_stack([np.cos(t_out), np.sin(t_out)])
    inner = np.column_stack([1 - np.cos(t_in), 1 - np.sin(t_in) - 0.5])
    return _finish(outer, inner, noise, seed)


def load_circles_course() -> tuple[Array, Array, Array, Array]:
    """The initialization assignment's data: train (seed 1, 300 points), test (seed 2, 100 points).

    Returns
    -------
    train_X (2, 300), train_Y (1, 300), test_X (2, 100), test_Y (1, 100)
    """
    return (*make_circles(300, 0.05, 1), *make_circles(100, 0.05, 2))


def load_moons_course() -> tuple[Array, Array]:
    """The optimization assignment's data: make_moons(300, noise=.2) after np.random.seed(3)."""
    return make_moons(300, 0.2, 3)


# The held-out sets the course drew for its data sets (by registry name).
COURSE_TEST_SETS = {"circles (course)": lambda: make_circles(100, 0.05, 2)}
