"""A long curve cut to about one point per pixel column before it reaches pyqtgraph.

A cost or ‖dW‖ history holds up to 2,048 points (core.history), drawn as 2-3 px wide lines into
a plot about 500 px wide: Qt stroked every segment, ~2 ms a paint, 25 times a second, for detail
no pixel shows. Every point drawn is still one of core's (a subset; the first and the last always
kept); a noisy curve keeps each column's lowest and highest value, so its band stays as wide.
"""

from __future__ import annotations

import math

import numpy as np


def shown_indices(y: np.ndarray, width_px: float, envelope: bool = False) -> np.ndarray | None:
    """Which of the points y (n,) to draw in a plot width_px wide (None: all)."""
    n = len(y)
    columns = max(int(width_px), 16)
    if n <= (2 * columns if envelope else columns):
        return None
    k = math.ceil(n / columns)
    starts = np.arange(0, n, k)
    if not envelope:
        return starts if starts[-1] == n - 1 else np.append(starts, n - 1)
    full = (n // k) * k
    blocks = y[:full].reshape(-1, k)
    lo = blocks.argmin(axis=1) + starts[: len(blocks)]
    hi = blocks.argmax(axis=1) + starts[: len(blocks)]
    return np.unique(np.concatenate([[0], lo, hi, np.arange(full, n), [n - 1]]))  # sorted, each once


def shown_points(
    x: np.ndarray, y: np.ndarray, width_px: float, envelope: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) cut to about one point per pixel column (`shown_indices`)."""
    idx = shown_indices(y, width_px, envelope)
    return (x, y) if idx is None else (x[idx], y[idx])
