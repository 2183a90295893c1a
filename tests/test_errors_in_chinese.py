"""Every path on which core refuses what a user did (a damaged session, a parameters file, a data
set's values, a drawn point, a typed value) says it in Chinese in the Chinese window, by the
message's id (none of core's English template text), and keeps what was there before."""

from __future__ import annotations

import json
import re
from string import Formatter

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.config import TrainConfig
from core.messages import MESSAGES
from core.session import save_session
from core.trainer import Trainer
from core.validation import CoreError

CJK = re.compile(r"[\u4e00-\u9fff]")


def _english_fragments(error: CoreError) -> list[str]:
    """The literal words of `error`'s English templates (its own and those of nested problems)."""
    words = [
        text.strip(" :;,.()")
        for text, *_ in Formatter().parse(MESSAGES[error.id])
        if len(re.findall(r"[A-Za-z]", text)) >= 6
    ]
    for value in error.params.values():
        if isinstance(value, CoreError):
            words += _english_fragments(value)
    return words


def assert_chinese(text: str, error: CoreError | None = None) -> None:
    """`text` is Chinese and holds no English template text of `error` (when given)."""
    assert text and CJK.search(text), text
    for fragment in _english_fragments(error) if error is not None else []:
        assert fragment not in text, (fragment, text)


def _innermost(error: CoreError) -> CoreError:
    nested = [v for v in error.params.values() if isinstance(v, CoreError)]
    return _innermost(nested[0]) if nested else error


@pytest.fixture
def zh(window):
    window.set_language("zh_CN")
    yield window
    window.set_language("en")


# -- a damaged session: the message is Chinese, the open run goes on as it was ------------------------
def _shallow(state: dict) -> dict:
    return {"trainer": state}


def _edited(change, config: TrainConfig | None = None) -> dict:
    state = Trainer(config).state()
    change(state)
    return state


def _adam_without_averages() -> dict:
    state = Trainer(TrainConfig(optimizer="adam")).state()
    state["optimizer"]["v"] = {}
    return state


SHALLOW_DAMAGE = {
    "state.shape": lambda: _edited(lambda s: s["parameters"].update(W1=[[1.0, 2.0]])),
    "state.order": lambda: _edited(lambda s: s.update(order=[99_999])),
    "state.parameters": lambda: _edited(lambda s: s["parameters"].pop("b2")),
    "state.norms": lambda: _edited(lambda s: s["norm_histories"].pop()),
    "state.averages": _adam_without_averages,
    "field.bool": lambda: _edited(lambda s: s.update(changed_mid_run="yes")),
    "field.split": lambda: _edited(lambda s: s.update(split=[1, 2])),
    "features.names": lambda: _edited(
        lambda s: s["config"].update(features=["x1", "x1"]), TrainConfig(lambd=0.1, optimizer="adam")
    ),
    "features.names#a list": lambda: _edited(
        lambda s: s["config"].update(features=[[1.0]]), TrainConfig(lambd=0.1, optimizer="adam")
    ),
}


def _open_refused(window, key: str, path, state: dict) -> str:
    """Open `state` in lesson `key` over a run at step 3; the run must be kept. Returns the message."""
    lesson = window.open_lesson(key)
    lesson.engine.step(3)
    engine, config = lesson.engine, lesson.engine.config
    save_session(path, key, state)
    message = window.file_menu.open_session_path(path)
    assert window.lessons[key].engine is engine and engine.config == config
    assert engine.snapshot().step == 3
    return message


@pytest.mark.parametrize("error_id", sorted(SHALLOW_DAMAGE))
def test_a_damaged_shallow_session_is_refused_in_chinese(zh, tmp_path, error_id):
    from core.session import open_session

    path = tmp_path / "s.json"
    message = _open_refused(zh, "shallow-network", path, _shallow(SHALLOW_DAMAGE[error_id]()))
    with pytest.raises(CoreError) as info:  # the same refusal, in core's words: the id we meant
        open_session(path, lambda _key, state: Trainer.from_state(state["trainer"]))
    assert _innermost(info.value).id == error_id.split("#")[0]  # "#...": another case of the same id
    assert message.startswith("s.json") and message != str(info.value)
    assert_chinese(message, info.value)


