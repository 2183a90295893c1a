"""Matrix products that keep identical hidden units bit-identical, at almost no cost otherwise.

The course proves (seeds/004 section 3.11) that units which start equal get equal
gradients and stay equal forever. A plain BLAS product does not quite honour that: it
computes the rows of a block with one kernel and the leftover rows with another, so two
equal rows of W (two identical units) can come out one rounding apart, and training then
amplifies the difference. The engine asks `equal_units(W)` once per layer and step (about
a microsecond); only for a layer with equal units does `unit_matmul` compute each
distinct row once and copy it, which is exact by construction.
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray


def has_equal_rows(A: Array) -> bool:
    """True when two rows of A (n, m) are equal and not both all-zero.

    All-zero rows (zero-initialized or dead ReLU units) need no care: a sum of +-0
    products is 0 in any order, so every kernel gives them the same row.
    """
    n, m = A.shape
    if n < 2 or m == 0:
        return False
    keys = list(zip(A[:, 0].tolist(), A[:, m // 2].tolist(), A[:, -1].tolist(), strict=True))
    if len(set(keys)) == n:  # the common case: a cheap necessary condition fails
        return False
    live = A[A.any(axis=1)]
    return live.shape[0] > 1 and np.unique(live, axis=0).shape[0] < live.shape[0]


def equal_units(W: Array) -> bool:
    """True when two rows of W^[l] (two units' incoming weights) are equal, zero rows included.

    Units can only be identical if their weights are: this one check per layer and step
    (about a microsecond on a small W) decides whether the layer's products need care.
    """
    n = W.shape[0]
    if n < 2 or W.shape[1] == 0:
        return False
    if len(set(W[:, 0].tolist())) == n:  # the common case: the first column already differs
        return False
    return np.unique(W, axis=0).shape[0] < n


def unit_matmul(A: Array, B: Array, rows: bool = True, cols: bool = False) -> Array:
    """A @ B (p, q) where equal rows of A (`rows`) / equal columns of B (`cols`) give equal results.

    Parameters
    ----------
    A : (p, k); B : (k, q)
    rows, cols : which side indexes hidden units (those are the ones that must stay equal).
    """
    dup_a = rows and has_equal_rows(A)
    dup_b = cols and has_equal_rows(B.T)
    if not (dup_a or dup_b):
        return A @ B
    inverse_a = inverse_b = None
    if dup_a:
        A, inverse_a = np.unique(A, axis=0, return_inverse=True)
    if dup_b:
        Bt, inverse_b = np.unique(B.T, axis=0, return_inverse=True)
        B = Bt.T
    P = A @ B  # each distinct row/column computed once
    if inverse_a is not None:
        P = P[inverse_a.ravel()]
    if inverse_b is not None:
        P = P[:, inverse_b.ravel()]
    return P
