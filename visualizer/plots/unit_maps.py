"""One small map per hidden unit: that unit's activation A1[i] over the input plane."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from core.plane import PlaneGrid
from visualizer import scale
from visualizer.plots.style import diverging_lut

MAX_COLUMNS = 10


class UnitMaps(pg.GraphicsLayoutWidget):
    """A grid of image tiles, rebuilt only when the number of hidden units changes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ci.layout.setSpacing(4)
        self.images: list[pg.ImageItem] = []
        self.labels: list[pg.TextItem] = []
        self._lut = diverging_lut()

    def set_count(self, n: int) -> None:
        """Lay out n tiles (no-op if already n)."""
        if n == len(self.images):
            return
        self.clear()
        self.images, self.labels = [], []
        columns = (
            min(MAX_COLUMNS, max(n, 1)) if n <= MAX_COLUMNS else math.ceil(n / math.ceil(n / MAX_COLUMNS))
        )
        for i in range(n):
            if i and i % columns == 0:
                self.nextRow()
            view = self.addViewBox(lockAspect=True, enableMouse=False)
            view.setMenuEnabled(False)
            image = pg.ImageItem(axisOrder="row-major")
            image.setLookupTable(self._lut)
            view.addItem(image)
            label = pg.TextItem(self.tr("unit {0}").format(i + 1), color="#111111", anchor=(0, 0))
            label.setParentItem(view)
            label.nnv_self_scaled = True  # rebuilt at any time: styled from visualizer.scale
            self.images.append(image)
            self.labels.append(label)
        self.apply_scale()

    def apply_scale(self) -> None:
        """The tiles' names at the application's size, times presentation mode's scale."""
        font = QFont()
        font.setPointSizeF(scale.pt(QApplication.font().pointSizeF()))
        for label in self.labels:
            label.setFont(font)

    def set_maps(self, maps: np.ndarray, grid: PlaneGrid, levels: tuple[float, float]) -> None:
        """maps (n_h, r, r) with fixed `levels` so tiles compare by color across units."""
        self.set_count(maps.shape[0])
        rect = QRectF(*grid.pixel_rect())
        for image, tile in zip(self.images, maps, strict=True):
            image.setImage(tile, autoLevels=False, levels=levels)
            image.setRect(rect)
