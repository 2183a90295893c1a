"""Every hidden unit's map as one tile of a single image: one colour lookup and one draw per frame.

UnitMaps gives each tile its own ViewBox and ImageItem; with n_h = 50 a redraw of the maps cost
11-17 ms of paint here (fifty clipped views), as one mosaic it is one image of the same pixels.
The shallow and zero-initialization lessons draw their unit maps with it; a lesson may frame
every tile (a blank map still shows where it is) and mark some tiles in its own colour.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath
from PySide6.QtWidgets import QApplication, QGraphicsPathItem

from core.plane import PlaneGrid
from visualizer import scale
from visualizer.plots.fast_image import FastImage
from visualizer.plots.paint_cache import cache_static_items
from visualizer.plots.style import diverging_lut
from visualizer.plots.unit_maps import MAX_COLUMNS, best_columns, scale_labels, unit_label

GAP = 0.08  # between tiles, as a fraction of a tile's side
TEXT_MARGIN = 4  # px: a TextItem's document margin, between its box's bottom and its text
LABEL_MIN_TILE_PX = 56  # smaller tiles go unnamed: fifty names over fifty small tiles overprinted
FRAME_COLOR = (120, 120, 120)
MARK_WIDTH = 4  # px: a marked tile's outline, in the gap around it
BALANCE_SLACK = 0.1  # a grid with a fuller last row wins over tiles up to 10% larger


def mosaic(maps: np.ndarray, columns: int, fill: float, band: int = 0) -> tuple[np.ndarray, int]:
    """maps (n, r, r) as one (rows * (step + band) - gap, columns * step - gap) float32 image,
    and step.

    Tile i sits in row i // columns from the top, column i % columns; row 0 of an image is its
    bottom (y points up in the view), so the first row of tiles takes the image's last rows.
    Gaps hold `fill`, and so do `band` rows above each row of tiles (room for the tiles' names).
    """
    n, r = maps.shape[0], maps.shape[1]
    rows = max(1, math.ceil(n / columns))
    gap = max(1, round(r * GAP))
    step = r + gap
    out = np.full((rows * (step + band) - gap, columns * step - gap), fill, dtype=np.float32)
    for i in range(n):
        row, col = divmod(i, columns)
        top = (rows - 1 - row) * (step + band)
        out[top : top + r, col * step : col * step + maps.shape[2]] = maps[i]
    return out, step


def last_row_fill(n: int, columns: int) -> float:
    """How full the last row of n tiles in `columns` is: 1.0 for 3 + 3, 0.2 for 5 + 1."""
    rest = n % columns
    return 1.0 if rest == 0 else rest / columns


def label_band(
    tile: int, gap: int, rows: int, columns: int, size: tuple[float, float], text_px: float
) -> int:
    """Image rows above each row of tiles that hold a name `text_px` screen pixels high, in a view
    of `size` (w, h) pixels that shows the whole mosaic at one scale (a few passes: the band
    itself makes the image taller and so the scale smaller)."""
    width, height = size
    band = 0
    for _ in range(4):
        scale_px = min(width / (columns * (tile + gap) - gap), height / (rows * (tile + gap + band) - gap))
        band = math.ceil(text_px / max(scale_px, 1e-6))
    return band


class MosaicMaps(pg.GraphicsLayoutWidget):
    """One small map per hidden unit, in as many columns as make the tiles largest."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.view = self.addViewBox(lockAspect=True, enableMouse=False)
        self.view.setMenuEnabled(False)
        self.image = FastImage()
        self.image.setLookupTable(diverging_lut())
        self.view.addItem(self.image)
        self.labels: list[pg.TextItem] = []
        self._maps: np.ndarray | None = None
        self._levels = (-1.0, 1.0)
        self._columns: tuple[int, int, bool] | None = None  # columns, name band, named: as drawn
        self._chosen: tuple[tuple, int] = ((), 0)  # (n, r, size, font) and the columns chosen
        self.frames = self._outline(pg.mkPen(*FRAME_COLOR, width=1, cosmetic=True))
        self.marks = self._outline(pg.mkPen(width=MARK_WIDTH, cosmetic=True))
        self.marked: tuple[int, ...] = ()

    def _outline(self, pen) -> QGraphicsPathItem:
        item = QGraphicsPathItem()
        item.setPen(pen)
        item.setVisible(False)
        self.view.addItem(item)
        return item

    def set_framed(self, framed: bool) -> None:
        """A thin grey frame around every tile (a map of one colour still shows its edge)."""
        self.frames.setVisible(framed)

    def set_marked(self, tiles: Sequence[int], color: tuple[int, int, int] | QColor) -> None:
        """Outline `tiles` in `color` (a lesson's own: e.g. the units that are identical)."""
        tiles, qcolor = tuple(tiles), QColor(*color) if isinstance(color, tuple) else QColor(color)
        pen = self.marks.pen()
        if tiles == self.marked and pen.color() == qcolor:
            return
        pen.setColor(qcolor)
        self.marks.setPen(pen)
        self.marked = tiles
        self._draw_outlines()

    @property
    def count(self) -> int:
        """How many tiles are laid out."""
        return len(self.labels)

    def tile(self, i: int) -> np.ndarray:
        """The map shown in tile i (r, r)."""
        return self._maps[i]

    def set_count(self, n: int) -> None:
        """Lay out n tiles (no-op if already n)."""
        if n == len(self.labels):
            return
        for label in self.labels:
            self.view.removeItem(label)
        self.labels = []
        for i in range(n):
            label = unit_label(i, anchor=(0, 1))  # its bottom on its tile's top, in the band
            self.view.addItem(label)
            self.labels.append(label)
        self._maps, self._columns, self.marked = None, None, ()
        self.marks.setVisible(False)
        self.image.setVisible(n > 0)
        self.apply_scale()
        cache_static_items(self)  # the unit labels over the maps

    @staticmethod
    def _label_font() -> QFont:
        font = QFont()
        font.setPointSizeF(scale.pt(QApplication.font().pointSizeF()))
        return font

    def apply_scale(self) -> None:
        """The tiles' names at the application's size, times presentation mode's scale."""
        scale_labels(self.labels)
        if getattr(self, "_maps", None) is not None:  # the names' band follows their size
            self._draw(self._best_columns(len(self._maps)))

    def set_maps(self, maps: np.ndarray, grid: PlaneGrid, levels: tuple[float, float]) -> None:
        """maps (n_h, r, r) with fixed `levels` so tiles compare by color across units."""
        self.set_count(maps.shape[0])
        self._maps, self._levels = maps, levels
        self._draw(self._best_columns(maps.shape[0]))

    def _best_columns(self, n: int) -> int:
        """The columns that make the tiles largest once each row has its names' band (four units
        at 1024x768 took 3 + 1 tiles, which the bands then made smaller than one row of 4); of
        those within BALANCE_SLACK of the largest, the one whose last row is fullest (six units
        took 5 + 1 tiles at 1280x720 presenting, where 3 + 3 or one row of 6 were as large)."""
        if n <= 0 or min(self.width(), self.height()) <= 0 or self._maps is None:
            return best_columns(n, self.width(), self.height())
        key = (n, self._maps.shape[1], self.width(), self.height(), self._label_font().pointSizeF())
        if self._chosen[0] != key:  # ten trial layouts: once a size, not with every new map
            sizes = {c: self._tile_px(c) for c in range(1, min(n, MAX_COLUMNS) + 1)}
            largest = max(sizes.values())
            near = [c for c, px in sizes.items() if px >= largest * (1 - BALANCE_SLACK)]
            self._chosen = (key, max(near, key=lambda c: (last_row_fill(n, c), sizes[c], c)))
        return self._chosen[1]

    def _tile_px(self, columns: int) -> float:
        """A tile's side on screen in `columns`, gaps and names' bands included (as `_draw` lays it)."""
        r = self._maps.shape[1]
        gap, (columns, band, _) = max(1, round(r * GAP)), self._layout(columns)
        rows = math.ceil(self._maps.shape[0] / columns)
        width, height = columns * (r + gap) - gap, rows * (r + gap + band) - gap
        return r * min(self.width() / width, self.height() / height)

    def _layout(self, columns: int) -> tuple[int, int, bool]:
        """(columns, band, named): the tiles' names sit in a band above each row of tiles, not
        on the maps (presenting at 1024x768 "unit 1" covered a third of its tile)."""
        n, r = self._maps.shape[0], self._maps.shape[1]
        rows = max(1, math.ceil(n / columns))
        text_px = QFontMetricsF(self._label_font()).height() + TEXT_MARGIN
        named = min(self.width() / columns, self.height() / rows - text_px) >= LABEL_MIN_TILE_PX
        if not named:
            return columns, 0, False
        gap = max(1, round(r * GAP))
        return columns, label_band(r, gap, rows, columns, (self.width(), self.height()), text_px), True

    def _draw(self, columns: int) -> None:
        maps = self._maps
        if maps is None or not len(maps):
            return
        lo, hi = self._levels
        layout = self._layout(columns)
        _, band, named = layout
        image, step = mosaic(maps, columns, 0.5 * (lo + hi), band)  # gaps in the map's neutral white
        self.image.setImage(image, autoLevels=False, levels=self._levels)
        if layout != self._columns:  # the tiles moved: their names and the view follow
            self._columns = layout
            for i, label in enumerate(self.labels):
                tile = self.tile_rect(i)
                label.setPos(tile.left(), tile.bottom())  # y points up: its bottom on the tile's top
                label.setVisible(named)
            self.view.setRange(QRectF(0, 0, image.shape[1], image.shape[0]), padding=0)
            self._draw_outlines()

    def tile_rect(self, i: int, grow: float = 0.0) -> QRectF:
        """Tile i's square in the view's coordinates, as last drawn (y points up), `grow` pixels
        wider on every side."""
        columns, band, _ = self._columns
        n, r = self._maps.shape[0], self._maps.shape[1]
        step = r + max(1, round(r * GAP))
        row, col = divmod(i, columns)
        top = (math.ceil(n / columns) - 1 - row) * (step + band)
        return QRectF(col * step - grow, top - grow, r + 2 * grow, r + 2 * grow)

    def _draw_outlines(self) -> None:
        """The frames and marks where the tiles are now (after a change of columns or of marks)."""
        if self._maps is None or self._columns is None:
            return
        frames, marks = QPainterPath(), QPainterPath()
        gap = max(1, round(self._maps.shape[1] * GAP))
        for i in range(len(self._maps)):
            frames.addRect(self.tile_rect(i))
            if i in self.marked:
                marks.addRect(self.tile_rect(i, gap * 0.45))
        self.frames.setPath(frames)
        self.marks.setPath(marks)
        self.marks.setVisible(bool(self.marked))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if getattr(self, "_maps", None) is not None:  # pyqtgraph resizes once inside its constructor
            columns = self._best_columns(len(self._maps))
            if self._layout(columns) != self._columns:
                self._draw(columns)
