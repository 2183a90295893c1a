"""A long status-bar message ends in '…' before the permanent label instead of running into it."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics


def test_a_long_message_is_elided_before_the_label_and_whole_in_the_tooltip(window, qapp):
    window.resize(1280, 720)
    window.open_lesson("deep-network")
    window.controller.step()
    qapp.processEvents()
    bar = window.statusBar()
    label_left = window.status_label.x()
    text = "8 sigmoid layers, randn · 0.01: vanishing gradients " * 6
    window.current_lesson.message.emit(text)
    shown = bar.currentMessage()
    assert shown.endswith("…") and len(shown) < len(text)
    assert 6 + QFontMetrics(bar.font()).horizontalAdvance(shown) < label_left  # a gap before the label
    assert bar.toolTip() == text
    bar.clearMessage()
    assert bar.toolTip() == ""
    assert window.minimumSizeHint().width() <= 1024  # a long label never widens the window


def test_a_message_shown_before_a_longer_label_is_cut_again_to_the_room_left(window, qapp):
    window.resize(1280, 720)
    window.open_lesson("deep-network")
    qapp.processEvents()
    bar = window.statusBar()
    window.status_label.setText("")
    text = "8 sigmoid layers, randn · 0.01: vanishing gradients: press Run and watch ‖dW‖ fall " * 2
    assert QFontMetrics(bar.font()).horizontalAdvance(text) < bar.width() - 40  # fits a free bar
    window.current_lesson.message.emit(text)
    assert bar.currentMessage() == text  # the whole bar is free
    window.controller.step()  # the label now names the iteration, cost and accuracies
    qapp.processEvents()
    shown, label_left = bar.currentMessage(), window.status_label.x()
    assert shown.endswith("…") and 6 + QFontMetrics(bar.font()).horizontalAdvance(shown) < label_left


def test_a_status_line_wider_than_the_bar_ends_in_an_ellipsis(window, qapp):
    window.resize(1024, 768)
    window.open_lesson("gradient-descent").prepare_screenshot()  # all four optimizers race
    window.view_menu.presentation.set_active(True)
    qapp.processEvents()
    window.controller.step()
    qapp.processEvents()
    label, bar = window.status_label, window.statusBar()
    assert QFontMetrics(label.font()).horizontalAdvance(label.text()) <= bar.width()
    full = window.current_lesson.status_text(window.controller.engine.snapshot())
    assert label.text().endswith("…") and label.toolTip() == full
    window.view_menu.presentation.set_active(False)


def test_a_short_message_is_shown_whole(window):
    window.current_lesson.message.emit("Saved.")
    assert window.statusBar().currentMessage() == "Saved."
