"""The File menu on the real window: sessions and CSV round trips, bad files change nothing."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from core.csvdata import load_csv, save_csv
from core.datasets import make_dataset


@pytest.fixture
def lesson(window):
    return window.lessons["shallow-network"]


def test_session_round_trip_goes_on_bit_for_bit(window, lesson, tmp_path):
    lesson.apply_changes(keep_prob=0.8, batch_size=64, n_h=6)
    lesson.engine.step(77)
    assert window.file_menu.save_session_path(tmp_path / "run.nnvis.json") is None
    lesson.engine.step(40)
    expected = lesson.engine.snapshot().parameters["W1"].copy()
    lesson.apply_changes(n_h=3)  # the user goes on to something else
    assert window.file_menu.open_session_path(tmp_path / "run.nnvis.json") is None
    restored = window.lessons["shallow-network"].engine
    assert restored.step_count == 77 and restored.config.n_h == 6
    assert window.controller.engine is restored
    assert lesson.sidebar.n_h.value() == 6
    restored.step(40)
    np.testing.assert_array_equal(restored.snapshot().parameters["W1"], expected)


@pytest.mark.parametrize("content", [b"{}", b"garbage \x00", b'{"format": "nn-visualizer-session"'])
def test_a_bad_session_file_gives_a_message_and_changes_nothing(window, lesson, tmp_path, content):
    lesson.engine.step(12)
    engine = lesson.engine
    (tmp_path / "bad.json").write_bytes(content)
    error = window.file_menu.open_session_path(tmp_path / "bad.json")
    assert error and "bad.json" in error
    assert lesson.engine is engine and engine.step_count == 12


def test_import_csv_trains_on_the_users_points_and_export_writes_them_back(window, lesson, tmp_path):
    X, Y = make_dataset("xor", 120, 0.1, seed=5)
    save_csv(tmp_path / "mine.csv", X, Y)
    assert window.file_menu.import_csv_path(tmp_path / "mine.csv") is None
    np.testing.assert_array_equal(lesson.engine.data[0], X)
    assert lesson.engine.step_count == 0 and lesson.sidebar.data_note.isVisible()
    assert window.file_menu.export_csv_path(tmp_path / "out.csv") is None
    X2, Y2 = load_csv(tmp_path / "out.csv")
    np.testing.assert_array_equal(X2, X)
    lesson.sidebar.dataset.activated.emit(lesson.sidebar.dataset.findData("moons"))
    assert not lesson.engine.has_custom_data and not lesson.sidebar.data_note.isVisible()


def test_a_malformed_csv_keeps_the_data_set_it_had(window, lesson, tmp_path):
    (tmp_path / "broken.csv").write_text("x1,x2,y\n1,2,0\n3,4,7\n")
    before = lesson.engine.data[0]
    error = window.file_menu.import_csv_path(tmp_path / "broken.csv")
    assert error.startswith("broken.csv, line 3: the label y must be 0 or 1")
    assert lesson.engine.data[0] is before


def click(qtbot, plot, x, y, button=Qt.MouseButton.LeftButton, modifier=Qt.KeyboardModifier.NoModifier):
    vb = plot.getPlotItem().vb
    scene_point = vb.mapViewToScene(QPointF(x, y))
    widget_point = plot.mapFromScene(scene_point)
    qtbot.mouseClick(plot.viewport(), button, modifier, widget_point)


def test_clicks_draw_and_remove_points_and_training_goes_on(window, lesson, qtbot):
    lesson.engine.step(10)
    m = lesson.engine.split()[0].shape[1]
    click(qtbot, lesson.boundary, 1.0, 1.0)  # drawing is off: nothing changes
    assert lesson.engine.split()[0].shape[1] == m
    lesson.sidebar.draw_class.setCurrentIndex(lesson.sidebar.draw_class.findData(1))
    click(qtbot, lesson.boundary, 1.0, 1.0)
    X_train, Y_train, _, _ = lesson.engine.split()
    assert X_train.shape[1] == m + 1 and Y_train[0, -1] == 1.0
    np.testing.assert_allclose(X_train[:, -1], [1.0, 1.0], atol=0.05)
    assert lesson.engine.step_count == 10
    x, y = lesson.boundary.train_points[1].getData()
    assert np.any(np.hypot(x - X_train[0, -1], y - X_train[1, -1]) == 0)  # drawn on the plot
    click(qtbot, lesson.boundary, 1.0, 1.0, Qt.MouseButton.RightButton)
    assert lesson.engine.split()[0].shape[1] == m
    assert lesson.engine.step(5) == 5


def test_zero_init_lesson_imports_and_exports_csv(window, tmp_path):
    lesson = window.open_lesson("zero-init")
    X, Y = make_dataset("moons", 80, 0.1, seed=2)
    save_csv(tmp_path / "moons.csv", X, Y)
    assert window.file_menu.import_action.isEnabled()
    assert window.file_menu.import_csv_path(tmp_path / "moons.csv") is None
    s = lesson.engine.snapshot()
    np.testing.assert_array_equal(lesson.engine.data[0], X)
    columns = sorted(map(tuple, X.T))
    assert sorted(map(tuple, s.symmetric.X_train.T)) == columns  # all points, no test split
    assert sorted(map(tuple, s.random.X_train.T)) == columns
    assert window.file_menu.export_csv_path(tmp_path / "back.csv") is None
    np.testing.assert_array_equal(load_csv(tmp_path / "back.csv")[0], X)
    (tmp_path / "one.csv").write_text("1,2,1\n3,4,1\n")
    assert "needs both classes" in window.file_menu.import_csv_path(tmp_path / "one.csv")
    np.testing.assert_array_equal(lesson.engine.data[0], X)
    lesson.engine.apply_config(lesson.engine.config.changed(dataset="circles"))
    assert not lesson.engine.has_custom_data


def test_lessons_without_data_disable_the_data_actions(window):
    window.open_lesson("activations")
    assert not window.file_menu.import_action.isEnabled()
    assert not window.file_menu.save_action.isEnabled()
    window.open_lesson("shallow-network")
    assert window.file_menu.save_action.isEnabled() and window.file_menu.import_action.isEnabled()
