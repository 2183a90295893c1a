"""Render every lesson to a PNG after a fixed number of steps, with no screen needed."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from visualizer.main_window import MainWindow

SIZE = (1440, 900)


def save_screenshots(
    window: MainWindow,
    directory: Path,
    size: tuple[int, int] = SIZE,
    present: bool = False,
    keys: Iterable[str] | None = None,
) -> list[Path]:
    """One PNG per lesson (or per lesson in `keys`), named by its key, at `size` (in presentation
    mode if `present`); returns the paths written. A lesson that needs more room than `size`
    shows as larger."""
    directory.mkdir(parents=True, exist_ok=True)
    window.resize(*size)
    window.show()
    if present:
        window.view_menu.presentation.set_active(True)
    written = []
    for key in window.lessons if keys is None else keys:
        lesson = window.open_lesson(key)
        QApplication.processEvents()
        # A lesson may ask for more states than one: extra_screenshots() gives
        # (suffix, prepare) pairs, each written as <key>-<suffix>.png after <key>.png.
        shots = [("", lesson.prepare_screenshot), *getattr(lesson, "extra_screenshots", list)()]
        for suffix, prepare in shots:
            prepare()
            window.controller.refresh()
            window.resize(*size)  # as a maximized window would be: presentation may have resized it
            for _ in range(3):  # let layouts and deferred paints settle
                QApplication.processEvents()
            path = directory / (f"{key}-{suffix}.png" if suffix else f"{key}.png")
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            written.append(path)
    return written
