"""The current stage in words and numbers: where the walk is, the rule used, and its numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.compgraph_walk import CompGraphSnapshot
from visualizer.lessons.compgraph.graph_view import PHASE_COLORS
from visualizer.lessons.compgraph.texts import phase_text, stage_explanation
from visualizer.widgets.notation import MONO_FAMILY, SERIF_FAMILY


class RulePanel(QWidget):
    """Header (iteration, stage k of n, phase), the equation, the local derivatives, the numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.equation = QLabel()
        self.equation.setFont(QFont(SERIF_FAMILY, 16))
        self.locals = QLabel()
        self.locals.setFont(QFont(MONO_FAMILY, 13))
        self.locals.setStyleSheet("color: #444;")
        self.numbers = QLabel()
        self.numbers.setFont(QFont(SERIF_FAMILY, 16, QFont.Weight.Bold))
        self.explain = QLabel()
        self.explain.setStyleSheet("font-size: 12pt; color: #333;")
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for label in (self.header, self.equation, self.locals, self.numbers, self.explain, self.note):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)

    def show_snapshot(self, snap: CompGraphSnapshot) -> None:
        stage = snap.stage
        color = PHASE_COLORS[stage.phase].name()
        where = self.tr("Iteration <b>{0}</b> · stage {1} of {2}").format(
            snap.iteration, stage.index + 1, snap.stage_count
        )
        self.header.setText(
            f"<span style='font-size:13pt'>{where}</span>&nbsp;&nbsp;"
            f"<span style='font-size:12pt; color:white; background:{color};'>"
            f"&nbsp;{phase_text(stage.phase).upper()}&nbsp;</span>"
        )
        self.equation.setText(stage.equation)
        self.locals.setText("\n".join(stage.locals))
        self.locals.setVisible(bool(stage.locals))
        self.numbers.setText(stage.numbers)
        self.numbers.setStyleSheet(f"color: {color};")
        self.numbers.setVisible(bool(stage.numbers))
        self.explain.setText(stage_explanation(stage.kind, snap.graph.output))
        notes = []
        if snap.at_end and not snap.halted:
            notes.append(self.tr("The end of the walk: Back or Reset to go through it again."))
        if snap.halted:
            notes.append(self.tr("Stopped: the next iteration's numbers are not finite."))
        self.note.setText(
            "<br>".join(f"<span style='font-size:12pt; color:#a0141e'>{n}</span>" for n in notes)
        )
        self.note.setVisible(bool(notes))
