"""The window's status bar: a message never runs into the permanent label at its right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStatusBar, QWidget

MARGIN_PX = 6  # QStatusBar starts its message this far from the left edge
GAP_EM = 1.0  # between the message's end and the permanent label, in widths of 'M'


class StatusBar(QStatusBar):
    """QStatusBar clips a long message mid-letter against the permanent label ("...vanishing
    gradientIteration 500" at 1280x720 presenting); here it ends in '…' a gap before the label,
    and the whole message is the bar's tooltip while it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._on_message_changed)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 (Qt's name)
        super().addPermanentWidget(widget, stretch)
        self._permanent.append(widget)

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802 (Qt's name)
        super().showMessage(self.elided(text), timeout)
        self.setToolTip(text)

    def room(self) -> int:
        """Pixels the message may take: up to a gap before the leftmost permanent widget."""
        metrics = QFontMetrics(self.font())
        lefts = [w.x() for w in self._permanent if w.isVisible() and w.x() > 0]
        right = min(lefts, default=self.width())
        return max(0, right - MARGIN_PX - round(GAP_EM * metrics.horizontalAdvance("M")))

    def elided(self, text: str) -> str:
        if not self.isVisible():  # not laid out yet: its widths say nothing
            return text
        return QFontMetrics(self.font()).elidedText(text, Qt.TextElideMode.ElideRight, self.room())

    def _on_message_changed(self, text: str) -> None:
        if not text:
            self.setToolTip("")
