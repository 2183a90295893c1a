"""The level-set of an image as line segments (vectorized marching squares): the 0.5 boundary.

pyqtgraph's IsocurveItem walks the grid in Python (~8 ms on 100x100 here); this finds the
few hundred cells the curve crosses with whole-array numpy and works on those alone.
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray
EDGES = ((0, 1), (1, 3), (2, 3), (0, 2))  # top, right, bottom, left as pairs of corners


def contour_segments(image: Array, level: float = 0.5) -> tuple[Array, Array]:
    """Segments of the curve image == level, in pixel coordinates (x = column, y = row).

    Parameters
    ----------
    image : (ny, nx) finite values

    Returns
    -------
    x, y : (2k,) endpoints of k segments, consecutive pairs (draw with connect="pairs").
    """
    img = np.asarray(image, dtype=float)
    ny, nx = img.shape
    if ny < 2 or nx < 2:
        return np.zeros(0), np.zeros(0)
    above = img >= level
    a00, a01, a10, a11 = above[:-1, :-1], above[:-1, 1:], above[1:, :-1], above[1:, 1:]
    rows, cols = np.nonzero((a00 != a01) | (a00 != a10) | (a00 != a11))  # crossed cells only
    # corner values (k, 4) in the order (0,0), (0,1), (1,0), (1,1)
    v = np.stack([img[rows, cols], img[rows, cols + 1], img[rows + 1, cols], img[rows + 1, cols + 1]], 1)
    high = v >= level
    r, c = rows.astype(float), cols.astype(float)
    px, py, crossed = [], [], []
    for (i, j), (x0, y0, dx, dy) in zip(EDGES, _EDGE_GEOMETRY, strict=True):
        crosses = high[:, i] != high[:, j]
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(crosses, (level - v[:, i]) / (v[:, j] - v[:, i]), 0.0)
        px.append(c + x0 + dx * t)
        py.append(r + y0 + dy * t)
        crossed.append(crosses)
    px, py, flags = np.stack(px, 1), np.stack(py, 1), np.stack(crossed, 1)  # (k, 4) each
    count = flags.sum(axis=1)
    pairs = [_two_crossings(flags, px, py, count == 2)]
    saddle = count == 4
    if saddle.any():
        pairs.append(_saddles(v[saddle], px[saddle], py[saddle], level))
    return np.concatenate([p[0] for p in pairs]), np.concatenate([p[1] for p in pairs])


# where each edge starts (x0, y0) in its cell and which way it runs (dx, dy), in pixels
_EDGE_GEOMETRY = ((0, 0, 1, 0), (1, 0, 0, 1), (0, 1, 1, 0), (0, 0, 0, 1))


def _two_crossings(flags: Array, px: Array, py: Array, cells: Array) -> tuple[Array, Array]:
    """One segment per cell between its two crossed edges."""
    f, x, y = flags[cells], px[cells], py[cells]  # (k, 4)
    first = np.argmax(f, axis=1)
    second = 3 - np.argmax(f[:, ::-1], axis=1)
    k = np.arange(len(f))
    xs = np.empty(2 * len(f))
    ys = np.empty(2 * len(f))
    xs[0::2], xs[1::2] = x[k, first], x[k, second]
    ys[0::2], ys[1::2] = y[k, first], y[k, second]
    return xs, ys


def _saddles(v: Array, x: Array, y: Array, level: float) -> tuple[Array, Array]:
    """Cells crossed on all four edges (top, right, bottom, left): pair them by the center value."""
    center = v.mean(axis=1)
    # center on corner (0,0)'s side: that region connects across the cell, so the segments
    # cut off corners (0,1) and (1,0): top-right and bottom-left
    cut_01_10 = (center >= level) == (v[:, 0] >= level)
    a = np.where(cut_01_10[:, None], [0, 1, 2, 3], [0, 3, 2, 1])  # edge pairs (a0,a1), (a2,a3)
    k = np.arange(len(x))
    xs = np.stack([x[k, a[:, n]] for n in range(4)], axis=1).ravel()
    ys = np.stack([y[k, a[:, n]] for n in range(4)], axis=1).ravel()
    return xs, ys
