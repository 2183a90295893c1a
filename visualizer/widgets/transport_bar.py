"""The one toolbar: Step, Run/Pause, Reset, speed and the iteration counter, for the open lesson."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSlider, QToolBar, QWidget

SPEED_TICKS = 40  # slider positions; 0 = 0.01x ... 40 = 10x, logarithmic, 1x at tick 26-27


class TransportBar(QToolBar):
    """Emits what the user pressed; the main window connects it to the controller."""

    step_requested = Signal()
    run_toggled = Signal()
    reset_requested = Signal()
    speed_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transport"))
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.step_action = self._action(
            self.tr("Step"),
            self.tr("One training step (Right or N)"),
            [Qt.Key.Key_Right, Qt.Key.Key_N],
            self.step_requested,
        )
        self.run_action = self._action(
            self.tr("Run"), self.tr("Run or pause training (Space)"), [Qt.Key.Key_Space], self.run_toggled
        )
        self.reset_action = self._action(self.tr("Reset"), self.tr("Back to step 0, same seed (R)"),
                                         [Qt.Key.Key_R], self.reset_requested)  # fmt: skip
        self.addSeparator()
        self.speed_label = QLabel(" " + self.tr("Speed") + " ")
        self.addWidget(self.speed_label)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(0, SPEED_TICKS)
        self.speed_slider.setValue(self._tick_for(1.0))
        self.speed_slider.setFixedWidth(160)
        self.speed_slider.setToolTip(self.tr("Training speed: 0.01x to 10x the normal pace"))
        self.speed_slider.valueChanged.connect(self._on_speed_slider_value_changed)
        self.addWidget(self.speed_slider)
        self.speed_value = QLabel("1x")
        self.speed_value.setMinimumWidth(48)
        self.addWidget(self.speed_value)
        self.addSeparator()
        self.iteration_label = QLabel()
        self.iteration_label.setMinimumWidth(160)
        self.addWidget(self.iteration_label)
        self.set_iteration(0)

    def _action(self, text: str, tip: str, keys: list, signal: Signal) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(signal.emit)
        self.addAction(action)
        return action

    @staticmethod
    def speed_for(tick: int) -> float:
        return 10 ** (-2 + 3 * tick / SPEED_TICKS)

    @staticmethod
    def _tick_for(speed: float) -> int:
        return round((math.log10(speed) + 2) / 3 * SPEED_TICKS)

    def set_running(self, running: bool) -> None:
        self.run_action.setText(self.tr("Pause") if running else self.tr("Run"))

    def set_iteration(self, step: int) -> None:
        self.iteration_label.setText(self.tr("Iteration {0:,}").format(step))

    def set_speed(self, speed: float) -> None:
        """Show `speed` (e.g. the controller's, after the bar was rebuilt) without emitting."""
        self.speed_slider.blockSignals(True)
        self.speed_slider.setValue(self._tick_for(speed))
        self.speed_slider.blockSignals(False)
        self.speed_value.setText(f"{speed:.2g}x")

    def _on_speed_slider_value_changed(self, tick: int) -> None:
        speed = self.speed_for(tick)
        self.speed_value.setText(f"{speed:.2g}x")
        self.speed_changed.emit(speed)
