"""One small map per hidden unit: that unit's activation A1[i] over the input plane."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from core.plane import PlaneGrid
from visualizer import scale
from visualizer.plots.fast_image import FastImage
from visualizer.plots.paint_cache import cache_static_items
from visualizer.plots.style import diverging_lut

MAX_COLUMNS = 10
LABEL_FILL = (255, 255, 255, 190)  # a unit's name stays readable over a dark map


def unit_label(i: int, anchor: tuple[float, float] = (0, 0)) -> pg.TextItem:
    """Tile i's name, "unit i + 1", in dark text on a light backing (UnitMaps and MosaicMaps)."""
    text = QCoreApplication.translate("UnitMaps", "unit {0}").format(i + 1)
    label = pg.TextItem(text, color="#111111", anchor=anchor, fill=LABEL_FILL)
    label.nnv_self_scaled = True  # rebuilt at any time: styled from visualizer.scale
    return label


def scale_labels(labels: list[pg.TextItem]) -> None:
    """The tiles' names at the application's size, times presentation mode's scale."""
    font = QFont()
    font.setPointSizeF(scale.pt(QApplication.font().pointSizeF()))
    for label in labels:
        label.setFont(font)


def best_columns(n: int, width: int, height: int) -> int:
    """How many columns make n square tiles largest in width x height (at most MAX_COLUMNS)."""
    if n <= 0 or width <= 0 or height <= 0:
        return min(max(n, 1), MAX_COLUMNS)

    def tile(columns: int) -> float:
        return min(width / columns, height / math.ceil(n / columns))

    return max(range(1, min(n, MAX_COLUMNS) + 1), key=lambda c: (tile(c), c))


class UnitMaps(pg.GraphicsLayoutWidget):
    """A grid of image tiles, rebuilt only when the number of hidden units changes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ci.layout.setSpacing(4)
        self.images: list[pg.ImageItem] = []
        self.labels: list[pg.TextItem] = []
        self._views: list[pg.ViewBox] = []
        self._columns = 0
        self._lut = diverging_lut()

    def set_count(self, n: int) -> None:
        """Lay out n tiles (no-op if already n)."""
        if n == len(self.images):
            return
        self.clear()
        self.images, self.labels, self._views, self._columns = [], [], [], 0
        for i in range(n):
            view = pg.ViewBox(lockAspect=True, enableMouse=False)
            view.setMenuEnabled(False)
            image = FastImage()
            image.setLookupTable(self._lut)
            view.addItem(image)
            label = unit_label(i)
            label.setParentItem(view)
            self.images.append(image)
            self.labels.append(label)
            self._views.append(view)
        self._arrange()
        self.apply_scale()
        cache_static_items(self)  # the unit labels over the maps

    def apply_scale(self) -> None:
        """The tiles' names at the application's size, times presentation mode's scale."""
        scale_labels(self.labels)

    def _arrange(self) -> None:
        """Tiles in the number of columns that makes them largest in the widget's shape."""
        n = len(self._views)
        columns = best_columns(n, self.width(), self.height())
        if not n or columns == self._columns:
            return
        self._columns = columns
        for view in self._views:
            if view.parentItem() is not None:
                self.ci.removeItem(view)
        for i, view in enumerate(self._views):
            self.ci.addItem(view, row=i // columns, col=i % columns)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if hasattr(self, "_views"):  # pyqtgraph resizes once inside its constructor
            self._arrange()

    def set_maps(self, maps: np.ndarray, grid: PlaneGrid, levels: tuple[float, float]) -> None:
        """maps (n_h, r, r) with fixed `levels` so tiles compare by color across units."""
        self.set_count(maps.shape[0])
        rect = QRectF(*grid.pixel_rect())
        for image, tile in zip(self.images, maps, strict=True):
            image.setImage(tile, autoLevels=False, levels=levels)
            image.setRect(rect)
