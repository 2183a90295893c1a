"""Switching language rebuilds the window's widgets: the old ones must all go (no top-level leaks)."""

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

LESSONS = ("shallow-network", "zero-init")


def live_top_level_widgets() -> int:
    """Top-level widgets still alive once every deleteLater has run."""
    for _ in range(3):
        gc.collect()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    return len(QApplication.topLevelWidgets())


def switch(window, code):
    window.set_language(code)
    for key in LESSONS:  # built again around their engines, menus and all
        window.open_lesson(key)
    QApplication.processEvents()


@pytest.mark.slow  # a leak check (20 rebuilds of the window, ~16 s): `make soak` runs it
def test_twenty_language_switches_leave_as_many_top_level_widgets_as_one(window):
    for key in LESSONS:
        window.open_lesson(key)
    switch(window, "zh_CN")
    after_one = live_top_level_widgets()
    for i in range(19):
        switch(window, "en" if i % 2 == 0 else "zh_CN")
    assert live_top_level_widgets() == after_one
    window.set_language("en")
