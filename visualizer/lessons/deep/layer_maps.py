"""What each unit computes: a map over the plane for every unit of one hidden layer, paged by layer."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from core.plane import PlaneGrid
from visualizer.plots.unit_maps import UnitMaps


class LayerTiles(UnitMaps):
    """UnitMaps whose grid follows the widget's shape, each tile numbered 1, 2, ..."""

    def set_count(self, n: int) -> None:
        if n == len(self.images):
            return
        self.clear()
        self.images = []
        aspect = max(self.width(), 1) / max(self.height(), 1)
        columns = max(1, min(n, round(math.sqrt(n * aspect)))) if n else 1
        for i in range(n):
            if i and i % columns == 0:
                self.nextRow()
            view = self.addViewBox(lockAspect=True, enableMouse=False)
            view.setMenuEnabled(False)
            image = pg.ImageItem(axisOrder="row-major")
            image.setLookupTable(self._lut)
            view.addItem(image)
            label = pg.TextItem(str(i + 1), color="#111111", anchor=(0, 0))
            label.setParentItem(view)
            self.images.append(image)


class LayerMaps(QWidget):
    """◀ layer l ▶ above the tiles of layer l's units (first layer: lines; deeper: their combinations)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layer = 1
        self._count = 0
        self.previous = QToolButton()
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.next = QToolButton()
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.previous.setToolTip(self.tr("The layer before"))
        self.next.setToolTip(self.tr("The next layer"))
        self.title = QLabel()  # one line: a wrapped label would make this row height-for-width
        self.title.setToolTip(
            self.tr(
                "Each tile is one unit's activation over the input plane: green high, purple low, white 0"
            )
        )
        self.maps = LayerTiles()
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.previous)
        head.addWidget(self.title, 1)
        head.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.maps, 1)
        self.previous.clicked.connect(lambda: self.show_layer(self.layer - 1))
        self.next.clicked.connect(lambda: self.show_layer(self.layer + 1))
        self._last: tuple | None = None

    def show_layer(self, layer: int) -> None:
        self.layer = min(max(layer, 1), max(self._count, 1))
        if self._last is not None:
            self.set_maps(*self._last)

    def set_maps(self, maps: tuple[np.ndarray, ...], grid: PlaneGrid, levels: tuple) -> None:
        """maps[l-1] (n^[l], r, r) from core, with its colour range levels[l-1]."""
        self._last = (maps, grid, levels)
        self._count = len(maps)
        self.previous.setEnabled(self.layer > 1)
        self.next.setEnabled(self.layer < self._count)
        if not maps:
            self.maps.set_count(0)
            self.title.setText(self.tr("No hidden layer (logistic regression)"))
            return
        self.layer = min(self.layer, self._count)
        layer_maps = maps[self.layer - 1]
        self.maps.set_maps(layer_maps, grid, levels[self.layer - 1])
        self.title.setText(
            self.tr("Layer {0} of {1}: {2} units a[{0}]").format(self.layer, self._count, layer_maps.shape[0])
        )
