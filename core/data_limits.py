"""What data the program can hold and draw: at most 100,000 points, coordinates within ±1e9.

The plane grid spans the data plus a margin (hi - lo + 20%); near ±1e308 that span is
infinite and no view can show it, so such data is refused like any other bad data.
"""

from __future__ import annotations

import numpy as np

MAX_POINTS = 100_000  # the documented maximum of a CSV, a session's data, a drawn set
COORDINATE_LIMIT = 1e9


def check_drawable(X: np.ndarray) -> None:
    """Raise ValueError unless X (2, m) has at most MAX_POINTS finite columns within the limit."""
    if X.shape[1] > MAX_POINTS:
        raise ValueError(f"more than {MAX_POINTS:,} points")
    if not np.isfinite(X).all():
        raise ValueError("the data contains NaN or infinite values")
    if X.size and float(np.abs(X).max()) > COORDINATE_LIMIT:
        raise ValueError(f"coordinates beyond ±{COORDINATE_LIMIT:g} cannot be drawn; rescale the data")
