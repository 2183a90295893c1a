"""The course's side-by-side runs: one boundary per run, their costs on one plot, and a table of
what the course got next to what each run shows now."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.deep_run.experiments import Experiment
from core.deep_run.sweep import DeepSweepSnapshot
from visualizer import scale
from visualizer.lessons.deep.colors import LAYER_COLORS
from visualizer.lessons.deep.iteration_axis import fit_tick_labels
from visualizer.lessons.deep.texts import course_finding, experiment_title, run_label
from visualizer.plots.boundary_plot import BoundaryPlot
from visualizer.plots.cost_plot import CostPlot, _finite
from visualizer.plots.fit import fit_title

MAX_RUNS = 3
TITLE_PT = 12
TITLE_SIZE = f"{TITLE_PT}pt"
TABLE_PT = 12


def pct(value: float | None) -> str:
    return "–" if value is None or not math.isfinite(value) else f"{100 * value:.1f}%"


def largest_norm(norms: np.ndarray) -> str:
    """The largest of the layers' ||dW^[l]|| (003 part 4 (6): exploding gradients read here)."""
    finite = norms[np.isfinite(norms)] if norms.size else norms
    return f"{float(finite.max()):.2g}" if finite.size else "–"


class ComparePage(QWidget):
    """Up to three runs in lockstep; created once, filled from DeepSweepSnapshot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.plots = [BoundaryPlot(compact=True) for _ in range(MAX_RUNS)]
        for plot in self.plots:
            item = plot.getPlotItem()
            for name in ("bottom", "left"):
                item.getAxis(name).showLabel(False)
            # a fixed width: with the aspect locked, an axis that widens for "-1.5" narrows the
            # view, which changes the ticks back, forever (it hung the window at 1024x768)
            item.getAxis("left").setWidth(36)
            item.setTitle(" ", size=TITLE_SIZE)
        self.costs = CostPlot(title=self.tr("Cost J"))
        self.cost_curves = [
            self.costs.getPlotItem().plot(pen=pg.mkPen(c, width=3), antialias=False)
            for c in LAYER_COLORS[:MAX_RUNS]
        ]
        fit_tick_labels(self.costs.getPlotItem().getAxis("bottom"))  # "5000 1000015000" at 1024x768
        self.costs.train.hide()
        self.costs.test.hide()
        self.costs.getPlotItem().legend.hide()
        self.table = QLabel()
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setWordWrap(False)  # cells never wrap; a wrapped label here made the grid oscillate
        font = self.table.font()
        font.setPointSize(TABLE_PT)
        self.table.setFont(font)
        ignored = QSizePolicy.Policy.Ignored  # shared by stretch: a long title must not move the grid
        for view in (*self.plots, self.costs):
            view.setSizePolicy(ignored, ignored)
        # the table takes the room its text needs (it never wraps: its size follows the text alone,
        # not the geometry, so nothing oscillates); the cost plot takes the rest of the row
        minimum = QSizePolicy.Policy.Minimum
        self.table.setSizePolicy(minimum, minimum)
        grid = QGridLayout()
        grid.setSpacing(4)
        for i, plot in enumerate(self.plots):
            grid.addWidget(plot, 0, i)
            grid.setColumnStretch(i, 1)
        bottom = QHBoxLayout()
        bottom.setSpacing(4)
        bottom.addWidget(self.costs, 1)
        bottom.addWidget(self.table, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(bottom, 1, 0, 1, MAX_RUNS)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        self._experiment: Experiment | None = None

    def set_experiment(self, experiment: Experiment) -> None:
        self._experiment = experiment
        n = len(experiment.runs)
        for i, plot in enumerate(self.plots):
            plot.setVisible(i < n)
        for i, curve in enumerate(self.cost_curves):
            curve.setVisible(i < n)
        self.heading.setText(f"<b>{experiment_title(experiment.key)}</b><br>{course_finding(experiment.key)}")

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_titles)  # once the plots have their new sizes

    def _fit_titles(self) -> None:
        """Each run's title shrinks to its plot's width (a title wider than the plot cuts it)."""
        for plot in self.plots:
            if plot.isVisible():
                fit_title(plot, scale.pt(TITLE_PT))

    def render(self, s: DeepSweepSnapshot) -> None:
        for plot, run, label in zip(self.plots, s.runs, s.labels, strict=False):
            plot.set_probabilities(run.probability, run.grid)
            plot.set_points(run.X_train, run.Y_train, run.X_dev, run.Y_dev)
            title = self.run_title(label, run)
            if plot.getPlotItem().titleLabel.text != title:  # a new title lays the plot out again
                plot.getPlotItem().setTitle(title)
                fit_title(plot, scale.pt(TITLE_PT))  # "randn · 10: diverged at step 2" was cut at 1024
        peak, last = 0.0, 0.0
        for curve, run in zip(self.cost_curves, s.runs, strict=False):
            x, y = _finite(run.cost_steps, run.cost_values)
            curve.setData(x, y)
            peak = max(peak, float(np.max(y)) if y.size else 0.0)
            last = max(last, float(x[-1]) if x.size else 0.0)
        self.costs._keep_in_view(last, min(peak, 5.0))  # a huge first cost (randn · 10) is clipped
        self.table.setText(self.table_html(s))

    def run_title(self, label: str, run) -> str:
        if run.diverged_at is not None:
            return self.tr("{0}: diverged at step {1}").format(run_label(label), run.diverged_at)
        return self.tr("{0}: train {1}").format(run_label(label), pct(1 - run.train_error))

    def table_html(self, s: DeepSweepSnapshot) -> str:
        e = self._experiment
        # columns that say something: the course's numbers where it published some, the largest
        # first ||dW^[l]|| (at the start) where the experiment is about the gradients (5 columns fit 1024 px)
        course_col = e is None or any(r.course_train is not None for r in e.runs)
        norms_col = e is not None and e.shows_norms
        keep = (True, course_col, True, True, True, norms_col)
        heads = (
            self.tr("run"),
            self.tr("course"),
            self.tr("now"),
            self.tr("J"),  # zh_CN: 成本 J (a lone Latin J sat higher than its CJK neighbours)
            self.tr("first J"),
            self.tr("first ‖dW‖"),
        )
        heads = tuple(h for h, k in zip(heads, keep, strict=True) if k)
        rows = []
        for i, (run, label) in enumerate(zip(s.runs, s.labels, strict=True)):
            course = e.runs[i] if e is not None and i < len(e.runs) else None
            got = f"{pct(course.course_train)} / {pct(course.course_test)}" if course else "–"
            now = f"{pct(1 - run.train_error)} / {pct(1 - run.dev_error)}"
            cost = f"{run.train_cost:.4f}" if math.isfinite(run.train_cost) else "–"
            first = f"{run.cost_values[0]:.4g}" if run.cost_values.size else "–"
            color = LAYER_COLORS[i]
            cells = (label, got, now, cost, first, largest_norm(run.start_grad_norms))
            cells = tuple(
                c.replace(" / ", "/").replace(" ", "&nbsp;")  # never wraps
                for c, k in zip(cells[1:], keep[1:], strict=True)
                if k
            )
            name = run_label(label).replace(" ", "&nbsp;")
            rows.append(
                f"<tr><td><span style='color:{color}'>■</span>&nbsp;{name}</td>"
                + "".join(f"<td>{c}</td>" for c in cells)
                + "</tr>"
            )
        head = "".join(f"<th align='left'>{h}</th>" for h in heads)
        title = self.tr("After {0:,} iterations (the course: {1:,})").format(s.step, e.iterations if e else 0)
        note = (
            self.tr("accuracy: train / test (the course), train / dev (this run)")
            if course_col
            else self.tr("accuracy: train / dev (this run)")
        )
        table = f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{''.join(rows)}</table>"
        return f"<b>{title}</b><br>{note}{table}"
