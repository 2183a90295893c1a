"""Axes (iterations, values) whose tick labels never run together, whatever the font and the plot's width.

pyqtgraph asks for at least 2.25 intervals on any axis shorter than 300 px (its tick density
only scales that up for longer ones), so 0..2000 on a 230 px axis in presentation mode's large
font got ticks every 500 and wrote "500 10001500". Here the major ticks are at least one and a
half labels apart (1, 2 or 5 x 10^k), and only the major ticks are drawn.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

LABEL_GAP = 1.5  # tick spacing in label widths


def label_spacing(axis: pg.AxisItem, lo: float, hi: float, size: float) -> float:
    """The smallest 1-2-5 x 10^k spacing whose labels fit: sized on the largest value's label,
    then again on the labels that spacing writes (0..1 in steps of 0.2 writes "0.4", not "1")."""
    span = abs(hi - lo)
    if span <= 0 or size <= 0:
        return 1.0
    metrics = QFontMetricsF(axis.style.get("tickFont") or axis.font())
    widest = max(abs(lo), abs(hi))
    spacing, text = 0.0, f"{widest:g}"
    for _ in range(2):
        least = max(span * LABEL_GAP * (metrics.horizontalAdvance(text) + 4) / size, span / 12, spacing)
        power = 10.0 ** math.floor(math.log10(least))
        spacing = next(f * power for f in (1.0, 2.0, 5.0, 10.0) if f * power >= least * (1 - 1e-12))
        text = max((f"{widest:g}", f"{widest - spacing:g}", f"{spacing:g}"), key=len)
    return spacing


def fit_tick_labels(axis: pg.AxisItem) -> None:
    """Give `axis` tick spacing that keeps its labels apart (see the module's note)."""

    def tick_spacing(minVal: float, maxVal: float, size: float):  # noqa: N803 (pyqtgraph's names)
        return [(label_spacing(axis, minVal, maxVal, size), 0)]

    axis.tickSpacing = tick_spacing
