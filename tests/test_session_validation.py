"""A session is entirely valid or refused with the field named: the issue's hand-edited cases."""

import json

import pytest

from core.session import load_session, save_session
from core.trainer import Trainer


@pytest.fixture(scope="module")
def good():
    t = Trainer()
    t.step(5)
    return {"format": "nn-visualizer-session", "version": 1, "lesson": "shallow-network",
            "state": json.loads(json.dumps(t.state()))}  # fmt: skip


def edited(good, path, value):
    document = json.loads(json.dumps(good))
    target = document
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return document


def restore(tmp_path, document_or_text):
    path = tmp_path / "bad.nnvis.json"
    text = document_or_text if isinstance(document_or_text, str) else json.dumps(document_or_text)
    path.write_text(text)
    _, state = load_session(path)
    return Trainer.from_state(state)


def refused(tmp_path, document, *parts):
    with pytest.raises(ValueError) as info:
        restore(tmp_path, document)
    for part in parts:
        assert part in str(info.value), str(info.value)
    return str(info.value)


@pytest.mark.parametrize("version", [True, 1.0, "1", None])
def test_the_version_is_the_integer_1(tmp_path, good, version):
    refused(tmp_path, edited(good, ["version"], version), "bad.nnvis.json: session version")


CASES = [
    (["state", "diverged_at"], 10**30, "field diverged_at"),
    (["state", "diverged_at"], 6, "field diverged_at"),  # beyond step 5
    (["state", "history", "steps"], [-1, 0, 1, 2, 3], "field history.steps"),
    (["state", "history", "steps"], [0, 1, 2, 3, 99], "field history.steps"),  # beyond the step
    (["state", "history", "steps"], [0, 0, 1, 2, 3], "field history.steps: must increase"),
    (["state", "order"], [0.0, 1.0], "field order"),
    (["state", "order"], [3, 3], "field order: must not repeat"),
    (["state", "order"], [True], "field order"),
    (["state", "rng", "state", "inc"], 2, "field rng.state.inc: must be odd"),
    (["state", "rng", "state", "state"], 2**200, "field rng.state.state"),
    (["state", "rng", "has_uint32"], 7, "field rng.has_uint32"),
    (["state", "rng", "uinteger"], -1, "field rng.uinteger"),
    (["state", "rng", "bit_generator"], "Philox", "field rng.bit_generator"),
    (["state", "config", "n_h"], KeyError, "field config.n_h: missing"),
    (["state", "config", "learning_rate"], KeyError, "field config.learning_rate: missing"),
    (["state", "config", "m"], 10**4000, "field config.m"),
    (["state", "history", "capacity"], 2**40, "field history.capacity"),
    (["state", "history", "capacity"], 2**27, "field history.capacity"),
    (["state", "test_history", "capacity"], 7, "field test_history.capacity"),
    (["state", "step"], 2**63, "field step"),
    (["state", "step"], 2**53, "field step"),
    (["state", "step"], 5.0, "field step: must be a whole number"),
    (["state", "history", "values"], ["0.5"] * 5, "field history.values"),
    (["state", "parameters", "W1"], [["1", "2"]] * 4, "field parameters.W1"),
    (["state", "data"], {"X": [["0", "1"], [0, 1]], "Y": [[0, 1]]}, "field data.X"),
    (["state", "data"], {"X": [[0, 1], [0, 1]], "Y": [[0, 1]], "Z": 1}, "field data.Z: unknown key"),
    (["state", "extra"], 1, "field extra: unknown key"),
    (["state", "data"], {"X": [[0, 1e308], [0, 1]], "Y": [[0, 1]]}, "cannot be drawn"),
    (["state", "data"], {"X": [[0, -1.5e308], [0, 1]], "Y": [[0, 1]]}, "cannot be drawn"),
]


@pytest.mark.parametrize(
    ("path", "value", "message"), CASES, ids=[c[2] + str(i) for i, c in enumerate(CASES)]
)
def test_a_hand_edited_field_is_refused_by_name(tmp_path, good, path, value, message):
    refused(tmp_path, edited(good, path, value), message)


def test_a_session_obeys_the_csv_row_limit(tmp_path, good):
    m = 100_001
    data = {"X": [[float(i % 7) for i in range(m)]] * 2, "Y": [[float(i % 2) for i in range(m)]]}
    refused(tmp_path, edited(good, ["state", "data"], data), "more than 100,000")


def test_an_integer_past_pythons_digit_limit_names_the_file(tmp_path, good):
    text = json.dumps(good).replace('"step": 5', '"step": ' + "9" * 5000)
    message = refused(tmp_path, text, "bad.nnvis.json: damaged", "4,300 digits")
    assert len(message) < 200


def test_deeply_nested_json_is_refused_without_recursion(tmp_path):
    refused(tmp_path, "[" * 100_000 + "]" * 100_000, "bad.nnvis.json: damaged", "nested more than")


def test_a_valid_session_with_a_deeply_nested_extra_key(tmp_path, good):
    text = json.dumps(good)[:-1] + ', "extra": ' + "[" * 50_000 + "]" * 50_000 + "}"
    refused(tmp_path, text, "bad.nnvis.json: damaged", "nested more than")


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path, good):
    document = edited(good, ["lesson"], "[" * 1000)
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(document))
    assert load_session(path)[0] == "[" * 1000


def test_a_valid_session_restores(tmp_path, good):
    assert restore(tmp_path, good).step_count == 5


def test_a_diverged_run_restores_with_diverged_at_equal_to_its_step(tmp_path):
    from core.config import TrainConfig

    t = Trainer(TrainConfig(learning_rate=10.0, activation="relu", n_h=50))
    t.step(3000)
    save_session(tmp_path / "d.json", "shallow-network", t.state())
    back = Trainer.from_state(load_session(tmp_path / "d.json")[1])
    assert back.diverged_at == t.diverged_at and back.step_count == t.step_count
