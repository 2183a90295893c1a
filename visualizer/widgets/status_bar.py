"""Status-bar messages that never run into the permanent label at the bar's right."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

MARGIN_PX = 6  # QStatusBar starts its message this far from the left edge (and ends its layout)
GAP_EM = 1.0  # between the message's end and the permanent label, in widths of 'M'


def show_message(bar: QStatusBar, label: QWidget, text: str, timeout_ms: int = 0) -> None:
    """Show `text` in `bar`, ending in '…' a gap before the permanent `label` if it is too long
    (QStatusBar clips it mid-letter against the label: "...vanishing gradientIteration 500" at
    1280x720 presenting); the whole text is the bar's tooltip while the message shows."""
    bar.nnv_full = text
    bar.nnv_until = time.monotonic() + timeout_ms / 1000 if timeout_ms > 0 else None
    bar.showMessage(elided(bar, label, text), timeout_ms)
    bar.setToolTip(text)
    if not getattr(bar, "nnv_tooltip_follows", False):  # the tooltip goes with the message
        bar.messageChanged.connect(lambda shown: shown or bar.setToolTip(""))
        bar.nnv_tooltip_follows = True


def refit(bar: QStatusBar, label: QWidget) -> None:
    """After `label`'s text changed: the message shown, cut again to the room now left to it."""
    full, shown = getattr(bar, "nnv_full", ""), bar.currentMessage()
    if not full or not shown:
        return
    until = getattr(bar, "nnv_until", None)
    left_ms = 0 if until is None else max(1, round((until - time.monotonic()) * 1000))
    fitted = elided(bar, label, full)
    if fitted != shown:
        bar.showMessage(fitted, left_ms)


def room(bar: QStatusBar, label: QWidget) -> int:
    """Pixels a message may take: up to a gap before `label` (or the bar's end if it is hidden),
    from the label's size for its text now (its position follows only after the next layout)."""
    if not label.isVisible():
        right = bar.width()
    else:  # the label's right edge stays put (the bar's end, less its margin and size grip)
        end = label.x() + label.width() if label.x() > 0 else bar.width() - 3 * MARGIN_PX
        right = end - label.sizeHint().width()
    gap = round(GAP_EM * QFontMetrics(bar.font()).horizontalAdvance("M"))
    return max(bar.width() // 3, right - MARGIN_PX - gap)  # a label wider than the bar leaves a third


def elided(bar: QStatusBar, label: QWidget, text: str) -> str:
    if not bar.isVisible():  # not laid out yet: its widths say nothing
        return text
    return QFontMetrics(bar.font()).elidedText(text, Qt.TextElideMode.ElideRight, room(bar, label))


def set_label(bar: QStatusBar, label: QLabel, text: str) -> None:
    """The permanent `label`'s text, ending in '…' if it is wider than the bar (the whole text
    in its tooltip): with four racers at 1024x768 presenting it was cut mid-word at the edge."""
    width = bar.width() - 3 * MARGIN_PX
    shown = text
    if bar.isVisible() and QFontMetrics(label.font()).horizontalAdvance(text) > width:
        shown = QFontMetrics(label.font()).elidedText(text, Qt.TextElideMode.ElideRight, width)
    if shown != label.text():
        label.setText(shown)
        label.setToolTip(text if shown != text else "")
