"""The zero-init lesson's slow parts: at most one a running frame, every one on a pause."""

from __future__ import annotations

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
