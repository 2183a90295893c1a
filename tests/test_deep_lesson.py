"""The deep-network lesson on the real window: controls change the engine, every plotted number is core's."""

import math

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from core.deep_run.config import deep_config
from core.deep_run.sweep import DeepSweep
from core.deep_run.trainer import DeepLessonTrainer
from tests.ticks import fix_steps_per_tick, tick_until
from visualizer.lessons import LESSON_CLASSES
from visualizer.lessons.deep.grad_norms import log_norms
from visualizer.lessons.deep.lesson import DeepNetworkLesson


@pytest.fixture
def lesson(window):
    return window.open_lesson("deep-network")


def _shown(window):
    """Show the run as a pause does (twice at the same step: the slow views follow too)."""
    window.controller.refresh()
    window.controller.refresh()
    return window.lessons["deep-network"].engine.snapshot()


def test_registered_after_the_existing_lessons():
    assert LESSON_CLASSES[-1] is DeepNetworkLesson


def test_plus_and_minus_change_the_engine_and_the_diagram(window, lesson):
    bar = lesson.sidebar.layers
    assert lesson.engine.config.layer_dims() == [2, 8, 8, 8, 1]
    bar.add_button.click()
    assert lesson.engine.config.layer_dims() == [2, 8, 8, 8, 8, 1]
    _shown(window)
    assert lesson.single.diagram.layer_dims == (2, 8, 8, 8, 8, 1)
    assert len(lesson.single.grads.curves) == 5 and lesson.single.activations.shown_density().shape[0] == 4
    for _ in range(4):
        bar.remove_button.click()
    assert lesson.engine.config.layer_dims() == [2, 1] and not bar.remove_button.isEnabled()
    _shown(window)
    assert lesson.single.diagram.layer_dims == (2, 1)
    for _ in range(8):
        bar.add_button.click()
    assert len(lesson.engine.config.hidden_layers) == 8 and not bar.add_button.isEnabled()
    bar.spins[2].setValue(20)  # one compact spin per layer
    assert lesson.engine.config.hidden_layers[2] == 20 and lesson.engine.step_count == 0
    assert "started over" in window.statusBar().currentMessage().lower()


def test_feature_checkboxes_set_n_x(window, lesson):
    lesson.sidebar.features["x1^2"].setChecked(True)
    lesson.sidebar.features["x2^2"].setChecked(True)
    assert lesson.engine.config.features == ("x1", "x2", "x1^2", "x2^2")
    assert _shown(window).layer_dims[0] == 4 and lesson.single.diagram.layer_dims[0] == 4
    assert lesson.sidebar.n_x.text() == "n_x = 4 inputs"


def test_plotted_numbers_equal_cores(window, lesson):
    lesson.apply_changes(batch_size=64, optimizer="adam", learning_rate=0.01)
    lesson.engine.step(37)
    s = _shown(window)
    page = lesson.single
    np.testing.assert_array_equal(page.boundary.image.image, s.probability)
    for curve, row in zip(page.grads.curves, s.grad_norm_history, strict=True):
        x, y = curve.getData()
        np.testing.assert_array_equal(x, s.grad_norm_steps)
        np.testing.assert_allclose(y, np.log10(row))
    np.testing.assert_allclose(page.grads.bar_heights(), log_norms(s.grad_norms))
    np.testing.assert_array_equal(page.activations.shown_density(), s.hist_density.astype(np.float32))
    x, y = page.costs.batch.getData()  # with mini-batches: every batch's J beside the epoch average
    np.testing.assert_array_equal(y, s.cost_values)
    x, y = page.costs.train.getData()
    np.testing.assert_array_equal(y, s.epoch_values)
    np.testing.assert_array_equal(page.costs.test.getData()[1], s.dev_values)
    layer = page.units.layer
    np.testing.assert_array_equal(page.units.maps.tile(0), s.unit_maps[layer - 1][0])
    banner = page.banner.text()
    assert f"{100 * s.train_error:.1f}%" in banner and f"{100 * s.dev_error:.1f}%" in banner


def test_unit_maps_page_through_every_layer(window, lesson):
    lesson.apply_changes(hidden_layers=(3, 5, 2))
    s = _shown(window)
    maps = lesson.single.units
    for layer, n in ((1, 3), (2, 5), (3, 2)):
        maps.show_layer(layer)
        assert maps.maps.count == n
        np.testing.assert_array_equal(maps.maps.tile(n - 1), s.unit_maps[layer - 1][-1])
    maps.next.click()
    assert maps.layer == 3 and not maps.next.isEnabled()


