"""Views draw what the snapshot carries: they never run the model while rendering (issue 15)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QResizeEvent

from core import deep_model, models
from visualizer.lessons.zero_init.copy_panel import BOUNDARY_MIN_WIDTH


@pytest.fixture
def no_model(monkeypatch):
    """Running the model from here on fails the test."""

    def refuse(*_a, **_k):
        raise AssertionError("a view ran the model at render time")

    def install():
        for module, name in ((models, "forward"), (models, "probabilities"), (models, "hidden_activations"),
                             (deep_model, "L_model_forward")):  # fmt: skip
            monkeypatch.setattr(module, name, refuse)

    return install


@pytest.mark.parametrize("key", ["shallow-network", "hidden-sizes", "zero-init"])
def test_render_runs_no_model(window, key, no_model):
    lesson = window.open_lesson(key)
    lesson.engine.step(20)
    snapshots = [lesson.engine.snapshot(), lesson.engine.live_snapshot()]  # core computes the maps
    no_model()
    for live, snapshot in zip((False, True), snapshots, strict=True):
        lesson.live = live
        lesson.render(snapshot)
    lesson.live = False


def test_the_shallow_boundary_shows_the_snapshots_map(window):
    lesson = window.open_lesson("shallow-network")
    lesson.engine.step(30)
    s = lesson.engine.snapshot()
    lesson.render(s)
    np.testing.assert_array_equal(lesson.boundary.image.image, s.plane.probability)
    x, y = lesson.boundary.contour.getData()
    np.testing.assert_array_equal(x, s.plane.contour_x)
    np.testing.assert_array_equal(lesson.units.tile(1), s.plane.units[1])


def test_a_hidden_boundary_is_not_redrawn_and_is_when_it_shows_again(window):
    lesson = window.open_lesson("zero-init")
    panel = lesson.random_panel
    lesson.engine.step(5)
    lesson.render(lesson.engine.snapshot())
    drawn = []
    original = panel.probability_image.setImage
    panel.probability_image.setImage = lambda *a, **k: (drawn.append(1), original(*a, **k))
    panel.boundary.setVisible(False)  # as a narrow copy does
    lesson.engine.step(5)
    s = lesson.engine.snapshot()
    lesson.render(s)
    assert drawn == []
    assert panel.width() >= panel.table.width() + BOUNDARY_MIN_WIDTH  # the window is wide enough
    panel.resizeEvent(QResizeEvent(panel.size(), panel.size()))  # it shows again, with the latest
    assert drawn == [1] and not panel.boundary.isHidden()
    np.testing.assert_array_equal(panel.probability_image.image, s.random.plane.probability)
