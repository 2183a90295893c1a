"""The course's circles and moons against scikit-learn itself (a test-only dependency)."""

import numpy as np
import pytest

from core.course_data import load_circles_course, load_moons_course, make_circles, make_moons
from core.datasets import make_dataset

datasets = pytest.importorskip("sklearn.datasets")


def _course(make, seed, **kw):
    """What the course's notebook did: seed the legacy global state, call sklearn, transpose."""
    np.random.seed(seed)
    X, y = make(**kw)
    return X.T, y.reshape(1, -1).astype(float)


def test_circles_are_the_initialization_assignment_s_point_for_point():
    train_X, train_Y, test_X, test_Y = load_circles_course()
    ref = _course(datasets.make_circles, 1, n_samples=300, noise=0.05)
    np.testing.assert_array_equal(train_X, ref[0])
    np.testing.assert_array_equal(train_Y, ref[1])
    ref = _course(datasets.make_circles, 2, n_samples=100, noise=0.05)
    np.testing.assert_array_equal(test_X, ref[0])
    np.testing.assert_array_equal(test_Y, ref[1])
    X, Y = make_dataset("circles (course)", 300, 0.05, 1)
    np.testing.assert_array_equal(X, train_X)
    np.testing.assert_array_equal(Y, train_Y)


def test_moons_are_the_optimization_assignment_s_point_for_point():
    X, Y = load_moons_course()
    ref = _course(datasets.make_moons, 3, n_samples=300, noise=0.2)
    np.testing.assert_array_equal(X, ref[0])
    np.testing.assert_array_equal(Y, ref[1])
    np.testing.assert_array_equal(make_dataset("moons (course)", 300, 0.2, 3)[0], X)


@pytest.mark.parametrize("m", [4, 7, 101])
def test_other_sizes_and_seeds_follow_scikit_learn_too(m):
    for make, ours in ((datasets.make_circles, make_circles), (datasets.make_moons, make_moons)):
        X, y = make(n_samples=m, noise=0.3, random_state=np.random.RandomState(m))
        Xo, Yo = ours(m, 0.3, m)
        np.testing.assert_array_equal(Xo, X.T)
        np.testing.assert_array_equal(Yo[0], y)


def test_the_global_random_state_is_left_alone():
    np.random.seed(5)
    before = np.random.random(3)
    np.random.seed(5)
    load_circles_course()
    load_moons_course()
    np.testing.assert_array_equal(np.random.random(3), before)
