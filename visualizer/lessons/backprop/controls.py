"""Small builders the backprop lesson's sidebar and walk buttons share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QFrame, QPushButton, QScrollArea, QWidget


def combo(items: tuple[str, ...], current: str, label: Callable[[str], str]) -> QComboBox:
    box = QComboBox()
    for item in items:
        box.addItem(label(item), item)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def button(text: str, tip: str, keys: tuple[str, ...]) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setStyleSheet("font-size: 12pt; padding: 3px 10px;")
    if keys:
        button.setShortcut(QKeySequence(keys[0]))
    return button


def rule() -> QWidget:
    line = QWidget()
    line.setFixedHeight(1)
    line.setStyleSheet("background: #ccc;")
    return line


def scrolling(content: QWidget) -> QScrollArea:
    """Vertical scrolling for a part whose height would otherwise add to the window's minimum."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
