"""The deep lesson's frames: what is drawn when, and that what is drawn is still core's numbers."""

from __future__ import annotations

import time

import numpy as np

from visualizer.lessons.deep.grad_norms import log_norms
from visualizer.lessons.deep.shown_points import shown_indices, shown_points


def test_a_long_curve_is_cut_to_its_plots_width_with_core_points_only():
    x = np.arange(2048)
    y = np.random.default_rng(0).normal(size=2048)
    sx, sy = shown_points(x, y, 500)
    assert 250 <= len(sx) <= 520 and sx[0] == 0 and sx[-1] == 2047
    np.testing.assert_array_equal(sy, y[sx])  # every drawn point is one of core's
    ex, ey = shown_points(x, y, 500, envelope=True)
    np.testing.assert_array_equal(ey, y[ex])
    assert ey.min() == y.min() and ey.max() == y.max() and np.all(np.diff(ex) > 0)
    assert shown_indices(y[:300], 500) is None  # short curves: every point


def test_the_curves_follow_core_with_many_points(window):
    lesson = window.open_lesson("deep-network")
    lesson.apply_changes(batch_size=32)
    lesson.engine.step(1800)  # more points than the plot has pixel columns
    window.controller.refresh()
    s = lesson.engine.snapshot()
    page = lesson.single
    x, y = page.costs.batch.getData()
    assert len(x) < len(s.cost_steps)
    index = np.searchsorted(s.cost_steps, x)
    np.testing.assert_array_equal(y, s.cost_values[index])
    assert x[-1] == s.cost_steps[-1] and y.max() == s.cost_values.max()
    for curve, row in zip(page.grads.curves, s.grad_norm_history, strict=True):
        cx, cy = curve.getData()
        index = np.searchsorted(s.grad_norm_steps, cx)
        np.testing.assert_allclose(cy, log_norms(row)[index])
        assert cx[-1] == s.grad_norm_steps[-1]
    page.costs.resize(page.costs.width() * 2, page.costs.height())  # wider: more points
    before = len(x)
    page.costs.getPlotItem().vb.sigResized.emit(page.costs.getPlotItem().vb)
    assert len(page.costs.batch.getData()[0]) >= before


def test_the_banner_keeps_its_height_while_errors_change(window):
    page = window.open_lesson("deep-network").single
    page.set_banner("one line")
    page.set_banner("a long text " * 40)
    tall = page.banner.minimumHeight()
    page.set_banner("one line")
    assert page.banner.minimumHeight() == tall > 0  # no relayout (and full repaint) for a shorter text


def test_live_snapshots_reuse_the_sets_numbers_and_a_pause_shows_the_final_state(window):
    lesson = window.open_lesson("deep-network")
    trainer = lesson.trainer
    trainer.stats_interval_s = trainer.maps_interval_s = 1e9  # while training: never due again
    first = trainer.snapshot()
    trainer.step(10)
    live = trainer.snapshot()  # ten steps since the last snapshot: training
    assert live.step == first.step + 10 and live.stats_step == first.stats_step == first.step
    assert live.hist_density is first.hist_density and live.maps_step == first.step
    lesson.live = True
    drawn = []
    original = lesson.single.activations.set_density
    lesson.single.activations.set_density = lambda *a: (drawn.append(1), original(*a))
    for _ in range(8):  # core's histograms did not change: the strip is not drawn again
        lesson.render(live)
    assert drawn == []
    lesson.live = False
    trainer.stats_interval_s = trainer.maps_interval_s = 0.0
    window.controller.refresh()  # what a pause does: the same step again, exact
    s = trainer.snapshot()
    assert s.step == s.stats_step == s.maps_step == live.step
    page = lesson.single
    np.testing.assert_array_equal(page.activations.shown_density(), s.hist_density.astype(np.float32))
    np.testing.assert_array_equal(page.boundary.image.image, s.probability)
    np.testing.assert_array_equal(page.units.maps.tile(0), s.unit_maps[page.units.layer - 1][0])
    assert f"{100 * s.train_error:.1f}%" in page.banner.text()
    x, y = page.costs.train.getData()
    assert x[-1] == s.cost_steps[-1] and y[-1] == s.cost_values[-1]


def test_a_costly_plane_map_waits_in_proportion_to_its_cost(window):
    from core.deep_run.snapshot import MAPS_COST_FACTOR

    trainer = window.open_lesson("deep-network").trainer
    trainer.maps_interval_s = 0.0
    first = trainer.snapshot()
    trainer._view_cache["view_seconds"] = 1.0  # as if the maps took a second: none for 7 s of training
    trainer.step(5)
    assert trainer.snapshot().probability is first.probability and MAPS_COST_FACTOR >= 2
    trainer.step(1)  # a Step press: exact at once
    s = trainer.snapshot()
    assert s.maps_step == s.step and s.probability is not first.probability


