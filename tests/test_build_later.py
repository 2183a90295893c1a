"""Lessons build what is on screen first and the rest after their first paint (Lesson.build_later)."""

import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QWidget

from visualizer.lessons.base import Lesson
from visualizer.plots.paint_cache import CACHE


class _Parts(Lesson):
    key = "parts"

    def __init__(self) -> None:
        super().__init__()
        self.built = 0
        self._extra: QLabel | None = None
        self.build_later(lambda: self.extra)

    @property
    def extra(self) -> QLabel:
        if self._extra is None:
            self.built += 1
            self._extra = QLabel("later", self)
        return self._extra


def test_a_part_is_built_after_the_first_paint_once(qtbot):
    lesson = _Parts()
    qtbot.addWidget(lesson)
    built = []
    lesson.parts_built.connect(lambda: built.append(True))
    assert lesson.built == 0  # nothing but what shows first
    lesson.resize(200, 100)
    lesson.show()
    qtbot.waitUntil(lambda: lesson.built == 1)
    assert built == [True]
    lesson.finish_building()  # nothing is waiting any more
    lesson.update()
    qtbot.wait(20)
    assert lesson.built == 1 and built == [True]


def test_using_a_part_builds_it_at_once_and_only_once(qtbot):
    lesson = _Parts()
    qtbot.addWidget(lesson)
    assert lesson.extra.text() == "later" and lesson.built == 1  # never shown: built on use
    lesson.finish_building()
    assert lesson.built == 1


def test_the_deep_lessons_runs_side_by_side_come_after_its_first_paint(window, qtbot):
    lesson = window.open_lesson("deep-network")
    assert lesson._compare is None  # the page of runs is hidden until an experiment sweeps
    qtbot.waitUntil(lambda: lesson._compare is not None)
    page = lesson.compare
    assert page is lesson.compare and lesson.pages.indexOf(page) == 1  # created once, in place
    views = [v for v in lesson.plot_widgets() if page.isAncestorOf(v)]
    assert views  # its plots get the export menu and the cached axes, as the rest got them
    assert all(id(v) in window.export_menu.plot_menus._views for v in views)
    assert all(
        item.cacheMode() == CACHE for v in views for item in v.items() if isinstance(item, pg.AxisItem)
    )


def test_presenting_builds_every_part_first(window, qtbot):
    lesson = window.open_lesson("deep-network")
    window.view_menu.presentation.set_active(True)
    assert lesson._compare is not None  # scaled with everything else, restored with it
    window.view_menu.presentation.set_active(False)
    assert isinstance(lesson.compare, QWidget)
