"""Slow parts of a frame on a cadence: always when the user acts, a few times a second while running."""

from __future__ import annotations

import numpy as np

from visualizer.cadence import Cadence
from visualizer.lessons.shallow.lesson import FEW_UNITS_EVERY_S, MANY_UNITS, UNITS_EVERY_S


def test_cadence_is_always_due_when_not_live_and_spaced_when_live():
    now = [0.0]
    cadence = Cadence(0.1, clock=lambda: now[0])
    assert cadence.due(True)
    now[0] = 0.05
    assert not cadence.due(True) and cadence.due(False)
    now[0] = 0.1
    assert not cadence.due(True)  # the not-live frame at 0.05 counts as drawn
    now[0] = 0.16
    assert cadence.due(True)


def test_many_unit_maps_are_redrawn_ten_times_a_second_while_running(window):
    """Core's mapper keeps the cadence: live snapshots carry new unit maps ten times a second,
    an exact snapshot (a pause, a step) carries the maps of its own step."""
    lesson = window.open_lesson("shallow-network")
    now = [10.0]
    lesson.engine.plane.clock = lambda: now[0]
    lesson.apply_changes(n_h=MANY_UNITS + 5)  # drawn at once (exact)
    drawn = []
    original = lesson.units.set_maps
    lesson.units.set_maps = lambda *a: (drawn.append(1), original(*a))
    lesson.render(lesson.engine.snapshot())  # nothing new: nothing drawn
    assert drawn == []
    lesson.live = True
    for _ in range(6):  # six frames within a tenth of a second: the maps once
        now[0] += UNITS_EVERY_S / 6
        lesson.engine.step(2)
        lesson.render(lesson.engine.live_snapshot())
    assert len(drawn) == 1
    lesson.engine.step(2)
    lesson.render(lesson.engine.live_snapshot())
    assert len(drawn) == 1
    lesson.live = False  # the pause draws them at once
    snapshot = lesson.engine.snapshot()
    lesson.render(snapshot)
    assert len(drawn) == 2 and snapshot.plane.units_step == snapshot.step
    lesson.apply_changes(n_h=MANY_UNITS)  # few maps: twenty times a second (the change redraws them)
    assert len(drawn) == 3
    lesson.live = True
    for _ in range(5):  # five frames within a twentieth of a second of the change: none
        now[0] += FEW_UNITS_EVERY_S / 6
        lesson.engine.step(1)
        lesson.render(lesson.engine.live_snapshot())
    assert len(drawn) == 3
    for _ in range(3):  # a frame every twentieth of a second: every frame
        now[0] += FEW_UNITS_EVERY_S
        lesson.engine.step(1)
        lesson.render(lesson.engine.live_snapshot())
    assert len(drawn) == 3 + 3


def test_the_cost_curves_follow_twenty_times_a_second_while_running_and_at_once_on_a_pause(window):
    """The boundary, the main picture, is drawn every frame; the cost curves, which grow a pixel
    or two a frame, at COST_EVERY_S; a pause or a step draws them at once."""
    from visualizer.lessons.shallow.lesson import COST_EVERY_S

    lesson = window.open_lesson("shallow-network")
    now = [30.0]
    lesson._cost_cadence = Cadence(COST_EVERY_S, clock=lambda: now[0])
    lesson.engine.plane.clock = lambda: now[0]
    curves, maps = [], []
    original, boundary = lesson.costs.set_curves, lesson.boundary.set_probabilities
    lesson.costs.set_curves = lambda *a: (curves.append(a[0]), original(*a))
    lesson.boundary.set_probabilities = lambda *a: (maps.append(1), boundary(*a))
    lesson.live = True
    for _ in range(5):  # five frames within a twentieth of a second
        now[0] += COST_EVERY_S / 5
        lesson.engine.step(3)
        lesson.render(lesson.engine.live_snapshot())
    assert len(curves) == 1 and len(maps) == 5
    now[0] += COST_EVERY_S
    lesson.engine.step(3)
    lesson.render(lesson.engine.live_snapshot())
    assert len(curves) == 2
    lesson.engine.step(3)
    lesson.live = False  # the pause: the curves of the final step at once
    exact = lesson.engine.snapshot()
    lesson.render(exact)
    assert len(curves) == 3 and curves[-1] is exact.cost_steps


