"""One source of ranges, errors with stable ids, and the activation facts kept once."""

import math

import numpy as np
import pytest

from core import backprop_steps, config, twin
from core.activations import (
    ACTIVATION_FACTS,
    ACTIVATION_NAMES,
    ZERO_AT_ZERO,
    activation_facts,
    get_activation,
)
from core.config import TrainConfig
from core.validation import MESSAGES, RANGES, CoreError


def test_lesson_ranges_come_from_the_one_source():
    assert config.LEARNING_RATE_RANGE == RANGES["learning_rate"].bounds == (1e-4, 10.0)
    assert config.N_H_RANGE == (1, 50) and twin.N_H_RANGE == (2, 10) and backprop_steps.N_H_RANGE == (2, 6)
    assert RANGES["learning_rate"].log and RANGES["n_h"].integer


@pytest.mark.parametrize(
    ("changes", "error_id", "params"),
    [({"learning_rate": 11.0}, "value.range", {"name": "learning_rate", "lo": 1e-4, "hi": 10.0}),
     ({"n_h": 2.5}, "value.whole", {"name": "n_h"}), ({"activation": "swish"}, "value.choice", {}),
     ({"hidden_sizes": (3,) * 9}, "layers.count", {"count": 9}), ({"keep_prob": "x"}, "value.number", {})],
)  # fmt: skip
def test_refusals_carry_a_stable_id_and_the_same_english(changes, error_id, params):
    with pytest.raises(CoreError) as info:
        TrainConfig().changed(**changes)
    assert info.value.id == error_id and isinstance(info.value, ValueError)
    assert params.items() <= info.value.params.items()
    assert str(info.value) == MESSAGES[error_id].format(**info.value.params)


def test_json_refusals_have_ids_too():
    for text, error_id in (("[1]", "config.not_object"), ('{"version": 9}', "config.version"),
                           ('{"colour": 1}', "config.unknown_keys"), ("{x", "config.json")):  # fmt: skip
        with pytest.raises(CoreError) as info:
            TrainConfig.from_json(text)
        assert info.value.id == error_id


@pytest.mark.parametrize("name", ACTIVATION_NAMES)
def test_activation_facts_agree_with_the_functions(name):
    facts = activation_facts(name)
    g, g_prime = get_activation(name)
    z = np.linspace(-30, 30, 60001)
    assert g_prime(z).max() == pytest.approx(facts.peak_slope, rel=1e-6)
    lo, hi = facts.value_range
    assert (g(z) >= lo).all() and (g(z) <= hi).all()
    assert (g(np.array([0.0]))[0] == 0.0) == facts.zero_at_zero == (name in ZERO_AT_ZERO)
    bounded = math.isfinite(lo) and math.isfinite(hi)
    assert (facts.colour_levels == (lo, hi)) if bounded else facts.colour_levels is None
    with pytest.raises(ValueError, match="unknown activation"):
        activation_facts("swish")
    assert set(ACTIVATION_FACTS) == set(ACTIVATION_NAMES)
