"""The activations lesson's frame: what a running frame redraws, and what it leaves for later.

Counts and injected clocks, never wall time: the numbers table follows ten times a second
while running and at once otherwise, and a new number lays nothing out.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, QObject, QRectF  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsItem  # noqa: E402

from visualizer.cadence import Cadence  # noqa: E402
from visualizer.lessons.activations.lesson import SLIDER_EVERY_S, TABLE_EVERY_S, ActivationsLesson  # noqa: E402
from visualizer.lessons.activations.probe_table import VALUE_TEMPLATES, z_templates  # noqa: E402


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
        templates = z_templates(6.0) if label is lesson.table.z_label else VALUE_TEMPLATES
        assert label.minimumSize() == label.maximumSize()  # fixed: a new text asks for no layout
        widest = max(label.fontMetrics().horizontalAdvance(t) for t in templates)
        assert label.width() >= widest and label.height() >= label.fontMetrics().height()


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


def test_a_frame_moves_the_probe_lines_without_recomputing_their_bounds(lesson, monkeypatch):
    for _ in range(3):
        frame(lesson)
        QApplication.processEvents()
    lines = lesson.plots.probe_lines
    bounds = [QRectF(line.boundingRect()) for line in lines]
    label_at = lines[0].label.pos()
    computed = []
    for line in lines:
        compute = line._computeBoundingRect
        monkeypatch.setattr(line, "_computeBoundingRect", lambda c=compute: computed.append(1) or c())
    for steps in (1, 1, 20, 1, 200):  # 200 notches: it bounces at +6 and comes back
        frame(lesson, steps)
        QApplication.processEvents()
    assert computed == []  # pyqtgraph's setPos recomputed them (and placed the label) per move
    assert [line.boundingRect() for line in lines] == bounds  # its own coordinates: the same rect
    assert lines[0].label.pos() == label_at
    assert [line.value() for line in lines] == [lesson.engine.z] * 2
    assert lines[0].label.toPlainText() == f"z = {lesson.engine.z:.2f}"


def test_the_probe_line_stays_in_its_bounds_and_a_drag_still_reports(lesson, qtbot):
    line = lesson.plots.probe_lines[1]
    line.setValue(99.0)
    assert line.value() == 6.0  # clamped to the z range, as pyqtgraph does
    with qtbot.waitSignal(lesson.plots.probe_dragged) as blocker:
        line.setValue(-1.25)  # a drag (not the lesson placing it) is reported
    assert blocker.args == [-1.25]


def test_the_probe_slider_follows_every_other_frame_while_running_and_at_once_otherwise(lesson):
    now = [0.0]
    lesson._slider_cadence = Cadence(SLIDER_EVERY_S, clock=lambda: now[0])
    lesson.live = True
    shown = []
    for _ in range(6):  # 60 frames a second
        frame(lesson)
        shown.append(lesson.probe_slider.value())
        now[0] += 1 / 60
    assert shown == [0.05, 0.05, 0.15, 0.15, 0.25, 0.25]
    assert lesson.plots.probe_lines[0].value() == 0.3  # the picture follows every frame
    lesson.live = False  # a pause or a step renders again: exact
    lesson.render(lesson.engine.snapshot())
    assert lesson.probe_slider.value() == 0.3


def test_the_z_label_is_sized_for_the_range_shown(lesson):
    z_label = lesson.table.z_label
    default = z_label.width()
    lesson.range_slider.box.setValue(20.0)
    lesson.render(lesson.engine.snapshot())
    lesson.probe_slider.box.setValue(-20.0)
    lesson.render(lesson.engine.snapshot())  # what the controller does on `changed`
    assert z_label.text() == "z = -20.00"
    assert z_label.width() >= z_label.fontMetrics().horizontalAdvance("z = -20.00")
    assert z_label.width() > default
    lesson.range_slider.box.setValue(6.0)
    lesson.render(lesson.engine.snapshot())
    assert z_label.width() == default


def test_one_cached_layer_draws_a_plots_curves_and_a_frame_leaves_it_alone(lesson):
    plots = lesson.plots
    for curves in (plots.g_curves, plots.g_prime_curves):
        for curve in curves.values():  # the curves keep their data and visibility, not their drawing
            assert curve.curve.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    for _ in range(3):
        frame(lesson)
        QApplication.processEvents()
    painted = [layer.paints for layer in plots.curve_layers]
    assert all(p >= 1 for p in painted)
    for steps in (1, 1, 20, 1):
        frame(lesson, steps)
        QApplication.processEvents()
    assert [layer.paints for layer in plots.curve_layers] == painted  # blitted under the probe
    lesson.table.checks["tanh"].setChecked(False)  # hidden: both layers paint again, without it
    QApplication.processEvents()
    assert all(layer.paints > p for layer, p in zip(plots.curve_layers, painted, strict=True))
    lesson.slope_slider.box.setValue(0.2)  # new samples: painted again
    lesson.render(lesson.engine.snapshot())
    before = [layer.paints for layer in plots.curve_layers]
    QApplication.processEvents()
    assert all(layer.paints > p for layer, p in zip(plots.curve_layers, before, strict=True))


def test_the_layer_paints_what_the_curves_would(lesson):
    """The same picture as pyqtgraph's own curves: drawn both ways into images, compared."""
    plots = lesson.plots
    plots.resize(900, 700)
    QApplication.processEvents()
    layered = plots.grab().toImage()
    for layer in plots.curve_layers:
        layer.setVisible(False)
    for curves in (plots.g_curves, plots.g_prime_curves):
        for curve in curves.values():
            curve.curve.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, False)
    QApplication.processEvents()
    own = plots.grab().toImage()
    assert layered.size() == own.size()
    points = [(x, y) for x in range(0, own.width(), 3) for y in range(0, own.height(), 3)]
    differing = sum(layered.pixel(x, y) != own.pixel(x, y) for x, y in points)
    assert differing < 0.002 * len(points)
