"""The building blocks and the gradient check under the network: one above the other when
there is room, else as two tabs (at 1024x768 the check showed only its header, issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

STACKED_MIN_PX = 420  # below this height the two panes share it as tabs (1920x1080: 433)


class LowerPanes(QWidget):
    """`blocks` and `check` stacked in a splitter, or tabbed when the pane is short."""

    def __init__(self, blocks: QWidget, check: QWidget, compact=None, parent=None) -> None:
        """`compact(bool)` is told when the check goes to (True) or leaves its tab."""
        super().__init__(parent)
        self.blocks, self.check, self._compact = blocks, check, compact
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        layout.addWidget(self.tabs)
        self._tabbed: bool | None = None
        self._arrange(tabbed=True)

    def _arrange(self, tabbed: bool) -> None:
        if tabbed == self._tabbed:
            return
        self._tabbed = tabbed
        if tabbed:
            self.tabs.addTab(self.blocks, self.tr("Building blocks"))
            self.tabs.addTab(self.check, self.tr("Gradient check"))
        else:
            self.splitter.addWidget(self.blocks)
            self.splitter.addWidget(self.check)
            self.splitter.setSizes([170, 290])  # the check gets rows, not just its title
            self.blocks.show()
            self.check.show()
        if self._compact is not None:
            self._compact(tabbed)
        self.tabs.setVisible(tabbed)
        self.splitter.setVisible(not tabbed)

    def is_tabbed(self) -> bool:
        return bool(self._tabbed)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._arrange(tabbed=event.size().height() < STACKED_MIN_PX)
        super().resizeEvent(event)
