"""The race's table of numbers under the plots, in a slot whose new text never lays the window out again.

A QLabel asks its parents for a new layout on every setText (unless its size is fixed), and a
layout request that reaches the tab widget repaints the whole tab: five times a second while
running, the table repainted both plots, the controls and every label (~3 ms a frame here).
Here the label is the child of a slot the layout sizes, a slot without a layout of its own:
the label's requests stop there, and new text repaints the label alone. The slot grows when a
text needs more lines, and fits the text again when it is resized or when the lesson is not
running (a pause, a step, a change).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ReadoutSlot(QWidget):
    """Any width the layout gives; as tall as `label`'s text needs (never shorter while live)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setWordWrap(True)
        self.setFixedHeight(0)
        self._longest = 0  # characters of the longest text measured since the last full fit
        self.measured = 0  # texts measured so far (tests: new digits while running are not)

    def set_text(self, html: str, *, live: bool) -> None:
        """Show `html`; while `live`, the slot only grows (a line less does not move the plots).

        While live, the text is measured (~2-3 ms of rich-text layout) only when it is longer
        than every text measured since the last full fit: new digits of the same table do not
        add lines, a longer status or another racer may.
        """
        self.label.setText(html)  # its layout request reaches the slot, which has no layout
        if not live or len(html) > self._longest:
            self._fit(shrink=not live)
            self._longest = max(self._longest, len(html)) if live else len(html)

    def _fit(self, shrink: bool) -> None:
        need = max(0, self.label.heightForWidth(max(self.width(), 1)))  # -1: no text yet
        self.measured += 1
        if need > self.height() or (shrink and need != self.height()):
            self.setFixedHeight(need)  # the one relayout: a line more (or fewer, when not live)
            self.label.resize(self.width(), need)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.label.resize(self.size())
        self._fit(shrink=True)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:  # presentation mode: the label inherits it
            self._fit(shrink=True)
