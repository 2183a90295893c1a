"""Helpers for pyqtgraph views that change their own layout's minimum width after a resize.

A pyqtgraph view sets its scene's size only in its resizeEvent, and a scene item cannot be
narrower than its minimum: an item that needed more than the view at that moment (a long title,
a legend in one row) leaves the plot wider than the view, its right side cut, until the next
resize. After shortening such an item, hand the scene the view's size again.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QRectF


def refit(view: pg.GraphicsView) -> None:
    """The scene's central item takes the view's size again (auto pixel range kept on)."""
    pg.GraphicsView.setRange(view, QRectF(view.rect()), padding=0, disableAutoPixel=False)


def one_row_width(legend: pg.LegendItem) -> float:
    """The width `legend` needs with all its entries in one row."""
    spacing = legend.layout.horizontalSpacing()
    return sum(sample.width() + label.width() + 2 * spacing for sample, label in legend.items)


def fit_legend_rows(legend: pg.LegendItem, room: float) -> bool:
    """One row of entries if they fit in `room` px, else two; True if the rows changed."""
    n = len(legend.items)
    columns = n if one_row_width(legend) <= room else max(1, math.ceil(n / 2))
    if columns == legend.columnCount:
        return False
    legend.setColumnCount(columns)
    return True
