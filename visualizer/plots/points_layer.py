"""Several scatter items painted as one cached picture: one pixmap to blend a frame, not one per class."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from visualizer.plots.paint_cache import CACHE


class LayerScatter(pg.ScatterPlotItem):
    """A ScatterPlotItem that a PointsLayer paints: it paints nothing itself.

    It keeps everything else (its data, its legend sample, its visibility), so code that reads
    or toggles it need not know about the layer.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)

    def paint_into(self, painter, option, widget) -> None:
        """The scatter's own picture, painted by its layer."""
        super().paint(painter, option, widget)


class PointsLayer(pg.GraphicsObject):
    """Paints its LayerScatters (siblings in the same view) into one device-pixmap cache.

    Each cached scatter kept a pixmap as large as its points' extent, and every frame of a new
    boundary under them blended all of them again (four classes and splits: ~1.5 ms of a 600 px
    plot here); one layer blends one. Call `changed()` after a scatter's data or visibility
    changed: the cache is painted again then, and when the view's scale changes.
    """

    def __init__(self, scatters: list[LayerScatter]) -> None:
        super().__init__()
        self._scatters = scatters
        self._bounds: QRectF | None = None
        self.setCacheMode(CACHE)

    def changed(self) -> None:
        """A scatter's points or visibility changed: new bounds, a new picture."""
        self.prepareGeometryChange()
        self._bounds = None
        self.update()

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph's name)
        super().viewTransformChanged()
        self.prepareGeometryChange()  # the symbols' pixel padding is another size in the data's units
        self._bounds = None

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        if self._bounds is None:
            rect = QRectF()
            for item in self._scatters:
                if item.isVisible() and len(item.data):
                    rect = rect.united(item.boundingRect())
            self._bounds = rect
        return QRectF(self._bounds)

    def paint(self, painter, option, widget=None) -> None:
        for item in self._scatters:
            if item.isVisible() and len(item.data):
                painter.save()
                item.paint_into(painter, option, widget)
                painter.restore()
