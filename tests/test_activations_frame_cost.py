"""The activations lesson's frame: what a running frame redraws, and what it leaves for later.

Counts and injected clocks, never wall time: the numbers table follows ten times a second
while running and at once otherwise, and a new number lays nothing out.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from visualizer.cadence import Cadence  # noqa: E402
from visualizer.lessons.activations.lesson import TABLE_EVERY_S, ActivationsLesson  # noqa: E402
from visualizer.lessons.activations.probe_table import VALUE_TEMPLATES, Z_TEMPLATES  # noqa: E402


class EventCounter(QObject):
    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind, self.count = kind, 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == self.kind:
            self.count += 1
        return False


@pytest.fixture
def lesson(qtbot):
    lesson = ActivationsLesson()
    qtbot.addWidget(lesson)
    lesson.resize(1280, 720)
    lesson.show()
    qtbot.waitExposed(lesson)
    QApplication.processEvents()
    return lesson


def frame(lesson, steps: int = 1) -> None:
    lesson.engine.step(steps)
    lesson.render(lesson.engine.snapshot())


def test_new_numbers_lay_nothing_out(lesson):
    requests = EventCounter(QEvent.Type.LayoutRequest)
    lesson.table.installEventFilter(requests)
    for steps in (1, 37, 80, 3):  # 0.05 .. 6 .. -0.x: short and long numbers, e-notation
        frame(lesson, steps)
        QApplication.processEvents()
    assert requests.count == 0  # each QLabel's new text asked for a layout: the panel moved and repainted


@pytest.mark.parametrize("present", [False, True])
def test_the_widest_numbers_fit_their_labels(lesson, present):
    if present:  # presentation mode: a larger font, the labels grow with it
        font = lesson.table.font()
        font.setPointSize(font.pointSize() * 2)
        lesson.table.setFont(font)
    labels = [lesson.table.z_label, *lesson.table.g_labels.values(), *lesson.table.g_prime_labels.values()]
    for label in labels:
        templates = Z_TEMPLATES if label is lesson.table.z_label else VALUE_TEMPLATES
        assert label.minimumSize() == label.maximumSize()  # fixed: a new text asks for no layout
        widest = max(label.fontMetrics().horizontalAdvance(t) for t in templates)
        assert label.width() > widest and label.height() >= label.fontMetrics().height()


def test_the_table_follows_ten_times_a_second_while_running_and_at_once_otherwise(lesson):
    now = [0.0]
    lesson._table_cadence = Cadence(TABLE_EVERY_S, clock=lambda: now[0])
    lesson.live = True
    frame(lesson)
    assert lesson.table.z_label.text() == "z = 0.05"
    now[0] += TABLE_EVERY_S / 2
    frame(lesson)
    assert lesson.table.z_label.text() == "z = 0.05"  # not due yet
    assert lesson.plots.probe_lines[0].value() == 0.1  # the picture follows every frame
    now[0] += TABLE_EVERY_S / 2
    frame(lesson)
    assert lesson.table.z_label.text() == "z = 0.15"
    frame(lesson)
    assert lesson.table.z_label.text() == "z = 0.15"
    lesson.live = False  # a pause or a step renders again: exact
    lesson.render(lesson.engine.snapshot())
    assert lesson.table.z_label.text() == "z = 0.20"
    assert lesson.table.g_labels["linear"].text() == "0.2000"


def test_a_frame_moves_the_dots_without_painting_them_again(lesson):
    for _ in range(3):
        frame(lesson)
        QApplication.processEvents()
    painted = [dots.paints() for dots in lesson.plots.probe_dots]
    assert all(p >= 5 for p in painted)  # five shown functions, each painted into its cache
    for steps in (1, 1, 20, 1):
        frame(lesson, steps)
        QApplication.processEvents()
    assert [dots.paints() for dots in lesson.plots.probe_dots] == painted  # moved from the cache
    z, g = lesson.plots.probe_dots[0].getData()
    assert z.tolist() == [lesson.engine.z] * 5
    assert g.tolist() == [v.g for v in lesson.engine.snapshot().values]
