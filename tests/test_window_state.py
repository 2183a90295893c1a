"""The window opens fitted to the screen and remembers size, place, maximized, lesson, language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize

from visualizer.window_state import (
    LARGEST,
    fitted_geometry,
    placed_on_screen,
    restore_window,
    save_window,
    saved_language,
)


@pytest.mark.parametrize("screen", [QRect(0, 0, 1024, 740), QRect(0, 0, 1280, 690), QRect(0, 27, 1366, 741)])
def test_a_first_window_fits_a_projector_screen(screen):
    rect = fitted_geometry(screen)
    assert screen.contains(rect)
    assert rect.width() >= 0.85 * screen.width() and rect.height() >= 0.85 * screen.height()


def test_a_first_window_on_a_large_monitor_is_capped():
    rect = fitted_geometry(QRect(0, 0, 3840, 2100))
    assert rect.size() == LARGEST and QRect(0, 0, 3840, 2100).contains(rect)


def test_a_saved_place_off_every_screen_is_ignored():
    screens = [QRect(0, 0, 1024, 740)]
    assert placed_on_screen(QRect(1930, 40, 1200, 800), screens) is None  # a projector unplugged
    assert placed_on_screen(QRect(-900, -500, 800, 600), screens) is None
    assert placed_on_screen(QRect(), screens) is None


def test_a_saved_place_on_a_smaller_screen_shrinks_to_it():
    rect = placed_on_screen(QRect(100, 50, 1440, 900), [QRect(0, 0, 1024, 740)])
    assert rect is not None and QRect(0, 0, 1024, 740).contains(rect)
    second = placed_on_screen(QRect(1950, 60, 800, 600), [QRect(0, 0, 1024, 740), QRect(1920, 0, 1280, 690)])
    assert second == QRect(1950, 60, 800, 600)


def test_save_and_restore_round_trip(qtbot, tmp_path):
    from visualizer.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.move(30, 20)
    first.open_lesson("zero-init")
    save_window(first, settings, "zh_CN")
    assert saved_language(settings) == "zh_CN"
    again = MainWindow()
    qtbot.addWidget(again)
    maximized = restore_window(again, settings)
    assert not maximized
    assert again.size() == QSize(700, 500)
    assert again.current_lesson.key == "zero-init"


def test_an_empty_settings_file_opens_a_fitted_window(qtbot, tmp_path):
    from PySide6.QtGui import QGuiApplication

    from visualizer.main_window import MainWindow

    settings = QSettings(str(tmp_path / "empty.ini"), QSettings.Format.IniFormat)
    settings.setValue("lesson", "no-such-lesson")
    settings.setValue("geometry", "garbage")
    window = MainWindow()
    qtbot.addWidget(window)
    assert restore_window(window, settings) is False
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert saved_language(settings) is None


def test_screenshots_never_touch_the_settings(qapp, tmp_path):
    """--screenshot neither reads nor writes the settings file."""
    from visualizer.app import main
    from visualizer.window_state import open_settings

    path = Path(open_settings().fileName())
    before = path.read_bytes() if path.exists() else None  # an earlier test's run may have saved
    font = qapp.font()
    try:
        assert main(["--screenshot", str(tmp_path), "--size", "1024x768"]) == 0
    finally:
        qapp.setFont(font)
    assert (path.read_bytes() if path.exists() else None) == before
    assert sorted(p.name for p in tmp_path.glob("*.png"))


def test_the_language_is_lang_else_the_saved_one_else_the_systems(qapp):
    from argparse import Namespace

    from visualizer import i18n
    from visualizer.app import _settings_and_language
    from visualizer.window_state import open_settings

    saved = open_settings()  # the tests' throw-away settings (conftest)
    saved.setValue("language", "zh_CN")
    saved.sync()
    before = i18n.current_language()
    try:
        args = Namespace(lang=None, screenshot=None, startup_probe=False)
        assert _settings_and_language(args) is not None and i18n.current_language() == "zh_CN"
        _settings_and_language(Namespace(lang="en", screenshot=None, startup_probe=False))
        assert i18n.current_language() == "en"
        assert _settings_and_language(Namespace(lang=None, screenshot="x", startup_probe=False)) is None
        assert i18n.current_language() == i18n.system_language()  # screenshots ignore the saved one
    finally:
        saved.remove("language")
        saved.sync()
        i18n.set_language(before)
