"""The shared keys work whatever has focus; Enter in a number box commits and hands focus back."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QSlider

from tests.keys import shortcut_click


def _focus(widget, qtbot):
    widget.window().activateWindow()
    QApplication.processEvents()  # the activation arrives as an event
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    assert QApplication.focusWidget() is widget


def test_enter_in_the_learning_rate_box_commits_then_space_runs(window, qtbot):
    lesson = window.open_lesson("gradient-descent")
    box = lesson.controls.learning_rate.box
    _focus(box, qtbot)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "0.5")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert lesson.engine.config.learning_rate == 0.5  # committed
    QApplication.processEvents()  # the hand-back is queued after the box's commit
    assert not box.hasFocus()  # focus handed back to the window
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    assert window.controller.running
    assert box.text() == "0.500"  # not blanked
    window.controller.pause()


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_N, Qt.Key.Key_R])
def test_shared_keys_reach_the_window_from_a_focused_number_box(window, qtbot, key):
    lesson = window.open_lesson("shallow-network")
    lesson.engine.step(3)
    window.controller.refresh()
    box = lesson.sidebar.findChildren(QDoubleSpinBox)[0]
    text = box.text()
    _focus(box, qtbot)
    assert box.hasFocus()
    step = lesson.engine.snapshot().step
    qtbot.keyClick(box, key)
    after = lesson.engine.snapshot().step
    if key == Qt.Key.Key_Space:
        assert window.controller.running
        window.controller.pause()
    elif key == Qt.Key.Key_R:
        assert after == 0
    else:
        assert after == step + 1
    assert box.text() == text  # the box did not take the key


def test_left_and_p_in_backprop_from_a_focused_slider(window, qtbot):
    lesson = window.open_lesson("backprop")
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    slider = lesson.findChildren(QSlider)[0]
    _focus(slider, qtbot)
    value = slider.value()
    shortcut_click(qtbot, lesson.back_button, slider, Qt.Key.Key_Left)
    assert lesson.engine.step_count == 1
    shortcut_click(qtbot, lesson.next_pass_button, slider, Qt.Key.Key_P)
    assert lesson.engine.step_count > 2
    assert slider.value() == value
