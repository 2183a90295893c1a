"""One small map per hidden unit: that unit's activation A1[i] over the input plane."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from core.plane import PlaneGrid
from visualizer.plots.fast_image import FastImage
from visualizer.plots.paint_cache import cache_static_items
from visualizer.plots.style import diverging_lut

MAX_COLUMNS = 10


class UnitMaps(pg.GraphicsLayoutWidget):
    """A grid of image tiles, rebuilt only when the number of hidden units changes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ci.layout.setSpacing(4)
        self.images: list[pg.ImageItem] = []
        self._lut = diverging_lut()

    def set_count(self, n: int) -> None:
        """Lay out n tiles (no-op if already n)."""
        if n == len(self.images):
            return
        self.clear()
        self.images = []
        columns = (
            min(MAX_COLUMNS, max(n, 1)) if n <= MAX_COLUMNS else math.ceil(n / math.ceil(n / MAX_COLUMNS))
        )
        for i in range(n):
            if i and i % columns == 0:
                self.nextRow()
            view = self.addViewBox(lockAspect=True, enableMouse=False)
            view.setMenuEnabled(False)
            image = FastImage()
            image.setLookupTable(self._lut)
            view.addItem(image)
            label = pg.TextItem(self.tr("unit {0}").format(i + 1), color="#111111", anchor=(0, 0))
            label.setParentItem(view)
            self.images.append(image)
        cache_static_items(self)  # the unit labels over the maps

    def set_maps(self, maps: np.ndarray, grid: PlaneGrid, levels: tuple[float, float]) -> None:
        """maps (n_h, r, r) with fixed `levels` so tiles compare by color across units."""
        self.set_count(maps.shape[0])
        rect = QRectF(*grid.pixel_rect())
        for image, tile in zip(self.images, maps, strict=True):
            image.setImage(tile, autoLevels=False, levels=levels)
            image.setRect(rect)
