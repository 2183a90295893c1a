"""The level-set of an image as line segments (vectorized marching squares): the 0.5 boundary.

pyqtgraph's IsocurveItem walks the grid in Python (~8 ms on 100x100 here); this finds the
few hundred cells the curve crosses with whole-array numpy and works on those alone, and in
each of them only on the two edges the curve crosses (a table of the 16 cases), so a 100 x 100
boundary costs a few dozen numpy calls each frame, whatever its length.
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray

# A cell's corners: 0 (r, c), 1 (r, c + 1), 2 (r + 1, c), 3 (r + 1, c + 1). Its edges: 0 top (corners
# 0-1), 1 right (1-3), 2 bottom (2-3), 3 left (0-2); where each edge starts in the cell (x0, y0) and
# which way it runs (dx, dy), in pixels.
EDGES = ((0, 1), (1, 3), (2, 3), (0, 2))
_EDGE_GEOMETRY = ((0, 0, 1, 0), (1, 0, 0, 1), (0, 1, 1, 0), (0, 0, 0, 1))
_FROM, _TO = (np.array(corners) for corners in zip(*EDGES, strict=True))
_X0, _Y0, _DX, _DY = (np.array(column) for column in zip(*_EDGE_GEOMETRY, strict=True))
SADDLES = (6, 9)  # corners 1 and 2 above the level, or 0 and 3: all four edges crossed


def _case_table() -> tuple[Array, Array]:
    """For each case (bit n: corner n is above the level), the lowest and the highest crossed edge."""
    first, last = np.zeros(16, dtype=np.intp), np.zeros(16, dtype=np.intp)
    for case in range(16):
        crossed = [e for e, (i, j) in enumerate(EDGES) if (case >> i & 1) != (case >> j & 1)]
        if crossed:
            first[case], last[case] = crossed[0], crossed[-1]
    return first, last


_FIRST, _LAST = _case_table()


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
    above = (img >= level).astype(np.uint8)
    case = above[:-1, :-1] | above[:-1, 1:] << 1 | above[1:, :-1] << 2 | above[1:, 1:] << 3  # (ny-1, nx-1)
    cells = np.flatnonzero((case != 0) & (case != 15))  # crossed cells only
    cases = case.ravel()[cells]
    rows, cols = np.divmod(cells, nx - 1)
    v = img.ravel()[(rows * nx + cols)[:, None] + np.array([0, 1, nx, nx + 1])]  # (k, 4) corner values
    first, last = _FIRST[cases], _LAST[cases]  # the crossed edges: one segment a cell
    saddle = np.flatnonzero((cases == SADDLES[0]) | (cases == SADDLES[1]))
    if saddle.size:  # two segments: (top, right) and (bottom, left), or (top, left) and (bottom, right)
        side = _saddle_sides(v[saddle], level)
        first[saddle], last[saddle] = 0, np.where(side, 1, 3)
        rows, cols, v = (np.concatenate([a, a[saddle]]) for a in (rows, cols, v))
        first, last = (
            np.concatenate([first, np.full(saddle.size, 2)]),
            np.concatenate([last, np.where(side, 3, 1)]),
        )
    points = [_crossing(v, rows, cols, edge, level) for edge in (first, last)]
    xs = np.stack([p[0] for p in points], axis=1).ravel()  # cell by cell: its two endpoints
    ys = np.stack([p[1] for p in points], axis=1).ravel()
    return xs, ys


def _saddle_sides(v: Array, level: float) -> Array:
    """For cells crossed on all four edges: whether the center is on corner 0's side. That region then
    connects across the cell, so the segments cut off corners 1 and 2."""
    return (v.mean(axis=1) >= level) == (v[:, 0] >= level)


def _crossing(v: Array, rows: Array, cols: Array, edge: Array, level: float) -> tuple[Array, Array]:
    """Where each cell's `edge` meets the level: linear between the edge's corners a and b,
    t = (level - v_a) / (v_b - v_a) of the way from a."""
    k = np.arange(len(edge))
    a, b = v[k, _FROM[edge]], v[k, _TO[edge]]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (level - a) / (b - a)
    return cols + _X0[edge] + _DX[edge] * t, rows + _Y0[edge] + _DY[edge] * t
