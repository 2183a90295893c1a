"""A rich-text label of fixed size, refitted only when its font changes.

A QLabel whose text changes every frame makes its whole window lay itself out again
(~4-10 ms a frame here) unless its size is fixed; this one is sized once for the longest
text it will show, and again when its font changes (presentation mode).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget


class FixedLabel(QLabel):
    """Word-wrapped rich text whose width follows its font size and height its longest text."""

    def __init__(self, longest_text: Callable[[], str], width_at_15pt: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._longest_text = longest_text
        self._width_at_15pt = width_at_15pt
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.refit()

    def refit(self) -> None:
        """Size for the longest text at the current font; keeps the text shown now."""
        shown = self.text()
        width = round(self._width_at_15pt * self.font().pointSizeF() / 15)
        self.setMinimumSize(0, 0)
        self.setMaximumSize(16777215, 16777215)
        self.setFixedWidth(width)
        self.setText(self._longest_text())
        self.setFixedHeight(self.heightForWidth(width))
        self.setText(shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.refit()
