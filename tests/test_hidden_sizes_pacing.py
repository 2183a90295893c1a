"""The hidden-layer-size lesson reaches the course's 5,000 iterations quickly: it trains on the
controller's budget, and while running it redraws one map a frame and its texts a few times a second."""

from __future__ import annotations

import pytest

from tests.test_frame_budget import simulate
from visualizer.cadence import Cadence
from visualizer.lessons.hidden_sizes.lesson import PLOTS_PER_FRAME, TEXTS_EVERY_S


@pytest.fixture
def lesson(window):
    return window.open_lesson("hidden-sizes")


def test_the_sweep_trains_on_the_budget_not_a_fixed_pace(lesson):
    assert getattr(lesson.engine, "steps_per_tick", None) is None


@pytest.mark.parametrize(("alone_s", "frame_s"), [(5.0, 0.060), (2.0, 0.150), (8.0, 0.004)])
def test_5000_iterations_within_15_s_at_speed_1(qtbot, alone_s, frame_s):
    """An engine that alone needs `alone_s` for 5,000 sweep steps (about 1.5 s on the quiet
    2-core machine), drawn at `frame_s` a frame (render + paint): the budget's pace."""
    step = alone_s / 5000
    engine, _c, _w, seconds = simulate(frame_s / 3, 2 * frame_s / 3, step, ticks=300)
    assert 5000 / (engine.steps / seconds) <= 15.0


def counting(lesson) -> list[int]:
    drawn: list[int] = []
    for i, plot in enumerate(lesson.plots):
        original = plot.set_probabilities
        plot.set_probabilities = lambda *a, i=i, original=original: (drawn.append(i), original(*a))
    return drawn


def test_running_redraws_one_map_a_frame_in_turn_and_a_pause_all(window, lesson):
    """Core snapshots one run (and its maps) per live snapshot, in turn; an exact one (a step, the
    pause) all seven; the view draws the maps that are new, and only those."""
    drawn = counting(lesson)
    lesson.live = True
    lesson.engine.step(1)
    lesson.render(lesson.engine.live_snapshot())  # the first live snapshot: every run
    drawn.clear()
    assert PLOTS_PER_FRAME == 1  # two a frame held the frame near 9 ms of CPU (issue 17)
    frames = -(-len(lesson.plots) // PLOTS_PER_FRAME)  # 7 frames reach all 7
    for frame in range(frames):
        lesson.engine.step(1)
        lesson.render(lesson.engine.live_snapshot())
        assert len(drawn) == frame + 1  # one new map a frame
    assert len(drawn) == frames * PLOTS_PER_FRAME and set(drawn) == set(range(len(lesson.plots)))
    drawn.clear()
    lesson.live = False
    lesson.engine.step(1)
    s = lesson.engine.snapshot()
    lesson.render(s)
    assert sorted(drawn) == list(range(len(lesson.plots)))
    assert all(run.plane.step == s.step for run in s.runs)
    drawn.clear()
    lesson.render(lesson.engine.snapshot())  # nothing new: nothing drawn
    assert drawn == []


def test_titles_and_table_follow_a_few_times_a_second_while_running(window, lesson):
    now = [100.0]
    lesson._texts = Cadence(TEXTS_EVERY_S, clock=lambda: now[0])
    lesson.live = True
    lesson.engine.step(10)
    lesson.render(lesson.engine.snapshot())
    assert "10 iterations" in lesson.table.text()
    now[0] += TEXTS_EVERY_S / 2
    lesson.engine.step(10)
    lesson.render(lesson.engine.snapshot())
    assert "10 iterations" in lesson.table.text()  # not yet
    now[0] += TEXTS_EVERY_S
    lesson.render(lesson.engine.snapshot())
    assert "20 iterations" in lesson.table.text()
    lesson.engine.step(1)
    lesson.live = False  # a step or the pause: at once
    lesson.render(lesson.engine.snapshot())
    assert "21 iterations" in lesson.table.text()


def test_the_table_keeps_its_size_when_its_text_changes(qtbot, window, lesson):
    """Fixed to its cell: a new text lays out the label, not the lesson."""
    window.resize(1280, 720)
    qtbot.wait(200)  # the cell's resize, then the table's fit (queued after the layout's pass)
    assert lesson.table.minimumSize() == lesson.table.maximumSize() and lesson.table.width() > 40
    size = lesson.table.size()
    for steps in (1, 999, 9000):
        lesson.engine.step(steps)
        lesson.render(lesson.engine.snapshot())
        window.layout().activate()
        assert lesson.table.size() == size and lesson.table.minimumSize() == lesson.table.maximumSize()
    assert "10,000 iterations" in lesson.table.text()
    cell = lesson.table_cell.viewport().size()
    assert size.width() >= cell.width() - 1 and size.height() >= cell.height() - 1  # it fills its cell


def test_while_running_one_title_or_the_table_changes_a_frame_and_a_pause_shows_all(window, lesson):
    """Seven new titles in one frame laid seven plots out again (~9 ms more that frame): while
    running they follow one a frame in turn, after the table; a step or the pause, all at once."""
    now = [100.0]
    lesson._texts = Cadence(TEXTS_EVERY_S, clock=lambda: now[0])
    titles = []
    for plot in lesson.plots:
        item = plot.getPlotItem()
        original = item.setTitle
        item.setTitle = lambda *a, original=original, **k: (titles.append(a[0]), original(*a, **k))
    lesson.live = True
    lesson.engine.step(200)  # the accuracies move from the start's
    lesson.render(lesson.engine.live_snapshot())
    assert titles == [] and "200 iterations" in lesson.table.text()  # the table first
    for frame in range(len(lesson.plots)):
        lesson.render(lesson.engine.live_snapshot())
        assert len(titles) <= frame + 1
    assert len(titles) == len(set(titles)) and len(titles) >= 1
    titles.clear()
    lesson.engine.step(300)
    lesson.live = False
    lesson.render(lesson.engine.snapshot())
    assert len(titles) >= 2 and "500 iterations" in lesson.table.text()
