"""The current backprop stage: where it sits in the iteration, its equation, shapes and matrices."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.backprop_stages import PHASES, STAGE_NAMES, STAGES_PER_ITERATION, Stage
from visualizer.scale import css_pt, pt
from visualizer.widgets.flow_layout import FlowLayout
from visualizer.widgets.matrix_view import MatrixBlock
from visualizer.widgets.network_diagram import PHASE_COLORS
from visualizer.widgets.notation import MONO_FAMILY, SERIF_FAMILY, rich

MATRIX_PT, MIN_MATRIX_PT = 14, 9
translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def explanation(name: str) -> str:
    """What the stage does, in a sentence (the update stages share one)."""
    texts = {
        "X": translate(
            "StagePanel",
            "The batch, one column per example, with its labels Y; and the parameters "
            "this forward pass will use.",
        ),
        "Z1": translate(
            "StagePanel",
            "Every hidden unit takes a weighted sum of the inputs plus its bias, for all m examples at once.",
        ),
        "A1": translate("StagePanel", "The hidden activation g is applied to every entry of Z1."),
        "Z2": translate(
            "StagePanel", "The output unit takes a weighted sum of the hidden activations plus its bias."
        ),
        "A2": translate("StagePanel", "The sigmoid turns Z2 into ŷ, the predicted probability that y = 1."),
        "J": translate("StagePanel", "The cost: the cross-entropy loss averaged over the m examples."),
        "dZ2": translate(
            "StagePanel",
            "Backward starts at the output: with sigmoid and cross-entropy, dJ/dZ2 is "
            "A2 − Y (per example, before the 1/m).",
        ),
        "dW2": translate(
            "StagePanel",
            "Each output weight's gradient: output error times hidden activation, "
            "averaged over the examples.",
        ),
        "db2": translate(
            "StagePanel", "The output bias's gradient: the output error averaged over the examples."
        ),
        "dZ1": translate(
            "StagePanel",
            "The error reaches each hidden unit through its weight W2, scaled by the "
            "slope g′ of its activation.",
        ),
        "dW1": translate(
            "StagePanel",
            "Each first-layer weight's gradient: hidden error times input, averaged over the examples.",
        ),
        "db1": translate(
            "StagePanel", "Each hidden bias's gradient: the hidden error averaged over the examples."
        ),
    }
    if name in texts:
        return texts[name]
    return translate(
        "StagePanel", "Gradient descent: one step against the gradient, scaled by the learning rate α."
    )


def phase_label(phase: str) -> str:
    """A stage's phase (core's "input", "forward", "backward", "update") in the current language."""
    return {
        "input": translate("StagePanel", "input"),
        "forward": translate("StagePanel", "forward"),
        "backward": translate("StagePanel", "backward"),
        "update": translate("StagePanel", "update"),
    }.get(phase, phase)


def shapes_text(shapes: str) -> str:
    """core's shapes line ("sigmoid elementwise: (1, m) -> (1, m)") with its words translated."""
    words = (
        ("elementwise", translate("StagePanel", "elementwise")),
        ("sum over axis 1 of", translate("StagePanel", "sum over axis 1 of")),
        ("scalar", translate("StagePanel", "scalar")),
    )
    for word, text in words:
        shapes = shapes.replace(word, text)
    return shapes


class StageStrip(QWidget):
    """The 16 stages of an iteration as buttons, colored by phase; clicking one goes there."""

    stage_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One row of buttons per phase, and the phases wrap onto new lines when narrow.
        flow = FlowLayout(self, spacing=8)
        flow.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row: QHBoxLayout | None = None
        for index, (name, phase) in enumerate(zip(STAGE_NAMES, PHASES, strict=True)):
            if row is None or phase != PHASES[index - 1]:
                box = QWidget()
                row = QHBoxLayout(box)
                row.setContentsMargins(0, 0, 0, 0)
                row.setSpacing(2)
                flow.addWidget(box)
            button = QToolButton()
            button.setText(name)
            button.setCheckable(True)
            button.setToolTip(
                self.tr("Go to stage {0} ({1}) of this iteration").format(name, phase_label(phase))
            )
            color = PHASE_COLORS[phase].name()
            button.setStyleSheet(
                f"QToolButton {{ border: 2px solid {color}; border-radius: 5px; padding: 1px 2px;"
                f" font-size: 10pt; color: {color}; background: white; }}"
                f"QToolButton:checked {{ background: {color}; color: white; font-weight: bold; }}"
            )
            self.group.addButton(button, index)
            row.addWidget(button)
        self.group.idClicked.connect(self.stage_clicked.emit)

    def set_current(self, index: int) -> None:
        button = self.group.button(index)
        if button is not None:  # an L-layer walk has more stages: its own strip shows them
            button.setChecked(True)


