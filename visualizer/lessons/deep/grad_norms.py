"""||dW^[l]|| per layer over the iterations on a log axis (one colour per layer), and now as bars."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QWidget

from visualizer.lessons.deep.colors import layer_color
from visualizer.lessons.deep.cost_plot import ceiling_125
from visualizer.lessons.deep.iteration_axis import fit_tick_labels
from visualizer.lessons.deep.layer_curves import LayerCurve, LayerCurves
from visualizer.lessons.deep.log_axis import FLOOR, LogTickAxis
from visualizer.lessons.deep.shown_points import shown_indices
from visualizer.plots.cost_plot import MIN_X_SPAN
from visualizer.plots.style import style_plot


def log_norms(values: np.ndarray) -> np.ndarray:
    """log10 of the norms, exact zeros (and anything below 1e-20) at the floor."""
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.log10(np.maximum(np.nan_to_num(values, nan=0.0, posinf=1e300), 10.0**FLOOR))
    return out


class GradNormPlot(QWidget):
    """Left: a curve per layer (created when the depth changes, updated with setData); right: bars."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.history = pg.PlotWidget(axisItems={"left": LogTickAxis("left")})
        self.bars = pg.PlotWidget(axisItems={"left": LogTickAxis("left")})
        style_plot(self.history.getPlotItem(), self.tr("‖dW[l]‖ per layer"), self.tr("iteration"))
        style_plot(self.bars.getPlotItem(), "", self.tr("now"))
        for w in (self.history, self.bars):
            item = w.getPlotItem()
            item.hideButtons()
            item.showGrid(y=True, alpha=0.25)
            item.getAxis("bottom").enableAutoSIPrefix(False)
        fit_tick_labels(self.history.getPlotItem().getAxis("bottom"))
        self.bars.getPlotItem().setYLink(self.history.getPlotItem())
        self.bars.getPlotItem().getAxis("left").setWidth(0)
        self.bars.getPlotItem().getAxis("left").setStyle(showValues=False)
        self.bar_item = pg.BarGraphItem(x=[], height=[], width=0.7, y0=FLOOR)
        self.bars.addItem(self.bar_item)
        self.lines: LayerCurves | None = None  # every layer's curve, one item
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.history, 4)
        layout.addWidget(self.bars, 1)
        self._y = (0.0, 0.0)
        self._x_hi = 0.0
        self._logs: tuple[np.ndarray, np.ndarray] | None = None  # (steps, log10 norms) as core gave them
        self._width = 0
        self.history.getPlotItem().vb.sigResized.connect(self._on_view_resized)

    def _on_view_resized(self, _view=None) -> None:
        if int(self.history.getPlotItem().vb.width()) != self._width:
            self._draw_curves()

    def _draw_curves(self) -> None:
        """Every layer's curve at about one point per pixel column (the same steps for all)."""
        if self._logs is None:
            return
        steps, logs = self._logs
        self._width = width = int(self.history.getPlotItem().vb.width())
        idx = shown_indices(steps, width)
        if self.lines is not None:
            self.lines.set_data(steps, logs) if idx is None else self.lines.set_data(steps[idx], logs[:, idx])

    @property
    def curves(self) -> list[LayerCurve]:
        """Each layer's curve (its drawn points: `getData()`)."""
        return [] if self.lines is None else self.lines.curves

    def _set_layers(self, L: int) -> None:
        if len(self.curves) == L:
            return
        if self.lines is not None:
            self.history.getPlotItem().removeItem(self.lines)
        self.lines = LayerCurves([pg.mkPen(layer_color(l, L), width=2.5) for l in range(1, L + 1)])
        self.history.getPlotItem().addItem(self.lines)
        self.bars.getPlotItem().setXRange(0.4, L + 0.6, padding=0)
        # the bars' layer numbers in the layers' colours: the key to the curves' colours
        every = 1 if L <= 5 else 2  # deep nets: every other number, so they do not run together
        ticks = [(l, str(l)) for l in range(1, L + 1) if (l - 1) % every == 0 or l == L]
        self.bars.getPlotItem().getAxis("bottom").setTicks([ticks])
        self.bar_item.setOpts(
            brushes=[pg.mkBrush(layer_color(l, L)) for l in range(1, L + 1)],
            pens=[pg.mkPen(layer_color(l, L)) for l in range(1, L + 1)],
        )

    def set_norms(self, steps: np.ndarray, history: np.ndarray, now: np.ndarray) -> None:
        """steps (k,), history (L, k), now (L,): core's norms; the axes show log10 of them."""
        L = history.shape[0]
        self._set_layers(L)
        logs = log_norms(history)
        self._logs = (steps, logs)
        self._draw_curves()
        current = log_norms(now)
        self.bar_item.setOpts(x=np.arange(1, L + 1), height=current - FLOOR, y0=FLOOR)
        finite = np.concatenate([logs.ravel(), current])
        lo = float(np.floor(finite.min())) - 0.5 if finite.size else -4.0
        hi = float(np.ceil(finite.max())) + 0.5 if finite.size else 1.0
        if (lo, hi) != self._y:
            self._y = (lo, hi)
            self.history.getPlotItem().setYRange(lo, hi, padding=0)
        x_hi = ceiling_125(max(float(steps[-1]) * 1.05 if steps.size else 0.0, MIN_X_SPAN))
        if x_hi != self._x_hi:  # in 1-2-5 steps, as the cost plot's: the axis is seldom redrawn
            self._x_hi = x_hi
            self.history.getPlotItem().setXRange(0, x_hi, padding=0.02)
        for view in (self.history, self.bars):  # their deferred updates now: one repaint, not two
            view.scene().prepareForPaint()

    def bar_heights(self) -> np.ndarray:
        """The bars' log10 values (tests compare them with core's norms)."""
        return np.asarray(self.bar_item.opts["height"]) + FLOOR
