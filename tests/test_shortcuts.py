"""The keyboard drives the open lesson: Space run/pause, Right or N step, R reset."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ticks import fix_steps_per_tick, tick
from visualizer.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    w.tabs.setFocus()
    return w


def test_right_and_n_step_r_resets(window):
    engine = window.controller.engine
    QTest.keyClick(window, Qt.Key.Key_Right)
    QTest.keyClick(window, Qt.Key.Key_N)
    assert engine.step_count == 2
    QTest.keyClick(window, Qt.Key.Key_R)
    assert engine.step_count == 0


def test_space_runs_and_pauses(window, monkeypatch):
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.running
    fix_steps_per_tick(window.controller, monkeypatch, 10)
    tick(window.controller)
    assert window.controller.engine.step_count > 0
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert not window.controller.running