def _deep_state() -> dict:
    from core.deep_run.trainer import DeepLessonTrainer

    return DeepLessonTrainer().state()


DEEP_DAMAGE = {
    "legacy": lambda: {"trainer": {"optimizers": {}, "config": {}}},  # the old DeepTrainer's, cut short
    "labels": lambda: {"trainer": _deep_state(), "sweep": {"labels": ["a"], "runs": [_deep_state()] * 2}},
    "runs": lambda: {"trainer": _deep_state(), "sweep": {"labels": ["a"]}},
}
DEEP_IDS = {"legacy": "state.malformed", "labels": "state.sweep_labels", "runs": "state.malformed"}


def test_a_deep_session_with_an_odd_experiment_opens_as_free_play(window, tmp_path):
    path = tmp_path / "d.json"
    save_session(path, "deep-network", {"trainer": _deep_state(), "experiment": ["init"]})
    assert window.file_menu.open_session_path(path) is None  # it raised TypeError (unhashable) midway
    assert window.lessons["deep-network"].session_state()["experiment"] == ""


@pytest.mark.parametrize("case", sorted(DEEP_DAMAGE))
def test_a_damaged_deep_session_is_refused_in_chinese(zh, tmp_path, case):
    message = _open_refused(zh, "deep-network", tmp_path / "d.json", DEEP_DAMAGE[case]())
    assert message.startswith("d.json")
    assert_chinese(message, CoreError(DEEP_IDS[case], entry="x"))


# -- parameters files ----------------------------------------------------------------------------------
def test_exporting_diverged_parameters_is_refused_in_chinese(zh, tmp_path, monkeypatch):
    lesson = zh.open_lesson("shallow-network")
    monkeypatch.setattr(lesson, "trained_parameters", lambda: ({"W1": np.array([[np.nan]])}, {}))
    message = zh.export_menu.save_parameters_path(tmp_path / "p.json")
    assert_chinese(message, CoreError("parameters.not_finite"))
    assert not (tmp_path / "p.json").exists()


@pytest.mark.parametrize(
    ("content", "error_id"),
    [
        ('{"a": 1}', "parameters.format"),
        ('{"format": "nn-visualizer parameters", "parameters": {"W1": 3}}', "parameters.entry"),
        ('{"format": "nn-visualizer parameters", "parameters": {"W1": {"shape": [2], "values": [1]}}}',
         "parameters.entry"),
    ],
)  # fmt: skip
def test_a_bad_parameters_file_is_refused_by_id_in_chinese(zh, tmp_path, content, error_id):
    from core.export import load_parameters_json
    from visualizer.core_messages import translated_error

    path = tmp_path / "y.json"
    path.write_text(content)
    with pytest.raises(CoreError) as info:
        load_parameters_json(path)
    assert info.value.id == "file.at" and info.value.params["problem"].id == error_id
    text = translated_error(info.value)
    assert text.startswith("y.json")
    assert_chinese(text, info.value)


# -- a data set's values, typed or generated ----------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "error_id"),
    [
        (("petals", 100, 0.1, 0), "data.unknown"),
        (("moons", 2, 0.1, 0), "data.m"),
        (("moons", 100, -1.0, 0), "data.noise"),
    ],
)
def test_bad_data_set_values_are_said_in_chinese(zh, args, error_id):
    from core.datasets import make_dataset
    from visualizer.core_messages import translated_error

    with pytest.raises(CoreError) as info:
        make_dataset(*args)
    assert info.value.id == error_id
    assert_chinese(translated_error(info.value), info.value)


