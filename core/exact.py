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


def distinct_rows(A: Array) -> tuple[Array, Array] | None:
    """(the distinct rows U, index of each row of A in U), or None when all rows differ."""
    n, m = A.shape
    if n < 2 or m == 0:
        return None
    if (A[0] == A).all():  # the symmetric start: every row alike
        return A[:1], np.zeros(n, dtype=np.intp)
    keys = list(zip(A[:, 0].tolist(), A[:, m // 2].tolist(), A[:, -1].tolist(), strict=True))
    if len(set(keys)) == n:  # a cheap necessary condition already fails
        return None
    unique, inverse = np.unique(A, axis=0, return_inverse=True)
    return None if unique.shape[0] == n else (unique, inverse.ravel())


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
    return bool((W[0] == W).all()) or np.unique(W, axis=0).shape[0] < n


def unit_matmul(A: Array, B: Array, rows: bool = True, cols: bool = False) -> Array:
    """A @ B (p, q) where equal rows of A (`rows`) / equal columns of B (`cols`) give equal results.

    Parameters
    ----------
    A : (p, k); B : (k, q)
    rows, cols : which side indexes hidden units (those are the ones that must stay equal).
    """
    split_a = distinct_rows(A) if rows else None
    split_b = distinct_rows(B.T) if cols else None
    if split_a is not None:
        A = split_a[0]
    if split_b is not None:
        B = split_b[0].T
    P = A @ B  # each distinct row/column computed once
    if split_a is not None:
        P = P[split_a[1]]
    if split_b is not None:
        P = P[:, split_b[1]]
    return P
