"""The main window: wires the lessons, the transport bar and the controller. No math here."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QMenuBar, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from visualizer import i18n
from visualizer.controller import Controller, Engine
from visualizer.export_menu import ExportMenu
from visualizer.file_menu import FileMenu
from visualizer.font_check import warn_once_if_no_chinese_font
from visualizer.lesson_book import LessonBook
from visualizer.lessons import FIRST_LESSON, LESSONS
from visualizer.lessons.base import Lesson
from visualizer.plots.paint_cache import cache_static_items
from visualizer.shared_keys import SharedKeys
from visualizer.view_menu import ViewMenu
from visualizer.widgets import status_bar
from visualizer.widgets.look_panel import LookPanel
from visualizer.widgets.transport_bar import TransportBar

MESSAGE_MS = 6000
LABELS_EVERY_S = 0.1


class MainWindow(QMainWindow):
    """Lessons as tabs behind one toolbar; the open tab's engine is the controller's.

    Everything with words on it (menus, toolbar, lesson tabs) is built by `_build`; a
    language change builds it again around the same controller and the same engines, so
    iterations, settings and trained parameters survive the switch.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("nn-visualizer")  # the program's name, in every language
        self.controller = Controller(self)
        self.controller.watch_paint(self)  # a frame's cost includes the paint after the render
        self.controller.snapshot_ready.connect(self._on_controller_snapshot_ready)
        self.controller.running_changed.connect(self._on_controller_running_changed)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._labels_at = 0.0
        self.transport: TransportBar | None = None
        self.file_menu: FileMenu | None = None
        self.export_menu: ExportMenu | None = None
        self.view_menu: ViewMenu | None = None
        self._shared_keys = SharedKeys(self)  # Space, Right, N, R whatever has focus
        self._build({}, FIRST_LESSON)
        warn_once_if_no_chinese_font(self)
        self._to_import = [entry.load for entry in LESSONS if entry.key != FIRST_LESSON]
        self._to_import.append(_import_3d)  # pyqtgraph.opengl, ~85 ms: gradient descent's 3D pane
        self.installEventFilter(_AfterFirstPaint(self._import_next_lesson, self))

    def _import_next_lesson(self) -> None:
        """After the first paint, one lesson module per turn of the event loop: a tab opened
        later does not wait for its import, and start-up did not either."""
        if self._to_import:
            self._to_import.pop(0)()
            QTimer.singleShot(0, self, self._import_next_lesson)

    # -- building (again, on a language change) -------------------------------------------
    def _build(self, engines: dict[str, Engine], open_key: str) -> None:
        # The old bars, tabs and menu go with deleteLater (setMenuBar and setCentralWidget do
        # the same): the old Language menu may be the one emitting right now.
        if self.transport is not None:
            self.removeToolBar(self.transport)
            self.transport.deleteLater()
        for old in (self.file_menu, self.export_menu, self.view_menu):
            if old is not None:
                old.deleteLater()
        self.setMenuBar(QMenuBar())
        self.transport = TransportBar(self)
        self.transport.set_speed(self.controller.speed)
        self.addToolBar(self.transport)
        self._shared_keys.watch(self.transport)  # the speed slider
        self.tabs = QTabWidget()
        # Each tab holds an empty page until its lesson is first opened (start-up builds one);
        # a lesson built before a language change is built again around its engine.
        self._pages: dict[str, QWidget] = {}
        self.lessons = LessonBook(LESSONS, self._on_lesson_built, engines)
        for key in self.lessons:
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[key] = page
            self.tabs.addTab(page, self.lessons.title(key))
        self.look_panel = LookPanel()  # the open lesson's "What to look at", under its plots
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.look_panel)
        self.setCentralWidget(central)
        self.file_menu = FileMenu(self, self.lessons)
        self.export_menu = ExportMenu(self)
        self.view_menu = ViewMenu(self, self.lessons, self.look_panel, self.tabs)
        self.view_menu.presentation.toggled.connect(self._on_presentation_toggled)
        self._build_language_menu()
        self._wire_transport()
        if open_key in self.lessons:
            self.tabs.setCurrentWidget(self._pages[open_key])
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._on_tabs_current_changed(self.tabs.currentIndex())

    def _build_language_menu(self) -> None:
        # "语言 Language" in Chinese: whoever switched by mistake still finds the way back
        menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(menu)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _checked, code=code: self.set_language(code))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def set_language(self, code: str) -> None:
        """Show the whole window in `code` ("en", "zh_CN") now, keeping every lesson's work."""
        if i18n.normalize(code) == i18n.current_language():
            return
        was_running = self.controller.running
        open_key = self._open_key() or FIRST_LESSON
        engines = {key: lesson.engine for key, lesson in self.lessons.built.items()}
        self.controller.pause()
        self.view_menu.presentation.set_active(False)  # restore before the widgets are rebuilt
        self.controller.running_changed.disconnect(self.transport.set_running)
        i18n.set_language(code)
        self._build(engines, open_key)
        self.statusBar().clearMessage()
        warn_once_if_no_chinese_font(self)
        if was_running:
            self.controller.run()

    def _open_key(self) -> str | None:
        page = self.tabs.currentWidget()
        return next((k for k, p in self._pages.items() if p is page), None)

    def _on_lesson_built(self, lesson: Lesson) -> None:
        if self.view_menu.presentation.active:
            lesson.finish_building()  # presentation scales what exists: let it all exist
        self.view_menu.presentation.adopt(lesson)  # first opened while presenting: before it is placed
        self._pages[lesson.key].layout().addWidget(lesson)
        self._shared_keys.watch(lesson)
        cache_static_items(lesson)  # axes and labels are not painted again under each new frame
        lesson.changed.connect(self._on_lesson_changed)
        lesson.message.connect(self._on_lesson_message)
        lesson.navigate.connect(self._on_lesson_navigate)
        lesson.parts_built.connect(self._on_lesson_parts_built)
        self.export_menu.plot_menus.install(lesson.plot_widgets())  # right-click any plot to export it

    def _on_lesson_parts_built(self) -> None:
        """Parts a lesson built after its first paint get what the rest got when it was built."""
        lesson = self.sender()
        cache_static_items(lesson)
        self.export_menu.plot_menus.install(lesson.plot_widgets())

    def _wire_transport(self) -> None:
        t, c = self.transport, self.controller
        t.step_requested.connect(c.step)
        t.run_toggled.connect(c.toggle)
        t.reset_requested.connect(c.reset)
        t.speed_changed.connect(c.set_speed)
        c.running_changed.connect(t.set_running)

    @property
    def current_lesson(self) -> Lesson | None:
        """The open tab's lesson (built now if this is its first time)."""
        key = self._open_key()
        return None if key is None else self.lessons[key]

    def open_lesson(self, key: str) -> Lesson:
        lesson = self.lessons[key]
        self.tabs.setCurrentWidget(self._pages[key])
        return lesson

    def pause(self) -> None:
        self.controller.pause()

    def _on_tabs_current_changed(self, index: int) -> None:
        # Only the open tab's minimum size counts: a hidden lesson (laid out for another font
        # or screen) must never hold the window past a projector's screen.
        for i in range(self.tabs.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page = self.tabs.widget(i)
            if page.sizePolicy().horizontalPolicy() != policy:  # each set asks for a new layout
                page.setSizePolicy(policy, policy)
        lesson = self.current_lesson
        self._drive(lesson)
        self.file_menu.update_actions()  # the Export menu's entries follow when it opens (aboutToShow)
        self.look_panel.set_text(lesson.look_text() if lesson is not None else "")

    def _drive(self, lesson: Lesson | None) -> None:
        """Hand the controller the open lesson's engine. A lesson that still shows its engine as it
        is (nothing changed since its last exact render) keeps that frame: no snapshot, no render."""
        shown = lesson.shown_snapshot() if lesson is not None else None
        if shown is None:
            self.controller.set_engine(lesson.engine if lesson is not None else None)
            return
        self.controller.set_engine(lesson.engine, show=False)
        self._show_labels(lesson, shown)

    def _on_controller_snapshot_ready(self, snapshot: Any) -> None:
        lesson = self.current_lesson
        if lesson is None or self.controller.engine is not lesson.engine:
            return  # from the lesson being left (a tab switch pauses before it swaps engines)
        lesson.live = self.controller.running
        lesson.render(snapshot)
        lesson.note_shown(snapshot, exact=not lesson.live)
        look = lesson.look_text()  # a lesson may change its hint (the computation graph's graphs)
        if look != self.look_panel.text.text():
            self.look_panel.set_text(look)
        # The counter and status line are read, not watched: while running, 10 updates a
        # second are plenty and spare each frame ~1 ms of text layout; a step, a reset or
        # a pause (which re-emits) updates them at once.
        now = time.monotonic()
        if not self.controller.running or now - self._labels_at >= LABELS_EVERY_S:
            self._show_labels(lesson, snapshot)

    def _show_labels(self, lesson: Lesson, snapshot: Any) -> None:
        self._labels_at = time.monotonic()
        self.transport.set_iteration(lesson.iteration_of(snapshot))
        status_bar.set_label(self.statusBar(), self.status_label, lesson.status_text(snapshot))
        status_bar.refit(self.statusBar(), self.status_label)  # a longer label: less room for a note

    def _on_controller_running_changed(self, running: bool) -> None:
        lesson = self.current_lesson
        # the labels show exactly where it stopped; a pause on a tab switch is the lesson left
        # (its last frame was live: the next visit renders it again)
        if not running and lesson is not None and self.controller.engine is lesson.engine:
            self.controller.refresh()

    def _on_lesson_changed(self) -> None:
        lesson = self.current_lesson
        if self.sender() is not lesson:
            if isinstance(self.sender(), Lesson):
                self.sender().mark_stale()  # changed while hidden: its next visit renders it
            return
        if self.controller.engine is lesson.engine:
            self.controller.refresh()  # keeps running if it was: a new rate goes on training
        else:
            self.controller.set_engine(lesson.engine)

    def _on_presentation_toggled(self, _on: bool) -> None:
        """What a render styles (sizes of points, lines, fonts) follows in the open lesson at once
        (the View menu refreshes it); the hidden ones render again on their next visit."""
        for lesson in self.lessons.built.values():
            if lesson is not self.current_lesson:
                lesson.mark_stale()

    def _on_lesson_message(self, text: str) -> None:
        self.show_message(text, MESSAGE_MS)

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        """A note in the status bar; a long one ends in '…' before the iteration label."""
        status_bar.show_message(self.statusBar(), self.status_label, text, timeout_ms)

    def _on_lesson_navigate(self, key: str, request: Any) -> None:
        if key in self.lessons:
            self.open_lesson(key).accept_request(request)


def _import_3d() -> None:
    from visualizer.widgets.surface_3d import opengl_available

    if opengl_available():
        import pyqtgraph.opengl  # noqa: F401 (imported for later: the 3D pane's first visit)


class _AfterFirstPaint(QObject):
    """Calls `then` once the event loop is idle after the watched widget's first paint."""

    def __init__(self, then, parent: QObject) -> None:
        super().__init__(parent)
        self._then = then

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)
        return False
