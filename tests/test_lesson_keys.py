"""Ctrl+PageDown / Ctrl+PageUp (and Ctrl+Tab / Ctrl+Shift+Tab) open the next / previous lesson
whatever has focus, also while presenting; a focused slider or number box does not take them."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDoubleSpinBox

CTRL = Qt.KeyboardModifier.ControlModifier
NEXT = [(Qt.Key.Key_PageDown, CTRL), (Qt.Key.Key_Tab, CTRL)]
PREVIOUS = [(Qt.Key.Key_PageUp, CTRL), (Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)]


def _focus(widget):
    widget.window().activateWindow()
    QApplication.processEvents()  # the activation arrives as an event
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    assert QApplication.focusWidget() is widget


@pytest.fixture
def slider(window):
    """The speed slider, focused: it would take PageUp/PageDown for itself."""
    slider = window.transport.speed_slider
    _focus(slider)
    return slider


@pytest.mark.parametrize(("forward", "back"), list(zip(NEXT, PREVIOUS, strict=True)))
def test_next_and_previous_lesson_from_the_focused_speed_slider(window, slider, forward, back):
    tabs, speed, tick = window.tabs, window.controller.speed, slider.value()
    start = tabs.currentIndex()
    QTest.keyClick(slider, *forward)
    assert tabs.currentIndex() == (start + 1) % tabs.count()
    assert (window.controller.speed, slider.value()) == (speed, tick)  # the slider did not move
    QTest.keyClick(QApplication.focusWidget() or window, *back)
    assert tabs.currentIndex() == start
    assert (window.controller.speed, slider.value()) == (speed, tick)


def test_the_keys_wrap_around_at_both_ends(window, slider):
    """As QTabWidget's own Ctrl+Tab (and a browser's Ctrl+PageDown): past the last, the first."""
    tabs = window.tabs
    last = tabs.count() - 1
    tabs.setCurrentIndex(last)
    _focus(slider)
    QTest.keyClick(slider, Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 0
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentIndex() == last


def test_a_switch_takes_the_tab_click_path(window, slider):
    """The run pauses and the controller drives the lesson opened, as after a click on its tab."""
    window.controller.run()
    QTest.keyClick(slider, Qt.Key.Key_PageDown, CTRL)
    assert not window.controller.running
    assert window.controller.engine is window.current_lesson.engine
    assert window.look_panel.text.text() == window.current_lesson.look_text()


def test_from_a_focused_number_box(window):
    lesson = window.open_lesson("shallow-network")
    box = lesson.sidebar.findChildren(QDoubleSpinBox)[0]
    text = box.text()
    _focus(box)
    index = window.tabs.currentIndex()
    QTest.keyClick(box, Qt.Key.Key_PageDown, CTRL)
    assert window.tabs.currentIndex() == index + 1
    assert box.text() == text


def test_while_presenting(window, qtbot):
    view = window.view_menu
    view.presentation.set_active(True)
    try:
        slider = window.transport.speed_slider
        _focus(slider)
        tabs, speed = window.tabs, window.controller.speed
        start = tabs.currentIndex()
        QTest.keyClick(slider, Qt.Key.Key_PageDown, CTRL)
        assert tabs.currentIndex() == (start + 1) % tabs.count()
        assert window.current_lesson.sidebars()[0].isHidden()  # built while presenting: presented
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageUp, CTRL)
        assert tabs.currentIndex() == start
        assert window.controller.speed == speed
    finally:
        view.presentation.set_active(False)


def test_the_view_menu_shows_the_keys(window):
    view = window.view_menu
    assert view.next_lesson_action.shortcut() == QKeySequence("Ctrl+PgDown")  # the one the menu shows
    assert QKeySequence("Ctrl+Tab") in view.next_lesson_action.shortcuts()
    assert view.previous_lesson_action.shortcut() == QKeySequence("Ctrl+PgUp")
    assert QKeySequence("Ctrl+Shift+Tab") in view.previous_lesson_action.shortcuts()
    menu = next(
        a.menu()
        for a in window.menuBar().actions()
        if a.menu() and view.presentation_action in a.menu().actions()
    )
    assert {view.next_lesson_action, view.previous_lesson_action} <= set(menu.actions())


def test_after_a_language_change_the_keys_step_once(window):
    """The rebuilt View menu's keys, not also the old one's (two actions on one key fire neither)."""
    window.set_language("zh_CN")
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the English menu goes
        slider = window.transport.speed_slider
        _focus(slider)
        start = window.tabs.currentIndex()
        QTest.keyClick(slider, Qt.Key.Key_PageDown, CTRL)
        assert window.tabs.currentIndex() == (start + 1) % window.tabs.count()
        assert window.view_menu.next_lesson_action.text() == "下一课(&N)"
    finally:
        window.set_language("en")
