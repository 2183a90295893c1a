"""An ImageItem whose pixels reach Qt as 32-bit RGB in the screen's row order: the cheap way to draw them."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage


def rgb32_table(lut: np.ndarray) -> tuple[np.ndarray, bool]:
    """A (n, 3|4) uint8 table as n premultiplied 0xAARRGGBB words, and whether any is see-through."""
    lut = np.asarray(lut)
    rgb = lut[:, :3].astype(np.uint32)
    alpha = lut[:, 3].astype(np.uint32) if lut.shape[1] == 4 else np.full(len(lut), 255, np.uint32)
    rgb = rgb * alpha[:, None] // 255  # premultiplied (no-op where opaque)
    words = (alpha << 24) | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]
    return words.astype(np.uint32), bool((alpha < 255).any())


class FastImage(pg.ImageItem):
    """pg.ImageItem (row-major) for float images with fixed levels and a colour table.

    pyqtgraph hands such an image to Qt as an Indexed8 QImage (building its 256-colour table
    each frame in Python) and every ViewBox flips y: Qt then draws it through its generic
    transform path. Measured here on a 100 x 100 image shown 600 x 600: 5-9 ms a draw,
    against 0.1-0.4 ms for an RGB32 image drawn without the flip. So this item looks the
    colours up in numpy, stores the rows bottom-up when the view flips y, and draws with the
    flip undone. Anything else (no table, automatic levels, NaN) takes pyqtgraph's path.
    """

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("axisOrder", "row-major")
        self._table: tuple[np.ndarray, bool] | None = None
        self._flip = True  # the view's y axis points up (a ViewBox's default)
        self._drawn_flipped: bool | None = None  # None: pyqtgraph's own image
        self._pixels: np.ndarray | None = None
        super().__init__(*args, **kwargs)

    def setLookupTable(self, lut, update: bool = True) -> None:  # noqa: N802 (pyqtgraph's name)
        self._table = None
        super().setLookupTable(lut, update)

    def _fast_table(self) -> tuple[np.ndarray, bool] | None:
        lut, image, levels = self.lut, self.image, self.levels
        if lut is None or callable(lut) or levels is None or np.ndim(levels) != 1 or self.autoDownsample:
            return None
        if image is None or image.ndim != 2 or image.dtype.kind != "f" or np.isnan(image.min()):
            return None
        lut = np.asarray(lut)
        if lut.ndim != 2 or lut.shape[1] not in (3, 4) or lut.dtype != np.uint8:
            return None
        if self._table is None:
            self._table = rgb32_table(lut)
        return self._table

    def render(self) -> None:
        fast = self._fast_table() if self.image is not None and self.image.size else None
        if fast is None:
            self._drawn_flipped = None
            return super().render()
        words, translucent = fast
        lo, hi = (float(v) for v in self.levels)
        span = (hi - lo) or 1.0
        n = len(words)
        index = np.clip((self.image - lo) * (n / span), 0, n - 1).astype(np.intp)  # as pyqtgraph does
        if self._flip:
            index = index[::-1]
        self._pixels = np.ascontiguousarray(words[index])
        h, w = self._pixels.shape
        fmt = QImage.Format.Format_ARGB32_Premultiplied if translucent else QImage.Format.Format_RGB32
        self.qimage = QImage(self._pixels.data, w, h, 4 * w, fmt)
        self._drawn_flipped = self._flip
        self._renderRequired = False
        self._unrenderable = False

    def paint(self, painter, *args) -> None:
        if self.image is None:
            return
        flip = painter.transform().m22() < 0
        if flip != self._flip:
            self._flip = flip
            self._renderRequired = True
        if self._drawn_flipped is None or self._renderRequired:
            if self._renderRequired:
                self.render()
            if self._drawn_flipped is None:
                return super().paint(painter, *args)
            if self._unrenderable:
                return
        h, w = self.image.shape[:2]
        if self.paintMode is not None:
            painter.setCompositionMode(self.paintMode)
        if self._drawn_flipped:
            painter.save()
            painter.translate(0, h)
            painter.scale(1, -1)  # with the view's own flip: drawn unflipped, Qt's fast path
            painter.drawImage(QRectF(0, 0, w, h), self.qimage)
            painter.restore()
        else:
            painter.drawImage(QRectF(0, 0, w, h), self.qimage)
        if self.border is not None:
            painter.setPen(self.border)
            painter.drawRect(self.boundingRect())
