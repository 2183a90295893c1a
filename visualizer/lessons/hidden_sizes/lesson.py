"""The hidden-layer-size lesson: the course's experiment, n_h = 1 ... 50 side by side, live."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.activations import ACTIVATION_NAMES
from core.config import TrainConfig
from core.datasets import DATASET_NAMES
from core.plane_maps import MapRequest
from core.size_sweep import COURSE_ACCURACIES, COURSE_ITERATIONS, SizeSweep, SweepSnapshot
from visualizer import scale
from visualizer.activation_info import display_name
from visualizer.cadence import Cadence
from visualizer.field_labels import field_labels
from visualizer.lessons.base import Lesson
from visualizer.names import dataset_label
from visualizer.numbers import number, percent
from visualizer.plots.boundary_plot import BoundaryPlot
from visualizer.plots.fit import fit_title
from visualizer.widgets.param_slider import ParamSlider
from visualizer.widgets.side_scroll import SideScroll

RESOLUTION = 60  # seven maps per frame: 60 x 60 keeps a frame well under the tick
COLUMNS = 4
SIDEBAR_WIDTH = 290
TITLE_PT = 13
TITLE_SIZE = f"{TITLE_PT}pt"
TABLE_PT = 13
MAX_TABLE_PT = 18  # a roomy cell (1920x1080) shows it larger, up to this
MIN_TABLE_PT = 11  # the table shrinks to fit its cell, not below the program's font
PLOTS_PER_FRAME = 1  # while running: each map redrawn every 7th frame (~8 times a second); two a
# frame (snapshot, maps, set and paint of each: ~1.5 ms a map here) held the frame near 9 ms of CPU
TEXTS_EVERY_S = 0.5  # while running: titles and table twice a second (their relayout: ~15 ms a time here)
TEXTS_PER_FRAME = 1  # of those, while running: seven new titles in one frame laid seven plots out
# again and repainted them whole, ~9 ms more CPU in that frame, a late tick twice a second


class HiddenSizesLesson(Lesson):
    """Seven copies of the shallow network, differing only in n_h, trained in lockstep."""

    key = "hidden-sizes"
    title = QT_TRANSLATE_NOOP("Lesson", "Hidden-layer size")
    screenshot_steps = 5000  # the course notebook's num_iterations
    what_to_look_at = QT_TRANSLATE_NOOP(
        "HiddenSizesLesson",
        "Same data, same α, only n_h differs. With 1-2 hidden units the boundary is nearly a "
        "straight line and the model underfits; around n_h = 4-5 it captures the flower's petals; "
        "20 and 50 units fit the training set ever more closely while test accuracy stops "
        "improving (overfitting). Course: 003 part 2 (choosing the number of hidden units), 004 §3.9.",
    )

    def __init__(self, parent: QWidget | None = None, *, engine: SizeSweep | None = None) -> None:
        super().__init__(parent)
        self._engine = engine if engine is not None else SizeSweep(TrainConfig())
        self._engine.request_maps(MapRequest(RESOLUTION), per_live_snapshot=PLOTS_PER_FRAME)
        self._shown: list[Any] = [None] * len(self._engine.sizes)  # each plot's maps drawn last
        self._texts = Cadence(TEXTS_EVERY_S)
        self._texts_due: list[int | None] = []  # the titles (by plot) and the table (None) not shown yet
        self._titles = [""] * len(self._engine.sizes)
        self._table_length = 0
        self.plots = [BoundaryPlot(compact=True) for _ in self._engine.sizes]
        for plot in self.plots:
            item = plot.getPlotItem()
            for name in ("bottom", "left"):
                item.getAxis(name).showLabel(False)
            item.getAxis("left").setWidth(34)
            item.setTitle(" ", size=TITLE_SIZE)  # the size once: render sets only the text
        self.table = QLabel()
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setWordWrap(True)  # its long title wraps in a narrow cell
        self.table.setToolTip(
            self.tr("Each plot's title gives its training accuracy; the table adds the test accuracy "
                    "(with the course setup: the course's published training accuracy) and the cost J")
        )  # fmt: skip
        font = self.table.font()
        font.setPointSize(TABLE_PT)  # a widget font: presentation mode scales it
        self.table.setFont(font)
        self._build_controls()
        self._build_layout()
        self.show_config()

    # -- building --------------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.dataset = QComboBox()
        for name in DATASET_NAMES:
            self.dataset.addItem(dataset_label(name), name)
        self.dataset.setToolTip(self.tr("The 2-D data set all seven networks learn; flower is the course's"))
        self.activation = QComboBox()
        for name in ACTIVATION_NAMES:
            self.activation.addItem(display_name(name), name)
        self.activation.setToolTip(
            self.tr("Hidden activation g of every network: A1 = g(Z1), Z1 = W1 X + b1 (course: tanh)")
        )
        self.learning_rate = ParamSlider.from_range(
            "learning_rate", self.tr("Learning rate α"), 1.2, decimals=4,
            tooltip=self.tr("The step of gradient descent, the same for all: W := W − α dW, b := b − α db"),
        )  # fmt: skip
        self.dataset.activated.connect(lambda i: self.apply_changes(dataset=self.dataset.itemData(i)))
        self.activation.activated.connect(
            lambda i: self.apply_changes(activation=self.activation.itemData(i))
        )
        self.learning_rate.value_changed.connect(lambda v: self.apply_changes(learning_rate=float(v)))
        self.course = QCheckBox(self.tr("Course setup"))
        self.course.setToolTip(
            self.tr(
                "As the course's notebook: all 400 flower points for training (no test split), tanh, "
                "α = 1.2, W = randn · 0.01 from the course's seed, 5,000 iterations; the table puts the "
                "course's published training accuracies next to ours"
            )
        )
        self.course.toggled.connect(self._on_course_toggled)

    def _build_layout(self) -> None:
        box = QGroupBox(self.tr("All seven networks"))
        form = QFormLayout(box)
        form.addRow(self.tr("Data set"), self.dataset)
        form.addRow(self.tr("Activation g"), self.activation)
        form.addRow(self.learning_rate)
        form.addRow(self.course)
        note = QLabel(
            self.tr(
                "Each plot is a 2-n_h-1 network with its own random start (randn · 0.01), "
                "trained on the same training points. The title gives its training accuracy; "
                "the table adds test accuracy and the cost J."
            )  # fmt: skip
        )
        note.setWordWrap(True)
        side = QWidget()
        column = QVBoxLayout(side)
        column.addWidget(box)
        column.addWidget(note)
        column.addStretch(1)
        scroll = SideScroll(side, max_width=SIDEBAR_WIDTH)
        # The seven plots together are the picture; the table takes the eighth cell and
        # scrolls there when large fonts (presentation mode) make it taller than the cell.
        self.sweep_panel = QWidget()
        grid = QGridLayout(self.sweep_panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for i, plot in enumerate(self.plots):
            grid.addWidget(plot, i // COLUMNS, i % COLUMNS)
        table_cell = self.table_cell = QScrollArea()
        table_cell.installEventFilter(self)  # its size changes: the table's font is fitted again
        table_cell.setWidget(self.table)
        table_cell.setWidgetResizable(True)
        table_cell.setFrameShape(QFrame.Shape.NoFrame)
        grid.addWidget(table_cell, len(self.plots) // COLUMNS, len(self.plots) % COLUMNS)
        for c in range(COLUMNS):
            grid.setColumnStretch(c, 1)
        for r in range(math.ceil((len(self.plots) + 1) / COLUMNS)):
            grid.setRowStretch(r, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.sweep_panel, 1)

    def main_view(self) -> QWidget:
        return self.sweep_panel

    # -- Lesson ----------------------------------------------------------------------------
    @property
    def engine(self) -> SizeSweep:
        return self._engine

    def render(self, s: SweepSnapshot) -> None:
        """Every plot whose maps core recomputed (while running, PLOTS_PER_FRAME a frame in turn:
        seven maps a frame starved training, two held the frame over the tick's CPU), and the
        titles and table a few times a second, while running one of them a frame in turn (the
        table first)."""
        for i, (plot, run) in enumerate(zip(self.plots, s.runs, strict=True)):
            if run.plane is not None and run.plane is not self._shown[i]:
                self._shown[i] = run.plane
                plot.set_probabilities(run.plane.probability, run.plane.grid,
                                       (run.plane.contour_x, run.plane.contour_y))  # fmt: skip
            plot.set_points(run.X_train, run.Y_train, run.X_test, run.Y_test)
        if self._texts.due(self.live):
            self._texts_due = [None, *range(len(self.plots))]  # None: the table
        count = TEXTS_PER_FRAME if self.live else len(self._texts_due)
        for i in self._texts_due[:count]:
            if i is None:
                self._show_table(s)
            else:
                self._show_title(i, s.runs[i])
        del self._texts_due[:count]

    def _show_title(self, i: int, run) -> None:
        title = self.plot_title(run)
        if self._titles[i] != title:  # a new title lays the plot out again
            self._titles[i] = title
            plot = self.plots[i]
            plot.getPlotItem().setTitle(title)
            fit_title(plot, scale.pt(TITLE_PT))

    def _show_table(self, s: SweepSnapshot) -> None:
        html = self._table_html(s)
        self.table.setText(html)
        if len(html) != self._table_length:  # another shape (digits, a title): fit it again
            self._table_length = len(html)
            self._fit_table()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_titles)  # once the plots have their new sizes

    def _fit_titles(self) -> None:
        """Titles shrink to their plots' width: at 1024x768 "n_h = 20: 90.0%" held a 175 px plot
        at 186 px, its right edge cut."""
        for plot in self.plots:
            fit_title(plot, scale.pt(TITLE_PT))
        self._fit_table()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.table_cell and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._fit_table)  # not inside the layout's pass
        return False

    def _fit_table(self) -> None:
        """The table's font, smaller if the eighth cell cannot hold it whole (at 1024x768 its
        columns were cut, at 1024x768 presenting its heading and J column too)."""
        font = self.table.font()
        points = scale.pt(MAX_TABLE_PT)  # the largest that fits: at 1920x1080 13 pt left half the cell empty
        room = self.table_cell.size()
        if min(room.width(), room.height()) < 40:  # not laid out yet: its resize fits it
            return
        doc = QTextDocument()  # laid out as the label will: the title wraps, the rows do not
        doc.setHtml(self.table.text())
        while True:  # wrapped text does not shrink in proportion: step down until it fits
            font.setPointSizeF(points)
            doc.setDefaultFont(font)
            doc.setTextWidth(room.width() - 4)
            fits = doc.idealWidth() + 4 <= room.width() and doc.size().height() + 4 <= room.height()
            if fits or points <= scale.pt(MIN_TABLE_PT):
                break
            points = max(scale.pt(MIN_TABLE_PT), points * 0.92)
        self.table.setFont(font)
        # a fixed size (its cell, or its text when that cannot fit): a new text, twice a second
        # while running, then lays out only the label, not the lesson (~15 ms a time); a new font
        # when the text's length changes neither
        self.table.setFixedSize(
            max(room.width(), math.ceil(doc.idealWidth()) + 4),
            max(room.height(), math.ceil(doc.size().height()) + 4),
        )

    def plot_title(self, run) -> str:
        if run.diverged_at is not None:
            return self.tr("n_h = {0}: diverged").format(run.config.n_h)
        return self.tr("n_h = {0}: {1}").format(run.config.n_h, percent(run.train_accuracy))

    def _table_html(self, s: SweepSnapshot) -> str:
        """Three columns: the plots' titles already give the training accuracy, so the table adds
        only test (or the course's published) accuracy and J; with four it fitted a quarter of
        the 1024x768 window only at 8 pt."""
        course = self._engine.course  # the course's column replaces test (there is no test set)
        heads = ("n_h", self.tr("course") if course else self.tr("test"), "J")

        def second(r) -> str:
            return (
                percent(COURSE_ACCURACIES.get(r.config.n_h, math.nan)) if course else percent(r.test_accuracy)
            )

        rows = "".join(
            "<tr>" + "".join(f"<td align='right'>&nbsp;{c}&nbsp;</td>" for c in (
                r.config.n_h, second(r), number(r.train_cost, 3))) + "</tr>"
            for r in s.runs
        )  # fmt: skip
        head = "".join(f"<th align='right'>&nbsp;{h}&nbsp;</th>" for h in heads)
        title = self.tr("After {0:,} iterations").format(s.step)
        if course:
            title = self.tr("After {0:,} of the course's {1:,} iterations").format(s.step, COURSE_ITERATIONS)
        return f"<div><b>{title}</b><table cellspacing='0'><tr>{head}</tr>{rows}</table></div>"

    def status_text(self, s: SweepSnapshot) -> str:
        if not any(math.isfinite(r.test_accuracy) for r in s.runs):  # no test split (the course's setup)
            best = max(s.runs, key=lambda r: r.train_accuracy if math.isfinite(r.train_accuracy) else -1)
            return self.tr("Iteration {0:,} · best training accuracy: n_h = {1} ({2})").format(
                s.step, best.config.n_h, percent(best.train_accuracy)
            )
        best = max(s.runs, key=lambda r: r.test_accuracy if math.isfinite(r.test_accuracy) else -1)
        return self.tr("Iteration {0:,} · best test accuracy: n_h = {1} ({2})").format(
            s.step, best.config.n_h, percent(best.test_accuracy)
        )

    def trained_parameters(self) -> tuple[dict, dict]:
        s = self._engine.snapshot()
        runs = {f"n_h={r.config.n_h}": dict(r.parameters) for r in s.runs}
        return runs, {"lesson": self.key, "step": s.step, "config": s.config.to_dict()}

    def cost_histories(self) -> dict[str, tuple]:
        s = self._engine.snapshot()
        return {f"n_h={r.config.n_h}": (r.cost_steps, r.cost_values, r.test_cost_steps, r.test_cost_values)
                for r in s.runs}  # fmt: skip

    def prepare_screenshot(self) -> None:
        """The course's setup: flower, tanh, α = 1.2, its start, 5,000 iterations."""
        self._engine.set_course(True)
        self.show_config()
        super().prepare_screenshot()

    # -- changes ---------------------------------------------------------------------------
    # -- the user's changes: Lesson.apply_changes, with these hooks -------------------------
    def new_config(self, changes: dict[str, Any]) -> Any:
        return self._engine.changed(**changes)  # n_h is the sweep's, not the user's

    def change_note(self, changes: dict[str, Any], restarted: bool) -> str:
        if not restarted:
            return ""
        return self.tr("All seven networks restarted from step 0: {0} changed").format(field_labels(changes))

    def _on_course_toggled(self, on: bool) -> None:
        self._engine.set_course(on)
        self.show_config()
        if on:
            self.message.emit(self.tr("The course's setup: all seven networks restarted from its start"))
        self.changed.emit()

    def show_config(self) -> None:
        self.course.blockSignals(True)
        self.course.setChecked(self._engine.course)
        self.course.blockSignals(False)
        c = self._engine.config
        self.dataset.setCurrentIndex(max(0, self.dataset.findData(c.dataset)))
        self.activation.setCurrentIndex(max(0, self.activation.findData(c.activation)))
        self.learning_rate.set_value(c.learning_rate)
