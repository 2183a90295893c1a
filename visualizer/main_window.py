"""The main window: wires the lessons, the transport bar and the controller. No math here."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from visualizer.controller import Controller
from visualizer.file_menu import FileMenu
from visualizer.lesson_book import LessonBook
from visualizer.lessons import FIRST_LESSON, LESSON_CLASSES
from visualizer.lessons.base import Lesson
from visualizer.widgets.transport_bar import TransportBar

MESSAGE_MS = 6000


class MainWindow(QMainWindow):
    """Lessons as tabs behind one toolbar; the open tab's engine is the controller's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("nn-visualizer")
        self.controller = Controller(self)
        self.transport = TransportBar(self)
        self.addToolBar(self.transport)
        self.tabs = QTabWidget()
        self.setCentralWidget(self.tabs)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        # Each tab holds an empty page until its lesson is first opened (start-up builds one).
        self._pages: dict[str, QWidget] = {}
        self.lessons = LessonBook(LESSON_CLASSES, self._on_lesson_built)
        for key in self.lessons:
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[key] = page
            self.tabs.addTab(page, self.lessons.title(key))
        self.file_menu = FileMenu(self, self.lessons)
        self._wire_controller()
        if FIRST_LESSON in self.lessons:
            self.tabs.setCurrentWidget(self._pages[FIRST_LESSON])
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._on_tabs_current_changed(self.tabs.currentIndex())

    def _on_lesson_built(self, lesson: Lesson) -> None:
        self._pages[lesson.key].layout().addWidget(lesson)
        lesson.changed.connect(self._on_lesson_changed)
        lesson.message.connect(self._on_lesson_message)
        lesson.navigate.connect(self._on_lesson_navigate)

    def _wire_controller(self) -> None:
        t, c = self.transport, self.controller
        t.step_requested.connect(c.step)
        t.run_toggled.connect(c.toggle)
        t.reset_requested.connect(c.reset)
        t.speed_changed.connect(c.set_speed)
        c.running_changed.connect(t.set_running)
        c.snapshot_ready.connect(self._on_controller_snapshot_ready)

    @property
    def current_lesson(self) -> Lesson | None:
        """The open tab's lesson (built now if this is its first time)."""
        page = self.tabs.currentWidget()
        key = next((k for k, p in self._pages.items() if p is page), None)
        return None if key is None else self.lessons[key]

    def open_lesson(self, key: str) -> Lesson:
        lesson = self.lessons[key]
        self.tabs.setCurrentWidget(self._pages[key])
        return lesson

    def pause(self) -> None:
        self.controller.pause()

    def _on_tabs_current_changed(self, _index: int) -> None:
        lesson = self.current_lesson
        self.controller.set_engine(lesson.engine if lesson is not None else None)
        self.file_menu.update_actions()

    def _on_controller_snapshot_ready(self, snapshot: Any) -> None:
        lesson = self.current_lesson
        lesson.render(snapshot)
        self.transport.set_iteration(lesson.iteration_of(snapshot))
        self.status_label.setText(lesson.status_text(snapshot))

    def _on_lesson_changed(self) -> None:
        lesson = self.current_lesson
        if self.sender() is not lesson:
            return
        if self.controller.engine is lesson.engine:
            self.controller.refresh()  # keeps running if it was: a new rate goes on training
        else:
            self.controller.set_engine(lesson.engine)

    def _on_lesson_message(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

    def _on_lesson_navigate(self, key: str, request: Any) -> None:
        if key in self.lessons:
            self.open_lesson(key).accept_request(request)
