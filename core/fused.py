"""The training hot path: one step of the course's equations, in place, with no temporaries.

Same mathematics as core.network (tests hold the two to 1e-12), arranged for speed:
biases ride in an extra column of the weights and an extra row of ones in the inputs,

    W1a = [W1 | b1]  (n_h, n_x + 1),   Xa  = [X ; 1]   (n_x + 1, m)   ->  Z1 = W1a Xa
    W2a = [W2 | b2]  (1, n_h + 1),     A1a = [A1 ; 1]  (n_h + 1, m)   ->  Z2 = W2a A1a

so one matmul gives both dW and db, and every buffer is allocated once per batch size.
"""

from __future__ import annotations

import math

import numpy as np

from core.activations import LEAKY_SLOPE

Array = np.ndarray


def augment(X: Array) -> Array:
    """Xa = [X ; 1]: (n_x + 1, m), C-contiguous."""
    return np.vstack([X, np.ones((1, X.shape[1]))])


class _Buffers:
    """Work arrays for one batch size m."""

    def __init__(self, n_h: int, n_x: int, m: int) -> None:
        self.Z1 = np.empty((n_h, m))
        self.A1a = np.ones((n_h + 1, m))  # last row stays 1: it multiplies b2
        self.A1 = self.A1a[:n_h]  # view (n_h, m)
        self.A1aT = self.A1a.T
        self.G = np.empty((n_h, m))  # g'(Z1), times the dropout scale when dropping
        self.T = np.empty((n_h, m))
        self.Z2 = np.empty((1, m))
        self.S = np.empty((1, m))
        self.A2 = np.empty((1, m))
        self.dZ2 = np.empty((1, m))
        self.dZ1 = np.empty((n_h, m))
        self.gW1 = np.empty((n_h, n_x + 1))
        self.gW2 = np.empty((1, n_h + 1))
        # the same arrays seen as stacks of rows, for the per-unit products
        self.A1a_rows = self.A1a[:, np.newaxis, :]  # (n_h + 1, 1, m)
        self.dZ1_rows = self.dZ1[:, np.newaxis, :]  # (n_h, 1, m)
        self.gW1_rows = self.gW1[:, np.newaxis, :]  # (n_h, 1, n_x + 1)
        self.gW2_rows = self.gW2.T[:, :, np.newaxis]  # (n_h + 1, 1, 1)


class _LastGradients:
    """alpha [dW1 | db1] and alpha [dW2 | db2] of the last step, kept apart from the work buffers
    when the network is pickled (what `gradient_norms` reads of a _Buffers)."""

    def __init__(self, gW1: Array, gW2: Array) -> None:
        self.gW1, self.gW2 = gW1, gW2


