"""One curve per layer over the same steps, as one light item: little Python per draw and paint."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.PlotCurveItem import arrayToLineSegments
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter


class LayerCurve:
    """One layer's curve as tests and exports read it (`getData`), drawn by its LayerCurves."""

    def __init__(self, owner: LayerCurves, row: int) -> None:
        self._owner, self._row = owner, row

    def getData(self) -> tuple[np.ndarray, np.ndarray]:  # noqa: N802 (pyqtgraph's name)
        x, rows = self._owner.data()
        return x, rows[self._row]


class LayerCurves(pg.GraphicsObject):
    """Rows (L, k) over steps (k,), each with its pen (not antialiased, as the PlotDataItems were).

    Four or eight pg.PlotDataItems redrawn 12 times a second cost ~1 ms of setData and
    bounds (data bounds and pixel vectors, about four times a paint each) per draw here; this
    item keeps the segments from `set_data` and its bounds until new data or a new view scale.
    """

    def __init__(self, pens: list) -> None:
        super().__init__()
        self._pens = [pg.mkPen(p) for p in pens]
        self._x = np.zeros(0)
        self._rows = np.zeros((len(pens), 0))
        self._segments: list = []
        self._data_rect: QRectF | None = None
        self._bounds: QRectF | None = None
        self.curves = [LayerCurve(self, i) for i in range(len(pens))]

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        return self._x, self._rows

    def set_data(self, x: np.ndarray, rows: np.ndarray) -> None:
        """x (k,) and rows (L, k), finite (log10 of the norms, exact zeros at the floor)."""
        self.prepareGeometryChange()
        self._x, self._rows = np.asarray(x, dtype=float), np.asarray(rows, dtype=float)
        self._segments = [arrayToLineSegments(self._x, row, "all", True) for row in self._rows]
        finite = self._rows[np.isfinite(self._rows)]
        if len(self._x) and finite.size:
            x0, x1, y0, y1 = self._x.min(), self._x.max(), finite.min(), finite.max()
            self._data_rect = QRectF(float(x0), float(y0), float(x1 - x0), float(y1 - y0))
        else:
            self._data_rect = None
        self._bounds = None
        self.update()

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph's name)
        super().viewTransformChanged()
        self.prepareGeometryChange()  # the pens' pixels are another size in the data's units
        self._bounds = None

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        if self._bounds is None:
            rect = QRectF() if self._data_rect is None else QRectF(self._data_rect)
            if self._data_rect is not None:
                px, py = self.pixelVectors()
                pad = max((p.widthF() for p in self._pens), default=1.0) / 2 + 1  # cosmetic pens: pixels
                dx = pad * (px.length() if px is not None else 0.0)
                dy = pad * (py.length() if py is not None else 0.0)
                rect = rect.adjusted(-dx, -dy, dx, dy)
            self._bounds = rect
        return QRectF(self._bounds)

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for pen, segments in zip(self._pens, self._segments, strict=False):
            painter.setPen(pen)
            painter.drawLines(*segments.drawargs())
