"""Presentation mode for a projector: full screen, larger text and lines, no sidebars or menu.

Leaving restores everything exactly: the window's state (maximized, normal, its geometry),
every font, pen and size, what was visible. The generic part (widgets and plot items nobody
styles for it) is visualizer.presentation_walk; whatever styles itself reads
visualizer.scale and is asked to `apply_scale()` again on every toggle. Lessons only say
which widgets are their sidebars (Lesson.sidebars()).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from visualizer import scale
from visualizer.presentation_walk import Walk, scale_css_pt, scaled_font

__all__ = ["Presentation", "scale_css_pt"]


class Presentation(QObject):
    """Toggles presentation mode on a main window whose lessons expose `sidebars()`."""

    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, lessons: dict) -> None:
        super().__init__(window)
        self._window = window
        self._lessons = lessons
        self._walk = Walk()
        self._geometry, self._state = QRect(), Qt.WindowState.WindowNoState
        self.active = False
        window.installEventFilter(self)  # a window closed while presenting leaves it first

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        if on:
            self._enter()
        else:
            self._leave()
        self.toggled.emit(on)

    def toggle(self) -> None:
        self.set_active(not self.active)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._window and event.type() == QEvent.Type.Close and self.active:
            self.set_active(False)  # so whatever saves the window's geometry saves the normal one
        return False

    def _enter(self) -> None:
        w = self._window
        for lesson in self._built_lessons():
            lesson.finish_building()  # parts a lesson builds after its first paint: scaled too
        self._geometry, self._state = w.geometry(), w.windowState()  # restored on leaving
        widgets = [w, *w.findChildren(QWidget)]
        self._walk.widgets(widgets)
        self._walk.remember(w.setFont, QFont() if not w.testAttribute(Qt.WidgetAttribute.WA_SetFont)
                            else w.font())  # fmt: skip
        w.setFont(scaled_font(QApplication.font(), scale.FONT_SCALE))  # what inherits, grows
        scale.set_presenting(True)
        self._apply_hooks(widgets)
        for view in w.findChildren(pg.GraphicsView):
            self._walk.view(view)
        for lesson in self._built_lessons():
            self._hide_sidebars(lesson)
        self._walk.remember(w.menuBar().setVisible, w.menuBar().isVisibleTo(w))
        w.menuBar().setVisible(False)
        w.showFullScreen()

    def _leave(self) -> None:
        w = self._window
        self._walk.undo()
        scale.set_presenting(False)
        self._apply_hooks([w, *w.findChildren(QWidget)])
        for view in w.findChildren(pg.GraphicsView):
            for item in view.scene().items():
                if hasattr(item, "apply_scale"):
                    item.apply_scale()
        if self._state & Qt.WindowState.WindowMaximized:
            w.showMaximized()
        else:
            w.showNormal()
            w.setGeometry(self._geometry)  # its old place and size (restoreGeometry would clip it)

    def adopt(self, lesson: QWidget) -> None:
        """A lesson built while presenting (tabs are built when first opened) joins in. Call it
        before the lesson is put into the window: its own font sizes are still its own."""
        if not self.active:
            return
        widgets = [lesson, *lesson.findChildren(QWidget)]
        self._walk.widgets(widgets)
        self._apply_hooks(widgets)
        for view in lesson.findChildren(pg.GraphicsView):
            self._walk.view(view)
        self._hide_sidebars(lesson)

    @staticmethod
    def _apply_hooks(widgets: list[QWidget]) -> None:
        for widget in widgets:
            if hasattr(widget, "apply_scale"):
                widget.apply_scale()

    def _built_lessons(self) -> list:
        built = getattr(self._lessons, "built", self._lessons)  # a LessonBook builds on access
        return list(built.values())

    def _hide_sidebars(self, lesson) -> None:
        for sidebar in lesson.sidebars():
            self._walk.remember(sidebar.setVisible, sidebar.isVisibleTo(lesson))
            sidebar.setVisible(False)
