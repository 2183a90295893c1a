"""The File menu: sessions and CSV data for the open lesson. Failures are messages, never crashes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow

from core.userfile import quote
from visualizer.core_messages import translated_error
from visualizer.lesson_book import LessonBook
from visualizer.lessons.base import Lesson
from visualizer.message_box import show_error

SESSION_FILTER = QT_TRANSLATE_NOOP("FileMenu", "nn-visualizer session (*.nnvis.json *.json)")
CSV_FILTER = QT_TRANSLATE_NOOP("FileMenu", "CSV: x1, x2, y (*.csv)")


class FileMenu(QObject):
    """Owns the File actions; each *_path method does the work and returns an error or None."""

    def __init__(self, window: QMainWindow, lessons: LessonBook) -> None:
        super().__init__(window)
        self._window = window
        self._lessons = lessons
        menu = window.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._add(menu, self.tr("&Open session…"), QKeySequence.StandardKey.Open,
                                     self._on_open_triggered)  # fmt: skip
        self.save_action = self._add(menu, self.tr("&Save session…"), QKeySequence.StandardKey.Save,
                                     self._on_save_triggered)  # fmt: skip
        menu.addSeparator()
        self.import_action = self._add(menu, self.tr("&Import data (CSV)…"), None, self._on_import_triggered)
        self.export_action = self._add(menu, self.tr("&Export data (CSV)…"), None, self._on_export_triggered)
        menu.addSeparator()
        self._add(menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, window.close)

    def _add(self, menu, text, shortcut, slot) -> QAction:
        action = QAction(text, self)  # deleted with the menu (a language change)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    @property
    def _lesson(self) -> Lesson:
        return self._window.current_lesson

    def update_actions(self) -> None:
        """Enable what the open lesson supports."""
        lesson = self._lesson
        self.save_action.setEnabled(lesson is not None and lesson.saves_sessions)
        for action in (self.import_action, self.export_action):
            action.setEnabled(lesson is not None and lesson.takes_data)

    # -- the work, testable without dialogs -------------------------------------------------
    def open_session_path(self, path: str | Path) -> str | None:
        # core.session (and its schema checks) loads on first use, not at start-up
        from core.session import open_session

        try:
            key = open_session(path, self._restore)  # every error names the file
        except ValueError as exc:
            return translated_error(exc)
        self._window.open_lesson(key)
        self._window.controller.refresh()
        return None

    def _restore(self, key: str, state: dict) -> str:
        if key not in self._lessons or not self._lessons.lesson_class(key).saves_sessions:
            raise ValueError(self.tr("no lesson {0} here to open it in").format(quote(key)))
        self._window.pause()
        self._lessons[key].restore_session(state)  # raises before changing anything
        return key

    def save_session_path(self, path: str | Path) -> str | None:
        from core.session import save_session

        lesson = self._lesson
        try:
            save_session(path, lesson.key, lesson.session_state())
        except (OSError, ValueError) as exc:
            return self.tr("Could not save {0}: {1}").format(Path(path).name, translated_error(exc))
        return None

    def import_csv_path(self, path: str | Path) -> str | None:
        from core.csvdata import load_csv  # lazy too (core.datasets loads it anyway today)

        try:
            X, Y = load_csv(path)
            self._window.pause()
            self._lesson.import_data(X, Y)
        except ValueError as exc:
            return translated_error(exc)
        self._window.controller.refresh()
        return None

    def export_csv_path(self, path: str | Path) -> str | None:
        from core.csvdata import save_csv

        try:
            save_csv(path, *self._lesson.current_data())
        except (OSError, ValueError) as exc:
            return self.tr("Could not export {0}: {1}").format(Path(path).name, translated_error(exc))
        return None

    # -- the dialogs ---------------------------------------------------------------------------
    def _report(self, error: str | None, done: str) -> None:
        if error:
            show_error(self._window, error)
        else:
            self._window.show_message(done, 6000)

    def _on_open_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open session"), "", self.tr(SESSION_FILTER)
        )
        if path:
            self._report(self.open_session_path(path), self.tr("Opened {0}").format(Path(path).name))

    def _on_save_triggered(self) -> None:
        name = f"{self._lesson.key}.nnvis.json"
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save session"), name, self.tr(SESSION_FILTER)
        )
        if path:
            self._report(self.save_session_path(path), self.tr("Saved {0}").format(Path(path).name))

    def _on_import_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Import data"), "", self.tr(CSV_FILTER))
        if path:
            self._report(self.import_csv_path(path), self.tr("Imported {0}").format(Path(path).name))

    def _on_export_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export data"), "data.csv", self.tr(CSV_FILTER)
        )
        if path:
            self._report(self.export_csv_path(path), self.tr("Exported {0}").format(Path(path).name))
