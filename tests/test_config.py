"""The frozen config: validation, JSON round trip, restart rules."""

import dataclasses
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.activations import ACTIVATION_NAMES
from core.config import TrainConfig
from core.datasets import DATASET_NAMES


@given(
    dataset=st.sampled_from(DATASET_NAMES),
    activation=st.sampled_from(ACTIVATION_NAMES),
    n_h=st.integers(1, 50),
    learning_rate=st.floats(1e-4, 10.0),
    keep_prob=st.floats(0.05, 1.0),
    seed=st.integers(0, 2**32 - 1),
)
def test_json_round_trip(dataset, activation, n_h, learning_rate, keep_prob, seed):
    c = TrainConfig(dataset=dataset, activation=activation, n_h=n_h,
                    learning_rate=learning_rate, keep_prob=keep_prob, data_seed=seed)  # fmt: skip
    assert TrainConfig.from_json(c.to_json()) == c


def test_config_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        TrainConfig().n_h = 3  # type: ignore[misc]


@pytest.mark.parametrize(
    ("changes", "message"),
    [({"n_h": 0}, "n_h"), ({"n_h": 2.5}, "whole number"), ({"learning_rate": 11.0}, "learning_rate"),
     ({"learning_rate": float("nan")}, "learning_rate"), ({"keep_prob": 0.0}, "keep_prob"),
     ({"activation": "swish"}, "activation"), ({"dataset": "petals"}, "dataset"),
     ({"m": 10**9}, "m must"), ({"lambd": -1.0}, "lambd")],
)  # fmt: skip
def test_bad_values_raise_clear_errors(changes, message):
    with pytest.raises(ValueError, match=message):
        TrainConfig().changed(**changes)


@pytest.mark.parametrize(
    "text",
    [
        '{"n_h": "four"}',
        '{"version": 99}',
        '{"colour": "red"}',
        "[1, 2]",
        "{not json",
        '{"m": true}',
    ],
)
def test_bad_json_is_rejected(text):
    with pytest.raises(ValueError):
        TrainConfig.from_json(text)


def test_restart_rules_follow_the_course_semantics():
    c = TrainConfig()
    for field in ("learning_rate", "lambd", "keep_prob", "batch_size"):
        value = {"learning_rate": 0.5, "lambd": 0.1, "keep_prob": 0.8, "batch_size": 32}[field]
        assert not c.needs_restart(c.changed(**{field: value})), field
    for changes in ({"n_h": 5}, {"activation": "relu"}, {"init": "he"}, {"dataset": "moons"},
                    {"m": 200}, {"noise": 0.3}, {"data_seed": 4}, {"model": "logistic"}):  # fmt: skip
        assert c.needs_restart(c.changed(**changes)), changes


def test_to_dict_carries_a_version():
    assert json.loads(TrainConfig().to_json())["version"] == 1
