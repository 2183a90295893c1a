"""The computation-graph lesson (001 §2.5-2.7, 004 §2.7-2.9): J = 3(a + bc) and logistic regression
for one example, values forward, derivatives backward, one node at a time, and the nudge."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from core.compgraph_graphs import parse_number
from core.compgraph_walk import CompGraphConfig, CompGraphEngine, CompGraphSnapshot
from visualizer.lessons.base import Lesson
from visualizer.lessons.compgraph.controls import GraphControls
from visualizer.lessons.compgraph.graph_view import GraphView
from visualizer.lessons.compgraph.nudge_panel import NudgePanel
from visualizer.lessons.compgraph.rule_panel import RulePanel
from visualizer.lessons.compgraph.texts import kind_label, phase_text
from visualizer.widgets.notation import fmt

Prepare = Callable[[], None]


class CompGraphLesson(Lesson):
    """Walk a small graph stage by stage; edit any input; nudge any variable."""

    key: ClassVar[str] = "computation-graph"
    title: ClassVar[str] = QT_TRANSLATE_NOOP("Lesson", "Computation graph")
    screenshot_steps: ClassVar[int] = 5  # dJ/da = dJ/dv · dv/da = 3 × 1 = 3
    what_to_look_at = QT_TRANSLATE_NOOP(
        "CompGraphLesson",
        "Forward, the blue arrows carry values left to right: u = bc = 6, v = a + u = 11, J = 3v = 33. "
        "Backward, the red arrows carry derivatives right to left, each by the chain rule: dJ/da = "
        "dJ/dv · dv/da = 3 × 1. Nudge a by ε = 0.001 and J moves by 0.003: the ratio is the "
        "derivative. Course: 001 §2.5-2.7 (computation graph, derivatives, logistic regression).",
    )

    look_by_kind: ClassVar[dict[str, str]] = {  # the other graphs' own hints (the course's: above)
        "logreg": QT_TRANSLATE_NOOP(
            "CompGraphLesson",
            "Forward, the blue arrows carry values left to right: z = w1·x1 + w2·x2 + b, a = σ(z), "
            "then the loss L. Backward, the red arrows carry derivatives right to left by the chain "
            "rule: dL/da, then dL/dz = dL/da · da/dz = a − y, then dL/dw1 = x1 · dL/dz, "
            "dL/dw2 = x2 · dL/dz, dL/db = dL/dz, and the update w := w − α dw. Nudge w1 by ε and L "
            "moves by about ε · dL/dw1. "
            "Course: 001 §2.5-2.7 (computation graph, derivatives, logistic regression).",
        ),
        "expression": QT_TRANSLATE_NOOP(
            "CompGraphLesson",
            "Your expression as a graph: values forward (blue) left to right, derivatives backward "
            "(red) right to left, each by the chain rule. Nudge a variable by ε: the output moves by "
            "about ε times its derivative. Course: 001 §2.5-2.7 (computation graph, derivatives).",
        ),
    }

    def look_text(self) -> str:
        """The hint for the graph shown: the course's J = 3(a + bc) text read wrong next to
        logistic regression."""
        text = self.look_by_kind.get(self._engine.kind)
        return QCoreApplication.translate("CompGraphLesson", text) if text else super().look_text()

    def __init__(self, parent: QWidget | None = None, *, engine: CompGraphEngine | None = None) -> None:
        super().__init__(parent)
        self._engine = engine if engine is not None else CompGraphEngine()
        self.view = GraphView()
        self.rules = RulePanel()
        self.nudge = NudgePanel()
        self.controls = GraphControls()
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addLayout(self._build_walk_buttons())
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(_scrolling(self.rules))
        bottom.addWidget(self.nudge)  # not scrolled: its plot takes what room there is
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        bottom.setSizes([380, 560])
        bottom.setChildrenCollapsible(False)
        body = QSplitter(Qt.Orientation.Vertical)  # the graph on top gets the largest share
        body.addWidget(top)
        body.addWidget(bottom)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([420, 300])
        body.setChildrenCollapsible(False)
        self.side_panel = _scrolling(self.controls)
        self.side_panel.setMaximumWidth(220)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.side_panel)
        layout.addWidget(body, 1)
        self.controls.kind_chosen.connect(self._on_controls_kind_chosen)
        self.controls.value_edited.connect(self._on_controls_value_edited)
        self.controls.expression_entered.connect(self._on_controls_expression_entered)
        self.controls.rate_edited.connect(self._on_controls_rate_edited)
        self.nudge.nudged_chosen.connect(lambda name: self._edit(self._engine.set_nudged, name))
        self.nudge.epsilon_edited.connect(self._on_nudge_epsilon_edited)

    def _build_walk_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(8, 0, 8, 0)
        self.back_button = _button(self.tr("◀  Back"), self.tr("One stage back (Left)"), "Left")
        self.forward_button = _button(
            self.tr("Forward  ▶"), self.tr("One stage forward (the toolbar's Step)")
        )
        self.reset_button = _button(self.tr("Reset  ⟲"), self.tr("Back to the inputs"))
        for button, slot in ((self.back_button, self.back), (self.forward_button, self.forward),
                             (self.reset_button, self.reset)):  # fmt: skip
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- what the controller and the window use -----------------------------------------

    @property
    def engine(self) -> CompGraphEngine:
        return self._engine

    def render(self, snapshot: CompGraphSnapshot) -> None:
        self.view.set_snapshot(snapshot)
        self.rules.show_snapshot(snapshot)
        self.controls.show_snapshot(snapshot)
        self.nudge.show_snapshot(snapshot, self._engine.nudgeable())
        self.back_button.setEnabled(snapshot.step > snapshot.earliest_step)
        self.forward_button.setEnabled(not snapshot.at_end)

    def status_text(self, snapshot: CompGraphSnapshot) -> str:
        out = snapshot.graph.output
        return self.tr("{0} · iteration {1} · stage {2} of {3} ({4}) · {5} = {6}").format(
            kind_label(snapshot.kind), snapshot.iteration, snapshot.stage.index + 1, snapshot.stage_count,
            phase_text(snapshot.stage.phase), out, fmt(snapshot.current.values[out], 6),
        )  # fmt: skip

    def iteration_of(self, snapshot: CompGraphSnapshot) -> int:
        return snapshot.iteration

    def sidebars(self) -> list[QWidget]:
        return [self.side_panel]

    def plot_widgets(self) -> list[QWidget]:
        return [self.view]

    def main_view(self) -> QWidget:
        return self.view  # the graph: values forward, derivatives backward

    def prepare_screenshot(self) -> None:
        self._walk("course", self.screenshot_steps)

    def extra_screenshots(self) -> list[tuple[str, Prepare]]:
        """Logistic regression at dz = a − y (--screenshot writes computation-graph-logreg.png)."""
        return [("logreg", lambda: self._walk("logreg", 5))]

    def _walk(self, kind: str, steps: int) -> None:
        self._engine.set_kind(kind)
        self._engine.reset()
        self._engine.step(steps)
        self.changed.emit()

    # -- walking ------------------------------------------------------------------------

    def back(self) -> None:
        self._engine.back(1)
        self.changed.emit()

    def forward(self) -> None:
        self._engine.step(1)
        self.changed.emit()

    def reset(self) -> None:
        self._engine.reset()
        self.controls.feedback.clear()
        self.changed.emit()

    # -- the user's changes: Lesson.apply_changes (validated in core, a refusal translated by its
    # id and shown, the walk kept); the leaves' values and the nudged variable are edits of the walk
    # (not of its config): they are validated by the engine's setters and refused the same way.

    def new_config(self, changes: dict[str, Any]) -> CompGraphConfig:
        config = self._engine.config.changed(**changes)
        self._engine.check_config(config)  # a formula or an α apply_config would refuse
        return config

    def change_note(self, changes: dict[str, Any], restarted: bool) -> str:
        if "expression" in changes:
            return self.tr("Drawn: J = {0}").format(self._engine.expression)
        return ""

    def refuse(self, exc: Exception) -> None:
        super().refuse(exc)
        self.changed.emit()  # the editors show the values kept

    def say(self, text: str, error: bool = False) -> None:
        self.controls.say(text, error)
        self.message.emit(text)

    def _edit(self, setter: Callable, *args, done: str = "") -> bool:
        try:
            setter(*args)
        except ValueError as err:
            self.refuse(err)
            return False
        if done:
            self.say(done)
        self.changed.emit()
        return True

    def _on_controls_kind_chosen(self, kind: str) -> None:
        self.apply_changes(kind=kind)

    def _on_controls_value_edited(self, name: str, text: str) -> None:
        value = self._number(text)
        if value is not None:
            self._edit(self._engine.set_value, name, value, done=f"{name} = {value:g}")

    def _on_controls_expression_entered(self, text: str) -> None:
        self.apply_changes(expression=text)

    def _on_controls_rate_edited(self, text: str) -> None:
        value = self._number(text)
        if value is not None:
            self.apply_changes(learning_rate=value)

    def _on_nudge_epsilon_edited(self, text: str) -> None:
        value = self._number(text)
        if value is not None:
            self.apply_changes(epsilon=value)

    def _number(self, text: str) -> float | None:
        """The typed number, or None after saying why it is not one."""
        try:
            return parse_number(text)
        except ValueError as err:
            self.refuse(err)
            return None


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def _button(text: str, tip: str, key: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setStyleSheet("font-size: 12pt; padding: 3px 10px;")
    if key:
        button.setShortcut(QKeySequence(key))
    return button
