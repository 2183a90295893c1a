"""The benchmarks' measure of the host's steal (benchmarks.stats): what share of CPU time the host took."""

import math
import sys

import pytest

from benchmarks.stats import cpu_ticks, steal_share


def test_steal_is_the_stolen_ticks_over_all_ticks_between_two_readings():
    assert steal_share((100, 10_000), (150, 10_500)) == pytest.approx(0.1)
    assert steal_share((100, 10_000), (100, 10_500)) == 0.0


def test_an_unknown_or_empty_interval_is_nan():
    assert math.isnan(steal_share(None, (1, 2)))
    assert math.isnan(steal_share((1, 2), None))
    assert math.isnan(steal_share((5, 100), (5, 100)))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/stat is Linux's")
def test_linux_reports_steal_and_all_ticks_that_only_grow():
    first = cpu_ticks()
    sum(range(200_000))  # some work: the clock ticks on
    second = cpu_ticks()
    assert first is not None and second is not None
    assert 0 <= first[0] <= first[1] and second[0] >= first[0] and second[1] >= first[1]
