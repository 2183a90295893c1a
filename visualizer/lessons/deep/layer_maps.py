"""What each unit computes: a map over the plane for every unit of one hidden layer, paged by layer.

The tiles are one mosaic image (visualizer.plots.mosaic_maps): 16 units as 16 ViewBoxes cost
~6 ms a paint while training, one image of the same pixels a fraction of it."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from core.plane import PlaneGrid
from visualizer.plots.mosaic_maps import MosaicMaps


class LayerTiles(MosaicMaps):
    """The mosaic with each tile named by its unit's number only (1, 2, ...): a deep layer's
    tiles are small, and "unit 12" covered a third of one."""

    def set_count(self, n: int) -> None:
        super().set_count(n)
        for i, label in enumerate(self.labels):
            label.setText(str(i + 1))


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
