"""The boundary's A2 = 0.5 contour: segment pairs drawn as one path, with little Python per paint."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPainter, QPainterPath

from visualizer.plots.pen_bounds import PenBoundedItem


class ContourItem(PenBoundedItem):
    """Segment pairs ((x0, y0), (x1, y1), ...) in data coordinates, stroked with a cosmetic pen.

    pg.PlotCurveItem drew the same path but asked for its bounds (data bounds, pixel vectors)
    about four times a paint and built the path in the paint: ~1 ms of Python per map
    redrawn here, several maps a frame in the hidden-layer-size lesson. This item builds its path
    once per `setData` and its bounds once per new data or view scale. Same look: the same path,
    the same pen, antialiased as pyqtgraph's configuration says.
    """

    def __init__(self, pen) -> None:
        super().__init__([pen])
        self._pen = self._pens[0]
        self._x = self._y = np.zeros(0)
        self._path = QPainterPath()
        self.paints = 0  # paint calls (tests count them)

    def setData(self, x, y) -> None:  # noqa: N802 (pyqtgraph's name)
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        if len(x) == len(self._x) and np.array_equal(x, self._x) and np.array_equal(y, self._y):
            return  # the same line: nothing to draw again
        self.prepareGeometryChange()
        self._x, self._y = x, y
        n = len(x) - len(x) % 2
        self._path = pg.arrayToQPath(x[:n], y[:n], connect="pairs") if n else QPainterPath()
        self._set_extent(x[:n], y[:n])
        self.update()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:  # noqa: N802 (pyqtgraph's name)
        return self._x, self._y

    def paint(self, painter, option, widget=None) -> None:
        self.paints += 1
        if self._path.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, bool(pg.getConfigOption("antialias")))
        painter.setPen(self._pen)
        painter.drawPath(self._path)