def test_a_bad_test_ratio_and_a_bad_history_are_said_in_chinese(zh):
    from core.datasets import train_test_split
    from core.history import CostHistory
    from visualizer.core_messages import translated_error

    X, Y = np.zeros((2, 4)), np.zeros((1, 4))
    for refused in (lambda: train_test_split(X, Y, 1.5, 0), lambda: CostHistory(3)):
        with pytest.raises(CoreError) as info:
            refused()
        assert_chinese(translated_error(info.value), info.value)


@pytest.mark.parametrize(
    ("key", "field", "value"), [("deep-network", "m", 2), ("shallow-network", "noise", -1.0)]
)
def test_a_typed_data_value_is_refused_in_chinese_and_the_run_kept(zh, key, field, value):
    lesson = zh.open_lesson(key)
    lesson.engine.step(3)
    config = lesson.engine.config
    said: list[str] = []
    lesson.message.connect(said.append)
    assert lesson.apply_changes(**{field: value}) is False
    assert lesson.engine.config == config and lesson.engine.snapshot().step == 3
    assert len(said) == 1 and said[0].startswith("未应用")
    assert_chinese(said[0], CoreError("value.range", name=field, lo=0, hi=1, value=value))


# -- a point drawn by hand ------------------------------------------------------------------------------
def test_a_point_without_finite_coordinates_is_refused_in_chinese(zh):
    lesson = zh.open_lesson("shallow-network")
    lesson.sidebar.draw_class.setCurrentIndex(lesson.sidebar.draw_class.findData(1))
    before = lesson.engine.split()
    said: list[str] = []
    lesson.message.connect(said.append)
    lesson._on_boundary_plane_clicked(float("nan"), 0.5, False)
    assert len(said) == 1
    assert_chinese(said[0], CoreError("draw.finite"))
    for a, b in zip(before, lesson.engine.split(), strict=True):
        np.testing.assert_array_equal(a, b)


# -- the computation graph's typed values and formulas ------------------------------------------------------
def _type_into(qtbot, editor, text):
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("target", "text", "error"),
    [
        ("a", "five", CoreError("graph.not_a_number", text="five")),
        ("b", "1e9", CoreError("graph.value_range", name="b", lo=-1, hi=1, value=1)),
        ("formula", "__import__('os').system('ls')", CoreError("graph.attribute", text="x")),
        ("formula", "a ^ b", CoreError("graph.xor")),
        ("epsilon", "0", CoreError("graph.value_range", name="ε", lo=0, hi=1, value=0)),
        ("formula", "log(a - a)", CoreError("graph.not_finite", formula="x")),
    ],
)
def test_a_bad_typed_value_in_the_graph_is_said_in_chinese_and_the_graph_kept(zh, qtbot, target, text, error):
    lesson = zh.open_lesson("computation-graph")
    engine = lesson.engine
    engine.set_kind("expression")
    engine.step(2)
    zh.controller.refresh()
    before = (engine.values, engine.expression, engine.graph, engine.snapshot().step, engine.epsilon)
    said: list[str] = []
    lesson.message.connect(said.append)
    editors = {"formula": lesson.controls.expression, "epsilon": lesson.nudge.epsilon}
    editor = editors.get(target) or lesson.controls.editors[target]
    _type_into(qtbot, editor, text)
    assert len(said) == 1 and said[0].startswith("未应用"), said
    assert_chinese(said[0], error)
    assert (engine.values, engine.expression, engine.graph, engine.snapshot().step, engine.epsilon) == before
    assert lesson.engine is engine and "color:#a0141e" in lesson.controls.feedback.text()


def test_the_english_window_still_says_cores_english(window, tmp_path):
    """The same refusal in the English window: core's own words, as the CLI and the tests read them."""
    state = _shallow(_edited(lambda s: s["parameters"].update(W1=[[1.0, 2.0]])))
    message = _open_refused(window, "shallow-network", tmp_path / "s.json", state)
    assert message == "s.json: W1 has shape (1, 2), expected (4, 2)"
    assert json.loads((tmp_path / "s.json").read_text())["lesson"] == "shallow-network"
