"""One deep run, every view at once: boundary, costs, gradient norms, activations, unit maps,
the network with its shapes, and the bias/variance reading above them."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from core.deep_run.snapshot import DeepSnapshot
from visualizer.lessons.deep.activation_strip import ActivationStrip
from visualizer.lessons.deep.cost_plot import DeepCostPlot
from visualizer.lessons.deep.diagram import DeepDiagram
from visualizer.lessons.deep.grad_norms import GradNormPlot
from visualizer.lessons.deep.layer_maps import LayerMaps
from visualizer.lessons.deep.texts import diagnosis_text
from visualizer.plots.boundary_plot import BoundaryPlot

SLOW_VIEWS_EVERY_S = 0.15  # strip, unit maps and the banner while training: about 7 times a second
STATS_INTERVAL_S = SLOW_VIEWS_EVERY_S  # core computes what the strip and banner show as often
CURVES_EVERY_S = 0.08  # the cost and gradient-norm curves while training: 12 times a second (at 25
# they took a frame's turn almost every frame, ~3-5 ms of CPU each (setData, axes, the plots' paint))
DIAGRAM_EVERY_S = 0.5  # the network's edges while training: twice a second
# View groups redrawn in turn while training (one a frame), with their least interval in seconds.
GROUPS: tuple[tuple[str, float], ...] = (
    ("costs", CURVES_EVERY_S),
    ("grads", CURVES_EVERY_S),
    ("strip", SLOW_VIEWS_EVERY_S),
    ("units", SLOW_VIEWS_EVERY_S),
    ("banner", SLOW_VIEWS_EVERY_S),
    ("diagram", DIAGRAM_EVERY_S),
)
BANNER_PT = 13
# Height one of the cost and gradient-norm plots needs stacked (title, axis and a readable box);
# a shorter top row puts them side by side if it is wide (1280x720 presenting: 66 px boxes
# stacked), else in tabs (1024x768 with the sidebar: 80 px boxes stacked).
STACKED_PLOT_PX = 245  # each stacked plot: title, x axis and a box of 150 px
SIDE_BY_SIDE_PX = 900  # width the top row needs for the boundary and two curve plots in a row


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
        right = self.curves_box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        right.setSpacing(4)
        right.addWidget(self.costs, 4)
        right.addWidget(self.grads, 4)
        self.curve_tabs = QTabWidget()  # holds the two plots only in a short, narrow top row
        self.curve_tabs.setDocumentMode(True)
        self.curve_tabs.hide()
        right.addWidget(self.curve_tabs, 1)
        self.curves_mode = "stacked"
        ignored = QSizePolicy.Policy.Ignored  # the rows share by stretch, not by (large) size hints
        top_row, bottom_row = QWidget(), QWidget()
        self.top_row = top_row
        top_row.installEventFilter(self)
        for row in (top_row, bottom_row):
            row.setSizePolicy(ignored, ignored)
        top = self.top_box = QHBoxLayout(top_row)
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
        self._updated: dict[str, float] = {}  # view group -> when it last followed a snapshot
        self._dims: tuple = ()  # the layers the groups show
        self._turn = 0  # the group whose turn is next while training
        self.clock = time.monotonic  # injectable: tests drive time
        self._last_step = -1
        self._drawn: dict[str, object] = {}  # view group -> what it drew last (its step, core's arrays)
        self._shown_probability = None

    def eventFilter(self, watched, event) -> bool:
        """The curve plots follow the top row's size (`arrange_curves`)."""
        if watched is self.top_row and event.type() == QEvent.Type.Resize:
            self.arrange_curves(event.size().width(), event.size().height())
        return super().eventFilter(watched, event)

    def arrange_curves(self, width: int, height: int) -> None:
        """Stacked in a tall top row; side by side in a short and wide one (1280x720); in tabs,
        one at a time at the row's full height, in a short and narrow one (1024x768 beside the
        sidebar: stacked, each box was 80 px tall). The boundary stays the largest picture."""
        mode = "stacked" if height >= 2 * STACKED_PLOT_PX else "side" if width >= SIDE_BY_SIDE_PX else "tabs"
        if mode == self.curves_mode:
            return
        if self.curves_mode == "tabs":  # out of the tabs, back into the column
            self.curve_tabs.clear()
            self.curves_box.insertWidget(0, self.costs, 4)
            self.curves_box.insertWidget(1, self.grads, 4)
            self.costs.show()  # the tab not on top was hidden by the tabs
            self.grads.show()
        self.curves_mode = mode
        if mode == "tabs":
            self.curve_tabs.addTab(self.costs, self.tr("Cost J"))
            self.curve_tabs.addTab(self.grads, self.tr("‖dW[l]‖ per layer"))
        self.curve_tabs.setVisible(mode == "tabs")
        side = mode == "side"
        self.curves_box.setDirection(
            QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
        )
        # side by side: the boundary as wide as the cost plot, the gradient norms a little
        # wider (their curves and bars); in tabs: the boundary a little wider than the tab
        stretch = {"stacked": (5, 6), "side": (4, 9), "tabs": (6, 5)}[mode]
        self.top_box.setStretch(0, stretch[0])
        self.top_box.setStretch(1, stretch[1])
        if mode != "tabs":
            self.curves_box.setStretch(1, 5 if side else 4)

    def render(self, s: DeepSnapshot, live: bool | None = None) -> None:
        """Every view from `s`; while training, one view group per frame, in turn.

        The boundary changes only when core recomputed the plane's maps (same arrays: nothing
        to redraw). While running, each frame redraws at most one other group, the next in turn
        whose interval has passed (GROUPS: the curves 12 times a second, the activation strip,
        the unit maps and the banner about 7, the network twice): a frame costs the boundary
        and one view, not all of them. On a step, a pause or a change of the layers: all.
        """
        running = s.step - self._last_step > 1 if live is None else live  # the timer's frames are live
        self._last_step = s.step
        if s.probability is not self._shown_probability:
            self._shown_probability = s.probability
            self.boundary.set_probabilities(s.probability, s.grid)
        self.boundary.set_points(s.X_train, s.Y_train, s.X_dev, s.Y_dev)
        now = self.clock()
        if not running or self._dims != s.layer_dims:
            self._dims = s.layer_dims
            self._drawn.clear()  # a step, a pause, a change: every view shows this snapshot
            for name, _ in GROUPS:
                self._show(name, s, now)
            return
        for k in range(len(GROUPS)):
            name, interval = GROUPS[(self._turn + k) % len(GROUPS)]
            if now - self._updated.get(name, -1e9) >= interval and self._show(name, s, now):
                self._turn = (self._turn + k + 1) % len(GROUPS)
                return

    def _show(self, name: str, s: DeepSnapshot, now: float) -> bool:
        """Group `name` follows `s`; False if it had nothing new to draw (the same step, core's
        same histograms or unit maps, an unchanged banner): then its turn passes to the next."""
        data = {
            "costs": s.step,
            "grads": s.step,
            "strip": s.hist_density,
            "units": s.unit_maps,
            "diagram": s.step,
            "banner": (s.train_error, s.dev_error, s.diagnosis.kind, s.diverged_at),
        }[name]
        shown = self._drawn.get(name)
        if shown is data or (name != "units" and name != "strip" and shown == data):
            return False
        self._drawn[name] = data
        self._updated[name] = now
        if name == "costs":
            self.costs.set_run(s)
        elif name == "grads":
            self.grads.set_norms(s.grad_norm_steps, s.grad_norm_history, s.grad_norms)
        elif name == "strip":
            self.activations.set_density(s.hist_edges, s.hist_density)
        elif name == "units":
            self.units.set_maps(s.unit_maps, s.unit_grid, s.unit_levels)
        elif name == "diagram":
            c = s.config
            self.diagram.set_network(s.parameters, c.input_features, s.layer_shapes, c.activation)
        else:  # the banner: a new text may lay the page out again, so only when it changes
            self.set_banner(self.banner_html(s))
        return True

    def set_banner(self, html: str) -> None:
        """A new text in a banner that keeps its height while the run goes on.

        A wrapped label's height follows its text: one line more or less laid the page out
        again and repainted every plot in full (twice) whenever an error changed. It grows
        when a text needs it and gives the room back only when the page is laid out anyway.
        """
        self.banner.setText(html)
        need = self.banner.heightForWidth(max(self.banner.width(), 1))
        if need > self.banner.minimumHeight():
            self.banner.setMinimumHeight(need)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.banner.setMinimumHeight(0)  # a new width: the banner takes what its text needs
        super().resizeEvent(event)

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
