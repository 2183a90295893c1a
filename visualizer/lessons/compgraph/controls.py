"""The lesson's sidebar: which graph, the formula, every input's value, the learning rate.

It only reports what the user typed (signals); core validates, the lesson shows the answer.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.compgraph_graphs import KINDS
from core.compgraph_walk import CompGraphSnapshot
from visualizer.lessons.compgraph.texts import kind_label


class GraphControls(QWidget):
    """Graph chooser, formula line, one editor per leaf (rebuilt when the leaves change)."""

    kind_chosen = Signal(str)
    value_edited = Signal(str, str)  # leaf, the text typed
    expression_entered = Signal(str)
    rate_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_box = QComboBox()
        for kind in KINDS:
            self.kind_box.addItem(kind_label(kind), kind)
        self.kind_box.setToolTip(self.tr("The graph to walk through"))
        # a long item must not widen the sidebar past its scroll area (1024x768 screens)
        self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_box.setMinimumContentsLength(10)
        self.kind_box.currentIndexChanged.connect(
            lambda _i: self.kind_chosen.emit(self.kind_box.currentData())
        )
        self.expression_box = QGroupBox(self.tr("Formula"))
        self.expression = QLineEdit()
        self.expression.setToolTip(
            self.tr("+ − * / ** (a number as exponent), exp, log, sigmoid, tanh; the variables a, b, c")
        )
        self.draw_button = QPushButton(self.tr("Draw"))
        self.draw_button.setToolTip(self.tr("Parse the formula (safely: nothing is run) and draw its graph"))
        self.draw_button.clicked.connect(lambda: self.expression_entered.emit(self.expression.text()))
        self.expression.returnPressed.connect(self.draw_button.click)
        row = QHBoxLayout()
        row.addWidget(self.expression, 1)
        row.addWidget(self.draw_button)
        help_label = QLabel(self.tr("e.g. 3*(a + b*c), a**2 / (1 + exp(b)), tanh(a*b - c)"))
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: #666;")
        expr_layout = QVBoxLayout(self.expression_box)
        expr_layout.addLayout(row)
        expr_layout.addWidget(help_label)
        self.values_box = QGroupBox(self.tr("Values"))
        self.values_form = QFormLayout(self.values_box)
        self.editors: dict[str, QLineEdit] = {}
        self.rate_box = QGroupBox(self.tr("Learning rate"))
        self.rate = QLineEdit()
        self.rate.setToolTip(self.tr("α in w := w − α dw (the update stages)"))
        self.rate.editingFinished.connect(lambda: self._emit_if_changed(self.rate, self.rate_edited.emit))
        QFormLayout(self.rate_box).addRow("α", self.rate)
        note = QLabel(
            self.tr("Type a value and press Enter: the walk keeps its stage, every number follows.")
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Graph")))
        layout.addWidget(self.kind_box)
        for widget in (self.expression_box, self.values_box, self.rate_box, note, self.feedback):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._leaves: tuple[str, ...] = ()
        self._shown: dict[str, str] = {}

    def show_snapshot(self, snap: CompGraphSnapshot) -> None:
        """Show the snapshot's graph and values (silently: not the user asking for a change)."""
        self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(self.kind_box.findData(snap.kind))
        self.kind_box.blockSignals(False)
        self.expression_box.setVisible(snap.kind == "expression")
        if not self.expression.hasFocus():
            self.expression.setText(snap.expression)
        self.rate_box.setVisible(snap.current.updated is not None)
        self._set_text(self.rate, f"{snap.learning_rate:g}")
        leaves = snap.graph.drawing_order or snap.graph.leaves
        if leaves != self._leaves:
            self._rebuild(leaves, snap.graph.data)
        for name in leaves:
            self._set_text(self.editors[name], f"{snap.current.start[name]:.10g}")

    def _rebuild(self, leaves: tuple[str, ...], data: tuple[str, ...]) -> None:
        while self.values_form.rowCount():
            self.values_form.removeRow(0)
        self.editors = {}
        for name in leaves:
            editor = QLineEdit()
            editor.setToolTip(
                self.tr("Data: no derivative is taken with respect to it") if name in data
                else self.tr("An input: backward computes its derivative")
            )  # fmt: skip
            editor.editingFinished.connect(
                lambda name=name, e=editor: self._emit_if_changed(
                    e, lambda t: self.value_edited.emit(name, t)
                )
            )
            self.values_form.addRow(name, editor)
            self.editors[name] = editor
        self._leaves = leaves

    def _set_text(self, editor: QLineEdit, text: str) -> None:
        if editor.hasFocus() and editor.isModified():
            return  # the user is typing there
        editor.setText(text)
        editor.setModified(False)
        self._shown[id(editor)] = text

    def _emit_if_changed(self, editor: QLineEdit, emit) -> None:
        editor.setModified(False)  # typed and sent: the answer (kept or new value) may show now
        if editor.text().strip() != self._shown.get(id(editor)):
            emit(editor.text())

    def say(self, text: str, error: bool) -> None:
        color = "#a0141e" if error else "#146414"
        self.feedback.setText(f"<span style='color:{color}'>{text}</span>")
