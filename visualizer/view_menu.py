"""The View menu: presentation mode (F5), the "What to look at" strip, the next / previous lesson."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget

from visualizer.presentation import Presentation
from visualizer.widgets.look_panel import LookPanel


class ViewMenu(QObject):
    """Owns presentation mode; its actions stay checked in step with the state they show."""

    def __init__(
        self, window: QMainWindow, lessons: dict, look_panel: LookPanel, tabs: QTabWidget | None = None
    ) -> None:
        super().__init__(window)
        self.presentation = Presentation(window, lessons)
        self.presentation.setParent(self)  # goes with this menu on a language change, lessons and all
        self._look_panel = look_panel
        menu = window.menuBar().addMenu(self.tr("&View"))
        self.presentation_action = QAction(self.tr("&Presentation mode"), self)
        self.presentation_action.setCheckable(True)
        self.presentation_action.setShortcuts([QKeySequence(Qt.Key.Key_F5)])
        self.presentation_action.setToolTip(
            self.tr(
                "Full screen, large text and thick lines, no menu or sidebars, for a projector "
                "(F5 again or Esc to leave)"
            )
        )
        self.presentation_action.toggled.connect(self.presentation.set_active)
        self.presentation.toggled.connect(self._on_presentation_toggled)
        menu.addAction(self.presentation_action)
        self.look_action = QAction(self.tr("&What to look at"), self)
        self.look_action.setCheckable(True)
        self.look_action.setChecked(True)
        self.look_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.look_action.toggled.connect(look_panel.set_expanded)
        look_panel.button.toggled.connect(self.look_action.setChecked)
        menu.addAction(self.look_action)
        self.leave_action = QAction(self.tr("Leave presentation mode"), self)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setEnabled(False)  # Esc is only taken while presenting
        self.leave_action.triggered.connect(lambda: self.presentation.set_active(False))
        window.addAction(self.presentation_action)  # the keys work wherever the focus is
        window.addAction(self.look_action)
        window.addAction(self.leave_action)
        self._look_was_expanded = True
        if tabs is not None:
            menu.addSeparator()
            self._add_lesson_keys(window, menu, tabs)

    def _add_lesson_keys(self, window: QMainWindow, menu: QMenu, tabs: QTabWidget) -> None:
        """Ctrl+PgDown / Ctrl+PgUp (the menu shows them) and Ctrl+Tab / Ctrl+Shift+Tab open the
        next / previous lesson whatever has focus (a focused slider took Ctrl+PgDown for itself),
        also while presenting: window shortcuts on the window, which the menu bar's hiding leaves."""
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        self.next_lesson_action = QAction(self.tr("&Next lesson"), self)
        self.next_lesson_action.triggered.connect(lambda: step_tab(tabs, 1))
        self.previous_lesson_action = QAction(self.tr("Pre&vious lesson"), self)
        self.previous_lesson_action.triggered.connect(lambda: step_tab(tabs, -1))
        for action, keys in (
            (self.next_lesson_action, [ctrl | Qt.Key.Key_PageDown, ctrl | Qt.Key.Key_Tab]),
            (self.previous_lesson_action, [ctrl | Qt.Key.Key_PageUp, ctrl | shift | Qt.Key.Key_Tab]),
        ):
            action.setShortcuts([QKeySequence(k) for k in keys])  # the first is the one the menu shows
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            menu.addAction(action)
            window.addAction(action)  # the keys work wherever the focus is, menu bar hidden or not

    def _on_presentation_toggled(self, on: bool) -> None:
        self.presentation_action.blockSignals(True)
        self.presentation_action.setChecked(on)
        self.presentation_action.blockSignals(False)
        self.leave_action.setEnabled(on)
        # the What-to-look-at strip folds to one line while presenting (F1 opens it)
        if on:
            self._look_was_expanded = self.look_action.isChecked()
            self.look_action.setChecked(False)
        else:
            self.look_action.setChecked(self._look_was_expanded)
        controller = getattr(self.parent(), "controller", None)
        if controller is not None:
            controller.refresh()  # what is restyled every frame follows at once


def step_tab(tabs: QTabWidget, step: int) -> None:
    """Open the next (`step` 1) or previous (-1) enabled tab, round past either end as QTabWidget's
    own Ctrl+Tab does. setCurrentIndex is what a click on the tab does: the same currentChanged."""
    count, index = tabs.count(), tabs.currentIndex()
    for _ in range(count - 1):
        index = (index + step) % count
        if tabs.isTabEnabled(index):
            tabs.setCurrentIndex(index)
            return
