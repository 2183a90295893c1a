"""Logistic regression's cost as a surface over two parameters: J(w, b), or J(w1, w2) with b fixed.

Both modes are one model, z = theta_1 u_1 + theta_2 u_2 + c, with a design matrix U (2, m):
  1 feature:  U = [x; 1], c = 0        -> theta = (w, b)
  2 features: U = [x1; x2], c = b      -> theta = (w1, w2), b held fixed
so J, its gradient and its Hessian are written once (course notation, seeds/000 §2.5):
  a = sigmoid(z),  J = 1/m sum L(a, y),  dZ = dL/dz (1, m),  dtheta = U dZ^T / m (2,)
The 1-feature gradient is exactly the course's dw = X dZ^T / m, db = sum(dZ) / m.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.activations import sigmoid

Array = np.ndarray

LOSSES: tuple[str, ...] = ("cross_entropy", "squared_error")
MODES: tuple[str, ...] = ("w_b", "w1_w2")
PARAM_NAMES: dict[str, tuple[str, str]] = {"w_b": ("w", "b"), "w1_w2": ("w1", "w2")}
FEATURE_SCALE = 8.0  # x2 is this many times larger than x1 in the 2-feature mode
FEATURE_OFFSET = (1.0, 1.5)  # raw feature means (in units of each feature's own scale)
CHUNK_ELEMENTS = 131_072  # cost_grid's (rows, cols, m) buffers: 1 MB each, they stay in cache


def softplus(Z: Array) -> Array:
    """log(1 + e^z) = max(z, 0) + log1p(e^-|z|): np.logaddexp(0, z) without its cost (3x faster)."""
    return np.maximum(Z, 0.0) + np.log1p(np.exp(-np.abs(Z)))


def loss_terms(Z: Array, Y: Array, loss: str) -> tuple[Array, Array, Array]:
    """L, dL/dz and d2L/dz2 elementwise, finite for every finite z.

    cross_entropy:  L = -(y log a + (1-y) log(1-a)) = softplus(z) - y z   (from the logits)
                    dL/dz = a - y,  d2L/dz2 = a (1-a) >= 0   -> J is convex
    squared_error:  L = (a - y)^2 / 2
                    dL/dz = (a - y) a (1-a)
                    d2L/dz2 = a(1-a) [a(1-a) + (a-y)(1-2a)]   (can be < 0: not convex)
    """
    A = sigmoid(Z)
    s = A * (1.0 - A)  # sigma'(z)
    if loss == "cross_entropy":
        return softplus(Z) - Y * Z, A - Y, s
    if loss == "squared_error":
        r = A - Y
        return 0.5 * r * r, r * s, s * (s + r * (1.0 - 2.0 * A))
    raise ValueError(f"unknown loss {loss!r}; expected one of: {', '.join(LOSSES)}")


def loss_value(Z: Array, Y: Array, loss: str) -> Array:
    """L alone (what the cost surface needs), finite for every finite z."""
    if loss == "cross_entropy":
        return softplus(Z) - Y * Z  # from the logits: no log(0) anywhere
    if loss == "squared_error":
        r = 0.5 + 0.5 * np.tanh(0.5 * Z) - Y  # sigmoid(z) = (1 + tanh(z/2)) / 2, one pass
        return 0.5 * r * r
    raise ValueError(f"unknown loss {loss!r}; expected one of: {', '.join(LOSSES)}")


def make_data_1d(m: int, separation: float, noise: float, seed: int) -> tuple[Array, Array]:
    """One feature, two classes: x ~ N(0.5 -/+ separation/2, noise^2), half of each.

    Returns
    -------
    X : (1, m) float64,  Y : (1, m) of 0/1 (class 0 first)
    """
    rng = np.random.default_rng(seed)
    m0 = m - m // 2
    Y = np.r_[np.zeros(m0), np.ones(m // 2)][np.newaxis, :]
    centers = 0.5 + separation * (Y - 0.5)
    X = centers + noise * rng.standard_normal((1, m))
    return X, Y


def make_data_2d(m: int, separation: float, noise: float, seed: int) -> tuple[Array, Array]:
    """Two features on very different scales: x2 is FEATURE_SCALE times x1, both off-centre.

    The classes sit at +/- separation/2 along the diagonal of the unscaled plane, so both
    features matter; scaling x2 stretches the cost bowl into a long narrow valley.

    Returns
    -------
    X : (2, m) float64,  Y : (1, m) of 0/1
    """
    rng = np.random.default_rng(seed)
    m0 = m - m // 2
    Y = np.r_[np.zeros(m0), np.ones(m // 2)][np.newaxis, :]
    direction = np.array([[1.0], [1.0]]) / np.sqrt(2.0)
    T = direction * (separation * (Y - 0.5)) + noise * rng.standard_normal((2, m))
    offset = np.array([[FEATURE_OFFSET[0]], [FEATURE_OFFSET[1]]])
    scale = np.array([[1.0], [FEATURE_SCALE]])
    return scale * (T + offset), Y


def normalize_inputs(X: Array) -> Array:
    """X_std = (X - mu) / sigma per feature (seeds/003 "归一化输入"), population std."""
    mu = X.mean(axis=1, keepdims=True)
    sigma = X.std(axis=1, keepdims=True)
    return (X - mu) / np.where(sigma > 0, sigma, 1.0)


@dataclass(frozen=True)
class Problem:
    """The data and loss that define J(theta) for one mode: U (2, m), Y (1, m), offset c."""

    U: Array
    Y: Array
    offset: float
    loss: str
    names: tuple[str, str]

    @property
    def m(self) -> int:
        return self.Y.shape[1]


def make_problem(
    mode: str,
    loss: str,
    *,
    m: int = 100,
    separation: float = 2.0,
    noise: float = 1.0,
    seed: int = 1,
    normalize: bool = False,
    fixed_b: float = 0.0,
) -> Problem:
    """Build the data of `mode` and wrap it as a Problem (arrays read-only)."""
    if loss not in LOSSES:
        raise ValueError(f"unknown loss {loss!r}; expected one of: {', '.join(LOSSES)}")
    if mode == "w_b":
        X, Y = make_data_1d(m, separation, noise, seed)
        if normalize:
            X = normalize_inputs(X)
        U, offset = np.vstack([X, np.ones_like(X)]), 0.0
    elif mode == "w1_w2":
        X, Y = make_data_2d(m, separation, noise, seed)
        if normalize:
            X = normalize_inputs(X)
        U, offset = X, float(fixed_b)
    else:
        raise ValueError(f"unknown mode {mode!r}; expected one of: {', '.join(MODES)}")
    U, Y = np.ascontiguousarray(U, dtype=float), np.ascontiguousarray(Y, dtype=float)
    U.flags.writeable = Y.flags.writeable = False
    return Problem(U, Y, offset, loss, PARAM_NAMES[mode])


def _logits(problem: Problem, theta: Array) -> Array:
    """Z = theta^T U + c   (1, m)."""
    return np.asarray(theta, dtype=float).reshape(1, 2) @ problem.U + problem.offset


def cost(problem: Problem, theta: Array) -> float:
    """J(theta) = 1/m sum L(a, y)."""
    return float(np.mean(loss_value(_logits(problem, theta), problem.Y, problem.loss)))


def cost_and_gradient(problem: Problem, theta: Array) -> tuple[float, Array]:
    """J(theta) and dtheta = U dZ^T / m   (2,); analytic, no finite differences."""
    L, dZ, _ = loss_terms(_logits(problem, theta), problem.Y, problem.loss)
    return float(np.mean(L)), (problem.U @ dZ.T).ravel() / problem.m


def gradient(problem: Problem, theta: Array) -> Array:
    """dtheta (2,): (dw, db) in the 1-feature mode, (dw1, dw2) in the 2-feature mode."""
    return cost_and_gradient(problem, theta)[1]


def hessian(problem: Problem, theta: Array) -> Array:
    """H = U diag(d2L/dz2) U^T / m   (2, 2)."""
    _, _, D = loss_terms(_logits(problem, theta), problem.Y, problem.loss)
    return (problem.U * D) @ problem.U.T / problem.m


def cost_grid(problem: Problem, p1: Array, p2: Array) -> Array:
    """J at every (p1[j], p2[i]), vectorized over grid points and examples.

    Z[i, j, k] = p1[j] u1_k + p2[i] u2_k + c, computed a block of rows at a time in two
    reused buffers of at most CHUNK_ELEMENTS (they stay in cache; fresh 16 MB temporaries
    cost page faults: the first surface of a program took ~250 ms, now ~40).

    Returns
    -------
    J : (len(p2), len(p1)) float64, row-major: rows follow p2 (b or w2), columns p1.
    """
    p1, p2 = np.asarray(p1, dtype=float), np.asarray(p2, dtype=float)
    u1, u2, Y = problem.U[0], problem.U[1], problem.Y[0]
    J = np.empty((p2.size, p1.size))
    rows = max(1, min(p2.size, CHUNK_ELEMENTS // max(1, p1.size * problem.m)))
    base = p1[:, None] * u1[None, :] + problem.offset  # (cols, m)
    Z, T = np.empty((rows, p1.size, problem.m)), np.empty((rows, p1.size, problem.m))
    for start in range(0, p2.size, rows):
        block = p2[start : start + rows]
        z, t = Z[: block.size], T[: block.size]
        np.multiply(block[:, None, None], u2[None, None, :], out=z)
        z += base
        if problem.loss == "cross_entropy":
            _softplus_into(z, t)  # the -y z term is linear: added below, for all rows at once
        else:
            t[...] = loss_value(z, Y, problem.loss)
        J[start : start + rows] = t.mean(axis=2)
    if problem.loss == "cross_entropy":  # mean_k y_k z_k = p1 mean(y u1) + p2 mean(y u2) + c mean(y)
        J -= p1[None, :] * np.mean(Y * u1) + p2[:, None] * np.mean(Y * u2) + problem.offset * np.mean(Y)
    return J


def _softplus_into(z: Array, out: Array) -> None:
    """out = softplus(z) (as softplus() computes it) without temporaries; z is overwritten."""
    np.abs(z, out=out)
    np.negative(out, out=out)
    np.exp(out, out=out)
    np.log1p(out, out=out)
    np.maximum(z, 0.0, out=z)
    out += z
