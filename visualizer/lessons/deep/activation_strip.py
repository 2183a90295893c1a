"""A density strip per hidden layer: where the values of A^[l] fall on the training set, live."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from visualizer.lessons.deep.iteration_axis import fit_tick_labels
from visualizer.plots.style import style_plot


def density_lut(n: int = 256) -> np.ndarray:
    """White for an empty bin to dark blue for a full one, with a gamma so small fractions show."""
    t = np.linspace(0.0, 1.0, n) ** 0.4
    white, blue = np.array([255, 255, 255]), np.array([8, 48, 107])
    rgb = white * (1 - t[:, None]) + blue * t[:, None]
    return np.hstack([rgb, np.full((n, 1), 255)]).astype(np.ubyte)


class ActivationStrip(pg.PlotWidget):
    """Rows l = 1..L-1 (top to bottom), columns the value bins; shade = fraction of A^[l] in the bin."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        style_plot(plot, self.tr("A[l] values"), self.tr("value"), self.tr("layer l"))
        plot.hideButtons()
        plot.setMouseEnabled(False, False)
        plot.getAxis("bottom").enableAutoSIPrefix(False)
        fit_tick_labels(plot.getAxis("bottom"))  # "0.20.40.60.8" in a narrow strip
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(density_lut())
        plot.addItem(self.image)
        self.note = pg.TextItem("", color="#555555", anchor=(0.5, 0.5))
        plot.addItem(self.note)
        self._shape: tuple[int, float, float] | None = None

    def set_density(self, edges: np.ndarray, density: np.ndarray) -> None:
        """density (L-1, bins) from core; row l-1 is layer l, drawn top to bottom."""
        rows = density.shape[0]
        self.note.setText("" if rows else self.tr("no hidden layer"))
        if not rows:
            self.image.clear()
            return
        self.image.setImage(density[::-1].astype(np.float32), autoLevels=False, levels=(0.0, 1.0))
        lo, hi = float(edges[0]), float(edges[-1])
        self.image.setRect(QRectF(lo, 0.5, hi - lo, rows))
        shape = (rows, lo, hi)
        if shape != self._shape:
            self._shape = shape
            plot = self.getPlotItem()
            plot.setXRange(lo, hi, padding=0)
            plot.setYRange(0.5, rows + 0.5, padding=0)
            every = 1 if rows <= 4 else 2  # 8 layers' numbers ran together in a short strip
            ticks = [(rows - i + 0.0, str(i + 1)) for i in range(0, rows, every)]
            plot.getAxis("left").setTicks([ticks])
            self.note.setPos((lo + hi) / 2, (rows + 1) / 2)

    def shown_density(self) -> np.ndarray:
        """The image's rows in layer order (tests compare with core's histogram)."""
        return np.asarray(self.image.image)[::-1]
