"""Bounded cost history: memory stays fixed, the curve keeps its span and order."""

import numpy as np
import pytest

from core.history import CostHistory


def test_short_runs_keep_every_point():
    h = CostHistory(capacity=8)
    for i in range(6):
        h.append(i, 10.0 - i)
    steps, values = h.arrays()
    assert steps.tolist() == list(range(6)) and values.tolist() == [10.0 - i for i in range(6)]


def test_long_runs_stay_within_capacity_and_span_the_whole_run():
    h = CostHistory(capacity=64)
    for i in range(100_000):
        h.append(i, 1.0 / (i + 1))
    steps, values = h.arrays()
    assert 32 <= len(steps) <= 64
    assert steps[0] == 0 and steps[-1] > 100_000 - 100_000 // 16
    assert len(set(np.diff(steps))) == 1
    assert np.all(np.diff(steps) > 0)
    np.testing.assert_allclose(values, 1.0 / (steps + 1))


def test_sparse_offers_are_bounded_too():
    """A curve sampled every 10 steps (the test cost) must shrink when full as well."""
    h = CostHistory(capacity=16)
    for step in range(0, 100_000, 10):
        if h.wants_next():
            h.append(step, float(step))
        else:
            h.skip()
    steps, values = h.arrays()
    assert 8 <= len(steps) <= 16
    assert steps[0] == 0 and steps[-1] >= 100_000 - 100_000 // 8
    assert len(set(np.diff(steps))) == 1  # still evenly spaced
    np.testing.assert_array_equal(values, steps)


def test_arrays_are_read_only_copies():
    h = CostHistory(capacity=4)
    h.append(0, 1.0)
    steps, values = h.arrays()
    with pytest.raises(ValueError):
        values[0] = 2.0
    assert h.last() == 1.0
    assert np.isnan(CostHistory().last())
