"""The probe's dots on the curves: one small cached item per function, moved, never redrawn.

A ScatterPlotItem given new data each frame rebuilt its points, looked up its symbols and
computed its bounds in Python, then painted them again: ~4 ms a frame for the 2 x 5 dots of
the activations lesson. Each dot here is a disc of fixed size on screen with its own pixmap
cache; a frame only moves it (setPos), which Qt draws from the cache.
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
