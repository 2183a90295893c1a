"""The shallow-network lesson: controls change the engine, the view follows the model."""

import numpy as np
import pytest

from core.plane import plane_grid, probability_map
from tests.ticks import fix_steps_per_tick, tick, tick_until


@pytest.fixture
def lesson(window):
    return window.lessons["shallow-network"]


def test_the_window_opens_on_the_shallow_network(window, lesson):
    assert window.current_lesson is lesson
    assert window.controller.engine is lesson.engine


def test_stepping_changes_the_heatmap_and_extends_the_curves(window, lesson):
    before = lesson.boundary.image.image.copy()
    window.transport.step_action.trigger()
    for _ in range(30):
        window.controller.step()
    after = lesson.boundary.image.image
    assert not np.array_equal(before, after)
    steps, values = lesson.costs.train.getData()
    assert steps.tolist() == list(range(31)) and values[0] == pytest.approx(np.log(2), abs=1e-3)
    s = lesson.engine.snapshot()
    grid = plane_grid(lesson.engine.data[0], 100)
    np.testing.assert_array_equal(after, probability_map(s.parameters, s.config, grid))
    assert "Iteration 31" in window.transport.iteration_label.text()


def test_run_pause_buttons_drive_the_timer(window, monkeypatch):
    window.transport.run_action.trigger()
    assert window.controller.running and window.transport.run_action.text() == "Pause"
    fix_steps_per_tick(window.controller, monkeypatch, 50)
    tick(window.controller, 3)
    assert window.controller.engine.step_count > 100
    window.transport.run_action.trigger()
    assert not window.controller.running and window.transport.run_action.text() == "Run"


def test_reset_returns_to_step_zero_with_the_same_seed(window, lesson):
    first = lesson.engine.snapshot().parameters["W1"].copy()
    for _ in range(5):
        window.controller.step()
    window.transport.reset_action.trigger()
    s = lesson.engine.snapshot()
    assert s.step == 0
    np.testing.assert_array_equal(s.parameters["W1"], first)
    assert len(lesson.costs.train.getData()[0] or []) == 0


@pytest.mark.parametrize(
    ("control", "value", "field", "restarts"),
    [("learning_rate", 0.5, "learning_rate", False), ("lambd", 0.7, "lambd", False),
     ("keep_prob", 0.8, "keep_prob", False), ("n_h", 7, "n_h", True),
     ("noise", 0.4, "noise", True), ("m", 300, "m", True), ("test_ratio", 0.3, "test_ratio", True)],
)  # fmt: skip
def test_each_slider_changes_the_config_as_labelled(window, lesson, control, value, field, restarts):
    for _ in range(3):
        window.controller.step()
    slider = getattr(lesson.sidebar, control)
    slider.box.setValue(value)  # as if typed by the user
    assert getattr(lesson.engine.config, field) == pytest.approx(value)
    assert (lesson.engine.step_count == 0) is restarts
    if restarts:
        assert "Started over" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("combo", "value"),
    [("dataset", "moons"), ("activation", "relu"), ("init", "he"), ("batch_size", 64)],
)
def test_each_combo_changes_the_config(lesson, combo, value):
    widget = getattr(lesson.sidebar, combo)
    index = widget.findData(value)
    widget.setCurrentIndex(index)
    widget.activated.emit(index)
    assert getattr(lesson.engine.config, combo) == value


def test_hidden_unit_maps_follow_n_h(lesson):
    lesson.sidebar.n_h.box.setValue(9)
    assert len(lesson.units.images) == 9
    image = lesson.units.images[0].image
    assert image.shape == (50, 50)


def test_new_seed_regenerates_the_data(lesson):
    X_before = lesson.engine.data[0]
    lesson.sidebar.seed_button.click()
    assert lesson.engine.config.data_seed == 2
    assert not np.array_equal(lesson.engine.data[0], X_before)


def test_baseline_toggle_trains_logistic_regression_with_a_straight_boundary(window, lesson):
    lesson.sidebar.baseline.setChecked(True)
    assert lesson.engine.config.model == "logistic"
    for _ in range(200):
        lesson.engine.step(1)
    window.controller.refresh()
    assert len(lesson.units.images) == 0
    # a straight boundary: w·x + b = 0 separates the heatmap's two halves
    s = lesson.engine.snapshot()
    grid = plane_grid(lesson.engine.data[0], 100)
    side = (s.parameters["w"].T @ grid.points + s.parameters["b"] > 0).reshape(100, 100)
    np.testing.assert_array_equal(lesson.boundary.image.image > 0.5, side)


def test_test_points_toggle(lesson):
    lesson.sidebar.show_test.setChecked(False)
    assert not any(item.isVisible() for item in lesson.boundary.test_points)
    lesson.sidebar.show_test.setChecked(True)
    assert all(item.isVisible() for item in lesson.boundary.test_points)


def test_points_are_drawn_where_the_data_is(lesson):
    s = lesson.engine.snapshot()
    x, y = lesson.boundary.test_points[1].getData()
    mask = s.Y_test[0] == 1
    np.testing.assert_array_equal(x, s.X_test[0, mask])
    np.testing.assert_array_equal(y, s.X_test[1, mask])


def test_a_refused_value_keeps_the_run_and_says_why(window, lesson):
    window.controller.step()
    assert not lesson.apply_changes(n_h=500)
    assert lesson.engine.step_count == 1 and lesson.engine.config.n_h == 4
    assert "n_h must be between 1 and 50" in window.statusBar().currentMessage()


def test_linear_request_restarts_with_a_linear_hidden_layer(window, lesson):
    window.lessons[lesson.key].accept_request({"activation": "linear"})
    assert lesson.engine.config.activation == "linear"
    assert lesson.sidebar.activation.currentData() == "linear"


def test_divergence_is_shown_not_crashed(window, lesson, monkeypatch):
    lesson.apply_changes(activation="linear", learning_rate=10.0, init="he", n_h=50, m=2000)
    fix_steps_per_tick(window.controller, monkeypatch, 50)
    window.controller.run()
    tick_until(window.controller, lambda: not window.controller.running, max_ticks=40)  # 2,000 steps
    assert "Diverged at step" in lesson.readout.text()
    diverged_height = lesson.readout.height()
    assert diverged_height >= lesson.readout.heightForWidth(lesson.readout.width())  # note whole
    assert np.isfinite(lesson.boundary.image.image).all()
    window.transport.reset_action.trigger()
    assert "Diverged" not in lesson.readout.text()
    assert lesson.readout.height() < diverged_height  # no empty lines kept for the note


def test_cost_view_follows_the_run_in_nice_steps(window, lesson):
    from visualizer.plots.cost_plot import nice_ceiling

    assert [nice_ceiling(v) for v in (0.69, 0.7, 130, 2001, 5e4, 5250)] == [0.8, 0.8, 150, 2500, 5e4, 6000]
    lesson.engine.step(1500)
    window.controller.refresh()
    assert lesson.costs.view_range() == (2000, 0.8)  # last step 1499 x 1.05; peak J 0.72 x 1.1
    window.transport.reset_action.trigger()
    assert lesson.costs.view_range() == (100, 1.0)
