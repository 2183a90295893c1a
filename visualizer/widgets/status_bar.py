"""Status-bar messages that never run into the permanent label at the bar's right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStatusBar, QWidget

MARGIN_PX = 6  # QStatusBar starts its message this far from the left edge
GAP_EM = 1.0  # between the message's end and the permanent label, in widths of 'M'


def show_message(bar: QStatusBar, label: QWidget, text: str, timeout_ms: int = 0) -> None:
    """Show `text` in `bar`, ending in '…' a gap before the permanent `label` if it is too long
    (QStatusBar clips it mid-letter against the label: "...vanishing gradientIteration 500" at
    1280x720 presenting); the whole text is the bar's tooltip while the message shows."""
    bar.showMessage(elided(bar, label, text), timeout_ms)
    bar.setToolTip(text)
    if not getattr(bar, "nnv_tooltip_follows", False):  # the tooltip goes with the message
        bar.messageChanged.connect(lambda shown: shown or bar.setToolTip(""))
        bar.nnv_tooltip_follows = True


def room(bar: QStatusBar, label: QWidget) -> int:
    """Pixels a message may take: up to a gap before `label` (or the bar's end if it is hidden)."""
    right = label.x() if label.isVisible() and label.x() > 0 else bar.width()
    return max(0, right - MARGIN_PX - round(GAP_EM * QFontMetrics(bar.font()).horizontalAdvance("M")))


def elided(bar: QStatusBar, label: QWidget, text: str) -> str:
    if not bar.isVisible():  # not laid out yet: its widths say nothing
        return text
    return QFontMetrics(bar.font()).elidedText(text, Qt.TextElideMode.ElideRight, room(bar, label))
