"""One deep run, every view at once: boundary, costs, gradient norms, activations, unit maps,
the network with its shapes, and the bias/variance reading above them."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.deep_run.snapshot import DeepSnapshot
from visualizer.lessons.deep.activation_strip import ActivationStrip
from visualizer.lessons.deep.cost_plot import DeepCostPlot
from visualizer.lessons.deep.diagram import DeepDiagram
from visualizer.lessons.deep.grad_norms import GradNormPlot
from visualizer.lessons.deep.layer_maps import LayerMaps
from visualizer.lessons.deep.texts import diagnosis_text
from visualizer.plots.boundary_plot import BoundaryPlot

SLOW_VIEWS_EVERY_S = 0.15  # strip, unit maps and the banner while training: about 7 times a second
CURVES_EVERY_S = 0.04  # the cost and gradient-norm curves while training: 25 times a second
DIAGRAM_EVERY_S = 0.5  # the network's edges while training: twice a second
BANNER_PT = 13


def pct(value: float) -> str:
    return "–" if not math.isfinite(value) else f"{100 * value:.1f}%"


class SinglePage(QWidget):
    """Plots created once; `render` updates them from a DeepSnapshot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setWordWrap(True)
        font = self.banner.font()
        font.setPointSize(BANNER_PT)
        self.banner.setFont(font)
        self.experiment_note = QLabel()
        self.experiment_note.setWordWrap(True)
        self.experiment_note.setTextFormat(Qt.TextFormat.RichText)
        self.experiment_note.hide()
        self.boundary = BoundaryPlot(compact=True)
        self.costs = DeepCostPlot()
        self.grads = GradNormPlot()
        self.activations = ActivationStrip()
        self.units = LayerMaps()
        self.diagram = DeepDiagram()
        self.boundary.getPlotItem().setTitle(self.tr("Decision boundary"), size="13pt")
        self.boundary.getPlotItem().getAxis("left").setWidth(
            48
        )  # aspect locked: a fixed axis cannot oscillate
        right = QVBoxLayout()
        right.setSpacing(2)
        right.addWidget(self.costs, 1)
        right.addWidget(self.grads, 1)
        ignored = QSizePolicy.Policy.Ignored  # the rows share by stretch, not by (large) size hints
        top_row, bottom_row = QWidget(), QWidget()
        for row in (top_row, bottom_row):
            row.setSizePolicy(ignored, ignored)
        top = QHBoxLayout(top_row)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self.boundary, 5)
        top.addLayout(right, 6)
        bottom = QHBoxLayout(bottom_row)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(4)
        bottom.addWidget(self.activations, 3)
        bottom.addWidget(self.diagram, 4)
        bottom.addWidget(self.units, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.experiment_note)
        layout.addWidget(self.banner)
        layout.addWidget(top_row, 3)
        layout.addWidget(bottom_row, 2)
        self._updated: dict[str, tuple[float, tuple]] = {}  # view group -> (time, layer_dims) shown
        self._last_step = -1
        self._banner_key: tuple | None = None
        self._shown_probability = None

    def render(self, s: DeepSnapshot, live: bool | None = None) -> None:
        """Every view from `s`; while training, the slow-changing ones a few times a second.

        The boundary changes only when core recomputed the plane's maps (same arrays: nothing
        to redraw); while running the curves follow 25 times a second, the activation strip,
        the unit maps and the banner about 7, the network (hundreds of edges) twice; all at
        once on a step, a pause or a change of the layers.
        """
        running = s.step - self._last_step > 1 if live is None else live  # the timer's frames are live
        self._last_step = s.step
        if s.probability is not self._shown_probability:
            self._shown_probability = s.probability
            self.boundary.set_probabilities(s.probability, s.grid)
        self.boundary.set_points(s.X_train, s.Y_train, s.X_dev, s.Y_dev)
        if self._due("curves", CURVES_EVERY_S, running, s):
            self.costs.set_run(s)
            self.grads.set_norms(s.grad_norm_steps, s.grad_norm_history, s.grad_norms)
        slow = self._due("slow", SLOW_VIEWS_EVERY_S, running, s)
        if slow:
            self.activations.set_density(s.hist_edges, s.hist_density)
            self.units.set_maps(s.unit_maps, s.unit_grid, s.unit_levels)
        if self._due("diagram", DIAGRAM_EVERY_S, running, s):
            self.diagram.set_network(
                s.parameters, s.config.input_features, s.layer_shapes, s.config.activation
            )
        key = (s.train_error, s.dev_error, s.diagnosis.kind, s.diverged_at)
        if key != self._banner_key and (slow or not running):  # a new text lays the page out again
            self._banner_key = key
            self.banner.setText(self.banner_html(s))

    def _due(self, name: str, interval: float, running: bool, s: DeepSnapshot) -> bool:
        """True if view group `name` should follow `s` now (always unless training and too soon)."""
        at, dims = self._updated.get(name, (-1e9, ()))
        now = time.monotonic()
        if running and dims == s.layer_dims and now - at < interval:
            return False
        self._updated[name] = (now, s.layer_dims)
        return True

    def banner_html(self, s: DeepSnapshot) -> str:
        """Errors, the course's diagnosis and recipe; changes only when an error does (no J, no step)."""
        verdict, recipe = diagnosis_text(s.diagnosis.kind)
        errors = self.tr("Train error <b>{0}</b> · dev error <b>{1}</b>").format(
            pct(s.train_error), pct(s.dev_error)
        )
        html = f"{errors} &nbsp;→&nbsp; <b>{verdict}</b>. {recipe}"
        if s.diverged_at is not None:
            html += (
                "<br><span style='color:#c00000'><b>"
                + self.tr("Diverged at step {0}").format(s.diverged_at)
                + "</b>: "
                + self.tr("the cost is no longer finite. Lower α and press Reset.")
                + "</span>"
            )
        return html