def test_iteration_ticks_are_spaced_by_their_labels(qapp):
    import pyqtgraph as pg
    from PySide6.QtGui import QFont, QFontMetricsF

    from visualizer.lessons.deep.iteration_axis import LABEL_GAP, label_spacing

    axis = pg.AxisItem("bottom")
    font = QFont()
    font.setPointSize(18)  # presentation mode's size
    axis.setTickFont(font)
    for lo, hi, size in ((-40, 2040, 230), (-40, 2040, 900), (0, 1, 120), (0, 15_000, 180)):
        spacing = label_spacing(axis, lo, hi, size)
        label_px = QFontMetricsF(font).horizontalAdvance(f"{max(abs(lo), abs(hi)) - spacing:g}")
        assert spacing * size / (hi - lo) >= LABEL_GAP * label_px  # labels at least 1.5 widths apart
        assert f"{spacing:.0e}"[0] in "125"
    assert label_spacing(axis, -40, 2040, 900) < label_spacing(axis, -40, 2040, 230)  # wider: more ticks


def test_the_curves_follow_twelve_times_a_second_while_running_and_a_pause_at_once(window):
    """At 25 a second the cost and norm curves took a frame's turn almost every frame (~3-5 ms of
    CPU each); a second of 60 frames now draws each about 12 times, and the pause shows the last step."""
    lesson = window.open_lesson("deep-network")
    page = lesson.single
    now = [time.monotonic() + 1000.0]  # after every time the page has drawn so far
    page.clock = lambda: now[0]
    drawn = {"costs": 0, "grads": 0}

    def counted(name, original):
        def call(*a):
            drawn[name] += 1
            return original(*a)

        return call

    page.costs.set_run = counted("costs", page.costs.set_run)
    page.grads.set_norms = counted("grads", page.grads.set_norms)
    lesson.live = True
    lesson.render(lesson.engine.snapshot())
    for name in drawn:
        drawn[name] = 0
    for _ in range(60):
        now[0] += 1 / 60
        lesson.engine.step(2)
        lesson.render(lesson.engine.snapshot())
    for name in drawn:
        assert 8 <= drawn[name] <= 14, drawn
    lesson.live = False
    lesson.engine.step(1)
    s = lesson.engine.snapshot()
    lesson.render(s)  # a step or the pause: every view at once
    x, _ = page.costs.train.getData()
    assert x[-1] == s.cost_steps[-1]
    page.clock = time.monotonic


def test_the_norm_curves_are_one_light_item_with_core_points(window, qtbot):
    """Every layer's ||dW|| curve in one item (PlotDataItems cost ~1 ms of Python a draw): its
    bounds hold every point, and each curve reads back core's log10 norms."""
    import pyqtgraph as pg

    from visualizer.lessons.deep.layer_curves import LayerCurves

    lesson = window.open_lesson("deep-network")
    lesson.engine.step(30)
    window.controller.refresh()
    s = lesson.engine.snapshot()
    grads = lesson.single.grads
    items = grads.history.getPlotItem().items
    assert sum(isinstance(i, LayerCurves) for i in items) == 1
    assert not any(isinstance(i, pg.PlotDataItem) for i in items)
    assert len(grads.curves) == s.grad_norm_history.shape[0]
    logs = log_norms(s.grad_norm_history)
    for curve, row in zip(grads.curves, logs, strict=True):
        x, y = curve.getData()
        np.testing.assert_array_equal(x, s.grad_norm_steps)
        np.testing.assert_array_equal(y, row)
    rect = grads.lines.boundingRect()
    assert rect.left() <= s.grad_norm_steps.min() and rect.right() >= s.grad_norm_steps.max()
    assert rect.top() <= logs.min() and rect.bottom() >= logs.max()


def test_a_new_network_repaints_the_diagram_alone(qtbot):
    """The diagram's white pixmap covers it: a new network (twice a second while running) paints
    the diagram, not every parent under it first (the window, tabs, lesson and page)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from core.deep_run.config import deep_config
    from core.deep_run.trainer import DeepLessonTrainer
    from visualizer.lessons.deep.diagram import DeepDiagram

    parent = QWidget()
    qtbot.addWidget(parent)
    diagram = DeepDiagram()
    QVBoxLayout(parent).addWidget(diagram)
    parent.resize(400, 300)
    parent.show()
    qtbot.waitExposed(parent)
    s = DeepLessonTrainer(deep_config(hidden=(4, 4))).snapshot()
    c = s.config
    diagram.set_network(s.parameters, c.input_features, s.layer_shapes, c.activation)
    qtbot.wait(100)
    painted: list[str] = []

    class Count(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                painted.append(type(obj).__name__)
            return False

    counter = Count()
    for widget in (parent, diagram):
        widget.installEventFilter(counter)
    diagram.set_network(s.parameters, c.input_features, s.layer_shapes, c.activation)
    qtbot.wait(50)
    assert painted == ["DeepDiagram"]
