"""The backprop lesson's L-layer parts: the layer_dims field, the deep network diagram, the building
blocks and a stage strip for 8L + 2 stages. The 2-layer walk keeps its own diagram and strip;
the block diagram shows in both."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QLineEdit, QStackedWidget, QWidget

from core.backprop_deep import stage_names
from core.backprop_steps import BackpropSnapshot
from visualizer.lessons.backprop.block_diagram import BlockDiagram
from visualizer.lessons.backprop.deep_diagram import DeepDiagram
from visualizer.widgets.flow_layout import FlowLayout
from visualizer.widgets.stage_panel import button_row, stage_button

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


class DeepStageStrip(QWidget):
    """One button per stage, grouped by phase and layer, wrapping onto new lines when narrow."""

    stage_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing=6)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.idClicked.connect(self.stage_clicked.emit)
        self._names: tuple = ()

    def set_stages(self, stages: tuple[tuple[str, str], ...]) -> None:
        """(name, phase) of every stage; rebuilt only when they change."""
        if stages == self._names:
            return
        self._names = stages
        while self.flow.count():
            self.flow.takeAt(0).widget().deleteLater()
        for button in self.group.buttons():
            self.group.removeButton(button)
        row, last = None, None
        for index, (name, phase) in enumerate(stages):
            group = (phase, name.lstrip("dZAWb") if phase == "backward" else "")
            if group != last:
                row, last = button_row(self.flow), group
            tip = translate("DeepStages", "Go to stage {0} of this iteration").format(name)
            button = stage_button(name, phase, tip)
            self.group.addButton(button, index)
            row.addWidget(button)

    def set_current(self, index: int) -> None:
        button = self.group.button(index)
        if button is not None:
            button.setChecked(True)


class DeepView:
    """Builds the L-layer widgets; `render` shows a snapshot in them (any L, 2 included)."""

    def __init__(self) -> None:
        self.layers_edit = QLineEdit()
        self.layers_edit.setToolTip(
            translate(
                "DeepStages",
                "layer_dims = [n_x, n[1], ..., n[L]]: 2 to 4 layers, e.g. 2, 4, 3, 1. "
                "[2, n_h, 1] is the 2-layer walk; more layers walk with caches and building blocks.",
            )
        )
        self.diagram = DeepDiagram()
        self.blocks = BlockDiagram()
        self.strip = DeepStageStrip()
        self.stack = QStackedWidget()

    def stacked(self, two_layer: QWidget) -> QStackedWidget:
        """The 2-layer diagram and the L-layer one in one place (one shows at a time)."""
        self.stack.addWidget(two_layer)
        self.stack.addWidget(self.diagram)
        return self.stack

    def render(self, snap: BackpropSnapshot, labels: dict, pending: dict, two_layer_strip: QWidget) -> bool:
        """Show `snap`; True when it is an L-layer walk (L > 2), whose stages the 2-layer parts
        cannot show."""
        c, stage = snap.config, snap.stage
        deep = bool(c.deeper)
        L = len(c.layer_dims) - 1
        if not self.layers_edit.hasFocus():
            self.layers_edit.setText(", ".join(str(n) for n in c.layer_dims))
        self.stack.setCurrentIndex(1 if deep else 0)
        two_layer_strip.setVisible(not deep)
        self.strip.setVisible(deep)
        self.blocks.set_stage(stage, L, c.activation)
        if deep:
            self.diagram.set_state(snap.parameters, stage.nodes, stage.edges, stage.phase, labels, pending)
            self.strip.set_stages(stage_names(L))
            self.strip.set_current(stage.index)
        return deep


def deep_explanation(name: str, phase: str, L: int) -> str:
    """What an L-layer stage does (the 2-layer walk has its own sentences)."""
    if phase == "input":
        return translate(
            "DeepStages", "The batch X = A[0], one column per example, and every layer's W and b."
        )
    if phase == "update":
        return translate(
            "DeepStages", "Gradient descent on every layer: one step against the gradient, scaled by α."
        )
    if name == "J":
        return translate("DeepStages", "The cost: the cross-entropy loss averaged over the m examples.")
    l = int(name.lstrip("dZAWb"))
    if name == f"dA{L}":
        text = translate(
            "DeepStages",
            "Backward starts at the output: the derivative of the loss with respect to A[{0}], "
            "the course's initialization of backward.",
        )
        return text.format(L)
    key = name.rstrip("0123456789")
    texts = {
        "Z": translate(
            "DeepStages",
            "Forward block {0}, linear part: W[{0}] A[{1}] + b[{0}]. The cache of layer {0} keeps "
            "A[{1}], W[{0}], b[{0}] and Z[{0}] for backward.",
        ),
        "A": translate("DeepStages", "Forward block {0}: the activation applied to every entry of Z[{0}]."),
        "dZ": translate(
            "DeepStages",
            "Backward block {0}: dA[{0}] times the slope of the activation at Z[{0}], read from cache {0}.",
        ),
        "dW": translate(
            "DeepStages",
            "Each weight's gradient: dZ[{0}] times the A[{1}] read from cache {0}, averaged over "
            "the examples.",
        ),
        "db": translate("DeepStages", "Each bias's gradient: dZ[{0}] averaged over the examples."),
        "dA": translate(
            "DeepStages", "The error handed back to layer {0}: W[{1}]ᵀ dZ[{1}], W[{1}] read from cache {1}."
        ),
    }
    if key == "dA":
        return texts[key].format(l, l + 1)
    return texts.get(key, "").format(l, l - 1)
