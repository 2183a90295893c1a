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
    col = np.floor((np.asarray(x, dtype=float) - x_lo) * (columns / (x_hi - x_lo))).astype(np.int64)
    starts = np.flatnonzero(np.r_[True, col[1:] != col[:-1]])
    if 2 * len(starts) >= n:
        return x, y
    segment = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, n]))
    order = np.lexsort((y, segment))  # by column, then by value: each column's first is its lowest
    ends = np.r_[starts[1:], n] - 1
    keep = np.unique(np.concatenate([order[starts], order[ends], [0, n - 1]]))
    return x[keep], y[keep]


def plot_columns(item: pg.PlotItem) -> tuple[float, float, int]:
    """The x range a plot shows and how many pixel columns it has for it (0 before its layout)."""
    vb = item.getViewBox()
    (x_lo, x_hi), _ = vb.viewRange()
    return float(x_lo), float(x_hi), int(vb.width())
