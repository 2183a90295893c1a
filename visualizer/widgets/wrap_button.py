"""A push button whose text wraps onto a second line rather than widen a narrow sidebar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

PAD_W, PAD_H = 10, 6  # the text's distance from the button's edge


class WrapButton(QPushButton):
    """A QPushButton drawing its text in a word-wrapped label: as narrow as its longest word."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(text)
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(PAD_W, PAD_H, PAD_W, PAD_H)
        layout.addWidget(self._label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._label.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._label.setText(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = self._label.sizeHint()
        return QSize(hint.width() + 2 * PAD_W, hint.height() + 2 * PAD_H)

    def minimumSizeHint(self) -> QSize:
        hint = self._label.minimumSizeHint()
        return QSize(hint.width() + 2 * PAD_W, hint.height() + 2 * PAD_H)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._label.heightForWidth(max(1, width - 2 * PAD_W)) + 2 * PAD_H
