"""The shared keys work whatever has focus; Enter in a number box commits and hands focus back.

Space, Right, N, R (and Left, P in the backprop lesson) are window shortcuts, but a focused
spin box, slider or combo box takes them first (Space blanked the learning-rate box instead
of starting the run). This filter lets those keys through to the shortcuts, and after
Enter in a number box gives the focus back to the window, so the next Space runs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget

SHARED_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_N, Qt.Key.Key_R, Qt.Key.Key_P}
ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
TAKERS = (QAbstractSpinBox, QAbstractSlider, QComboBox, QLineEdit)  # widgets that would eat them


def _number_box(widget: QWidget | None) -> QAbstractSpinBox | None:
    """The spin box `widget` is (or whose line edit it is)."""
    while widget is not None and not isinstance(widget, QAbstractSpinBox):
        widget = widget.parentWidget() if isinstance(widget, QLineEdit) else None
    return widget


class SharedKeys(QObject):
    """An event filter on the number boxes, sliders and combo boxes of one main window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def watch(self, root: QWidget) -> None:
        """Filter every widget under `root` that would take the shared keys (a lesson, once built)."""
        for widget in root.findChildren(QWidget):
            if isinstance(widget, TAKERS):
                widget.installEventFilter(self)

    def _ours(self, widget: QObject) -> bool:
        return isinstance(widget, QWidget) and widget.window() is self._window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, TAKERS) or not self._ours(watched):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        plain = key_event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        key = Qt.Key(key_event.key())
        if kind == QEvent.Type.ShortcutOverride and plain and key in SHARED_KEYS:
            if isinstance(watched, QLineEdit) and _number_box(watched) is None:
                return False  # free text (a dialog's name field): the letters are its own
            event.ignore()  # not taken by the widget: the window's shortcut fires
            return True
        if kind == QEvent.Type.KeyPress and key in ENTER_KEYS and _number_box(watched) is not None:
            QTimer.singleShot(0, self._hand_back)  # after the box has committed its value
        return False

    def _hand_back(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and self._ours(focus) and _number_box(focus) is not None:
            focus.clearFocus()
            self._window.setFocus(Qt.FocusReason.OtherFocusReason)
