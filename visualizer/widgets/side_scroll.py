"""A lesson's sidebar: scrolls vertically, never horizontally, and asks no more width than it needs.

A QScrollArea of fixed width either wastes a small screen or cuts its controls; this one is as
wide as its content would like (up to `max_width`), gives way down to the content's minimum
width when the screen is narrow, and never less, so no control is ever cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QScrollArea, QSizePolicy, QWidget

MIN_HEIGHT = 120  # below this the sidebar is a scroll bar with a sliver of controls
MAX_SHARE = 0.28  # of the window's width: the lesson's pictures get the rest
COMBO_CHARACTERS = 12  # a narrow sidebar's choice boxes show at least this much of their text


class SideScroll(QScrollArea):
    """A vertical-only scroll area sized from its content's width hints."""

    def __init__(self, content: QWidget, max_width: int = 380, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._max_width = max_width
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        let_shrink(content)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        top = self.window()
        if top is not self and top is not getattr(self, "_watched", None):
            self._watched = top
            top.installEventFilter(self)  # its width caps ours: follow its resizes
            self.updateGeometry()  # a hint asked for before we had a window was capped by nothing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is getattr(self, "_watched", None) and event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        return False

    def _chrome(self) -> int:
        """Frame and vertical scroll bar: the width the content does not get."""
        return 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        return QSize(width + self._chrome(), MIN_HEIGHT)

    def sizeHint(self) -> QSize:
        content = self.widget()
        wanted = content.sizeHint().width() if content is not None else 0
        top = self.window()
        share = round(top.width() * MAX_SHARE) if top is not self else self._max_width
        width = max(min(wanted + self._chrome(), self._max_width, share), self.minimumSizeHint().width())
        return QSize(width, 400)


def let_shrink(content: QWidget) -> None:
    """Let `content` narrow down: its choice boxes may elide their longest item, and the rows of
    its forms put the field under its label when both do not fit side by side."""
    for combo in content.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARACTERS)
    for form in content.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
