"""Light plot items stroked with cosmetic pens: bounds computed once per new data or view scale."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF


class PenBoundedItem(pg.GraphicsObject):
    """An item in data coordinates whose bounds are its finite points' extent, padded by the
    widest pen's half width plus a pixel (cosmetic pens: pixels, whatever the view's scale).

    pg.PlotCurveItem asked for its data bounds and the pixel vectors about four times a paint;
    here they are worked out once per `_set_extent` (new data) or view scale.
    """

    def __init__(self, pens: list) -> None:
        super().__init__()
        self._pens = [pg.mkPen(p) for p in pens]
        self._data_rect: QRectF | None = None  # the finite points' extent, None when there are none
        self._bounds: QRectF | None = None  # with the pens' half width, in data units

    def _set_extent(self, x: np.ndarray, y: np.ndarray) -> None:
        """The extent of the finite (x, y) pairs (arrays of one shape); after prepareGeometryChange."""
        finite = np.isfinite(x) & np.isfinite(y)
        if finite.any():
            x0, x1, y0, y1 = x[finite].min(), x[finite].max(), y[finite].min(), y[finite].max()
            self._data_rect = QRectF(float(x0), float(y0), float(x1 - x0), float(y1 - y0))
        else:
            self._data_rect = None
        self._bounds = None

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
