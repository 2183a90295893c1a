"""Training and test cost J over iterations; long runs arrive decimated, so this stays light."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from visualizer.plots.style import TEST_COLOR, TRAIN_COLOR, style_plot


class CostPlot(pg.PlotWidget):
    """Two curves, created once: J on the training set (every step) and the test set."""

    def __init__(self, parent=None, title: str = "Cost J") -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        style_plot(plot, title, "iteration", "J")
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.hideButtons()
        plot.getAxis("left").enableAutoSIPrefix(False)
        legend = plot.addLegend(offset=(-8, 8), labelTextSize="11pt")
        self.train = plot.plot(pen=pg.mkPen(TRAIN_COLOR, width=3), name="training cost")
        self.test = plot.plot(pen=pg.mkPen(TEST_COLOR, width=3, style=pg.QtCore.Qt.PenStyle.DashLine),
                              name="test cost")  # fmt: skip
        self._legend = legend

    def set_curves(self, steps, values, test_steps, test_values) -> None:
        """Finite points only: a diverged run never hands inf or NaN to pyqtgraph."""
        self.train.setData(*_finite(steps, values))
        self.test.setData(*_finite(test_steps, test_values))


def _finite(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    ok = np.isfinite(y)
    return (x, y) if ok.all() else (x[ok], y[ok])
