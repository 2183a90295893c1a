"""The hidden-layer-size lesson: seven boundaries whose accuracies are core's, stepped together."""

import numpy as np
import pytest

from core.network import accuracy, predict
from core.plane import probability_map
from core.size_sweep import SIZES
from visualizer.lessons import LESSON_CLASSES
from visualizer.lessons.hidden_sizes.lesson import HiddenSizesLesson
from visualizer.numbers import percent


@pytest.fixture
def lesson(window):
    return window.open_lesson("hidden-sizes")


def test_registered_right_after_the_shallow_network():
    keys = [cls.key for cls in LESSON_CLASSES]
    assert keys[keys.index("shallow-network") + 1] == "hidden-sizes"
    assert HiddenSizesLesson.key == "hidden-sizes"


def test_seven_boundaries_show_cores_accuracies(window, lesson):
    lesson.engine.step(300)
    window.controller.refresh()
    s = lesson.engine.snapshot()
    assert len(lesson.plots) == 7 and [r.config.n_h for r in s.runs] == list(SIZES)
    table = lesson.table.text()
    for plot, run in zip(lesson.plots, s.runs, strict=True):
        train = accuracy(predict(run.parameters, run.X_train, run.config.activation), run.Y_train)
        test = accuracy(predict(run.parameters, run.X_test, run.config.activation), run.Y_test)
        title = plot.getPlotItem().titleLabel.text
        assert title == f"n_h = {run.config.n_h}: {100 * train:.1f}%"
        assert f"{100 * test:.1f}%" in table
        grid = run.plane.grid  # core's, over all the data (train and test)
        x1 = np.hstack([run.X_train, run.X_test])[0]
        span = np.ptp(x1)
        assert (grid.x_min, grid.x_max) == pytest.approx((x1.min() - 0.1 * span, x1.max() + 0.1 * span))
        expected = probability_map(run.parameters, run.config, grid)
        np.testing.assert_allclose(plot.image.image, expected, atol=1e-5)  # core draws in float32
        x, _ = plot.train_points[0].getData()
        assert len(x) == int((run.Y_train == 0).sum())
    assert "300 iterations" in table


def test_stepping_advances_all_seven(window, lesson):
    before = [t.snapshot().parameters["W1"].copy() for t in lesson.engine.trainers]
    window.transport.step_action.trigger()
    after = lesson.engine.snapshot()
    assert [r.step for r in after.runs] == [1] * 7
    for old, run in zip(before, after.runs, strict=True):
        assert not np.array_equal(old, run.parameters["W1"])  # every one took a step
    assert window.transport.iteration_label.text() == "Iteration 1"


def test_controls_change_every_network(window, lesson):
    lesson.engine.step(20)
    lesson.learning_rate.value_changed.emit(0.5)  # as if the user moved the slider
    assert all(t.config.learning_rate == 0.5 and t.step_count == 20 for t in lesson.engine.trainers)
    relu = lesson.activation.findData("relu")
    lesson.activation.activated.emit(relu)
    assert all(t.config.activation == "relu" and t.step_count == 0 for t in lesson.engine.trainers)
    moons = lesson.dataset.findData("moons")
    lesson.dataset.activated.emit(moons)
    window.controller.refresh()
    X = lesson.engine.trainers[0].data[0]
    assert all(np.array_equal(t.data[0], X) for t in lesson.engine.trainers)
    assert all(t.config.dataset == "moons" for t in lesson.engine.trainers)


def test_exports_all_seven(window, lesson, tmp_path):
    from core.export import load_parameters_json

    lesson.engine.step(5)
    assert window.export_menu.save_parameters_path(tmp_path / "p.json") is None
    loaded = load_parameters_json(tmp_path / "p.json")
    assert sorted(loaded, key=lambda k: int(k.split("=")[1])) == [f"n_h={n}" for n in SIZES]
    assert loaded["n_h=50"]["W1"].shape == (50, 2)


def test_course_setup_puts_the_courses_accuracies_next_to_ours(window, lesson):
    lesson.engine.step(10)
    lesson.course.setChecked(True)
    sweep = lesson.engine
    assert sweep.course and sweep.config.test_ratio == 0.0 and sweep.config.learning_rate == 1.2
    assert all(t.step_count == 0 and t.split()[0].shape[1] == 400 for t in sweep.trainers)
    W1 = sweep.trainers[0].snapshot().parameters["W1"]
    np.testing.assert_array_equal(W1, np.random.RandomState(2).randn(1, 2) * 0.01)  # the course's start
    sweep.step(3)
    window.controller.refresh()
    table = lesson.table.text()
    assert "67.5%" in table and "91.2%" in table and "course" in table  # published, beside the live
    s = sweep.snapshot()
    best = max(s.runs, key=lambda r: r.train_accuracy)
    # no test split: the status names the best training accuracy, not a test accuracy of "–"
    assert lesson.status_text(s).endswith(f"best training accuracy: n_h = {best.config.n_h} "
                                          f"({percent(best.train_accuracy)})")  # fmt: skip
    lesson.learning_rate.value_changed.emit(0.5)  # not the course's any more
    assert not sweep.course and not lesson.course.isChecked()


@pytest.mark.slow
def test_course_setup_reproduces_the_courses_table():
    from core.size_sweep import COURSE_ACCURACIES, SizeSweep

    sweep = SizeSweep()
    sweep.set_course(True)
    assert sweep.step(6000) == 5000 and sweep.step(1) == 0  # it stops where the notebook did
    for run in sweep.snapshot().runs:
        assert run.train_accuracy == pytest.approx(COURSE_ACCURACIES[run.config.n_h], abs=1e-12)
