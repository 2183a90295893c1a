"""A later visit of a tab shows the lesson's last frame again when its engine has not changed since
(no snapshot, no render: the visit costs only the paint); a lesson that went stale renders again."""

from __future__ import annotations

import numpy as np
import pytest

from core.export import load_parameters_json
from tests.ticks import fix_steps_per_tick, tick

KEY, OTHER = "hidden-sizes", "shallow-network"


class Calls:
    """Counts the engine's snapshots and the lesson's renders (wrapped on the instances)."""

    def __init__(self, monkeypatch, lesson) -> None:
        self.snapshots = self.renders = 0
        engine = lesson.engine
        snapshot, live, render = engine.snapshot, engine.live_snapshot, lesson.render

        def counted(original, name):
            def call(*args, **kwargs):
                setattr(self, name, getattr(self, name) + 1)
                return original(*args, **kwargs)

            return call

        monkeypatch.setattr(engine, "snapshot", counted(snapshot, "snapshots"))
        monkeypatch.setattr(engine, "live_snapshot", counted(live, "snapshots"))
        monkeypatch.setattr(lesson, "render", counted(render, "renders"))

    def clear(self) -> None:
        self.snapshots = self.renders = 0


@pytest.fixture
def lesson(window):
    lesson = window.open_lesson(KEY)
    window.controller.step()  # an exact render: the lesson shows its engine as it is
    return lesson


def test_a_visit_back_to_an_unchanged_lesson_neither_snapshots_nor_renders(window, lesson, monkeypatch):
    calls = Calls(monkeypatch, lesson)
    window.open_lesson(OTHER)
    window.open_lesson(KEY)
    assert (calls.snapshots, calls.renders) == (0, 0)
    assert window.controller.engine is lesson.engine  # the toolbar drives it again
    s = lesson.engine.snapshot()
    assert window.transport.iteration_label.text() == f"Iteration {lesson.iteration_of(s):,}"
    assert window.status_label.text() == lesson.status_text(s)  # its own status, not the other's


def test_the_labels_show_the_lesson_come_back_to(window, lesson):
    lesson.engine.step(4)
    window.controller.refresh()
    text = window.status_label.text()
    window.open_lesson(OTHER)
    assert window.status_label.text() != text
    window.open_lesson(KEY)
    assert window.status_label.text() == text


def test_a_lesson_left_while_running_renders_again_on_its_next_visit(window, lesson, monkeypatch):
    fix_steps_per_tick(window.controller, monkeypatch, 3)
    window.controller.run()
    tick(window.controller, 2)  # live frames: their slow parts may lag
    calls = Calls(monkeypatch, lesson)
    window.open_lesson(OTHER)  # pauses
    assert calls.snapshots == 0  # the lesson being left is not snapshot for nothing
    window.open_lesson(KEY)
    assert calls.renders == 1
    assert window.status_label.text() == lesson.status_text(lesson.engine.snapshot())


def test_a_change_while_hidden_makes_the_next_visit_render(window, lesson, monkeypatch):
    window.open_lesson(OTHER)
    calls = Calls(monkeypatch, lesson)
    lesson.apply_changes(learning_rate=0.5)  # e.g. a request from another lesson, a restore
    window.open_lesson(KEY)
    assert calls.renders == 1


def test_a_presentation_toggle_makes_hidden_lessons_render_on_their_next_visit(window, lesson, monkeypatch):
    window.open_lesson(OTHER)
    calls = Calls(monkeypatch, lesson)
    window.view_menu.presentation.set_active(True)
    window.view_menu.presentation.set_active(False)
    window.open_lesson(KEY)
    assert calls.renders == 1


def test_a_step_after_coming_back_shows_the_new_state(window, lesson):
    window.open_lesson(OTHER)
    window.open_lesson(KEY)
    window.controller.step()
    s = lesson.engine.snapshot()
    assert window.status_label.text() == lesson.status_text(s)
    assert f"{s.step:,} iterations" in lesson.table.text()


def test_a_switch_computes_no_export_and_the_export_has_the_current_parameters(window, tmp_path, monkeypatch):
    shallow = window.open_lesson(OTHER)
    computed = []
    original = shallow.trained_parameters
    monkeypatch.setattr(shallow, "trained_parameters", lambda: (computed.append(1), original())[1])
    window.open_lesson(KEY)
    window.open_lesson(OTHER)
    assert computed == []  # a tab switch computes no parameters
    window.export_menu.menu.aboutToShow.emit()
    assert computed == [] and window.export_menu.parameters_action.isEnabled()
    shallow.engine.step(7)  # after the switch: the export has these
    assert window.export_menu.save_parameters_path(tmp_path / "p.json") is None
    loaded = load_parameters_json(tmp_path / "p.json")
    for name, value in shallow.engine.snapshot().parameters.items():
        np.testing.assert_array_equal(loaded[name], value)
