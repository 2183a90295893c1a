"""The zero-initialization lesson view: identical maps left, different right; controls drive it."""

import math
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest

from visualizer.lessons.zero_init.colors import LOG_FLOOR
from visualizer.lessons.zero_init.copy_panel import weights_table
from visualizer.lessons.zero_init.lesson import ZeroInitLesson
from visualizer.lessons.zero_init.symmetry_plot import clamp_for_log


@pytest.fixture
def lesson(qtbot):
    w = ZeroInitLesson()
    qtbot.addWidget(w)
    w.resize(1400, 850)
    return w


def show(lesson, steps=0):
    lesson.engine.step(steps)
    snap = lesson.engine.snapshot()
    lesson.render(snap)
    return snap


def images(panel):
    """The maps the panel's mosaic shows, one per unit."""
    return [panel.maps_view.tile(i) for i in range(panel.maps_view.count)]


def test_unit_maps_are_identical_on_the_left_and_differ_on_the_right(lesson):
    lesson.apply_changes(init="constant", init_constant=0.5, n_h=5)
    show(lesson, 300)
    left, right = images(lesson.symmetric_panel), images(lesson.random_panel)
    assert len(left) == len(right) == 5
    assert left[0].std() > 0.1  # a real picture, not a blank map
    for image in left[1:]:
        np.testing.assert_array_equal(image, left[0])
    for i in range(5):
        for j in range(i + 1, 5):
            assert np.abs(right[i] - right[j]).max() > 0.1, (i, j)
    assert lesson.symmetric_panel.maps_view.marked == (0, 1, 2, 3, 4)  # identical: outlined
    assert lesson.random_panel.maps_view.marked == ()
    assert lesson.symmetric_panel.maps_view.marks.isVisible()


def test_maps_show_a1_of_the_snapshot_with_fixed_levels(lesson):
    snap = show(lesson, 50)
    maps = lesson.random_panel.maps_view
    assert maps.image.levels.tolist() == [-1.0, 1.0]  # tanh
    grid = snap.random.plane.unit_grid  # core computed the maps
    p = snap.random.parameters
    x, y = grid.points[:, 7 * grid.resolution + 11]
    expected = np.tanh(p["W1"][2, 0] * x + p["W1"][2, 1] * y + p["b1"][2, 0])
    assert maps.tile(2)[7, 11] == pytest.approx(expected, abs=1e-6)
    assert not lesson.symmetric_panel.maps_view.tile(0).any()  # W = 0, tanh: A1 = 0


def test_controls_change_the_engine(lesson, qtbot):
    c = lesson.controls
    with qtbot.waitSignal(lesson.changed):
        c.n_h.box.setValue(7)
    assert lesson.engine.config.n_h == 7
    show(lesson)
    assert lesson.symmetric_panel.maps_view.count == 7
    c.activation.activated.emit(c.activation.findText("sigmoid"))
    assert lesson.engine.config.activation == "sigmoid"
    c.init.activated.emit(c.init.findData("constant"))
    assert lesson.engine.config.init == "constant" and c.constant.isEnabled()
    c.constant.box.setValue(-1.25)
    assert lesson.engine.config.init_constant == -1.25
    c.classes.activated.emit(c.classes.findData(0.5))
    assert lesson.engine.config.class1_share == 0.5
    c.dataset.activated.emit(c.dataset.findText("moons"))
    assert lesson.engine.config.dataset == "moons"
    show(lesson, 20)
    c.learning_rate.box.setValue(0.5)  # goes on from step 20
    assert lesson.engine.config.learning_rate == 0.5 and lesson.engine.snapshot().step == 20
    show(lesson)
    assert "sigmoid" in lesson.symmetric_panel.caption.text()
    assert "-1.25" in lesson.case.text()


def test_perturb_button_parts_the_left_units(lesson, qtbot):
    show(lesson, 10)
    with qtbot.waitSignal(lesson.changed):
        lesson.controls.perturb.click()
    snap = show(lesson, 300)
    assert snap.perturbations == ((10, 0),)
    left = images(lesson.symmetric_panel)
    assert np.abs(left[0] - left[1]).max() > 1e-3
    np.testing.assert_array_equal(left[1], left[2])  # the others are still alike
    assert lesson.symmetric_panel.maps_view.marked == tuple(range(1, len(left)))  # unit 1 parted
    markers = lesson.plots._markers
    assert [m.value() for m in markers] == [10]
    assert "nudged" in lesson.case.text()


