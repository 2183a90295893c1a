"""What the frame-rate work draws is still core's numbers: decimated curves, growing curves, point layers."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage

from visualizer.plots.cost_plot import CostPlot
from visualizer.plots.decimate import column_peaks
from visualizer.plots.growing_curve import SMALL, GrowingCurve


def test_few_points_are_all_kept():
    x, y = np.arange(50.0), np.sin(np.arange(50.0))
    kx, ky = column_peaks(x, y, 0.0, 100.0, 300)
    assert kx is x and ky is y


def test_each_pixel_columns_lowest_and_highest_point_are_kept_in_order():
    rng = np.random.default_rng(1)
    x = np.arange(2048.0)
    y = np.cumsum(rng.normal(size=2048))
    columns, lo, hi = 100, 0.0, 2500.0
    kx, ky = column_peaks(x, y, lo, hi, columns)
    assert len(kx) <= 2 * columns + 2 and np.all(np.diff(kx) > 0)  # a subset, in order
    kept = set(kx.tolist())
    assert kept <= set(x.tolist())
    np.testing.assert_array_equal(ky, y[np.searchsorted(x, kx)])  # the points themselves
    assert x[0] in kept and x[-1] in kept
    col = np.floor((x - lo) * columns / (hi - lo)).astype(int)
    for c in np.unique(col):
        inside = col == c
        assert x[inside][np.argmin(y[inside])] in kept and x[inside][np.argmax(y[inside])] in kept


def _grown(qtbot, curve: GrowingCurve) -> pg.PlotWidget:
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.addItem(curve)
    plot.setRange(xRange=(0, 3000), yRange=(0, 1), padding=0)
    plot.resize(300, 200)
    plot.show()
    qtbot.waitExposed(plot)
    return plot


def test_a_growing_curve_draws_every_point_it_was_given(qtbot):
    curve = GrowingCurve(pen=pg.mkPen("b", width=3))
    plot = _grown(qtbot, curve)  # noqa: F841 (kept: the curve lives in it)
    x = np.arange(3000.0)
    y = np.exp(-x / 700)
    for n in (10, SMALL, 100, 101, 120, 180, 181, 400):  # short, split, grown, settled again
        curve.set_history(x[:n], y[:n])
        shown_x, shown_y = curve.getData()
        np.testing.assert_array_equal(shown_x, x[:n])
        np.testing.assert_array_equal(shown_y, y[:n])
    assert 1 < curve.settled_count < 400  # the tail holds the last points
    changed = y.copy()
    changed[:5] = 0.5  # an earlier point changed (a history halved, a new view): all again
    curve.set_history(x[:401], changed[:401])
    np.testing.assert_array_equal(curve.getData()[1], changed[:401])


def test_a_growing_curve_in_a_log_plot_draws_log10_of_its_points(qtbot):
    curve = GrowingCurve(pen=pg.mkPen("b", width=3))
    plot = _grown(qtbot, curve)
    plot.getPlotItem().setLogMode(y=True)
    x = np.arange(500.0)
    y = 10.0 ** -(x / 100)
    for n in (100, 120, 150):
        curve.set_history(x[:n], y[:n])
    np.testing.assert_allclose(curve.getData()[1], -x[:150] / 100)


def test_the_cost_plot_draws_the_history_it_was_given_or_its_column_peaks(qtbot):
    plot = CostPlot()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.show()
    qtbot.waitExposed(plot)
    rng = np.random.default_rng(2)
    steps = np.arange(0, 20000, 10)
    values = 0.7 * np.exp(-steps / 5000) + 0.01 * rng.random(len(steps))
    for n in range(40, len(steps), 37):  # a run's frames
        plot.set_curves(steps[:n], values[:n], steps[:0], values[:0])
    x, y = plot.train.getData()
    view = plot.getPlotItem().getViewBox()
    (x_lo, x_hi), _ = view.viewRange()
    ex, ey = column_peaks(steps[:n], values[:n], x_lo, x_hi, int(view.width()))
    assert len(ex) < n  # decimated
    np.testing.assert_array_equal(x, ex)
    np.testing.assert_array_equal(y, ey)


def _pixels(widget) -> np.ndarray:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return np.array(image.constBits(), copy=True).reshape(image.height(), image.width(), 4)


@pytest.mark.parametrize("key", ["shallow-network", "zero-init"])
def test_the_boundary_shows_the_points_and_keeps_its_range_while_the_map_changes(window, key):
    lesson = window.open_lesson(key)
    boundary = lesson.boundary if key == "shallow-network" else lesson.symmetric_panel.boundary
    window.controller.step()
    view = boundary.getPlotItem().getViewBox()
    before = [list(r) for r in view.viewRange()]
    snapshot = lesson.engine.snapshot()
    X = snapshot.X_train if key == "shallow-network" else snapshot.random.X_train
    (x0, x1), (y0, y1) = before
    assert x0 <= X[0].min() and X[0].max() <= x1 and y0 <= X[1].min() and X[1].max() <= y1
    for _ in range(5):
        window.controller.step()
    assert [list(r) for r in view.viewRange()] == before
    layer = boundary.points_layer
    assert layer.boundingRect().contains(boundary.train_points[0].boundingRect())
    shown = _pixels(boundary)
    for item in boundary.train_points:
        item.setVisible(False)
    layer.changed()
    assert not np.array_equal(_pixels(boundary), shown)  # the points were drawn, by the layer


def drawn_all(lesson) -> None:
    """Running frames of the same snapshot until both copies drew their new unit maps: one copy's
    a frame, in turns with the other slow parts (zero_init.slow_parts)."""
    snap = lesson.engine.live_snapshot()
    for _ in range(8):
        panels = ((lesson.symmetric_panel, snap.symmetric), (lesson.random_panel, snap.random))
        if not any(panel.maps_waiting(run) for panel, run in panels):
            return
        lesson.render(snap)
    raise AssertionError("new unit maps still not drawn after 8 frames")


def test_zero_inits_unit_maps_follow_ten_times_a_second_and_exactly_when_paused(window):
    """While running, the copies' unit maps may be a few frames old (core keeps the cadence); the
    pause shows the maps of the final step, equal to core's."""
    from core.plane import hidden_maps
    from visualizer.lessons.zero_init.lesson import UNITS_EVERY_S

    lesson = window.open_lesson("zero-init")
    lesson.apply_changes(init="constant", init_constant=0.5)  # new copies: their clocks next
    now = [time.monotonic() + 1000.0]  # later than the maps the change drew, on the real clock
    for copy in (lesson.engine._symmetric, lesson.engine._random):
        copy.plane.clock = lambda: now[0]
    lesson.live = True
    lesson.engine.step(5)
    lesson.render(lesson.engine.live_snapshot())  # due (the last maps are older): made, at `now`
    drawn_all(lesson)
    first = np.array(lesson.random_panel.maps_view._maps)  # the maps the mosaic draws
    for _ in range(3):  # within one cadence: the maps stay as drawn
        now[0] += UNITS_EVERY_S / 4
        lesson.engine.step(5)
        lesson.render(lesson.engine.live_snapshot())
    np.testing.assert_array_equal(lesson.random_panel.maps_view._maps, first)
    now[0] += UNITS_EVERY_S
    lesson.engine.step(5)
    lesson.render(lesson.engine.live_snapshot())
    drawn_all(lesson)
    assert not np.array_equal(lesson.random_panel.maps_view._maps, first)
    lesson.engine.step(3)
    window.controller.pause()
    window.controller.refresh()  # as the pause does: an exact snapshot
    s = lesson.engine.snapshot()
    for panel, run in ((lesson.symmetric_panel, s.symmetric), (lesson.random_panel, s.random)):
        assert run.plane.units_step == s.step
        expected = hidden_maps(run.parameters, run.config, run.plane.unit_grid)
        np.testing.assert_allclose(panel.maps_view._maps, expected, atol=1e-5)  # float32 for display