class StagePanel(QWidget):
    """Shows one stage; rebuilds its matrices only when the stage changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strip = StageStrip()
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("font-size: 13pt; color: #333;")
        self.equation = QLabel()
        self.equation.setTextFormat(Qt.TextFormat.RichText)
        self.equation.setFont(QFont(SERIF_FAMILY, 24))
        self.equation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.equation.setWordWrap(True)  # a long equation wraps rather than widen the window
        self.shapes = QLabel()
        self.shapes.setWordWrap(True)
        self.shapes.setFont(QFont(MONO_FAMILY, 14))
        self.shapes.setStyleSheet("color: #444;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.matrices = QWidget()
        self.matrices.setStyleSheet("background: white;")
        self.flow = FlowLayout(self.matrices, spacing=14)
        self.flow.setContentsMargins(4, 8, 4, 8)
        # Everything but the notes scrolls as one page: on a short screen (or in presentation
        # mode's large fonts) the page scrolls instead of squeezing the wrapped lines together.
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.strip, self.header, self.equation, self.shapes, self.explain):
            column.addWidget(widget)
        column.addWidget(self.matrices, 1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        self._stage: Stage | None = None
        self.blocks: list[MatrixBlock] = []
        self.matrix_point_size = MATRIX_PT
        self.stage_count = STAGES_PER_ITERATION  # 8L + 2 for an L-layer walk

    def show_stage(self, stage: Stage, iteration: int, notes: list[str]) -> None:
        color = PHASE_COLORS[stage.phase].name()
        where = self.tr("Iteration <b>{0}</b> · stage {1} of {2}").format(
            iteration, stage.index + 1, self.stage_count
        )
        self.header.setText(
            f"<span style='font-size:{css_pt(14)}'>{where}</span>&nbsp;&nbsp;"
            f"<span style='font-size:{css_pt(13)}; color:white; background:{color};'>"
            f"&nbsp;{phase_label(stage.phase).upper()}&nbsp;</span>"
        )
        self.note.setText("<br>".join(notes))
        self.note.setVisible(bool(notes))
        if stage is self._stage:
            return
        self._stage = stage
        self.strip.set_current(stage.index)
        # a word joiner keeps g′ with its argument: "g′" ended one line and "(Z[1])" began the next
        self.equation.setText(rich(stage.equation).replace("′(", "′\u2060("))
        nbsp = shapes_text(stage.shapes).replace(", ", ",\u00a0").replace(" (", "\u00a0(")
        self.shapes.setText(
            self.tr("shapes: {0}").format(nbsp)
        )  # wraps between operands, never inside (4, 2)
        self.explain.setText(explanation(stage.name))
        self._show_matrices(stage)

    def _show_matrices(self, stage: Stage) -> None:
        while self.flow.count():
            item = self.flow.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater alone would leave it drawn until idle
                widget.deleteLater()
        self.blocks = []
        for k, (name, array) in enumerate(stage.matrices):
            block = MatrixBlock()
            block.set_matrix(name, array)
            self.flow.addWidget(block)
            self.blocks.append(block)
            if k < len(stage.operators) and stage.operators[k]:
                op = QLabel(rich(stage.operators[k]))
                font = QFont(SERIF_FAMILY)
                font.setPointSizeF(pt(20))
                op.setFont(font)
                op.setStyleSheet("color: #555;")
                op.nnv_self_scaled = True  # rebuilt by apply_scale
                self.flow.addWidget(op)
        self.fit_matrices()

    def apply_scale(self) -> None:
        """Presentation mode toggled: the matrices and operators again, at the new scale."""
        if self._stage is not None:
            self._show_matrices(self._stage)

    def fit_matrices(self) -> None:
        """The largest number size (14 pt down to 9) at which the widest matrix fits the width."""
        if not self.blocks:
            return
        room = self.scroll.viewport().width() - 12
        for size in range(MATRIX_PT, MIN_MATRIX_PT - 1, -1):
            for block in self.blocks:
                block.view.set_point_size(size)
            if max(b.sizeHint().width() for b in self.blocks) <= room:
                break
        self.matrix_point_size = size
        self.matrices.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_matrices()
