"""2-D binary data sets for the lessons: the course's flower, circles and moons and five shapes, by name.

Every generator returns X of shape (2, m) float64 (one column per example) and Y of
shape (1, m) with values 0.0/1.0, the course's layout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core import course_data

Array = np.ndarray
Generator = Callable[[int, float, np.random.Generator], tuple[Array, Array]]


def flower(m: int = 400, seed: int = 1, noise: float = 0.2) -> tuple[Array, Array]:
    """The course's planar "flower" (load_planar_dataset), reproduced number for number.

    The course seeds numpy's legacy global state with np.random.seed(1) and draws with
    np.random.randn; a private RandomState(seed) yields the same sequence without
    touching (or depending on) the global state.

    Returns
    -------
    X : (2, m) float64,  Y : (1, m) float64 of 0/1; the first ceil(m/2) columns are class 0.
    """
    _check_m(m)
    rs = np.random.RandomState(seed)
    sizes = _class_sizes(m)  # course: m = 400, N = m/2 = 200 per class
    a = 4  # maximum ray of the flower
    X = np.zeros((m, 2))
    Y = np.zeros((m, 1))
    start = 0
    for j, N in enumerate(sizes):
        ix = range(start, start + N)
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + rs.randn(N) * noise  # theta
        r = a * np.sin(4 * t) + rs.randn(N) * noise  # radius
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j
        start += N
    return X.T.copy(), Y.T.copy()


def _class_sizes(m: int) -> tuple[int, int]:
    return m - m // 2, m // 2


def _stack(X0: Array, X1: Array) -> tuple[Array, Array]:
    """Join class-0 points (n0, 2) and class-1 points (n1, 2) into X (2, m), Y (1, m)."""
    X = np.vstack([X0, X1]).T
    Y = np.concatenate([np.zeros(len(X0)), np.ones(len(X1))])[np.newaxis, :]
    return np.ascontiguousarray(X, dtype=float), Y


def _moons(m: int, noise: float, rng: np.random.Generator) -> tuple[Array, Array]:
    """Two interleaving half circles."""
    n0, n1 = _class_sizes(m)
    t0 = np.linspace(0, np.pi, n0)
    t1 = np.linspace(0, np.pi, n1)
    X0 = np.c_[np.cos(t0), np.sin(t0)]
    X1 = np.c_[1 - np.cos(t1), 0.5 - np.sin(t1)]
    X, Y = _stack(X0, X1)
    X = (X - [[0.5], [0.25]]) * 2.0
    return X + rng.normal(0, noise, X.shape), Y


def _circles(m: int, noise: float, rng: np.random.Generator) -> tuple[Array, Array]:
    """A ring (class 0) around a disc (class 1)."""
    n0, n1 = _class_sizes(m)
    t0 = rng.uniform(0, 2 * np.pi, n0)
    t1 = rng.uniform(0, 2 * np.pi, n1)
    X0 = 3.0 * np.c_[np.cos(t0), np.sin(t0)]
    X1 = 1.2 * np.c_[np.cos(t1), np.sin(t1)] * np.sqrt(rng.uniform(0, 1, n1))[:, None]
    X, Y = _stack(X0, X1)
    return X + rng.normal(0, noise, X.shape), Y


def _xor(m: int, noise: float, rng: np.random.Generator) -> tuple[Array, Array]:
    """Four quadrants: class 1 where x1 and x2 have the same sign."""
    n0, n1 = _class_sizes(m)
    sign0 = rng.choice([-1.0, 1.0], n0)
    sign1 = rng.choice([-1.0, 1.0], n1)
    X0 = rng.uniform(0.3, 3.5, (n0, 2)) * np.c_[sign0, -sign0]
    X1 = rng.uniform(0.3, 3.5, (n1, 2)) * np.c_[sign1, sign1]
    X, Y = _stack(X0, X1)
    return X + rng.normal(0, noise, X.shape), Y


def _blobs(m: int, noise: float, rng: np.random.Generator) -> tuple[Array, Array]:
    """Two Gaussian blobs; noise widens them until they overlap."""
    n0, n1 = _class_sizes(m)
    spread = 0.6 + 2.0 * noise
    X0 = rng.normal([-1.5, -1.5], spread, (n0, 2))
    X1 = rng.normal([1.5, 1.5], spread, (n1, 2))
    return _stack(X0, X1)


def _spiral(m: int, noise: float, rng: np.random.Generator) -> tuple[Array, Array]:
    """Two interleaved spirals (the hardest shape for a small net)."""
    n0, n1 = _class_sizes(m)

    def arm(n: int, phase: float) -> Array:
        r = np.linspace(0.2, 4.0, n)
        t = 1.75 * r + phase
        return np.c_[r * np.sin(t), r * np.cos(t)]

    X, Y = _stack(arm(n0, 0.0), arm(n1, np.pi))
    return X + rng.normal(0, noise, X.shape), Y


def _seeded(generator: Generator) -> Callable[[int, float, int], tuple[Array, Array]]:
    """Adapt a (m, noise, rng) generator to (m, noise, seed) with a fresh default_rng(seed)."""
    return lambda m, noise, seed: generator(m, noise, np.random.default_rng(seed))


@dataclass(frozen=True)
class DatasetSpec:
    """A named generator, (m, noise, seed) -> (X, Y), with the noise that suits its shape."""

    make: Callable[[int, float, int], tuple[Array, Array]]
    default_noise: float
    max_noise: float


DATASETS: dict[str, DatasetSpec] = {
    # The flower is the one exception to default_rng: it replays the course's legacy sequence.
    "flower": DatasetSpec(lambda m, noise, seed: flower(m, seed, noise), 0.2, 1.0),
    "moons": DatasetSpec(_seeded(_moons), 0.2, 1.0),
    "circles": DatasetSpec(_seeded(_circles), 0.3, 1.5),
    "xor": DatasetSpec(_seeded(_xor), 0.2, 1.5),
    "blobs": DatasetSpec(_seeded(_blobs), 0.3, 1.5),
    "spiral": DatasetSpec(_seeded(_spiral), 0.15, 1.0),
    # Course 2's own sets, replayed from numpy's legacy sequence like the flower: with
    # m = 300 they are exactly the initialization assignment's circles (noise 0.05, seed 1)
    # and the optimization assignment's moons (noise 0.2, seed 3).
    "circles (course)": DatasetSpec(course_data.make_circles, 0.05, 0.5),
    "moons (course)": DatasetSpec(course_data.make_moons, 0.2, 1.0),
}
DATASET_NAMES: tuple[str, ...] = tuple(DATASETS)

from core.validation import M_MAX, M_MIN, CoreError  # noqa: E402  (the one source of ranges)


def _check_m(m: int) -> None:
    if not (M_MIN <= int(m) <= M_MAX):
        raise CoreError("data.m", lo=M_MIN, hi=M_MAX, value=m)


def make_dataset(name: str, m: int, noise: float, seed: int) -> tuple[Array, Array]:
    """Generate data set `name` with m points and the given noise, reproducibly from `seed`.

    The flower with seed 1 and noise 0.2 is exactly the course's set.

    Returns
    -------
    X : (2, m) float64,  Y : (1, m) float64 of 0/1
    """
    if name not in DATASETS:
        raise CoreError("data.unknown", name=name, choices=", ".join(DATASET_NAMES))
    _check_m(m)
    if not (np.isfinite(noise) and noise >= 0):
        raise CoreError("data.noise", value=noise)
    return DATASETS[name].make(int(m), float(noise), int(seed))


def train_test_split(X: Array, Y: Array, test_ratio: float, seed: int) -> tuple[Array, Array, Array, Array]:
    """Shuffle the columns with `seed` and hold out round(test_ratio*m) of them for testing.

    Returns
    -------
    X_train (2, m_train), Y_train (1, m_train), X_test (2, m_test), Y_test (1, m_test)
    """
    if not (0.0 <= test_ratio < 1.0):
        raise CoreError("data.test_ratio", value=test_ratio)
    m = X.shape[1]
    order = np.random.default_rng(seed).permutation(m)
    m_test = min(int(round(test_ratio * m)), m - 1)
    test, train = order[:m_test], order[m_test:]
    return X[:, train], Y[:, train], X[:, test], Y[:, test]


# The user's own data (CSV) shares this module's contract: X (2, m) float64, Y (1, m) of 0/1.
from core.csvdata import load_csv, save_csv  # noqa: E402, F401
