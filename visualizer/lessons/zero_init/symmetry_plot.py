"""The two live curves of the lesson: how far apart the units are (log axis), and the cost J."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QBoxLayout, QWidget

from core.twin import TwinSnapshot
from visualizer import scale
from visualizer.lessons.zero_init.colors import LOG_FLOOR, RANDOM_COLOR, SYMMETRIC_COLOR
from visualizer.plots.cost_plot import MIN_X_SPAN, clip_to_view, cost_ceiling
from visualizer.plots.decimate import column_peaks, plot_columns
from visualizer.plots.fit import fit_title
from visualizer.plots.growing_curve import GrowingCurve
from visualizer.plots.power_axis import PowerAxis

MIN_HEIGHT = 120
translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


X_STEPS = (1, 1.5, 2, 3, 5, 7.5, 10)  # the curves fill at least 57% of the width (71% at finer steps)


def x_ceiling(value: float) -> float:
    """The smallest of X_STEPS x 10^k that is >= value: the iteration axes' right ends."""
    power = 10 ** math.floor(math.log10(value))
    return next(f * power for f in X_STEPS if f * power >= value * (1 - 1e-12))


def clamp_for_log(values: np.ndarray) -> np.ndarray:
    """Values a log axis can take: 0, negatives and non-finite values become LOG_FLOOR."""
    out = np.asarray(values, dtype=float).copy()
    out[~np.isfinite(out) | (out < LOG_FLOOR)] = LOG_FLOOR
    return out