def test_the_descent_readout_follows_five_times_a_second_while_running(window):
    from visualizer.lessons.gradient_descent.lesson import READOUT_EVERY_S

    lesson = window.open_lesson("gradient-descent")
    now = [5.0]
    lesson._readout_cadence = Cadence(READOUT_EVERY_S, clock=lambda: now[0])
    lesson.live = True
    lesson.engine.step(1)
    lesson.render(lesson.engine.snapshot())
    assert "Step 1" in lesson.readout.text()
    lesson.engine.step(1)
    now[0] += READOUT_EVERY_S / 4
    lesson.render(lesson.engine.snapshot())
    assert "Step 1" in lesson.readout.text()
    now[0] += READOUT_EVERY_S
    lesson.render(lesson.engine.snapshot())
    assert "Step 2" in lesson.readout.text()


def test_with_many_units_the_boundary_follows_twenty_times_a_second_and_the_pause_is_exact(window):
    from core.models import probabilities
    from visualizer.lessons.shallow.lesson import BOUNDARY_EVERY_S

    lesson = window.open_lesson("shallow-network")
    now = [20.0]
    lesson.engine.plane.clock = lambda: now[0]
    lesson.apply_changes(n_h=MANY_UNITS + 5)
    drawn = []
    original = lesson.boundary.set_probabilities
    lesson.boundary.set_probabilities = lambda *a: (drawn.append(a[0]), original(*a))
    lesson.live = True
    for _ in range(4):  # four frames within a twentieth of a second: the boundary once at most
        now[0] += BOUNDARY_EVERY_S / 5
        lesson.engine.step(2)
        lesson.render(lesson.engine.live_snapshot())
    assert len(drawn) <= 1
    now[0] += BOUNDARY_EVERY_S
    lesson.engine.step(2)
    live = lesson.engine.live_snapshot()
    lesson.render(live)
    assert drawn[-1] is live.plane.probability and live.plane.step == live.step
    lesson.engine.step(3)
    lesson.live = False  # the pause: the final step's boundary at once, core's map drawn
    exact = lesson.engine.snapshot()
    lesson.render(exact)
    assert drawn[-1] is exact.plane.probability and exact.plane.step == exact.step
    expected = probabilities(exact.parameters, exact.plane.grid.points, exact.config)
    np.testing.assert_allclose(
        lesson.boundary.image.image, expected.reshape(exact.plane.probability.shape), atol=1e-5
    )


def test_zero_inits_weight_tables_take_turns_while_running_and_both_follow_a_pause(window):
    from visualizer.lessons.zero_init.copy_panel import TABLE_EVERY_S, weights_table
    from visualizer.lessons.zero_init.slow_parts import SlowParts

    lesson = window.open_lesson("zero-init")
    now = [30.0]
    lesson.slow = SlowParts(lesson.slow.every_s, clock=lambda: now[0])
    panels = (lesson.symmetric_panel, lesson.random_panel)
    turns = {panel: [] for panel in panels}  # the frames whose table each copy was asked to set
    for panel in panels:
        original = panel.show_snapshot
        panel.show_snapshot = lambda snap, live, table, maps, p=panel, o=original: (
            turns[p].append(table),
            o(snap, live, table, maps),
        )
    lesson.live = True
    for _ in range(24):  # 24 frames at 60 a second, 0.4 s: each table twice, never both at once
        now[0] += 1 / 60
        lesson.engine.step(20)
        lesson.render(lesson.engine.live_snapshot())
    left, right = (turns[p] for p in panels)
    assert sum(left) == sum(right) == 2 and not any(a and b for a, b in zip(left, right, strict=True))
    lesson.live = False  # the pause: both tables show the final weights
    lesson.engine.step(20)
    s = lesson.engine.snapshot()
    lesson.render(s)
    assert lesson.symmetric_panel.table.text() == weights_table(s.symmetric.parameters)
    assert lesson.random_panel.table.text() == weights_table(s.random.parameters)
    assert TABLE_EVERY_S == 0.2


