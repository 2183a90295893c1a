"""A word-wrapped label that keeps all its lines: the layout must give it their height.

A plain wrapped QLabel asks for one line's height as its minimum, so a short screen squeezes
it and the lines below the first are cut or drawn over the next widget. This one raises its
minimum height to what its text needs at its current width, and the layout (and the window's
minimum size) follows.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget


class WrapLabel(QLabel):
    """QLabel with word wrap on and a minimum height that follows its width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        """No: its minimum height already says what its width needs. A scroll area around it
        would otherwise ask its height at its size hint's (narrow) width, and scroll for
        lines that the real width does not have."""
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Its lines' height at its current width (QLabel's hint is for a guessed width)."""
        return self._at_width(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._at_width(super().minimumSizeHint())

    def _at_width(self, hint: QSize) -> QSize:
        if self.width() > 1 and self.minimumHeight() > 0:
            hint.setHeight(self.minimumHeight())
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if text == self.text():
            return  # a lesson may set the same text every frame: refitting lays out the window again
        super().setText(text)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        self._fit()  # a font change (presentation mode) changes the lines

    def _fit(self) -> None:
        if self.width() <= 1:
            return
        needed = self.lines_height(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def lines_height(self, width: int) -> int:
        """The height its lines need at `width`. QLabel.heightForWidth never answers less than
        the minimum height, so the minimum set at a narrower width would stick (a tall empty
        label after the width grows): it is asked with the minimum cleared."""
        minimum = self.minimumHeight()
        if minimum == 0:
            return self.heightForWidth(width)
        self.setMinimumHeight(0)
        try:
            return self.heightForWidth(width)
        finally:
            self.setMinimumHeight(minimum)
