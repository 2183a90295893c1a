"""The curves of one plot painted by one cached item, so that a moving probe line blits one
pixmap under it instead of five.

Each frame the probe line moves, and Qt repaints the strip it leaves and enters: every item
under that strip is drawn again, a cached one as a blit of its pixmap. With five curves
cached apart that was five blits a plot (~0.5 ms a frame of the paint). The PlotDataItems
stay (the legend, their data, their visibility); only their drawing moves here.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem

from visualizer.plots.paint_cache import CACHE


class CurveLayer(pg.GraphicsObject):
    """Paints the shown `curves` in their z order with their pens; call `refresh` after new
    data or a curve shown or hidden (the view's own changes refresh it)."""

    paints = 0  # tests: a frame of the probe must not paint it again

    def __init__(self, curves: Sequence[pg.PlotDataItem]) -> None:
        super().__init__()
        self._curves = sorted(curves, key=lambda c: c.zValue())
        self._bounds: QRectF | None = None
        self.setCacheMode(CACHE)
        self.setZValue(max((c.zValue() for c in curves), default=0))
        for curve in curves:
            curve.curve.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            curve.curve.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)  # drawn here

    def refresh(self) -> None:
        """New bounds and one repaint."""
        self.prepareGeometryChange()
        self._bounds = None
        self.update()

    def viewRangeChanged(self) -> None:  # noqa: N802 (pyqtgraph's name)
        self.refresh()  # a curve's bounds hold its pen's pixels in data units

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph's name)
        self.refresh()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        if self._bounds is None:
            bounds = QRectF()
            for curve in self._curves:
                if curve.isVisible():
                    bounds = bounds.united(curve.curve.boundingRect())
            self._bounds = bounds
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        self.paints += 1
        for curve in self._curves:
            if curve.isVisible():
                painter.setRenderHint(
                    QPainter.RenderHint.Antialiasing, bool(curve.curve.opts.get("antialias"))
                )
                painter.setPen(curve.curve.opts["pen"])
                painter.drawPath(curve.curve.getPath())
