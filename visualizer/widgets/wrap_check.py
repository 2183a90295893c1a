"""A check box whose text wraps: a long label must not set a narrow sidebar's minimum width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class _ClickLabel(QLabel):
    """Clicking the text toggles the box, as clicking a check box's own text does."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self._check = check
        self.setWordWrap(True)
        self.setBuddy(check)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self._check.isEnabled():
            self._check.toggle()
        super().mousePressEvent(event)


def wrapped_check(check: QCheckBox, text: str) -> QWidget:
    """`check` (kept text-less) beside `text` in a label that wraps; returns the row to lay out."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    label = _ClickLabel(text, check)
    label.setToolTip(check.toolTip())
    check.setAccessibleName(text)
    layout.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    check.label = label  # type: ignore[attr-defined]
    return row
