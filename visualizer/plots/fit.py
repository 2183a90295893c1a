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


def rows_width(legend: pg.LegendItem, columns: int) -> float:
    """The width `legend` needs with its entries in `columns` columns."""
    spacing = legend.layout.horizontalSpacing()
    widths = [sample.width() + label.width() + 2 * spacing for sample, label in legend.items]
    return sum(max(widths[c::columns], default=0) for c in range(columns))


def fit_legend_rows(legend: pg.LegendItem, room: float, counts: tuple[int, ...] = ()) -> bool:
    """The most columns of `counts` (by default all entries in one row, else two rows) whose
    width fits in `room` px, else the fewest; True if the rows changed."""
    n = len(legend.items)
    counts = counts or (n, math.ceil(n / 2))
    columns = next((c for c in counts if rows_width(legend, c) <= room), counts[-1])
    if not n or columns == legend.columnCount:
        return False
    legend.setColumnCount(columns)
    return True


def fit_title(view: pg.PlotWidget, points: float) -> None:
    """The plot's title at `points` pt, or smaller if it is wider than the room over the plot:
    a title's width is the plot's minimum, and a view narrower than that is cut at the right."""
    plot = view.getPlotItem()
    label, left = plot.titleLabel, plot.getAxis("left")
    room = view.width() - (left.width() if left.isVisible() else 0) - 12
    label.setText(label.text, size=f"{points:.3g}pt")
    width = label.item.boundingRect().width()
    if width > room > 0:
        label.setText(label.text, size=f"{points * room / width:.3g}pt")
    refit(view)
