"""Training and test cost J over iterations; long runs arrive decimated, so this stays light."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from visualizer.plots.decimate import column_peaks, plot_columns
from visualizer.plots.growing_curve import GrowingCurve
from visualizer.plots.style import TEST_COLOR, TRAIN_COLOR, style_plot

MIN_X_SPAN = 100
# The cost axis follows the history, not a divergence's last blow-up: values above this many
# times the run's first cost (where every run starts, before it falls or blows up) leave the view
# (drawn clipped at its top) instead of stretching it to 1e+305 and flattening everything else.
ABSURD_FACTOR = 10.0
NICE_STEPS = (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10)


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k that is >= value (limits that read well)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(f * power for f in NICE_STEPS if f * power >= value * (1 - 1e-12))


class CostPlot(pg.PlotWidget):
    """Two curves, created once: J on the training set (every step) and the test set.

    The view range moves in steps (nice limits) instead of every frame, so the axes are
    not redrawn while the curve grows.
    """

    def __init__(self, parent=None, title: str | None = None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        style_plot(plot, title if title is not None else self.tr("Cost J"), self.tr("iteration"), "J")
        plot.hideButtons()
        plot.disableAutoRange()
        plot.getAxis("left").enableAutoSIPrefix(False)
        plot.getAxis("bottom").enableAutoSIPrefix(False)
        plot.addLegend(offset=(-8, 8), labelTextSize="11pt", brush=pg.mkBrush(255, 255, 255, 210))
        # Not antialiased: the curves run mostly level, and it halves this plot's paint time.
        # Growing curves: the part drawn already paints from a pixmap, only the new end anew.
        self.train = GrowingCurve(
            pen=pg.mkPen(TRAIN_COLOR, width=3), name=self.tr("training cost"), antialias=False
        )
        dash = pg.mkPen(TEST_COLOR, width=3, style=Qt.PenStyle.DashLine)
        self.test = GrowingCurve(pen=dash, name=self.tr("test cost"), antialias=False)
        plot.addItem(self.train)
        plot.addItem(self.test)
        self._x_hi = self._y_hi = 0.0

    def set_curves(self, steps, values, test_steps, test_values) -> None:
        """Finite points only: a diverged run never hands inf or NaN to pyqtgraph."""
        x, y = _finite(steps, values)
        tx, ty = _finite(test_steps, test_values)
        last = max(x[-1] if len(x) else 0, tx[-1] if len(tx) else 0)
        self._keep_in_view(float(last), cost_ceiling(y, ty))
        view = plot_columns(self.getPlotItem())  # a long history: what its pixel columns show
        self.train.set_history(*column_peaks(x, clip_to_view(y, self._y_hi), *view))
        self.test.set_history(*column_peaks(tx, clip_to_view(ty, self._y_hi), *view))

    def _keep_in_view(self, last: float, y_hi: float) -> None:
        x_hi = nice_ceiling(max(last * 1.05, MIN_X_SPAN))
        if x_hi != self._x_hi:  # grows as the run goes on; shrinks back after a reset
            self._x_hi = x_hi
            self.getPlotItem().setXRange(0, x_hi, padding=0.02)
        if y_hi != self._y_hi:
            self._y_hi = y_hi
            self.getPlotItem().setYRange(0, y_hi, padding=0.02)

    def view_range(self) -> tuple[float, float]:
        """The current upper limits (x, y) of the view."""
        return self._x_hi, self._y_hi


def cost_ceiling(*histories: np.ndarray) -> float:
    """The cost axis's nice upper limit for these finite histories, ignoring absurd values.

    A value counts if it is at most ABSURD_FACTOR times the history's first value (a run
    that diverges grows exponentially, so its median would be absurd too); the limit is a
    nice number above the largest that counts.
    """
    peak = 0.0
    for y in histories:
        if len(y):
            typical = max(float(y[0]), 0.0)
            kept = y[y <= ABSURD_FACTOR * typical] if typical > 0 else y[:0]
            peak = max(peak, float(kept.max()) if len(kept) else typical)
    return nice_ceiling(peak * 1.1) if peak > 0 else 1.0


def clip_to_view(y: np.ndarray, y_hi: float) -> np.ndarray:
    """Values far above the view drawn just past its top edge (a line that leaves the plot)."""
    ceiling = 2.0 * y_hi
    return y if not len(y) or float(y.max()) <= ceiling else np.minimum(y, ceiling)


def _finite(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    ok = np.isfinite(y)
    return (x, y) if ok.all() else (x[ok], y[ok])