class FusedNetwork:
    """The 2-layer network's parameters in augmented form, trained in place one step at a time."""

    def __init__(self, parameters: dict[str, Array], activation: str, leaky_slope: float = LEAKY_SLOPE):
        self.n_h, self.n_x = parameters["W1"].shape
        self.W1a = np.hstack([parameters["W1"], parameters["b1"]]).astype(float)
        self.W2a = np.hstack([parameters["W2"], parameters["b2"]]).astype(float)
        self._W2T = self.W2a[:, : self.n_h].T  # view (n_h, 1): follows in-place updates
        self.activation = activation
        self.leaky_slope = leaky_slope
        self._buffers: dict[int, _Buffers] = {}
        self._last: tuple[_Buffers, float] | None = None  # the last applied step's alpha-scaled gradients

    def __getstate__(self) -> dict:
        """Pickle the parameters and the last step's gradients (for `gradient_norms`), not the work
        buffers (n_h x m arrays, made again by the next step) nor the view `_W2T` (pickle would
        copy it, and the copy would stop following W2a's in-place updates)."""
        state = self.__dict__.copy()
        del state["_W2T"]
        state["_buffers"] = {}
        if self._last is not None:
            b, alpha = self._last
            state["_last"] = (_LastGradients(b.gW1, b.gW2), alpha)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._W2T = self.W2a[:, : self.n_h].T  # view (n_h, 1) of the unpickled W2a

    def training_fields(self) -> tuple[dict[str, Array], dict]:
        """What a step changes (core.offload_state): ({"W1a", "W2a"} and, after a step,
        {"last.gW1", "last.gW2"}: alpha dW of the last step), {"alpha": that step's alpha or None}."""
        arrays = {"W1a": self.W1a, "W2a": self.W2a}
        if self._last is None:
            return arrays, {"alpha": None}
        b, alpha = self._last
        return {**arrays, "last.gW1": b.gW1, "last.gW2": b.gW2}, {"alpha": alpha}

    def adopt_training(self, arrays: dict[str, Array], values: dict) -> None:
        """Take `training_fields` of a copy of this network: the parameters in place (the views
        follow), the last gradients as they come (read-only; the next step uses its buffers)."""
        np.copyto(self.W1a, arrays["W1a"])
        np.copyto(self.W2a, arrays["W2a"])
        alpha = values["alpha"]
        last = None if alpha is None else _LastGradients(arrays["last.gW1"], arrays["last.gW2"])
        self._last = None if last is None else (last, alpha)

    def parameters(self) -> dict[str, Array]:
        """Copies of W1, b1, W2, b2 in the course's shapes."""
        n_h, n_x = self.n_h, self.n_x
        return {"W1": self.W1a[:, :n_x].copy(), "b1": self.W1a[:, n_x:].copy(),
                "W2": self.W2a[:, :n_h].copy(), "b2": self.W2a[:, n_h:].copy()}  # fmt: skip

    def parameter_views(self) -> dict[str, Array]:
        """Read-only views of W1, b1, W2, b2 (they change as training goes on)."""
        n_h, n_x = self.n_h, self.n_x
        views = {"W1": self.W1a[:, :n_x], "b1": self.W1a[:, n_x:],
                 "W2": self.W2a[:, :n_h], "b2": self.W2a[:, n_h:]}  # fmt: skip
        for v in views.values():
            v.flags.writeable = False
        return views

    def _buffers_for(self, m: int) -> _Buffers:
        b = self._buffers.get(m)
        if b is None:
            if len(self._buffers) >= 4:  # drawing data changes m point by point: stay bounded
                self._buffers.clear()
                self._last = None
            b = self._buffers[m] = _Buffers(self.n_h, self.n_x, m)
        return b

    def _activate(self, b: _Buffers) -> None:
        """A1 = g(Z1) and G = g'(Z1), both (n_h, m), written into the buffers."""
        name, Z1, A1, G = self.activation, b.Z1, b.A1, b.G
        if name == "tanh":
            np.tanh(Z1, out=A1)
            np.multiply(A1, A1, out=G)
            np.subtract(1.0, G, out=G)  # tanh' = 1 - tanh^2
        elif name == "sigmoid":
            np.logaddexp(0.0, Z1, out=G)
            np.subtract(Z1, G, out=A1)
            np.exp(A1, out=A1)  # sigma(z) = exp(z - log(1 + e^z)), never overflows
            np.subtract(1.0, A1, out=G)
            np.multiply(G, A1, out=G)  # sigma' = sigma (1 - sigma)
        elif name == "relu":
            np.maximum(Z1, 0.0, out=A1)
            np.greater(Z1, 0.0, out=G)  # ReLU' = 1 for z > 0, else 0
        elif name == "leaky_relu":
            s = self.leaky_slope
            np.multiply(Z1, s, out=A1)
            np.maximum(Z1, A1, out=A1)  # max(s z, z) for 0 <= s <= 1
            np.greater(Z1, 0.0, out=G)
            G *= 1.0 - s
            G += s  # 1 for z > 0, s otherwise
        elif name == "linear":
            np.copyto(A1, Z1)
            G.fill(1.0)
        else:
            raise ValueError(f"unknown activation {name!r}")

    def step(self, Xa: Array, Y: Array, learning_rate: float, lambd: float = 0.0,
             keep_prob: float = 1.0, D1: Array | None = None,
             rng: np.random.Generator | None = None) -> float:  # fmt: skip
        """One gradient-descent step on (Xa, Y); returns J before the update (nan: not applied).

        Xa (n_x + 1, m) from `augment`, Y (1, m). With keep_prob < 1, inverted dropout
        with mask D1 (drawn from rng when not given).
        """
        m = Y.shape[1]
        b = self._buffers_for(m)
        np.matmul(self.W1a, Xa, out=b.Z1)  # Z1 = W1 X + b1             (n_h, m)
        self._activate(b)  # A1 = g(Z1), G = g'(Z1)      (n_h, m)
        if keep_prob < 1.0:
            if D1 is None:
                D1 = (rng or np.random.default_rng()).random(b.A1.shape) < keep_prob
            np.multiply(D1, 1.0 / keep_prob, out=b.T)
            b.A1 *= b.T  # A1 := A1 * D1 / keep_prob
            b.G *= b.T  # the dropped units get no gradient either
        np.matmul(self.W2a, b.A1a, out=b.Z2)  # Z2 = W2 A1 + b2       (1, m)
        # J = 1/m sum(log(1 + e^Z2) - Y Z2): the cross-entropy, straight from the logits
        np.logaddexp(0.0, b.Z2, out=b.S)
        cost = (float(b.S.sum()) - float(np.dot(b.Z2[0], Y[0]))) / m
        if lambd:
            W1, W2 = self.W1a[:, : self.n_x], self.W2a[:, : self.n_h]
            cost += lambd / (2 * m) * (float(np.sum(W1 * W1)) + float(np.sum(W2 * W2)))
        if not math.isfinite(cost):
            return math.nan
        np.subtract(b.Z2, b.S, out=b.A2)
        np.exp(b.A2, out=b.A2)  # A2 = sigmoid(Z2)                        (1, m)
        np.subtract(b.A2, Y, out=b.dZ2)  # dZ2 = A2 - Y                   (1, m)
        np.matmul(self._W2T, b.dZ2, out=b.dZ1)  # W2^T dZ2   (n_h, 1) x (1, m)
        b.dZ1 *= b.G  # dZ1 = W2^T dZ2 * g'(Z1)                          (n_h, m)
        # m [dW2 | db2] = dZ2 A1a^T and m [dW1 | db1] = dZ1 Xa^T, one unit (row) per
        # product: a single GEMM rounds some rows of a block differently, and two
        # identical hidden units would drift apart (the course proves they never do).
        np.matmul(b.A1a_rows, b.dZ2.T, out=b.gW2_rows)  # (n_h + 1, 1, m) x (m, 1)
        np.matmul(b.dZ1_rows, Xa.T, out=b.gW1_rows)  # (n_h, 1, m) x (m, n_x + 1)
        b.gW1 *= learning_rate / m  # alpha dW1, alpha db1
        b.gW2 *= learning_rate / m  # alpha dW2, alpha db2
        if lambd:
            c = learning_rate * lambd / m  # alpha d/dW of lambd/(2m) ||W||^2 = alpha lambd/m W
            b.gW1[:, : self.n_x] += c * self.W1a[:, : self.n_x]
            b.gW2[:, : self.n_h] += c * self.W2a[:, : self.n_h]
        if not math.isfinite(float(b.gW1.sum()) + float(b.gW2.sum())):
            return math.nan
        self.W1a -= b.gW1  # W1 := W1 - alpha dW1, b1 := b1 - alpha db1
        self.W2a -= b.gW2  # W2 := W2 - alpha dW2, b2 := b2 - alpha db2
        self._last = (b, learning_rate)
        return cost

    def gradient_norms(self) -> Array:
        """(||dW1||_F, ||dW2||_F) of the last applied step (L2 term included); nan before the first.

        The step keeps alpha dW in its buffers; dividing by alpha costs nothing per step.
        """
        if self._last is None:
            return np.full(2, np.nan)
        b, alpha = self._last
        g1, g2 = b.gW1[:, : self.n_x], b.gW2[:, : self.n_h]
        return np.array([math.sqrt(float(np.vdot(g1, g1))), math.sqrt(float(np.vdot(g2, g2)))]) / alpha