def test_symmetry_curves_never_hand_zero_to_the_log_axis(lesson):
    snap = show(lesson, 40)
    x, y = lesson.plots.symmetric_curve.getData()
    assert x.tolist() == snap.measure_steps.tolist()
    handed = lesson.plots.symmetric_curve.yData  # what the log axis was given
    assert (handed > 0).all() and (handed == LOG_FLOOR).all()  # W = 0: every difference is 0
    np.testing.assert_array_equal(y, np.full(41, np.log10(LOG_FLOOR)))  # drawn at log10
    _, y_random = lesson.plots.random_curve.getData()
    np.testing.assert_allclose(10**y_random, snap.random_measures)
    assert clamp_for_log(np.array([0.0, -1.0, np.nan, 1e-3])).tolist() == [
        LOG_FLOOR,
        LOG_FLOOR,
        LOG_FLOOR,
        1e-3,
    ]


def test_status_text_case_line_and_weights_table(lesson):
    snap = show(lesson, 25)
    text = lesson.status_text(snap)
    assert "25" in text and f"{snap.symmetric.train_cost:.6f}" in text
    assert f"{math.log(2):.6f}" in text and f"{snap.random_measure:.1e}" in text
    assert "ln 2" in lesson.case.text() and "db2" in lesson.case.text()
    table = weights_table(snap.random.parameters)
    assert f"{snap.random.parameters['W2'][0, 3]:+.3f}" in table


def test_prepare_screenshot_reaches_the_fixed_state(lesson):
    lesson.engine.step(5)
    lesson.prepare_screenshot()
    snap = show(lesson)
    assert snap.step == ZeroInitLesson.screenshot_steps == 2000
    assert snap.config.init == "constant" and snap.symmetric_measure == 0.0
    left = images(lesson.symmetric_panel)
    assert all(np.array_equal(image, left[0]) for image in left) and left[0].std() > 0.1


def test_a_boundary_that_would_look_the_same_is_not_drawn_again(lesson):
    from dataclasses import replace

    from visualizer.lessons.zero_init.copy_panel import looks_the_same

    plane = show(lesson, 300).random.plane
    width = plane.grid.x_max - plane.grid.x_min
    assert not looks_the_same(None, plane, 256)
    assert looks_the_same(plane, replace(plane), 256)
    recentred = plane.probability.copy()
    recentred[0, 0] = (min(np.floor(recentred[0, 0] * 256), 255) + 0.5) / 256  # the same colour
    assert looks_the_same(plane, replace(plane, probability=recentred), 256)
    shifted = plane.probability.copy()
    shifted[0, 0] = 1.0 - shifted[0, 0] if abs(shifted[0, 0] - 0.5) > 0.01 else 0.0  # another colour
    assert not looks_the_same(plane, replace(plane, probability=shifted), 256)
    moved = replace(plane, contour_x=plane.contour_x + 0.01 * width)  # a pixel on a 100 px plot
    assert not looks_the_same(plane, moved, 256)
    nudged = replace(plane, contour_x=plane.contour_x + 1e-5 * width)
    assert looks_the_same(plane, nudged, 256)


def test_a_copy_that_cannot_learn_costs_no_repaint_of_its_boundary_while_running(lesson):
    """W = 0: one probability everywhere, moving by less than a colour step; the plot keeps the
    picture it has (the random twin's boundary, which moves, is drawn every frame)."""
    lesson.apply_changes(init="zeros")
    show(lesson, 20)
    drawn = {panel: [] for panel in (lesson.symmetric_panel, lesson.random_panel)}
    for panel, calls in drawn.items():
        original = panel.boundary.set_probabilities
        panel.boundary.set_probabilities = lambda *a, o=original, c=calls: (c.append(1), o(*a))
    lesson.live = True
    for _ in range(5):
        lesson.engine.step(10)
        lesson.render(lesson.engine.snapshot())
    assert drawn[lesson.symmetric_panel] == [] and len(drawn[lesson.random_panel]) == 5


def test_the_cost_plot_draws_grid_lines_at_two_tick_levels_only(lesson):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    lesson.show()
    show(lesson, 200)
    QApplication.processEvents()  # the plots' layout
    axis = lesson.plots.cost.getPlotItem().getAxis("left")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, ticks, _ = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    lo, hi = axis.range  # about 0 to 1
    levels = axis.tickValues(lo, hi, axis.height())
    assert len(levels) == 2, (lo, hi)  # pyqtgraph's default adds a third level: 42 more lines
    assert len(ticks) == sum(len(values) for _, values in levels)
