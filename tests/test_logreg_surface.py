"""J(theta) over two parameters: grid vs direct sums, gradients vs finite differences, convexity."""

import numpy as np
import pytest

from core import logreg_surface as ls

CASES = [(mode, loss) for mode in ls.MODES for loss in ls.LOSSES]


def direct_cost(problem, theta):
    """J by the course's formula, one example at a time, from a = sigmoid(z) (no shortcuts)."""
    total = 0.0
    for k in range(problem.m):
        z = theta[0] * problem.U[0, k] + theta[1] * problem.U[1, k] + problem.offset
        a, one_minus_a = 1.0 / (1.0 + np.exp(-z)), 1.0 / (1.0 + np.exp(z))  # each accurate
        y = problem.Y[0, k]
        if problem.loss == "cross_entropy":
            total += -(y * np.log(a) + (1 - y) * np.log(one_minus_a))
        else:
            total += 0.5 * (a - y) ** 2
    return total / problem.m


def numeric_gradient(problem, theta, eps=1e-6):
    g = np.zeros(2)
    for i in range(2):
        e = np.zeros(2)
        e[i] = eps
        g[i] = (ls.cost(problem, theta + e) - ls.cost(problem, theta - e)) / (2 * eps)
    return g


@pytest.mark.parametrize(("mode", "loss"), CASES)
def test_cost_grid_equals_the_direct_per_point_sum(mode, loss):
    problem = ls.make_problem(mode, loss, m=40)
    p1, p2 = np.linspace(-3, 4, 150), np.linspace(-2.5, 2.5, 151)
    J = ls.cost_grid(problem, p1, p2)
    assert J.shape == (151, 150)
    rng = np.random.default_rng(0)
    for i, j in zip(rng.integers(0, 151, 12), rng.integers(0, 150, 12), strict=True):
        assert J[i, j] == pytest.approx(direct_cost(problem, (p1[j], p2[i])), rel=1e-10)


@pytest.mark.parametrize(("mode", "loss"), CASES)
def test_cost_grid_is_finite_far_from_the_minimum(mode, loss):
    problem = ls.make_problem(mode, loss)
    far = np.linspace(-1e4, 1e4, 150)
    J = ls.cost_grid(problem, far, far)
    assert np.all(np.isfinite(J))
    g = ls.gradient(problem, np.array([1e4, -1e4]))
    assert np.all(np.isfinite(g))


def test_cost_grid_chunking_does_not_change_the_result(monkeypatch):
    problem = ls.make_problem("w_b", "cross_entropy", m=30)
    p = np.linspace(-5, 5, 160)
    whole = ls.cost_grid(problem, p, p)
    monkeypatch.setattr(ls, "CHUNK_ELEMENTS", 1000)
    np.testing.assert_allclose(ls.cost_grid(problem, p, p), whole, rtol=1e-14)


@pytest.mark.parametrize(("mode", "loss"), CASES)
@pytest.mark.parametrize("normalize", [False, True])
def test_analytic_gradient_matches_finite_differences(mode, loss, normalize):
    problem = ls.make_problem(mode, loss, normalize=normalize)
    for theta in ([0.0, 0.0], [-3.0, 2.5], [1.7, -0.4], [4.0, 3.0]):
        theta = np.array(theta)
        exact = ls.gradient(problem, theta)
        approx = numeric_gradient(problem, theta)
        diff = np.linalg.norm(approx - exact) / (np.linalg.norm(approx) + np.linalg.norm(exact))
        assert diff < 1e-7, (theta, exact, approx)


def test_one_feature_gradient_is_the_course_dw_db():
    problem = ls.make_problem("w_b", "cross_entropy")
    X, Y = problem.U[:1], problem.Y
    w, b = 0.7, -0.3
    A = 1 / (1 + np.exp(-(w * X + b)))
    dZ = A - Y
    dw, db = (X @ dZ.T / problem.m).item(), float(np.sum(dZ) / problem.m)
    np.testing.assert_allclose(ls.gradient(problem, np.array([w, b])), [dw, db], rtol=1e-12)


@pytest.mark.parametrize(("mode", "loss"), CASES)
def test_hessian_matches_finite_differences_of_the_gradient(mode, loss):
    problem = ls.make_problem(mode, loss)
    theta, eps = np.array([0.8, -0.6]), 1e-6
    H = ls.hessian(problem, theta)
    for i in range(2):
        e = np.zeros(2)
        e[i] = eps
        col = (ls.gradient(problem, theta + e) - ls.gradient(problem, theta - e)) / (2 * eps)
        np.testing.assert_allclose(H[:, i], col, rtol=1e-5, atol=1e-9)


def _grid_samples(n=25):
    g = np.linspace(-8, 8, n)
    return [np.array([a, b]) for a in g for b in g]


@pytest.mark.parametrize("mode", ls.MODES)
def test_cross_entropy_surface_is_convex(mode):
    problem = ls.make_problem(mode, "cross_entropy")
    smallest = min(np.linalg.eigvalsh(ls.hessian(problem, t))[0] for t in _grid_samples())
    assert smallest >= -1e-12


@pytest.mark.parametrize("mode", ls.MODES)
def test_squared_error_surface_is_not_convex(mode):
    problem = ls.make_problem(mode, "squared_error")
    eigs = [(np.linalg.eigvalsh(ls.hessian(problem, t))[0], t) for t in _grid_samples()]
    value, theta = min(eigs, key=lambda e: e[0])
    assert value < -1e-3
    # And the chord test agrees: J lies above the chord somewhere (a convex J never does).
    v = np.linalg.eigh(ls.hessian(problem, theta))[1][:, 0]
    mid = ls.cost(problem, theta)
    ends = ls.cost(problem, theta - 0.5 * v) + ls.cost(problem, theta + 0.5 * v)
    assert mid > ends / 2


def test_normalizing_inputs_rounds_the_bowl():
    raw = ls.make_problem("w1_w2", "cross_entropy")
    norm = ls.make_problem("w1_w2", "cross_entropy", normalize=True)
    X = norm.U
    np.testing.assert_allclose(X.mean(axis=1), 0.0, atol=1e-12)
    np.testing.assert_allclose(X.std(axis=1), 1.0, rtol=1e-12)
    assert np.ptp(raw.U[1]) > 4 * np.ptp(raw.U[0])  # features on very different scales

    def condition_at_minimum(problem):
        theta = np.zeros(2)
        for _ in range(30):  # Newton's method: J is convex, H positive definite
            theta = theta - np.linalg.solve(ls.hessian(problem, theta), ls.gradient(problem, theta))
        return np.linalg.cond(ls.hessian(problem, theta))

    assert condition_at_minimum(raw) > 50
    assert condition_at_minimum(norm) < 3


def test_data_is_seeded_and_separation_separates():
    a = ls.make_data_1d(100, 2.0, 1.0, seed=3)
    b = ls.make_data_1d(100, 2.0, 1.0, seed=3)
    np.testing.assert_array_equal(a[0], b[0])
    for sep in (0.5, 3.0):
        X, Y = ls.make_data_1d(400, sep, 0.5, seed=1)
        gap = X[Y == 1].mean() - X[Y == 0].mean()
        assert gap == pytest.approx(sep, abs=0.15)
    X2, Y2 = ls.make_data_2d(100, 2.0, 1.0, seed=1)
    assert X2.shape == (2, 100) and set(np.unique(Y2)) == {0.0, 1.0}


def test_unknown_names_raise():
    with pytest.raises(ValueError):
        ls.make_problem("w_b", "hinge")
    with pytest.raises(ValueError):
        ls.make_problem("w3", "cross_entropy")