def test_the_diagnosis_follows_the_errors(window, lesson):
    lesson.apply_changes(hidden_layers=(), learning_rate=0.5)  # a straight line cannot separate circles
    lesson.engine.step(300)
    s = _shown(window)
    assert s.diagnosis.kind in ("high_bias", "both") and "High bias" in lesson.single.banner.text()
    lesson.sidebar.features["x1^2"].setChecked(True)
    lesson.sidebar.features["x2^2"].setChecked(True)
    lesson.engine.step(1500)
    s = _shown(window)
    assert s.train_error < 0.05 and s.diagnosis.kind == "neither"
    assert "Neither" in lesson.single.banner.text()


def test_a_bad_value_gives_a_message_and_keeps_the_run(window, lesson):
    lesson.engine.step(5)
    lesson.sidebar.field_edited.emit("learning_rate", 1e6)
    assert lesson.engine.step_count == 5 and lesson.engine.config.learning_rate == 0.05
    assert "learning_rate must be between" in window.statusBar().currentMessage()
    assert lesson.sidebar.learning_rate.value() == 0.05


@pytest.mark.parametrize(
    ("field", "value", "restarts"),
    [
        ("learning_rate", 0.2, False),
        ("lambd", 0.5, False),
        ("keep_prob", 0.8, False),
        ("batch_size", 32, False),
        ("optimizer", "momentum", True),  # the optimizer's averages start over with it
        ("decay_rate", 0.1, False),
        ("beta1", 0.8, False),
        ("activation", "tanh", True),
        ("init", "xavier", True),
        ("dataset", "moons", True),
        ("noise", 0.1, True),
        ("m", 300, True),
        ("test_ratio", 0.3, True),
    ],
)
def test_each_control_acts_at_once_or_says_it_started_over(window, lesson, field, value, restarts):
    lesson.engine.step(3)
    lesson.sidebar.field_edited.emit(field, value)
    assert getattr(lesson.engine.config, field) == value
    assert (lesson.engine.step_count == 0) == restarts
    message = window.statusBar().currentMessage()
    assert ("Started over" in message) == restarts


def test_an_experiment_runs_side_by_side_in_lockstep(window, lesson):
    combo = lesson.sidebar.experiment
    combo.activated.emit(combo.findData("init"))
    engine = lesson.engine
    assert isinstance(engine, DeepSweep) and window.controller.engine is engine
    assert [t.config.init for t in engine.trainers] == ["zeros", "large", "he"]
    window.transport.step_action.trigger()
    window.controller.step()
    s = engine.snapshot()
    assert [r.step for r in s.runs] == [2, 2, 2]
    assert lesson.pages.currentWidget() is lesson.compare
    table = lesson.compare.table.text()
    assert "50.0%/50.0%" in table and "99.3%/96.0%" in table  # the course's, next to ours
    assert f"{100 * (1 - s.runs[2].train_error):.1f}%" in table
    for plot, run in zip(lesson.compare.plots, s.runs, strict=True):
        np.testing.assert_array_equal(plot.image.image, run.probability)
    lesson.sidebar.field_edited.emit("learning_rate", 0.1)  # a shared setting: every run takes it, goes on
    assert lesson.engine is engine and [t.config.learning_rate for t in engine.trainers] == [0.1] * 3
    assert [t.config.init for t in engine.trainers] == ["zeros", "large", "he"]
    assert engine.snapshot().step == 2
    lesson.sidebar.field_edited.emit("noise", 0.1)  # a restart field: every run starts over, side by side
    assert lesson.engine is engine and engine.snapshot().step == 0
    assert [t.config.noise for t in engine.trainers] == [0.1] * 3
    assert "Started over" in window.statusBar().currentMessage()
    lesson.sidebar.field_edited.emit("init", "xavier")  # what the runs compare: back to one network
    assert isinstance(lesson.engine, DeepLessonTrainer) and window.controller.engine is lesson.engine
    assert lesson.engine.config.init == "xavier" and lesson.engine.config.learning_rate == 0.1


def test_the_exploding_experiment_shows_the_norms_side_by_side(window, lesson):
    from visualizer.lessons.deep.compare_page import largest_norm

    combo = lesson.sidebar.experiment
    combo.activated.emit(combo.findData("exploding"))
    engine = lesson.engine
    assert [t.config.init for t in engine.trainers] == ["xavier", "he", "large"]
    assert all(t.config.layer_dims() == [2, *(8,) * 8, 1] for t in engine.trainers)
    assert all(t.config.activation == "linear" for t in engine.trainers)
    engine.step(5)
    s = _shown(window)
    table = lesson.compare.table.text()
    norms = [float(np.max(r.start_grad_norms)) for r in s.runs]
    assert norms[0] < norms[1] < 1e3 < 1e9 < norms[2]  # Xavier, He a little above, randn · 10 explodes
    for run in s.runs:
        assert largest_norm(run.start_grad_norms) in table  # the number shown is core's
    assert s.runs[2].diverged_at is not None
    assert f"{s.runs[2].diverged_at}" in lesson.compare.plots[2].getPlotItem().titleLabel.text
    assert "003" in lesson.compare.heading.text()


