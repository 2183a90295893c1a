"""The probe's marks: its dashed lines and its dots on the curves, cached and moved, not redrawn.

A ScatterPlotItem given new data each frame rebuilt its points, looked up its symbols and
computed its bounds in Python, then painted them again: ~4 ms a frame for the 2 x 5 dots of
the activations lesson. Each dot here is a disc of fixed size on screen with its own pixmap
cache; a frame only moves it (setPos), which Qt draws from the cache. A probe line moved
along z skips pyqtgraph's recomputation of its bounds from the view and of its label's place.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem

from visualizer.plots.paint_cache import CACHE

DOT_PEN_WIDTH = 1.5
# 14 px across with its white rim (the scatter's symbol was 13 + 1.5): a whole number of
# pixels, so that the cached pixmap keeps its size wherever the dot moves (a size that
# rounds differently at another sub-pixel position would paint it again)
DOT_SIZE = 14 - DOT_PEN_WIDTH
DOT_Z = 20


class Dot(QGraphicsEllipseItem):
    """A disc that counts its paints (tests: a move must not paint it again)."""

    paints = 0

    def paint(self, painter, option, widget=None) -> None:
        self.paints += 1
        super().paint(painter, option, widget)


class ProbeDots:
    """A dot per name in one plot, at (z, y) in data coordinates; hidden names show none."""

    def __init__(self, plot: pg.PlotItem, colors: dict[str, str]) -> None:
        self.dots: dict[str, Dot] = {}
        half = DOT_SIZE / 2
        for name, color in colors.items():
            dot = Dot(-half, -half, DOT_SIZE, DOT_SIZE)
            dot.setPen(pg.mkPen("w", width=DOT_PEN_WIDTH))
            dot.setBrush(QColor(color))
            dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)  # pixels, not z units
            dot.setCacheMode(CACHE)  # a move is a copy of the pixmap, a new position no repaint
            dot.setZValue(DOT_Z)
            dot.setVisible(False)
            plot.vb.addItem(dot, ignoreBounds=True)
            self.dots[name] = dot

    def place(self, z: float, ys: dict[str, float]) -> None:
        """Dots for the names in `ys` at (z, y); the others hidden."""
        for name, dot in self.dots.items():
            y = ys.get(name)
            if y is None:
                dot.setVisible(False)
                continue
            dot.setPos(z, y)
            dot.setVisible(True)

    def getData(self) -> tuple[np.ndarray, np.ndarray]:  # noqa: N802 (the scatter's name: tests read it)
        """(z, y) of the shown dots, in the names' order."""
        shown = [d.pos() for d in self.dots.values() if d.isVisible()]
        return np.array([p.x() for p in shown]), np.array([p.y() for p in shown])

    def paints(self) -> int:
        return sum(d.paints for d in self.dots.values())


class ProbeLine(pg.InfiniteLine):
    """A vertical InfiniteLine whose move along z is only a move.

    pyqtgraph's setPos recomputes the bounding rect from the view and places the label again
    (~0.15 ms a line, in Python). For a vertical line moved sideways neither changes in its own
    coordinates (the rect spans the view's height; the label sits at a fraction of it), so a
    number is clamped to the bounds and moved; a drag (a point) takes pyqtgraph's path. (No
    pixmap cache: Qt repaints the cache of an item turned 90 degrees in a scaled view anyway.)
    """

    def setPos(self, pos) -> None:  # noqa: N802 (pyqtgraph's name)
        if self.angle != 90 or not isinstance(pos, int | float) or self._boundingRect is None:
            super().setPos(pos)
            return
        x = float(pos)
        lo, hi = self.maxRange
        x = x if lo is None else max(x, lo)
        x = x if hi is None else min(x, hi)
        if x == self.p[0]:
            return
        self.p = [x, self.p[1]]
        pg.GraphicsObject.setPos(self, pg.Point(x, self.p[1]))
        self.sigPositionChanged.emit(self)
