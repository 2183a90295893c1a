"""Where the window opens and what it remembers between runs: its size, position, maximized
state, the open lesson and the language (QSettings, an INI file in the user's config folder).

The window opens at a share of the screen's available geometry (never larger than the
screen), or where the user left it if that place is still on a screen. `--screenshot` runs
never read or write any of it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

ORGANIZATION = APPLICATION = "nn-visualizer"
SCREEN_SHARE = 0.9  # of the available width and height
LARGEST = QSize(1600, 1000)  # on a big monitor more than this is only empty plot
TITLE_STRIP = QSize(120, 24)  # this much of a saved window's top must be on a screen
KEYS = ("geometry", "maximized", "lesson", "language")


def open_settings() -> QSettings:
    """The user's settings: <config folder>/nn-visualizer/nn-visualizer.ini."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def fitted_geometry(available: QRect) -> QRect:
    """A window of SCREEN_SHARE of `available` (capped at LARGEST), centered on it."""
    size = QSize(
        min(round(available.width() * SCREEN_SHARE), LARGEST.width()),
        min(round(available.height() * SCREEN_SHARE), LARGEST.height()),
    )
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return rect


def placed_on_screen(saved: QRect, screens: list[QRect]) -> QRect | None:
    """`saved`, shrunk to fit, on the first available geometry that holds its title strip;
    None when it is on no current screen (a projector unplugged since, a smaller screen)."""
    if not saved.isValid():
        return None
    strip = QRect(saved.topLeft(), QSize(min(saved.width(), TITLE_STRIP.width()), TITLE_STRIP.height()))
    for available in screens:
        if available.contains(strip):
            size = saved.size().boundedTo(available.size())
            rect = QRect(saved.topLeft(), size)
            # slide it back inside if the shrunk window still reaches past the edge
            rect.moveRight(min(rect.right(), available.right()))
            rect.moveBottom(min(rect.bottom(), available.bottom()))
            return rect
    return None


def saved_language(settings: QSettings | None) -> str | None:
    value = settings.value("language") if settings is not None else None
    return value if isinstance(value, str) and value else None


def _available_geometries() -> list[QRect]:
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]


def restore_window(window: QMainWindow, settings: QSettings | None) -> bool:
    """Size, place and open `window` as it was left (or fitted to the screen); returns whether
    it should be shown maximized. The lesson opens too, if the window still has it."""
    saved = settings.value("geometry") if settings is not None else None
    rect = placed_on_screen(saved, _available_geometries()) if isinstance(saved, QRect) else None
    if rect is None:
        screen = QGuiApplication.primaryScreen()
        rect = fitted_geometry(screen.availableGeometry()) if screen is not None else QRect(0, 0, 1024, 700)
    window.resize(rect.size())
    window.move(rect.topLeft())
    lesson = settings.value("lesson") if settings is not None else None
    if isinstance(lesson, str) and lesson in window.lessons:
        window.open_lesson(lesson)
    maximized = settings.value("maximized", False) if settings is not None else False
    return maximized in (True, "true")


def save_window(window: QMainWindow, settings: QSettings, language: str) -> None:
    """Remember the window's normal geometry, whether it was maximized, its lesson, the language."""
    maximized = window.isMaximized()
    if maximized or window.isFullScreen():
        geometry = window.normalGeometry()
    else:
        geometry = QRect(window.pos(), window.size())  # pos() is the frame's: move() takes it back
    if geometry.isValid():
        settings.setValue("geometry", geometry)
    settings.setValue("maximized", maximized)
    key = window.current_lesson.key if window.current_lesson is not None else ""
    settings.setValue("lesson", key)
    settings.setValue("language", language)
    settings.sync()
