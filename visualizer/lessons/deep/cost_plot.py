"""Cost curves of a deep run: training J (the epoch average with mini-batches), the noisy
per-mini-batch J beside it (003 part 5: why it wiggles), and the dev set's J."""

from __future__ import annotations

import pyqtgraph as pg

from visualizer.lessons.deep.shown_points import shown_points
from visualizer.plots.cost_plot import CostPlot, _finite


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
        self._curves: list = []  # the last run's curves as core gave them (drawn again on a resize)
        self._width = 0
        plot.vb.sigResized.connect(self._on_view_resized)

    def _on_view_resized(self, _view=None) -> None:
        if int(self.getPlotItem().vb.width()) != self._width:
            self._draw()

    def _draw(self) -> None:
        """The curves at about one point per pixel column (the mini-batch J keeps its band)."""
        self._width = width = int(self.getPlotItem().vb.width())
        for item, (x, y) in zip((self.train, self.test, self.batch), self._curves, strict=False):
            item.setData(*shown_points(x, y, width, envelope=item is self.batch))

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
