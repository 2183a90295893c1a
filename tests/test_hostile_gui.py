"""Hostile files through the real window: plain-text messages, cut short, translated; big data drawn light."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.data_limits import MAX_DRAWN_PER_CLASS
from core.datasets import make_dataset
from visualizer.message_box import MAX_CHARS, error_box


def test_an_error_box_shows_plain_text_only(qtbot):
    box = error_box(None, "<a href='http://example.com'>Click here</a><h1>Big</h1>")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "<a href='http://example.com'>Click here</a><h1>Big</h1>"  # shown literally


def test_an_error_box_cuts_a_huge_message(qtbot):
    box = error_box(None, "x" * 10_000_000)
    qtbot.addWidget(box)
    assert len(box.text()) == MAX_CHARS and box.text().endswith("…")


def test_a_csv_cell_holding_html_is_quoted_short_and_plain(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("visualizer.file_menu.show_error", lambda parent, text: shown.append(text))
    path = tmp_path / "links.csv"
    path.write_text("x1,x2,y\n0,1,0\n<a href='http://x'>Click here</a><h1>" + "A" * 500 + ",2,1\n")
    path_text = str(path)
    monkeypatch.setattr("visualizer.file_menu.QFileDialog.getOpenFileName", lambda *a, **k: (path_text, ""))
    window.open_lesson("shallow-network")
    window.file_menu.import_action.trigger()
    assert len(shown) == 1 and shown[0].startswith("links.csv, line 3: x1 is not a number")
    assert len(shown[0]) < 200


@pytest.mark.parametrize(
    ("content", "chinese"),
    [
        ("x1;x2;y\n0;1;0\n", "分号"),
        ("x1,x2,y\n0,1,0\n1e308,2,1\n", "太大"),
    ],
)
def test_new_file_messages_are_translated(window, tmp_path, content, chinese):
    window.set_language("zh_CN")
    try:
        path = tmp_path / "bad.csv"
        path.write_text(content)
        window.open_lesson("shallow-network")
        error = window.file_menu.import_csv_path(path)
        assert error.startswith("bad.csv") and chinese in error, error
    finally:
        window.set_language("en")


def test_a_session_field_error_is_translated(window, tmp_path):
    from core.session import save_session
    from core.trainer import Trainer

    state = {**Trainer().state(), "step": 2**63}  # history.py stores steps as int64
    save_session(tmp_path / "s.json", "shallow-network", {"trainer": state})
    window.set_language("zh_CN")
    try:
        error = window.file_menu.open_session_path(tmp_path / "s.json")
        assert error.startswith("s.json") and "字段 step" in error, error
    finally:
        window.set_language("en")


@pytest.fixture(scope="module")
def big_data():
    return make_dataset("blobs", 100_000, 0.3, seed=1)


def test_100000_points_in_zero_init_draw_at_most_5000_per_class_one_brush_each(window, big_data):
    lesson = window.open_lesson("zero-init")
    lesson.import_data(*big_data)
    window.controller.refresh()
    for panel in (lesson.symmetric_panel, lesson.random_panel):
        items = panel.scatters
        assert len(items) == 2
        assert [len(item.data) for item in items] == [MAX_DRAWN_PER_CLASS] * 2
        for item in items:
            assert all(b is None for b in item.data["brush"])  # no brush object per point
        assert items[0].opts["brush"].color() != items[1].opts["brush"].color()


def test_100000_points_in_the_shallow_lesson_draw_at_most_5000_per_class(window, tmp_path, big_data):
    from core.csvdata import save_csv

    save_csv(tmp_path / "big.csv", *big_data)
    lesson = window.open_lesson("shallow-network")
    assert window.file_menu.import_csv_path(tmp_path / "big.csv") is None
    assert lesson.engine.snapshot().X_train.shape[1] == 80_000  # training keeps all of them
    counts = [len(item.data) for item in lesson.boundary.train_points + lesson.boundary.test_points]
    assert max(counts) == MAX_DRAWN_PER_CLASS and min(counts) > 0
    for item in lesson.boundary.train_points:
        assert all(b is None for b in item.data["brush"])


def test_the_drawn_sample_is_the_same_every_time():
    from core.data_limits import drawn_subset

    np.testing.assert_array_equal(drawn_subset(50_000), drawn_subset(50_000))
    assert drawn_subset(10) == slice(None)


@pytest.mark.parametrize("key", ["shallow-network", "zero-init"])
def test_data_at_the_coordinate_limit_is_drawn_and_trained_without_warnings(window, tmp_path, key):
    from core.data_limits import COORDINATE_LIMIT
    from tests.plot_items import non_finite

    X, Y = make_dataset("blobs", 200, 0.3, seed=4)
    X = X / np.abs(X).max() * COORDINATE_LIMIT  # the farthest data the program accepts
    from core.csvdata import save_csv

    save_csv(tmp_path / "far.csv", X, Y)
    lesson = window.open_lesson(key)
    assert window.file_menu.import_csv_path(tmp_path / "far.csv") is None
    window.controller.run()
    for _ in range(10):
        window.controller._on_timer_timeout()
    window.controller.pause()
    assert non_finite(lesson) == []


@pytest.mark.parametrize("key", ["shallow-network", "zero-init"])
def test_data_beyond_the_limit_is_refused_by_the_engine_too(window, key):
    X = np.array([[0.0, 1e308], [0.0, -1e308]])
    with pytest.raises(ValueError, match="cannot be drawn"):
        window.lessons[key].import_data(X, np.array([[0.0, 1.0]]))
