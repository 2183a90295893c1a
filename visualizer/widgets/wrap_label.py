"""A word-wrapped label that keeps all its lines: the layout must give it their height.

A plain wrapped QLabel asks for one line's height as its minimum, so a short screen squeezes
it and the lines below the first are cut or drawn over the next widget. This one raises its
minimum height to what its text needs at its current width, and the layout (and the window's
minimum size) follows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class WrapLabel(QLabel):
    """QLabel with word wrap on and a minimum height that follows its width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        self._fit()  # a font change (presentation mode) changes the lines

    def _fit(self) -> None:
        if self.width() <= 1:
            return
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
