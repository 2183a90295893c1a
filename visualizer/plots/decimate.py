"""A long curve cut to what its pixels can show: each pixel column's lowest and highest point."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg


def column_peaks(
    x: np.ndarray, y: np.ndarray, x_lo: float, x_hi: float, columns: int
) -> tuple[np.ndarray, np.ndarray]:
    """The points of (x, y) (x ascending, y finite) that are the lowest or the highest of their
    pixel column (`columns` columns over x_lo..x_hi), in their order, and the first and last.

    A line through them covers every pixel the whole line covers (pyqtgraph's "peak"
    downsampling, by column instead of by count), and a wide pen strokes a few hundred
    segments instead of 2,048 (~3 ms a curve here). With at most two points a column, all
    points are kept: every point a test or a user can count is then drawn.
    """
    n = len(x)
    if columns < 1 or n <= 2 * columns or not x_hi > x_lo:
        return x, y
    col = ((np.asarray(x, dtype=float) - x_lo) * (columns / (x_hi - x_lo))).astype(np.int64)
    new = np.empty(n, dtype=bool)
    new[0] = True
    np.not_equal(col[1:], col[:-1], out=new[1:])
    starts = np.flatnonzero(new)
    if 2 * len(starts) >= n:
        return x, y
    segment = np.cumsum(new) - 1  # each point's column, numbered from 0
    keep = np.zeros(n, dtype=bool)
    keep[0] = keep[-1] = True
    for reduce in (np.minimum, np.maximum):  # the first point equal to its column's extreme
        at = np.flatnonzero(y == reduce.reduceat(y, starts)[segment])
        first = np.empty(len(at), dtype=bool)
        first[0] = True
        np.not_equal(segment[at[1:]], segment[at[:-1]], out=first[1:])
        keep[at[first]] = True
    return x[keep], y[keep]


def plot_columns(item: pg.PlotItem) -> tuple[float, float, int]:
    """The x range a plot shows and how many pixel columns it has for it (0 before its layout)."""
    vb = item.getViewBox()
    (x_lo, x_hi), _ = vb.viewRange()
    return float(x_lo), float(x_hi), int(vb.width())
