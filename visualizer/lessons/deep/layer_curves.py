"""One curve per layer over the same steps, as one light item: little Python per draw and paint."""

from __future__ import annotations

import numpy as np
from pyqtgraph.graphicsItems.PlotCurveItem import arrayToLineSegments
from PySide6.QtGui import QPainter

from visualizer.plots.pen_bounds import PenBoundedItem


class LayerCurve:
    """One layer's curve as tests and exports read it (`getData`), drawn by its LayerCurves."""

    def __init__(self, owner: LayerCurves, row: int) -> None:
        self._owner, self._row = owner, row

    def getData(self) -> tuple[np.ndarray, np.ndarray]:  # noqa: N802 (pyqtgraph's name)
        x, rows = self._owner.data()
        return x, rows[self._row]


class LayerCurves(PenBoundedItem):
    """Rows (L, k) over steps (k,), each with its pen (not antialiased, as the PlotDataItems were).

    Four or eight pg.PlotDataItems redrawn 12 times a second cost ~1 ms of setData and
    bounds (data bounds and pixel vectors, about four times a paint each) per draw here; this
    item keeps the segments from `set_data` and its bounds until new data or a new view scale.
    """

    def __init__(self, pens: list) -> None:
        super().__init__(pens)
        self._x = np.zeros(0)
        self._rows = np.zeros((len(pens), 0))
        self._segments: list = []
        self.curves = [LayerCurve(self, i) for i in range(len(pens))]

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        return self._x, self._rows

    def set_data(self, x: np.ndarray, rows: np.ndarray) -> None:
        """x (k,) and rows (L, k), finite (log10 of the norms, exact zeros at the floor)."""
        self.prepareGeometryChange()
        self._x, self._rows = np.asarray(x, dtype=float), np.asarray(rows, dtype=float)
        self._segments = [arrayToLineSegments(self._x, row, "all", True) for row in self._rows]
        self._set_extent(np.broadcast_to(self._x, self._rows.shape), self._rows)
        self.update()

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for pen, segments in zip(self._pens, self._segments, strict=False):
            painter.setPen(pen)
            painter.drawLines(*segments.drawargs())
