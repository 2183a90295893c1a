"""Error messages in a box: plain text only (a CSV cell may hold HTML), cut to a readable length."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

MAX_CHARS = 600  # a whole message; core already cuts each quoted value to 80


def readable(text: str, limit: int = MAX_CHARS) -> str:
    """`text` cut to `limit` characters, lines kept short enough for a dialog."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def error_box(parent: QWidget | None, text: str) -> QMessageBox:
    """A warning box that shows `text` literally: no rich text, no links, no images."""
    title = QCoreApplication.translate("MessageBox", "nn-visualizer")
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setText(readable(text))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # no box left alive after it is read
    return box


def show_error(parent: QWidget | None, text: str) -> None:
    """Show `text` in a modal warning box and wait for OK."""
    error_box(parent, text).exec()
