"""Numpy helpers for drawing a cost surface: log-spaced color scale, contour levels, contour segments.

No Qt here: the contour map and the 3D surface both color J the same way through these.
"""

from __future__ import annotations

import numpy as np

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
    """Marching squares, vectorized over cells: the contour lines of J as line segments.

    J is (len(ys), len(xs)) row-major (rows follow y). Returns (2k, 2) points, each pair
    one segment, for `connect="pairs"`; all finite. A saddle cell (four crossings) is
    split by the value at its centre.
    """
    out = [np.zeros((0, 2))]
    v00, v10 = J[:-1, :-1], J[:-1, 1:]  # corners (y, x): bottom-left, bottom-right
    v01, v11 = J[1:, :-1], J[1:, 1:]  # top-left, top-right
    X0, Y0 = np.meshgrid(xs[:-1], ys[:-1])
    DX, DY = np.meshgrid(np.diff(xs), np.diff(ys))
    for level in np.atleast_1d(levels):
        # the four edges of each cell: bottom, right, top, left as (value a, value b, a's xy, dir)
        edges = [
            (v00, v10, X0, Y0, DX, 0 * DY),
            (v10, v11, X0 + DX, Y0, 0 * DX, DY),
            (v01, v11, X0, Y0 + DY, DX, 0 * DY),
            (v00, v01, X0, Y0, 0 * DX, DY),
        ]
        crosses, points = [], []
        for a, b, x, y, ex, ey in edges:
            c = (a < level) != (b < level)
            with np.errstate(divide="ignore", invalid="ignore"):
                f = np.where(c, (level - a) / np.where(c, b - a, 1.0), 0.0)
            crosses.append(c)
            points.append(np.stack([x + f * ex, y + f * ey], axis=-1))
        C = np.stack(crosses, axis=-1)  # (rows, cols, 4)
        P = np.stack(points, axis=-2)  # (rows, cols, 4, 2)
        count = C.sum(axis=-1)
        two = count == 2
        if two.any():
            idx = np.argsort(~C[two], axis=-1, kind="stable")[:, :2]  # the two crossing edges
            pts = np.take_along_axis(P[two], idx[:, :, None], axis=1)
            out.append(pts.reshape(-1, 2))
        four = count == 4
        if four.any():
            centre_low = ((v00 + v10 + v01 + v11) / 4 < level)[four]
            low00 = (v00 < level)[four]
            # pair each corner-adjacent edge couple that cuts off the corners unlike the centre
            same = (centre_low == low00)[:, None, None]
            a = np.where(same, P[four][:, [0, 1]], P[four][:, [0, 3]])
            b = np.where(same, P[four][:, [2, 3]], P[four][:, [1, 2]])
            out.append(np.concatenate([a, b], axis=1).reshape(-1, 2))
    pairs = np.concatenate(out).reshape(-1, 2, 2)
    return pairs[np.isfinite(pairs).all(axis=(1, 2))].reshape(-1, 2)
