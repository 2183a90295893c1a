"""The zero-init lesson's running frames: one slow part a frame, all on a pause; views move in steps."""

from __future__ import annotations

from dataclasses import replace

from visualizer.lessons.zero_init.slow_parts import SlowParts


def parts(now: list[float]) -> SlowParts:
    return SlowParts({"maps": float("inf"), "table": 0.2, "curve": 0.1}, clock=lambda: now[0])


def test_not_live_every_part_is_drawn_at_once():
    now = [10.0]
    slow = parts(now)
    assert slow.pick(False) == {"maps", "table", "curve"}


def test_live_at_most_one_part_a_frame_each_at_its_pace():
    now = [10.0]
    slow = parts(now)
    picked = []
    for _ in range(60):  # one second at 60 frames a second
        now[0] += 1 / 60
        got = slow.pick(True)
        assert len(got) <= 1
        picked += list(got)
    assert picked.count("maps") == 0  # only when core made new ones
    assert 9 <= picked.count("curve") <= 10 and 4 <= picked.count("table") <= 5


def test_waiting_maps_take_a_frame_of_their_own_and_do_not_starve_the_others():
    now = [10.0]
    slow = parts(now)
    slow.pick(False)  # everything drawn at 10.0
    now[0] += 0.3  # table and curve are due, and new maps wait
    assert slow.pick(True, ["maps"]) == {"maps"}  # ties: the given order
    now[0] += 1 / 60
    second = slow.pick(True, ["maps"])  # the maps again (slow frames): the others waited longer
    assert second in ({"table"}, {"curve"})
    now[0] += 1 / 60
    third = slow.pick(True, ["maps"])
    assert third in ({"table"}, {"curve"}) and third != second


def test_the_copies_new_unit_maps_are_drawn_in_frames_of_their_own_and_at_once_on_a_pause(window):
    """Core makes both copies' unit maps in the same snapshot, ten times a second: while running
    the lesson draws one copy's a frame; a pause draws both, of the final step."""
    lesson = window.open_lesson("zero-init")
    lesson.apply_changes(init="constant", init_constant=0.5)  # maps that move
    now = [20.0]
    lesson.slow = SlowParts(lesson.slow.every_s, clock=lambda: now[0])
    for trainer in (lesson.engine._symmetric, lesson.engine._random):
        trainer.plane.clock = lambda: now[0]
    lesson.engine.step(1)
    lesson.render(lesson.engine.snapshot())  # exact: the maps of a new step, made at now[0]
    panels = (lesson.symmetric_panel, lesson.random_panel)
    drawn = {panel: [] for panel in panels}  # the frames in which each copy's maps were set
    for panel in panels:
        original = panel.maps_view.set_maps
        panel.maps_view.set_maps = lambda *a, p=panel, o=original: (drawn[p].append(frame[0]), o(*a))
    frame = [0]
    lesson.live = True
    for frame[0] in range(30):  # half a second at 60 frames a second
        now[0] += 1 / 60
        lesson.engine.step(5)
        lesson.render(lesson.engine.live_snapshot())
    left, right = (drawn[p] for p in panels)
    assert 4 <= len(left) <= 6 and 4 <= len(right) <= 6  # ten times a second each
    assert not set(left) & set(right)  # never both in one frame
    lesson.live = False
    lesson.engine.step(5)
    s = lesson.engine.snapshot()
    lesson.render(s)
    for panel, run in zip(panels, (s.symmetric, s.random), strict=True):
        assert panel._shown_units is run.plane.units and run.plane.units_step == s.step


def test_the_iteration_axes_move_in_steps_of_about_1_5_each_plot_on_its_own_turn(window):
    """A new x range draws a plot anew (axes, grid, curves): from step 100 to 20,000 each plot
    changes it at 1, 1.5, 2, 3, 5, 7.5 x 10^k only (13 times; the finer nice steps: 20), and showing one
    plot leaves the other's range alone."""
    from visualizer.lessons.zero_init.symmetry_plot import x_ceiling

    ends = [x_ceiling(v) for v in (100, 101, 199, 201, 480, 501, 760)]
    assert ends == [100, 150, 200, 300, 500, 750, 1000]
    lesson = window.open_lesson("zero-init")
    plots = lesson.plots
    changes = {plots.measure: [], plots.cost: []}
    for plot, seen in changes.items():
        vb = plot.getPlotItem().getViewBox()
        vb.sigXRangeChanged.connect(lambda _vb, r, seen=seen: seen.append(round(r[1])))
    snap = lesson.engine.snapshot()
    plots.show_snapshot(snap)
    for seen in changes.values():
        seen.clear()
    lesson.engine.step(20_000 - snap.step)
    full = lesson.engine.snapshot()
    for last in range(200, 20_001, 100):  # the histories up to `last`, as a run grows
        keep = full.measure_steps <= last
        grown = replace(full, measure_steps=full.measure_steps[keep],
                        symmetric_measures=full.symmetric_measures[keep],
                        random_measures=full.random_measures[keep])  # fmt: skip
        plots.show_measure(grown)
    assert len(changes[plots.measure]) == 13 and changes[plots.cost] == []  # 200 ... 20,000 (x 1.05)
    plots.show_cost(full)
    assert len(changes[plots.cost]) == 1


def test_unit_maps_that_did_not_change_are_not_drawn_again(window):
    """W = 0 (tanh): every unit map stays 0 everywhere; new maps from core equal to the drawn
    ones cost no redraw, maps that moved (every weight = 0.5) are drawn."""
    lesson = window.open_lesson("zero-init")
    lesson.apply_changes(init="zeros")
    panel = lesson.symmetric_panel
    drawn = []
    original = panel.maps_view.set_maps
    panel.maps_view.set_maps = lambda *a: (drawn.append(1), original(*a))
    for _ in range(3):  # exact snapshots: new maps each step, the same pictures
        lesson.engine.step(20)
        lesson.render(lesson.engine.snapshot())
    assert drawn == [] and panel._shown_units is lesson.engine.snapshot().symmetric.plane.units
    lesson.engine.step(20)
    assert not panel.maps_waiting(lesson.engine.snapshot().symmetric)  # takes no running frame's slot
    lesson.apply_changes(init="constant", init_constant=0.5)
    drawn.clear()
    for _ in range(3):
        lesson.engine.step(20)
        lesson.render(lesson.engine.snapshot())
    assert len(drawn) == 3  # each step
