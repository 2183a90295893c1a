"""What data the program can hold and draw: at most 100,000 points, coordinates within ±1e9.

The plane grid spans the data plus a margin (hi - lo + 20%); near ±1e308 that span is
infinite and no view can show it, so such data is refused like any other bad data.
"""

from __future__ import annotations

import numpy as np

from core.validation import CoreError

MAX_POINTS = 100_000  # the documented maximum of a CSV, a session's data, a drawn set
COORDINATE_LIMIT = 1e9


def check_drawable(X: np.ndarray) -> None:
    """Raise ValueError unless X (2, m) has at most MAX_POINTS finite columns within the limit."""
    if X.shape[1] > MAX_POINTS:
        raise CoreError("data.points", limit=MAX_POINTS)
    if not np.isfinite(X).all():
        raise CoreError("data.not_finite")
    if X.size and float(np.abs(X).max()) > COORDINATE_LIMIT:
        raise CoreError("data.far", limit=COORDINATE_LIMIT)


MAX_DRAWN_PER_CLASS = 5_000  # points drawn per class; training always uses all of them


def drawn_subset(n: int, limit: int = MAX_DRAWN_PER_CLASS) -> np.ndarray | slice:
    """Which of n points a plot draws: all of them up to `limit`, else the same `limit` each time.

    A fixed-seed sample (sorted, so the drawing order is the data's): 100,000 points
    drawn one by one cost pyqtgraph seconds a frame, and 5,000 show the shape as well.
    """
    if n <= limit:
        return slice(None)
    return np.sort(np.random.default_rng(0).choice(n, limit, replace=False))
