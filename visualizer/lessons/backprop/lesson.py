"""Backprop step-through: forward and backward one equation at a time, with shapes and numbers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.activations import ACTIVATION_NAMES
from core.backprop_steps import (
    INITS,
    BackpropConfig,
    BackpropEngine,
    BackpropSnapshot,
    param_label,
    parse_layer_dims,
)
from core.datasets import DATASET_NAMES
from visualizer.activation_info import display_name
from visualizer.core_messages import translated_error
from visualizer.lessons.backprop.controls import button as _button
from visualizer.lessons.backprop.controls import combo as _combo
from visualizer.lessons.backprop.controls import rule as _rule
from visualizer.lessons.backprop.controls import scrolling as _scrolling
from visualizer.lessons.backprop.deep_view import DeepView, deep_explanation
from visualizer.lessons.backprop.lower_panes import LowerPanes
from visualizer.lessons.base import Lesson
from visualizer.names import dataset_label, init_label
from visualizer.numbers import number
from visualizer.scale import css_pt
from visualizer.widgets.flow_layout import FlowLayout
from visualizer.widgets.gradcheck_table import GradCheckTable
from visualizer.widgets.network_diagram import NetworkDiagram
from visualizer.widgets.notation import fmt
from visualizer.widgets.param_slider import ParamSlider, range_spin_box
from visualizer.widgets.side_scroll import SideScroll
from visualizer.widgets.stage_panel import StagePanel, phase_label

EDIT_HELP = QT_TRANSLATE_NOOP(
    "BackpropLesson",
    "Click an edge or a bias edge (from b1, b2) to type a new value. It is used from the "
    "next forward pass: right away when you stand at stage X, otherwise from the next "
    "iteration, in place of what this iteration's update gives.",
)
Prepare = Callable[[], None]


class BackpropLesson(Lesson):
    """Step from X to the updated weights, reading every matrix core computed on the way."""

    key: ClassVar[str] = "backprop"
    title: ClassVar[str] = QT_TRANSLATE_NOOP("Lesson", "Backprop step-through")
    screenshot_steps: ClassVar[int] = 9  # iteration 1, stage dZ1 = W2ᵀ dZ2 * g′(Z1)
    what_to_look_at = QT_TRANSLATE_NOOP(
        "BackpropLesson",
        "Step through one iteration equation by equation: forward from X to A2 and J, then "
        "backward from dZ2 = A2 − Y to dW1 and db1, then the update W := W − α dW. Check each "
        "shape, follow where every number comes from, and compare backprop's gradients with "
        "the numerical check below. Type 2, 4, 3, 1 in Layers for L layers: each forward block "
        "stores its cache, each backward block reads it. Course: 000 §2.6 (backpropagation), "
        "002, 004 §4.2-4.6.",
    )

    def __init__(self, parent: QWidget | None = None, *, engine: BackpropEngine | None = None) -> None:
        super().__init__(parent)
        self._engine = engine if engine is not None else BackpropEngine()
        self._shown: tuple | None = None  # what render() drew last
        self.ask_value = self._ask_value_dialog  # tests replace it
        self.diagram = NetworkDiagram()
        self.deep = DeepView()  # L > 2: its diagram, the building blocks (any L), its stage strip
        self.stage_panel = StagePanel()
        self.gradcheck = GradCheckTable()
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        center = QSplitter(Qt.Orientation.Vertical)
        center.addWidget(self.deep.stacked(self.diagram))
        # on a short screen the check scrolls (never pushes) and shares its place with the blocks
        self.lower = LowerPanes(self.deep.blocks, _scrolling(self.gradcheck), self.gradcheck.set_compact)
        center.addWidget(self.lower)
        center.setSizes([440, 400])
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._build_walk_buttons())
        right_layout.addWidget(self.deep.strip)
        right_layout.addWidget(self.stage_panel, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(center)
        body.addWidget(right)
        body.setSizes([520, 690])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._build_sidebar())
        layout.addWidget(body, 1)
        self.diagram.parameter_clicked.connect(self._on_diagram_parameter_clicked)
        self.stage_panel.strip.stage_clicked.connect(self._on_strip_stage_clicked)
        self.deep.diagram.parameter_clicked.connect(self._on_diagram_parameter_clicked)
        self.deep.strip.stage_clicked.connect(self._on_strip_stage_clicked)
        self.deep.layers_edit.editingFinished.connect(self._on_layers_edited)

    # -- building ----------------------------------------------------------------------

    def _build_sidebar(self) -> QWidget:
        c = self._engine.config
        self.dataset_box = _combo(DATASET_NAMES, c.dataset, dataset_label)
        self.m_box = range_spin_box("backprop.m", c.m)
        self.n_h_box = range_spin_box("backprop.n_h", c.n_h)
        self.activation_box = _combo(ACTIVATION_NAMES, c.activation, display_name)
        self.init_box = _combo(INITS, c.init, init_label)
        self.seed_box = range_spin_box("backprop.seed", c.seed)
        self.rate = ParamSlider.from_range(
            "learning_rate", self.tr("Learning rate α"), c.learning_rate, decimals=4,
            tooltip=self.tr("Used by the update stages W := W − α dW"),
        )  # fmt: skip
        tips = (
            (self.dataset_box, self.tr("The 2-D data set the examples are drawn from")),
            (self.m_box, self.tr("Examples m in the batch: X is (2, m), so every matrix shows m columns")),
            (self.n_h_box, self.tr("Hidden units n_h: W1 is (n_h, 2), b1 (n_h, 1), W2 (1, n_h)")),
            (self.activation_box, self.tr("Hidden activation g: A1 = g(Z1); backward uses g′(Z1) in dZ1")),
            (
                self.init_box,
                self.tr("How W1 and W2 start (b = 0): random randn · 0.01, Xavier or He scaling"),
            ),
            (
                self.seed_box,
                self.tr("Seed of the data and the initial weights: the same seed, the same numbers"),
            ),
        )
        for widget, tip in tips:
            widget.setToolTip(tip)
        form = QFormLayout()
        rows = ((self.tr("Data set"), self.dataset_box), (self.tr("Examples m"), self.m_box),
                (self.tr("Hidden n_h"), self.n_h_box), (self.tr("Activation g"), self.activation_box),
                (self.tr("Initialization"), self.init_box), (self.tr("Seed"), self.seed_box),
                (self.tr("Layers"), self.deep.layers_edit))  # fmt: skip
        for label, widget in rows:
            form.addRow(label, widget)
        box = QGroupBox(self.tr("Network and batch"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        note = QLabel(self.tr("Changing these starts over at iteration 1."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        box_layout.addWidget(note)
        help_label = QLabel(self.tr(EDIT_HELP))
        help_label.setWordWrap(True)
        self.feedback.setStyleSheet("font-size: 12pt;")
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(self.rate)
        layout.addWidget(_rule())
        layout.addWidget(help_label)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        self.dataset_box.currentIndexChanged.connect(
            lambda _i: self.apply_changes(dataset=self.dataset_box.currentData())
        )
        self.m_box.valueChanged.connect(lambda v: self.apply_changes(m=v))
        self.n_h_box.valueChanged.connect(lambda v: self.apply_changes(n_h=v))
        self.activation_box.currentIndexChanged.connect(
            lambda _i: self.apply_changes(activation=self.activation_box.currentData())
        )
        self.init_box.currentIndexChanged.connect(
            lambda _i: self.apply_changes(init=self.init_box.currentData())
        )
        self.seed_box.valueChanged.connect(lambda v: self.apply_changes(seed=v))
        self.rate.value_changed.connect(lambda v: self.apply_changes(learning_rate=v))
        self.side_panel = SideScroll(side, max_width=260)  # presentation mode hides it (sidebars())
        self.side_panel.setFrameShape(QFrame.Shape.NoFrame)
        return self.side_panel

    def sidebars(self) -> list[QWidget]:
        return [self.side_panel]

    def main_view(self) -> QWidget:
        return self.stage_panel  # the equation and its matrices: what the step is about

    def plot_widgets(self) -> list[QWidget]:
        return [self.diagram, self.stage_panel]  # painted widgets: exported by painting them again

    def _build_walk_buttons(self) -> QWidget:
        buttons = QWidget()  # they wrap onto a second line when the panel is narrow
        row = FlowLayout(buttons, spacing=6)
        row.setContentsMargins(8, 0, 8, 0)
        self.back_button = _button(self.tr("◀  Back"), self.tr("One stage back (Left)"), ("Left",))
        self.forward_button = _button(
            self.tr("Forward  ▶"), self.tr("One stage forward (the toolbar's Step)"), ()
        )
        self.next_pass_button = _button(self.tr("Next forward pass  ▶▶"),
                                        self.tr("To stage X of the next iteration (P)"), ("P",))  # fmt: skip
        self.reset_button = _button(self.tr("Reset  ⟲"), self.tr("Back to iteration 1, stage X"), ())
        for button, slot in ((self.back_button, self.back), (self.forward_button, self.forward),
                             (self.next_pass_button, self.next_forward_pass),
                             (self.reset_button, self.reset)):  # fmt: skip
            button.clicked.connect(slot)
            row.addWidget(button)
        return buttons

    # -- what the controller and the window use ---------------------------------------

    @property
    def engine(self) -> BackpropEngine:
        return self._engine

    def render(self, snapshot: BackpropSnapshot) -> None:
        # The controller emits every tick; redraw only when something shown has changed.
        shown = (snapshot.stage, snapshot.pending, snapshot.edited, snapshot.halted)
        last = self._shown
        if last is not None and shown[0] is last[0] and shown[1:] == last[1:]:
            return
        self._shown = shown
        self._sync_controls(snapshot.config)
        stage = snapshot.stage
        labels, labels_name = snapshot.parameters, ""
        if stage.name[:2] in ("dW", "db"):  # the lit edges carry their gradient now
            labels, labels_name = {stage.name[1:]: stage.matrices[-1][1]}, stage.name
        pending = {(e.key, e.index): e.value for e in snapshot.pending}
        self.diagram.set_state(snapshot.parameters, stage.nodes, stage.edges, stage.phase,
                               labels, labels_name, pending, snapshot.config.activation)  # fmt: skip
        self.stage_panel.stage_count = self._engine.stages_per_iteration
        self.stage_panel.show_stage(stage, snapshot.iteration, self._notes(snapshot))
        if self.deep.render(snapshot, labels, pending, self.stage_panel.strip):
            L = len(snapshot.config.layer_dims) - 1
            self.stage_panel.explain.setText(deep_explanation(stage.name, stage.phase, L))
        self.gradcheck.set_check(snapshot.check)
        self.back_button.setEnabled(snapshot.step > snapshot.earliest_step)

    def status_text(self, snapshot: BackpropSnapshot) -> str:
        if snapshot.cost is not None:
            cost = f"J = {number(snapshot.cost, 6)}"
        elif snapshot.previous_cost is not None:
            cost = self.tr("J = {0} (previous iteration)").format(number(snapshot.previous_cost, 6))
        else:
            cost = self.tr("J = not computed yet")
        stage = snapshot.stage
        return self.tr("Iteration {0} · stage: {1} ({2}) · {3}").format(
            snapshot.iteration, stage.name, phase_label(stage.phase), cost
        )

    def iteration_of(self, snapshot: BackpropSnapshot) -> int:
        return snapshot.iteration

    def extra_screenshots(self) -> list[tuple[str, Prepare]]:
        """More stages for --screenshot: a forward one (Z1) and an update one (W1)."""
        return [("forward", lambda: self._walk_from_start(1)),
                ("update", lambda: self._walk_from_start(12)),
                ("deep", lambda: self._walk_from_start(17, BackpropConfig(deeper=(3,))))]  # fmt: skip

    def prepare_screenshot(self) -> None:
        self._walk_from_start(self.screenshot_steps)

    # -- walking -----------------------------------------------------------------------

    def back(self) -> None:
        self._engine.back(1)
        self.changed.emit()

    def forward(self) -> None:
        self._engine.step(1)
        self.changed.emit()

    def next_forward_pass(self) -> None:
        self._engine.next_forward_pass()
        self.changed.emit()

    def reset(self) -> None:
        self._engine.reset()
        self.feedback.clear()
        self.changed.emit()

    def _walk_from_start(self, steps: int, config: BackpropConfig | None = None) -> None:
        """The default settings, `steps` stages from the start: what the screenshots show."""
        self._engine.apply_config(config or BackpropConfig())
        self._engine.reset()
        self._engine.step(steps)
        self.changed.emit()

    def _on_strip_stage_clicked(self, index: int) -> None:
        here = self._engine.step_count % self._engine.stages_per_iteration
        if index < here:
            self._engine.back(here - index)
        else:
            self._engine.step(index - here)
        self.changed.emit()

    # -- settings and edits ------------------------------------------------------------

    # the user's changes: Lesson.apply_changes, with these hooks
    def show_config(self) -> None:
        self._sync_controls(self._engine.config)

    def change_note(self, changes: dict[str, Any], restarted: bool) -> str:
        if restarted:
            return self.tr("Started over at iteration 1 with the new settings.")
        alpha = self._engine.config.learning_rate
        return self.tr("α = {0:g}: this iteration's update uses it.").format(alpha)

    def _on_diagram_parameter_clicked(self, key: str, index: tuple[int, int]) -> None:
        value = float(self._engine.snapshot().parameters[key][index])
        text = self.ask_value(param_label(key, index, self._layers), value)
        if text is not None:
            self.edit_parameter(key, index, text)

    def _on_layers_edited(self) -> None:
        text = self.deep.layers_edit.text()
        try:
            n_h, deeper = parse_layer_dims(text)
        except ValueError:
            refused = self.tr("layer_dims is [2, n[1], ..., 1] with 2 to 4 layers and hidden sizes 2 to 6")
            self.say(self.tr("Not changed: {0}.").format(refused), error=True)
            self.deep.layers_edit.setText(", ".join(str(n) for n in self._engine.config.layer_dims))
            return
        if (n_h, deeper) != (self._engine.config.n_h, self._engine.config.deeper):
            self.apply_changes(n_h=n_h, deeper=deeper)

    @property
    def _layers(self) -> int:
        return len(self._engine.config.layer_dims) - 1

    def _ask_value_dialog(self, label: str, value: float) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Type a new value"), self.tr("{0} is {1!r} now. New value:").format(label, value),
            QLineEdit.EchoMode.Normal, repr(value),
        )  # fmt: skip
        return text if ok else None

    def edit_parameter(self, key: str, index: tuple[int, int], text: str) -> bool:
        """Set one entry from the typed `text`; a clear message and no change if it is bad."""
        label = param_label(key, index, self._layers)
        try:
            value = float(text.strip())
        except ValueError:
            self.say(self.tr("Not changed: “{0}” is not a number, {1} keeps its value.").format(
                text.strip(), label), error=True)  # fmt: skip
            return False
        try:
            now = self._engine.set_parameter(key, index, value)
        except ValueError as err:
            self.say(self.tr("Not changed: {0}.").format(translated_error(err)), error=True)
            return False
        if now:
            self.say(
                self.tr("{0} = {1}: this forward pass uses it (from Z1 on).").format(label, fmt(value, 6))
            )
        else:
            self.say(self.tr("{0} = {1}: used from the next iteration.").format(label, fmt(value, 6)))
        self.changed.emit()
        return True

    def say(self, text: str, error: bool = False) -> None:
        color = "#a0141e" if error else "#146414"
        self.feedback.setText(f"<span style='color:{color}'>{text}</span>")
        self.message.emit(text)

    def _sync_controls(self, config) -> None:
        """Show `config` in the controls (silently: this is not the user asking for a change)."""
        for box, value in ((self.dataset_box, config.dataset), (self.m_box, config.m),
                           (self.n_h_box, config.n_h), (self.activation_box, config.activation),
                           (self.init_box, config.init), (self.seed_box, config.seed)):  # fmt: skip
            box.blockSignals(True)
            if isinstance(box, QComboBox):
                box.setCurrentIndex(max(0, box.findData(value)))
            else:
                box.setValue(value)
            box.blockSignals(False)
        self.rate.set_value(config.learning_rate)

    def _notes(self, snapshot: BackpropSnapshot) -> list[str]:
        notes = []
        if snapshot.edited and snapshot.stage.phase in ("input", "forward"):
            notes.append(self.tr("This forward pass uses your edit: {0}").format(", ".join(snapshot.edited)))
        if snapshot.pending:
            edits = ", ".join(e.label for e in snapshot.pending)
            waiting = self.tr("Waiting for the next forward pass: {0}").format(edits)
            notes.append(f"<span style='color:#c81e8c'>{waiting}</span>")
        if snapshot.halted:
            reason = translated_error(snapshot.halted_reason or snapshot.halted)
            stopped = self.tr("Stopped: {0}").format(reason)
            notes.append(f"<span style='color:#a0141e'>{stopped}</span>")
        return [f"<span style='font-size:{css_pt(12)}'>{n}</span>" for n in notes]