def test_a_one_run_experiment_shows_the_vanishing_gradients(window, lesson):
    combo = lesson.sidebar.experiment
    combo.activated.emit(combo.findData("vanishing"))
    lesson.engine.step(1)
    s = _shown(window)
    assert s.layer_dims == (2, 8, 8, 8, 8, 8, 8, 8, 8, 1) and s.config.activation == "sigmoid"
    assert s.grad_norms[0] < 1e-10 < s.grad_norms[-1]  # the first layer's gradient has vanished
    assert np.all(np.diff(np.log10(s.grad_norms)) > 0)  # each layer down, smaller
    assert lesson.single.experiment_note.isVisible() and "0.693" in lesson.single.experiment_note.text()


def test_session_round_trip_goes_on_bit_for_bit(window, lesson, tmp_path):
    lesson.apply_changes(
        keep_prob=0.8, batch_size=32, optimizer="adam", hidden_layers=(6, 5), learning_rate=0.01
    )
    lesson.engine.step(45)
    assert window.file_menu.save_session_path(tmp_path / "deep.nnvis.json") is None
    lesson.engine.step(30)
    expected = lesson.engine.snapshot().parameters["W2"].copy()
    lesson.apply_changes(hidden_layers=(3,))
    assert window.file_menu.open_session_path(tmp_path / "deep.nnvis.json") is None
    restored = window.lessons["deep-network"].engine
    assert (
        restored.step_count == 45
        and restored.config.hidden_layers == (6, 5)
        and window.controller.engine is restored
    )
    assert lesson.sidebar.layers.hidden() == (6, 5)
    restored.step(30)
    np.testing.assert_array_equal(restored.snapshot().parameters["W2"], expected)


def test_csv_import_and_export(window, lesson, tmp_path):
    from core.csvdata import load_csv, save_csv
    from core.datasets import make_dataset

    X, Y = make_dataset("xor", 120, 0.1, seed=5)
    save_csv(tmp_path / "mine.csv", X, Y)
    assert window.file_menu.import_csv_path(tmp_path / "mine.csv") is None
    np.testing.assert_array_equal(lesson.engine.data[0], X)
    assert window.file_menu.export_csv_path(tmp_path / "out.csv") is None
    np.testing.assert_array_equal(load_csv(tmp_path / "out.csv")[0], X)


def test_exports_carry_every_layer(window, lesson, tmp_path):
    lesson.apply_changes(hidden_layers=(4, 3))
    lesson.engine.step(10)
    params, meta = lesson.trained_parameters()
    assert sorted(params) == ["W1", "W2", "W3", "b1", "b2", "b3"] and meta["layer_dims"] == [2, 4, 3, 1]
    assert window.export_menu.save_parameters_path(tmp_path / "p.json") is None
    assert window.export_menu.save_costs_path(tmp_path / "c.csv") is None
    assert (tmp_path / "c.csv").read_text().count("\n") >= 10


def test_divergence_stops_and_reset_recovers(window, lesson, monkeypatch):
    lesson.apply_changes(hidden_layers=(4,) * 6, activation="linear", init="large", learning_rate=10.0)
    window.controller.run()
    fix_steps_per_tick(window.controller, monkeypatch, 10)
    tick_until(window.controller, lambda: not window.controller.running, max_ticks=100)  # 2 here
    assert "Diverged at step" in lesson.single.banner.text()
    window.transport.reset_action.trigger()
    assert "Diverged" not in lesson.single.banner.text() and lesson.engine.step_count == 0


def test_fits_a_projector(window, lesson):
    for size in ((1024, 768), (1280, 720)):
        window.resize(*size)
        assert window.minimumSizeHint().width() <= size[0]
    combo = lesson.sidebar.experiment
    combo.activated.emit(combo.findData("init"))
    lesson.engine.step(5)
    for size in ((1440, 900), (1024, 768), (1280, 720)):  # a wrapped table once made this loop forever
        window.resize(*size)
        window.controller.refresh()
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1024


def test_presentation_mode_hides_the_sidebar(window, lesson):
    window.view_menu.presentation.set_active(True)
    assert not lesson.sidebars()[0].isVisible()
    window.view_menu.presentation.set_active(False)
    assert lesson.sidebars()[0].isVisible()


def test_engine_handed_over_is_kept(qtbot):
    trainer = DeepLessonTrainer(deep_config(hidden=(3,)))
    trainer.step(4)
    lesson = DeepNetworkLesson(engine=trainer)
    qtbot.addWidget(lesson)
    assert lesson.engine is trainer and lesson.sidebar.layers.hidden() == (3,)
    assert math.isfinite(trainer.snapshot().train_cost)
