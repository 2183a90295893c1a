"""The boundary's A2 = 0.5 contour: segment pairs drawn as one path, with little Python per paint."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPainterPath


class ContourItem(pg.GraphicsObject):
    """Segment pairs ((x0, y0), (x1, y1), ...) in data coordinates, stroked with a cosmetic pen.

    pg.PlotCurveItem drew the same path but asked for its bounds (data bounds, pixel vectors)
    about four times a paint and built the path in the paint: ~1 ms of Python per map
    redrawn here, several maps a frame in the hidden-layer-size lesson. This item builds its path
    once per `setData` and its bounds once per new data or view scale. Same look: the same path,
    the same pen, antialiased as pyqtgraph's configuration says.
    """

    def __init__(self, pen) -> None:
        super().__init__()
        self._pen = pg.mkPen(pen)
        self._x = self._y = np.zeros(0)
        self._path = QPainterPath()
        self._data_rect: QRectF | None = None  # the segments' extent, None when empty
        self._bounds: QRectF | None = None  # with the pen's half width, in data units
        self.paints = 0  # paint calls (tests count them)

    def setData(self, x, y) -> None:  # noqa: N802 (pyqtgraph's name)
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        if len(x) == len(self._x) and np.array_equal(x, self._x) and np.array_equal(y, self._y):
            return  # the same line: nothing to draw again
        self.prepareGeometryChange()
        self._x, self._y = x, y
        n = len(x) - len(x) % 2
        self._path = pg.arrayToQPath(x[:n], y[:n], connect="pairs") if n else QPainterPath()
        finite = np.isfinite(x) & np.isfinite(y)
        if n and finite.any():
            x0, x1, y0, y1 = x[finite].min(), x[finite].max(), y[finite].min(), y[finite].max()
            self._data_rect = QRectF(float(x0), float(y0), float(x1 - x0), float(y1 - y0))
        else:
            self._data_rect = None
        self._bounds = None
        self.update()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:  # noqa: N802 (pyqtgraph's name)
        return self._x, self._y

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph's name)
        super().viewTransformChanged()
        self.prepareGeometryChange()  # the pen's pixels are another size in the data's units
        self._bounds = None

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        if self._bounds is None:
            rect = QRectF() if self._data_rect is None else QRectF(self._data_rect)
            if not rect.isNull():
                px, py = self.pixelVectors()
                pad = self._pen.widthF() / 2 + 1  # a cosmetic pen: pixels
                dx = pad * (px.length() if px is not None else 0.0)
                dy = pad * (py.length() if py is not None else 0.0)
                rect = rect.adjusted(-dx, -dy, dx, dy)
            self._bounds = rect
        return QRectF(self._bounds)

    def paint(self, painter, option, widget=None) -> None:
        self.paints += 1
        if self._path.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, bool(pg.getConfigOption("antialias")))
        painter.setPen(self._pen)
        painter.drawPath(self._path)