class SymmetryPlots(QWidget):
    """Left: the symmetry measure of both copies over the steps; right: their costs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # its grid at whole decades only: 21 decades of minor ticks drew ~190 grid lines,
        # ~40 ms a repaint of the axis (every visit back to the tab)
        self.measure = pg.PlotWidget(axisItems={"left": PowerAxis("left")})
        m = self.measure.getPlotItem()
        m.setLogMode(x=False, y=True)
        m.setYRange(math.log10(LOG_FLOOR) - 1, 2, padding=0)
        m.setMouseEnabled(False, False)
        m.disableAutoRange()
        m.hideButtons()
        m.showGrid(y=True, alpha=0.25)
        self._titles = (  # the long one where it fits, else the short one (and a tooltip)
            translate(
                "SymmetryPlots",
                "Largest difference between two hidden units (W1, b1, W2); 0 is drawn at 1e-18",
            ),
            translate("SymmetryPlots", "Largest unit difference"),
        )
        m.setTitle(self._titles[0])
        self.measure.setToolTip(self._titles[0])
        self._title_fit: tuple = ()
        m.setLabel("bottom", translate("SymmetryPlots", "iteration"))
        legend = m.addLegend(offset=(-10, 10))
        # at the right edge's middle: the random twin's curve runs along the top (~1), the
        # symmetric copy's along the floor (1e-18); between them the log axis stays empty
        legend.anchor(itemPos=(1, 0.5), parentPos=(1, 0.5), offset=(-10, 0))
        # growing curves: the part drawn already paints from a pixmap, only the new end anew
        self.symmetric_curve = GrowingCurve(
            pen=pg.mkPen(SYMMETRIC_COLOR, width=3),
            name=translate("SymmetryPlots", "symmetric copy"),
            antialias=False,
        )
        self.random_curve = GrowingCurve(
            pen=pg.mkPen(RANDOM_COLOR, width=3),
            name=translate("SymmetryPlots", "random twin"),
            antialias=False,
        )
        m.addItem(self.symmetric_curve)
        m.addItem(self.random_curve)
        self._markers: list[pg.InfiniteLine] = []
        self._x_hi: dict[pg.PlotWidget, float] = {}  # each plot's x range, as last set
        self._cost_hi = 1.0
        self.cost = pg.PlotWidget()
        c = self.cost.getPlotItem()
        c.setMouseEnabled(False, False)
        c.disableAutoRange()
        c.setYRange(0, 1.0, padding=0.02)
        c.hideButtons()
        c.showGrid(y=True, alpha=0.25)
        # grid lines at the major ticks and one level between (11 over 0-1.5): the third level drew
        # 42 more, a grey wash that doubled the plot's repaint (~3 ms each visit back to the tab)
        c.getAxis("left").setStyle(maxTickLevel=1)
        c.setTitle(translate("SymmetryPlots", "Cost J"))
        c.setLabel("bottom", translate("SymmetryPlots", "iteration"))
        c.addItem(
            pg.InfiniteLine(
                pos=math.log(2),
                angle=0,
                label="ln 2 = 0.693",
                pen=pg.mkPen((120, 120, 120), style=pg.QtCore.Qt.PenStyle.DashLine),
                labelOpts={"position": 0.7, "color": (90, 90, 90)},
            )
        )
        self.symmetric_cost = GrowingCurve(pen=pg.mkPen(SYMMETRIC_COLOR, width=3), antialias=False)
        self.random_cost = GrowingCurve(pen=pg.mkPen(RANDOM_COLOR, width=3), antialias=False)
        c.addItem(self.symmetric_cost)
        c.addItem(self.random_cost)
        self.setMinimumHeight(MIN_HEIGHT)  # a title, an axis and a curve: never just a strip
        self._layout = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.measure, 3)
        layout.addWidget(self.cost, 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_title)  # after pyqtgraph has laid the plot out

    def _fit_title(self) -> None:
        """The long title if its line fits the plot's width, else the short one: cut, it read
        "Largest difference between two" on a 1280x720 projector."""
        label = self.measure.getPlotItem().titleLabel
        key = (self.measure.width(), label.opts.get("size"))
        if key == self._title_fit:
            return
        points = scale.pt(QApplication.font().pointSizeF())
        for title in self._titles:  # the long one if it fits at full size, else the short one
            if label.text != title:
                label.setText(title)
            fit_title(self.measure, points)
            if label.opts["size"] == f"{points:.3g}pt":
                break
        self._title_fit = (self.measure.width(), label.opts.get("size"))

    def show_snapshot(self, snap: TwinSnapshot) -> None:
        """Both plots (a running lesson draws them in turns: `show_measure`, `show_cost`)."""
        self.show_measure(snap)
        self.show_cost(snap)

    def show_measure(self, snap: TwinSnapshot) -> None:
        """The unit differences up to `snap`, and the x range of both plots."""
        self._fit_title()  # presentation mode changes the title's size, not always the width
        steps = snap.measure_steps
        self._follow(self.measure, int(steps[-1]) if len(steps) else 0)
        view = plot_columns(self.measure.getPlotItem())  # long histories: what the pixel columns show
        self.symmetric_curve.set_history(*column_peaks(steps, clamp_for_log(snap.symmetric_measures), *view))
        self.random_curve.set_history(*column_peaks(steps, clamp_for_log(snap.random_measures), *view))
        self._show_perturbations([s for s, _ in snap.perturbations])

    def show_cost(self, snap: TwinSnapshot) -> None:
        """The two costs up to `snap`, and the x range of both plots."""
        steps = snap.measure_steps
        ceiling = self._ceiling(snap)  # both copies' whole cost histories
        self._follow(self.cost, int(steps[-1]) if len(steps) else 0, ceiling)
        view = plot_columns(self.cost.getPlotItem())
        for curve, run in ((self.symmetric_cost, snap.symmetric), (self.random_cost, snap.random)):
            values = run.cost_values
            ok = np.isfinite(values)
            curve.set_history(*column_peaks(run.cost_steps[ok], clip_to_view(values[ok], ceiling), *view))

    def _follow(self, plot: pg.PlotWidget, last_step: int, cost_hi: float | None = None) -> None:
        """Move `plot`'s view in steps of about 1.5x (`x_ceiling`), not every frame: a new range
        draws the plot anew, axes and grid included (10-18 ms here; at the finer nice steps it
        came every second or third update in a run's first seconds). Each plot on its own turn."""
        x_hi = x_ceiling(max(last_step * 1.05, MIN_X_SPAN))
        if x_hi != self._x_hi.get(plot):
            self._x_hi[plot] = x_hi
            plot.getPlotItem().setXRange(0, x_hi, padding=0.02)
        if cost_hi is not None and cost_hi != self._cost_hi:
            self._cost_hi = cost_hi
            self.cost.getPlotItem().setYRange(0, cost_hi, padding=0.02)

    @staticmethod
    def _ceiling(snap: TwinSnapshot) -> float:
        """The cost view's top: both copies' finite costs, a divergence's blow-up left out."""
        finite = [r.cost_values[np.isfinite(r.cost_values)] for r in (snap.symmetric, snap.random)]
        return max(1.0, cost_ceiling(*finite))

    def _show_perturbations(self, steps: list[int]) -> None:
        """A dashed line at every "Perturb one unit"; items change only when the list does."""
        if [line.value() for line in self._markers] == steps:
            return
        for line in self._markers:
            self.measure.removeItem(line)
        pen = pg.mkPen(SYMMETRIC_COLOR, style=pg.QtCore.Qt.PenStyle.DashLine)
        self._markers = [pg.InfiniteLine(pos=s, angle=90, pen=pen) for s in steps]
        for line in self._markers:
            self.measure.addItem(line)

    def set_stacked(self, stacked: bool) -> None:
        """The two plots one above the other (beside the copies) or side by side (under them)."""
        down, across = QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.LeftToRight
        self._layout.setDirection(down if stacked else across)
