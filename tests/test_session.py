"""Sessions: reopening gives bit-for-bit the same next steps; bad files change nothing."""

import json

import numpy as np
import pytest

from core.config import TrainConfig
from core.datasets import make_dataset
from core.session import load_session, save_session
from core.trainer import Trainer

CONFIGS = [
    TrainConfig(),
    TrainConfig(dataset="spiral", keep_prob=0.7, batch_size=32, activation="relu", n_h=9),
    TrainConfig(model="logistic", dataset="blobs", lambd=0.3),
]


@pytest.mark.parametrize("config", CONFIGS)
def test_reopened_session_steps_bit_for_bit_like_the_original(tmp_path, config):
    original = Trainer(config)
    original.step(137)  # mid-epoch for the mini-batch run
    save_session(tmp_path / "s.json", "shallow-network", original.state())
    lesson, state = load_session(tmp_path / "s.json")
    reopened = Trainer.from_state(state)
    assert lesson == "shallow-network" and reopened.step_count == 137
    original.step(250)
    reopened.step(250)
    a, b = original.snapshot(), reopened.snapshot()
    for k in a.parameters:
        np.testing.assert_array_equal(a.parameters[k], b.parameters[k])
    np.testing.assert_array_equal(a.cost_values, b.cost_values)
    np.testing.assert_array_equal(a.test_cost_values, b.test_cost_values)


def test_imported_data_travels_with_the_session(tmp_path):
    X, Y = make_dataset("xor", 60, 0.1, seed=3)
    t = Trainer(TrainConfig(test_ratio=0.0), data=(X, Y))
    t.step(10)
    save_session(tmp_path / "s.json", "shallow-network", t.state())
    back = Trainer.from_state(load_session(tmp_path / "s.json")[1])
    np.testing.assert_array_equal(back.data[0], X)
    assert back.has_custom_data


def good_document(tmp_path):
    t = Trainer()
    t.step(5)
    save_session(tmp_path / "good.json", "shallow-network", t.state())
    return json.loads((tmp_path / "good.json").read_text())


def edit(document, path, value):
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return document


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: edit(d, ["version"], 7), "session version 7 is not supported"),
        (lambda d: edit(d, ["format"], "other"), "not an nn-visualizer session"),
        (lambda d: edit(d, ["state", "config", "n_h"], 0), "n_h must be between 1 and 50"),
        (lambda d: edit(d, ["state", "config", "learning_rate"], "fast"), "learning_rate must be of type"),
        (lambda d: edit(d, ["state", "parameters", "W1"], [[1.0, 2.0]]), "W1 has shape (1, 2)"),
        (lambda d: edit(d, ["state", "step"], -3), "field step: must be between 0"),
        (lambda d: edit(d, ["state", "rng"], {"bit_generator": "MT19937"}), "field rng.state: missing"),
        (lambda d: edit(d, ["state", "order"], [99999]), "mini-batch order"),
        (lambda d: edit(d, ["state", "history", "stride"], 3), "history.stride: must be a power"),
        (lambda d: d["state"].pop("parameters") and d, "field parameters: missing"),
        (lambda d: edit(d, ["state", "data"], {"X": [[0, 1], [0, 1]], "Y": [[1, 1]]}), "both classes"),
    ],
)
def test_hand_edited_bad_values_are_refused_with_a_message(tmp_path, change, message):
    document = change(good_document(tmp_path))
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document))
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Trainer.from_state(load_session(path)[1])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"format": "nn-visualizer-session", "version": 1, "lesson": "x", "sta', "damaged or truncated"),
        (b"\x80\x81garbage", "not UTF-8 text"),
        ("{}".encode("utf-16"), "UTF-16 text; save it as UTF-8"),
        (b"[1, 2, 3]", "not an nn-visualizer session"),
        (
            b'{"format": "nn-visualizer-session", "version": 1, "lesson": "x", "state": NaN}',
            "may not contain NaN",
        ),
        (b'{"format": "nn-visualizer-session", "version": 1}', "no lesson or no state"),
    ],
)
def test_corrupt_or_truncated_files_are_refused(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=message):
        load_session(path)


def test_a_crash_while_saving_keeps_the_previous_file(tmp_path, monkeypatch):
    good_document(tmp_path)
    before = (tmp_path / "good.json").read_bytes()

    def crash(*args, **kwargs):
        raise OSError("power cut")

    monkeypatch.setattr("core.csvdata.os.replace", crash)
    with pytest.raises(OSError):
        save_session(tmp_path / "good.json", "shallow-network", Trainer().state())
    assert (tmp_path / "good.json").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.json"]
