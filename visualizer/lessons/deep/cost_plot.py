"""Cost curves of a deep run: training J (the epoch average with mini-batches), the noisy
per-mini-batch J beside it (003 part 5: why it wiggles), and the dev set's J."""

from __future__ import annotations

import math

import pyqtgraph as pg

from visualizer.lessons.deep.iteration_axis import fit_tick_labels
from visualizer.lessons.deep.shown_points import shown_points
from visualizer.plots.cost_plot import MIN_X_SPAN, CostPlot, _finite


def ceiling_125(value: float) -> float:
    """The smallest 1, 2 or 5 x 10^k >= value (> 0): the iteration axes' limits.

    A run trains thousands of steps a second; in the finer nice steps (1, 1.2, 1.5, ...) its
    iteration axis changed ten times a decade, and each change drew the axis, its ticks and
    the grid again (~2 ms a plot); in 1-2-5 steps three times.
    """
    power = 10.0 ** math.floor(math.log10(value))
    return next((f * power for f in (1.0, 2.0, 5.0) if f * power >= value * (1 - 1e-12)), 10.0 * power)


class DeepCostPlot(CostPlot):
    """CostPlot plus one thin light curve: J of each mini-batch."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, title=self.tr("Cost J"))
        plot = self.getPlotItem()
        self.batch = plot.plot(
            pen=pg.mkPen("#9cb9de", width=1), name=self.tr("J per mini-batch"), antialias=False
        )
        self.batch.setZValue(-1)
        self._legend_has_batch = True
        self.test.opts["name"] = self.tr("dev cost")
        for sample, label in plot.legend.items:
            if sample.item is self.test:
                label.setText(self.tr("dev cost"))
        fit_tick_labels(plot.getAxis("bottom"))
        self._curves: list = []  # the last run's curves as core gave them (drawn again on a resize)
        self._width = 0
        plot.vb.sigResized.connect(self._on_view_resized)

    def _keep_in_view(self, last: float, y_hi: float) -> None:
        """CostPlot's view, its iteration axis in 1-2-5 steps (`ceiling_125`)."""
        super()._keep_in_view(ceiling_125(max(last * 1.05, MIN_X_SPAN)) / 1.05, y_hi)

    def _on_view_resized(self, _view=None) -> None:
        if int(self.getPlotItem().vb.width()) != self._width:
            self._draw()

    def _draw(self) -> None:
        """The curves at about one point per pixel column (the mini-batch J keeps its band)."""
        self._width = width = int(self.getPlotItem().vb.width())
        for item, (x, y) in zip((self.train, self.test, self.batch), self._curves, strict=False):
            item.setData(*shown_points(x, y, width, envelope=item is self.batch))
        self.scene().prepareForPaint()  # the view's deferred updates now: one repaint, not two

    def set_run(self, s) -> None:
        """From a DeepSnapshot: with mini-batches the training curve is the epoch average."""
        batched = 0 < s.config.batch_size < s.X_train.shape[1]
        self.batch.setVisible(batched)
        if batched != self._legend_has_batch:  # the legend lists the mini-batch curve only when drawn
            self._legend_has_batch = batched
            legend = self.getPlotItem().legend
            if batched:
                legend.addItem(self.batch, self.tr("J per mini-batch"))
            else:
                legend.removeItem(self.batch)
        train = (s.epoch_steps, s.epoch_values) if batched else (s.cost_steps, s.cost_values)
        curves = [_finite(*train), _finite(s.dev_steps, s.dev_values)]
        if batched:
            curves.append(_finite(s.cost_steps, s.cost_values))
        self._curves = curves
        self._draw()
        last = max((float(x[-1]) for x, _ in curves if len(x)), default=0.0)
        peak = max((float(y.max()) for _, y in curves if len(y)), default=0.0)
        self._keep_in_view(last, peak)
