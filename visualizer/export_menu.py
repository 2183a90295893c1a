"""The Export menu and the dialogs behind every plot's right-click menu. Failures are messages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QWidget

from visualizer import i18n
from visualizer.core_messages import translated_error
from visualizer.lessons.base import Lesson
from visualizer.message_box import show_error
from visualizer.plot_export import PNG_WIDTH_RANGE, PlotMenus, copy_to_clipboard, save_png, save_svg

DEFAULT_PNG_WIDTH = 1920  # a full-HD slide


class ExportMenu(QObject):
    """Plots to PNG/SVG/clipboard; the open lesson's trained parameters (JSON) and costs (CSV)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.png_width = DEFAULT_PNG_WIDTH
        self.plot_menus = PlotMenus(self, self)
        menu = self.menu = window.menuBar().addMenu(self.tr("&Export"))
        self.copy_action = self._add(menu, self.tr("&Copy main plot to clipboard"), "Ctrl+Shift+C",
                                     lambda: self._with_plot(self.copy_plot))  # fmt: skip
        self.png_action = self._add(menu, self.tr("Main plot as &PNG…"), "Ctrl+Shift+P",
                                    lambda: self._with_plot(self.save_png_dialog))  # fmt: skip
        self.svg_action = self._add(menu, self.tr("Main plot as &SVG…"), "Ctrl+Shift+S",
                                    lambda: self._with_plot(self.save_svg_dialog))  # fmt: skip
        menu.addSeparator()
        self.parameters_action = self._add(menu, self.tr("Trained &parameters (JSON)…"), None,
                                           self._on_parameters_triggered)  # fmt: skip
        self.costs_action = self._add(menu, self.tr("Cost &history (CSV)…"), None, self._on_costs_triggered)
        menu.addSeparator()  # take the run home: the same run in the course's notation
        self.script_action = self._add(menu, self.tr("Python &script…"), None,
                                       lambda: self._on_take_home_triggered("py"))  # fmt: skip
        self.notebook_action = self._add(menu, self.tr("Jupyter &notebook…"), None,
                                         lambda: self._on_take_home_triggered("ipynb"))  # fmt: skip
        self.hint = menu.addAction(self.tr("Tip: right-click any plot to export that plot"))
        self.hint.setEnabled(False)
        # The entries follow the open lesson when the menu opens (none has a shortcut): a tab
        # switch computes nothing here, and the exports compute their data when used.
        menu.aboutToShow.connect(self.update_actions)  # a deep run changed mid-way greys its export

    def _add(self, menu, text, shortcut, slot) -> QAction:
        action = QAction(text, self)  # deleted with this object (a language change)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self._window.addAction(action)  # its shortcut works wherever the focus is
        return action

    def update_actions(self) -> None:
        """Enable what the open lesson has (parameters and costs only where it trains), without
        computing them: whether its class offers them (an export that finds none says so)."""
        from core.take_home import can_export  # lazy: ~35 ms of imports, not at start-up

        lesson = self._window.current_lesson
        self.parameters_action.setEnabled(_offers(lesson, "trained_parameters"))
        self.costs_action.setEnabled(_offers(lesson, "cost_histories"))
        trains = lesson is not None and can_export(lesson.engine)
        self.script_action.setEnabled(trains)
        self.notebook_action.setEnabled(trains)

    def _with_plot(self, action) -> None:
        view = self._window.current_lesson.main_plot()
        if view is None:
            self._say(self.tr("This lesson has no plot to export"))
        else:
            action(view)

    def _say(self, text: str) -> None:
        self._window.show_message(text, 6000)

    def _report(self, error: str | None, done: str) -> None:
        if error:
            show_error(self._window, error)
        else:
            self._say(done)

    # -- the work, testable without dialogs ---------------------------------------------------
    def copy_plot(self, view: QWidget) -> None:
        image = copy_to_clipboard(view)
        self._say(self.tr("Plot copied ({0} × {1} pixels)").format(image.width(), image.height()))

    def save_png_path(self, view: QWidget, path: str | Path, width: int) -> str | None:
        try:
            save_png(view, path, width)
        except OSError as exc:
            return self.tr("Could not save {0}: {1}").format(Path(path).name, exc)
        return None

    def save_svg_path(self, view: QWidget, path: str | Path) -> str | None:
        try:
            save_svg(view, path, self._window.current_lesson.title)
        except OSError as exc:
            return self.tr("Could not save {0}: {1}").format(Path(path).name, exc)
        return None

    def save_parameters_path(self, path: str | Path) -> str | None:
        from core.export import save_parameters_json

        found = self._window.current_lesson.trained_parameters()
        if found is None:
            return self.tr("This lesson trains no parameters")
        try:
            save_parameters_json(path, *found)
        except (OSError, ValueError) as exc:  # a CoreError (a diverged run) in the user's language
            return self.tr("Could not save {0}: {1}").format(Path(path).name, translated_error(exc))
        return None

    def save_costs_path(self, path: str | Path) -> str | None:
        from core.export import save_cost_csv

        series = self._window.current_lesson.cost_histories()
        if series is None:
            return self.tr("This lesson has no cost history")
        try:
            save_cost_csv(path, series)
        except OSError as exc:
            return self.tr("Could not save {0}: {1}").format(Path(path).name, exc)
        return None

    def save_take_home_path(self, path: str | Path, fmt: str) -> str | None:
        """The open lesson's run as a script ("py") or notebook ("ipynb"), in the interface's language."""
        from core.take_home import describe, export_refusal, save_export

        lesson = self._window.current_lesson
        if export_refusal(lesson.engine) is not None:
            return self.tr("The settings changed while this run trained: start over to export it")
        run = describe(lesson.engine)
        if run is None:
            return self.tr("This lesson trains nothing to export")
        try:
            save_export(path, run, fmt, i18n.current_language(), look=lesson.look_text())
        except (OSError, ValueError) as exc:
            return self.tr("Could not save {0}: {1}").format(Path(path).name, translated_error(exc))
        return None

    # -- the dialogs ---------------------------------------------------------------------------
    def _file_name(self, caption: str, suggested: str, file_filter: str) -> str:
        self._window.pause()
        path, _ = QFileDialog.getSaveFileName(self._window, caption, suggested, file_filter)
        return path

    def save_png_dialog(self, view: QWidget) -> None:
        width, ok = QInputDialog.getInt(
            self._window, self.tr("Save plot as PNG"), self.tr("Width in pixels (the height follows):"),
            self.png_width, *PNG_WIDTH_RANGE, 100,
        )  # fmt: skip
        if not ok:
            return
        self.png_width = width
        path = self._file_name(self.tr("Save plot as PNG"), f"{self._stem()}.png", "PNG (*.png)")
        if path:
            self._report(self.save_png_path(view, path, width), self.tr("Saved {0}").format(Path(path).name))

    def save_svg_dialog(self, view: QWidget) -> None:
        path = self._file_name(self.tr("Save plot as SVG"), f"{self._stem()}.svg", "SVG (*.svg)")
        if path:
            self._report(self.save_svg_path(view, path), self.tr("Saved {0}").format(Path(path).name))

    def _on_parameters_triggered(self) -> None:
        path = self._file_name(self.tr("Save trained parameters"), f"{self._stem()}-parameters.json",
                               "JSON (*.json)")  # fmt: skip
        if path:
            self._report(self.save_parameters_path(path), self.tr("Saved {0}").format(Path(path).name))

    def _on_costs_triggered(self) -> None:
        path = self._file_name(self.tr("Save cost history"), f"{self._stem()}-cost.csv", "CSV (*.csv)")
        if path:
            self._report(self.save_costs_path(path), self.tr("Saved {0}").format(Path(path).name))

    def _on_take_home_triggered(self, fmt: str) -> None:
        if fmt == "py":
            caption, file_filter = self.tr("Export as a Python script"), self.tr("Python script (*.py)")
        else:
            caption, file_filter = (
                self.tr("Export as a Jupyter notebook"),
                self.tr("Jupyter notebook (*.ipynb)"),
            )
        path = self._file_name(caption, f"{self._stem()}.{fmt}", file_filter)
        if path:
            self._report(self.save_take_home_path(path, fmt), self.tr("Saved {0}").format(Path(path).name))

    def _stem(self) -> str:
        return self._window.current_lesson.key or "plot"


def _offers(lesson: Lesson | None, method: str) -> bool:
    """Whether `lesson` implements `method` (the base's returns None: nothing to export)."""
    return lesson is not None and getattr(type(lesson), method) is not getattr(Lesson, method)
