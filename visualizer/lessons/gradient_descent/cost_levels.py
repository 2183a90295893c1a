"""Numpy helpers for drawing a cost surface: log-spaced color scale, contour levels, contour segments.

No Qt here: the contour map and the 3D surface both color J the same way through these.
"""

from __future__ import annotations

import numpy as np

from core import contour as core_contour

Array = np.ndarray
DYNAMIC_RANGE = 300.0  # the color scale resolves J - J_min from span/300 up to the span


def color_scale(J: Array, J_min: float, J_max: float) -> Array:
    """J mapped to [0, 1] logarithmically in J - J_min: a bowl's floor gets as many colors as its walls.

    t = log1p((J - J_min) / d) / log1p((J_max - J_min) / d),  d = (J_max - J_min) / DYNAMIC_RANGE
    """
    span = max(float(J_max - J_min), 1e-12)
    d = span / DYNAMIC_RANGE
    t = np.log1p(np.clip(J - J_min, 0.0, span) / d) / np.log1p(DYNAMIC_RANGE)
    return np.clip(t, 0.0, 1.0)


def contour_levels(J_min: float, J_max: float, n: int = 14) -> Array:
    """n levels evenly spaced on the color scale (so log-spaced above J_min), lowest first."""
    span = max(float(J_max - J_min), 1e-12)
    d = span / DYNAMIC_RANGE
    t = np.linspace(0.0, 1.0, n + 2)[1:-1]
    return J_min + d * np.expm1(t * np.log1p(DYNAMIC_RANGE))


def contour_segments(J: Array, xs: Array, ys: Array, levels: Array) -> Array:
    """Marching squares on the cells each level crosses (core.contour): J's contour lines as segments.

    J is (len(ys), len(xs)) row-major (rows follow y). Returns (2k, 2) points, each pair
    one segment, for `connect="pairs"`; all finite. A saddle cell (four crossings) is
    split by the value at its centre. (Whole-grid arrays for each of 14 levels took ~50 ms
    of the tab's first visit; a level crosses a few hundred of the 25,000 cells.)
    """
    J = np.asarray(J, dtype=float)
    cols, rows = np.arange(len(xs)), np.arange(len(ys))
    out = [np.zeros((0, 2))]
    for level in np.atleast_1d(levels):
        col, row = core_contour.contour_segments(J, float(level))  # pixel units: column, row
        out.append(np.stack([np.interp(col, cols, xs), np.interp(row, rows, ys)], axis=1))
    pairs = np.concatenate(out).reshape(-1, 2, 2)
    return pairs[np.isfinite(pairs).all(axis=(1, 2))].reshape(-1, 2)
