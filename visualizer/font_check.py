"""Chinese text needs a CJK font: without one every character is a box, so say which package to install."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMainWindow

from visualizer import i18n

WARNING_MS = 30000  # long enough to read twice; the warning is shown once per run
_warned = False


def chinese_font_families() -> list[str]:
    """The installed font families that can write Simplified Chinese."""
    return QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def missing_font_warning() -> str:
    # The Chinese translation keeps the English sentence: with no CJK font its Chinese is boxes.
    return QCoreApplication.translate(
        "FontCheck",
        "No Chinese font is installed, so Chinese text shows as boxes. "
        "Install one, e.g. on Debian/Ubuntu: sudo apt install fonts-noto-cjk",
    )


def warn_once_if_no_chinese_font(window: QMainWindow) -> bool:
    """In the Chinese interface with no CJK font, show the warning in `window`'s status bar, once per run.

    Returns whether it was shown now.
    """
    global _warned
    if _warned or i18n.current_language() != i18n.CHINESE or chinese_font_families():
        return False
    _warned = True
    window.statusBar().showMessage(missing_font_warning(), WARNING_MS)
    return True
