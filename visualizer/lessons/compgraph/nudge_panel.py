"""The nudge (001 §2.6): x := x + ε, J before and after, (J′ − J)/ε beside backward's dJ/dx, and
how the one-sided and two-sided differences approach it as ε shrinks (the gradient check's idea)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.compgraph_nudge import Nudge
from core.compgraph_walk import CompGraphSnapshot
from visualizer.plots.power_axis import PowerAxis
from visualizer.widgets.notation import MONO_FAMILY, fmt
from visualizer.widgets.wrap_label import WrapLabel

COLUMNS = (
    QT_TRANSLATE_NOOP("NudgePanel", "ε"),
    QT_TRANSLATE_NOOP("NudgePanel", "one-sided error"),
    QT_TRANSLATE_NOOP("NudgePanel", "two-sided error"),
)


class NudgePanel(QWidget):
    """Chooses the variable and ε; shows what core's nudge measured."""

    nudged_chosen = Signal(str)
    epsilon_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = WrapLabel(self.tr("<b>The nudge</b>: x := x + ε, and watch J"))  # wraps when narrow
        self.variable = QComboBox()
        self.variable.setToolTip(self.tr("The variable to nudge: an input, or a node in the middle"))
        self.variable.currentIndexChanged.connect(self._on_variable_changed)
        self.epsilon = QLineEdit()
        self.epsilon.setToolTip(self.tr("How far to nudge (1e-12 to 1)"))
        self.epsilon.editingFinished.connect(self._on_epsilon_finished)
        form = QFormLayout()
        form.addRow(self.tr("Nudge"), self.variable)
        form.addRow("ε", self.epsilon)
        self.moves = QLabel()
        self.moves.setFont(QFont(MONO_FAMILY, 11))
        self.moves.setWordWrap(True)
        self.compare = QLabel()
        self.compare.setWordWrap(True)
        self.compare.setTextFormat(Qt.TextFormat.RichText)
        self.compare.setStyleSheet("font-size: 11pt;")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFont(QFont(MONO_FAMILY, 10))
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.table.setMinimumHeight(80)
        self.plot = self._build_plot()
        note = QLabel(
            self.tr(
                "Error = |estimate − backward's value|: one-sided shrinks like ε, two-sided like ε², "
                "until round-off grows back (the gradient check's idea). Where J is linear in x, as "
                "in 3(a + bc), only round-off is left."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.tabs = QTabWidget()  # the errors against ε: as a plot, or as numbers
        self.tabs.addTab(self.plot, self.tr("Error plot"))
        self.tabs.addTab(self.table, self.tr("Error table"))
        self.tabs.setToolTip(note.text())
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(title)
        column.addLayout(form)
        column.addWidget(self.moves)
        column.addWidget(self.compare)
        column.addWidget(note)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        scroll = QScrollArea()  # on a small screen the numbers scroll, the plot keeps its room
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.tabs, 1)
        self._choices: tuple[str, ...] = ()
        self._shown_eps = ""
        self._shown: Nudge | None = None

    def show_snapshot(self, snap: CompGraphSnapshot, choices: tuple[str, ...]) -> None:
        if choices != self._choices:
            self.variable.blockSignals(True)
            self.variable.clear()
            for name in choices:
                self.variable.addItem(name, name)
            self.variable.blockSignals(False)
            self._choices = choices
        self.variable.blockSignals(True)
        self.variable.setCurrentIndex(max(0, self.variable.findData(snap.nudged)))
        self.variable.blockSignals(False)
        if not (self.epsilon.hasFocus() and self.epsilon.isModified()):
            self._shown_eps = f"{snap.epsilon:g}"
            self.epsilon.setText(self._shown_eps)
            self.epsilon.setModified(False)
        if snap.nudge is not self._shown:
            self._shown = snap.nudge
            self._show_nudge(snap.nudge, snap.graph.output, snap.graph.leaves)

    def _show_nudge(self, n: Nudge, out: str, leaves: tuple[str, ...]) -> None:
        lines = []
        for name, before in n.before.items():
            after = n.after.get(name, math.nan)
            if name == n.name or after != before or name == out:
                lines.append(f"{name}: {before:.8g} → {after:.8g}")
        self.moves.setText("\n".join(lines))
        rows = (
            (self.tr("measured ({0}′ − {0})/ε").format(out), fmt(n.ratio, 10)),
            (self.tr("backward d{0}/d{1}").format(out, n.name), fmt(n.derivative, 10)),
            (self.tr("two-sided ({0}(x+ε) − {0}(x−ε))/2ε").format(out), fmt(n.two_sided, 10)),
        )
        cells = "".join(f"<tr><td>{a}&nbsp;&nbsp;</td><td><b>{b}</b></td></tr>" for a, b in rows)
        self.compare.setText(f"<table>{cells}</table>")
        self.table.setRowCount(len(n.table))
        for r, row in enumerate(n.table):
            texts = (f"{row.epsilon:.0e}", f"{row.one_sided_error:.1e}", f"{row.two_sided_error:.1e}")
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        eps = np.array([row.epsilon for row in n.table])
        floor = 1e-17  # an exact difference (error 0) sits on the floor of the log axis
        self.one_curve.setData(eps, np.maximum([row.one_sided_error for row in n.table], floor))
        self.two_curve.setData(eps, np.maximum([row.two_sided_error for row in n.table], floor))

    def _build_plot(self) -> pg.PlotWidget:
        """Both errors against ε on log-log axes: slopes 1 and 2, then round-off's rise."""
        plot = pg.PlotWidget(axisItems={side: PowerAxis(side) for side in ("left", "bottom")})
        plot.setBackground("w")
        plot.setMinimumHeight(100)
        plot.setLogMode(x=True, y=True)
        plot.showGrid(x=True, y=True, alpha=0.3)
        plot.setLabel("bottom", "ε")
        plot.setLabel("left", self.tr("error"))
        for side in ("left", "bottom"):
            plot.getAxis(side).enableAutoSIPrefix(False)  # log axes: no "(x0.001)"
        # the key as the title: a legend inside the box covered the curves (issue 14, 1024x768)
        key = "<span style='color:#e6194b'>● {0}</span><br><span style='color:#1f5fa8'>■ {1}</span>"
        plot.setTitle(key.format(self.tr("one-sided"), self.tr("two-sided")), size="9pt")
        plot.setMouseEnabled(x=False, y=False)
        self.one_curve = plot.plot(pen=pg.mkPen("#e6194b", width=2), symbol="o", symbolSize=6,
                                   symbolBrush="#e6194b", name=self.tr("one-sided"))  # fmt: skip
        self.two_curve = plot.plot(pen=pg.mkPen("#1f5fa8", width=2), symbol="s", symbolSize=6,
                                   symbolBrush="#1f5fa8", name=self.tr("two-sided"))  # fmt: skip
        return plot

    def curves(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(ε, one-sided errors, two-sided errors) as plotted (tests read them)."""
        x, one = self.one_curve.getData()
        _, two = self.two_curve.getData()
        return x, one, two

    def cell(self, row: int, column: int) -> str:
        return self.table.item(row, column).text()

    def _on_variable_changed(self, _index: int) -> None:
        name = self.variable.currentData()
        if name:
            self.nudged_chosen.emit(name)

    def _on_epsilon_finished(self) -> None:
        self.epsilon.setModified(False)
        if self.epsilon.text().strip() != self._shown_eps:
            self.epsilon_edited.emit(self.epsilon.text())