def test_zero_inits_accuracy_titles_follow_the_tables_turns_while_running_and_a_pause_at_once(window):
    """A new accuracy lays the small boundary plot out again: while running it changes with its
    copy's table (five times a second), the boundary itself every frame."""
    from dataclasses import replace

    lesson = window.open_lesson("zero-init")
    panel = lesson.random_panel
    title = panel.boundary.getPlotItem().titleLabel
    lesson.engine.step(20)
    snap = lesson.engine.snapshot().random
    panel.show_snapshot(snap, live=True, table=True)
    shown = title.text
    other = replace(snap, train_accuracy=snap.train_accuracy / 2 + 0.01, plane=replace(snap.plane))
    panel.show_snapshot(other, live=True, table=False)  # not its turn: the title stays
    assert title.text == shown
    assert panel._shown_plane is other.plane  # the boundary follows every frame
    panel.show_snapshot(other, live=True, table=True)  # its turn
    assert title.text != shown and f"{100 * other.train_accuracy:.1f}%" in title.text
    panel.show_snapshot(snap)  # not live (a pause, a step): at once
    assert title.text == shown


def test_zero_inits_curve_plots_take_turns_ten_times_a_second_and_follow_a_pause_at_once(window):
    from visualizer.lessons.zero_init.lesson import CURVES_EVERY_S
    from visualizer.lessons.zero_init.slow_parts import SlowParts

    lesson = window.open_lesson("zero-init")
    now = [50.0]
    lesson.slow = SlowParts(lesson.slow.every_s, clock=lambda: now[0])
    drawn = {"measure": [], "cost": []}
    for name in drawn:
        original = getattr(lesson.plots, f"show_{name}")
        setattr(
            lesson.plots,
            f"show_{name}",
            lambda snap, o=original, n=name: (drawn[n].append(snap.step), o(snap)),
        )
    lesson.live = True
    for _ in range(30):  # half a second at 60 frames a second: each plot 3-5 times (turns)
        now[0] += 1 / 60
        lesson.engine.step(5)
        lesson.render(lesson.engine.live_snapshot())
    assert CURVES_EVERY_S == 0.1 and 3 <= len(drawn["measure"]) <= 5 and 3 <= len(drawn["cost"]) <= 5
    assert not set(drawn["measure"]) & set(drawn["cost"])  # never both in one frame
    lesson.live = False  # the pause: the curves reach the final step at once
    lesson.engine.step(5)
    s = lesson.engine.snapshot()
    lesson.render(s)
    assert drawn["measure"][-1] == drawn["cost"][-1] == s.step
    assert lesson.plots.symmetric_curve.getData()[0][-1] == s.measure_steps[-1]


def test_the_descent_fallback_heatmap_follows_twenty_times_a_second_the_contour_map_every_frame(window):
    from visualizer.lessons.gradient_descent.lesson import FALLBACK_EVERY_S

    lesson = window.open_lesson("gradient-descent")
    assert lesson.fallback is not None  # offscreen: no OpenGL, the heatmap stands in for 3D
    now = [7.0]
    lesson._fallback_cadence = Cadence(FALLBACK_EVERY_S, clock=lambda: now[0])
    lesson.live = True
    lesson.engine.step(1)
    lesson.render(lesson.engine.snapshot())  # due: both maps show step 1
    assert lesson.contour.path_point_count(0) == lesson.fallback.path_point_count(0) == 2
    for _ in range(2):  # within the interval: the contour map follows, the heatmap waits
        lesson.engine.step(1)
        now[0] += FALLBACK_EVERY_S / 3
        lesson.render(lesson.engine.snapshot())
    assert lesson.contour.path_point_count(0) == 4 and lesson.fallback.path_point_count(0) == 2
    now[0] += FALLBACK_EVERY_S
    lesson.render(lesson.engine.snapshot())
    assert lesson.fallback.path_point_count(0) == 4
    lesson.engine.step(1)
    lesson.live = False  # a step or the pause: both at once
    lesson.render(lesson.engine.snapshot())
    assert lesson.contour.path_point_count(0) == lesson.fallback.path_point_count(0) == 5
