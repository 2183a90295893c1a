"""Data sets: the course's flower exactly, the others' shapes, balance and determinism."""

import numpy as np
import pytest

from core.datasets import DATASET_NAMES, flower, make_dataset, train_test_split


def course_load_planar_dataset():
    """The course's generator, verbatim (legacy global random state seeded with 1)."""
    np.random.seed(1)
    m, N, D, a = 400, 200, 2, 4
    X = np.zeros((m, D))
    Y = np.zeros((m, 1), dtype="uint8")
    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + np.random.randn(N) * 0.2
        r = a * np.sin(4 * t) + np.random.randn(N) * 0.2
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j
    return X.T, Y.T


def test_flower_equals_the_course_generator():
    X_ref, Y_ref = course_load_planar_dataset()
    X, Y = flower()
    assert X.shape == (2, 400) and Y.shape == (1, 400) and X.dtype == np.float64
    np.testing.assert_array_equal(X, X_ref)
    np.testing.assert_array_equal(Y, Y_ref)


def test_flower_neither_disturbs_nor_depends_on_global_random_state():
    np.random.seed(123)
    before = np.random.random(3)
    np.random.seed(123)
    X1, _ = flower()
    after = np.random.random(3)
    np.testing.assert_array_equal(before, after)
    np.random.seed(999)
    X2, _ = flower()
    np.testing.assert_array_equal(X1, X2)


@pytest.mark.parametrize("name", DATASET_NAMES)
@pytest.mark.parametrize("m", [4, 101, 400])
def test_every_dataset_shape_balance_and_labels(name, m):
    X, Y = make_dataset(name, m, 0.2, seed=7)
    assert X.shape == (2, m) and Y.shape == (1, m)
    assert X.dtype == np.float64 and np.isfinite(X).all()
    assert set(np.unique(Y)) == {0.0, 1.0}
    assert abs(Y.sum() - m / 2) <= 0.5


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_same_seed_same_data_other_seed_other_data(name):
    X1, Y1 = make_dataset(name, 200, 0.2, seed=5)
    X2, Y2 = make_dataset(name, 200, 0.2, seed=5)
    X3, _ = make_dataset(name, 200, 0.2, seed=6)
    np.testing.assert_array_equal(X1, X2)
    np.testing.assert_array_equal(Y1, Y2)
    assert not np.array_equal(X1, X3)


def test_noise_zero_is_noiseless_and_noise_spreads_points():
    X0, _ = make_dataset("circles", 200, 0.0, seed=1)
    radii = np.hypot(*X0[:, :100])
    np.testing.assert_allclose(radii, 3.0)
    X1, _ = make_dataset("circles", 200, 0.5, seed=1)
    assert np.std(np.hypot(*X1[:, :100])) > 0.2


def test_train_test_split_partitions_the_columns_reproducibly():
    X, Y = make_dataset("moons", 100, 0.1, seed=0)
    Xtr, Ytr, Xte, Yte = train_test_split(X, Y, 0.25, seed=4)
    assert Xtr.shape == (2, 75) and Xte.shape == (2, 25) and Yte.shape == (1, 25)
    together = np.hstack([Xtr, Xte])
    assert sorted(map(tuple, together.T)) == sorted(map(tuple, X.T))
    again = train_test_split(X, Y, 0.25, seed=4)
    np.testing.assert_array_equal(again[2], Xte)
    assert train_test_split(X, Y, 0.0, seed=4)[2].shape == (2, 0)


@pytest.mark.parametrize(
    ("args", "message"),
    [(("petals", 100, 0.1, 0), "unknown data set"), (("moons", 2, 0.1, 0), "number of points"),
     (("moons", 100, -1.0, 0), "noise"), (("moons", 100, float("nan"), 0), "noise")],
)  # fmt: skip
def test_bad_dataset_arguments_raise_clear_errors(args, message):
    with pytest.raises(ValueError, match=message):
        make_dataset(*args)
