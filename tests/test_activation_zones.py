"""Saturation zones, probe values and the probe sweep against core.activations and known values."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.activation_zones import (
    DEAD,
    SATURATED,
    SMALL_SLOPE,
    peak_slope,
    probe_values,
    sample_curves,
    saturation_edge,
    saturation_zones,
    z_grid,
)
from core.activations import ACTIVATION_NAMES, get_activation
from core.probe_sweep import NOTCHES_PER_RANGE, ProbeSweep

R = math.sqrt(0.9)  # sqrt(1 - fraction) for the 10% threshold


def test_sigmoid_edge_solved_analytically():
    # sigma'(z) = 0.025  <=>  z = +-ln((1 + sqrt(0.9)) / (1 - sqrt(0.9))) ~ 3.6368
    edge = saturation_edge("sigmoid")
    assert edge == pytest.approx(math.log((1 + R) / (1 - R)))
    assert edge == pytest.approx(3.6368, abs=1e-4)
    _, sigmoid_prime = get_activation("sigmoid")
    assert sigmoid_prime(np.array([-edge, edge])) == pytest.approx([0.025, 0.025])


def test_tanh_edge_solved_analytically():
    # tanh'(z) = 0.1  <=>  tanh(z) = sqrt(0.9)  <=>  z = artanh(sqrt(0.9)) ~ 1.8184
    edge = saturation_edge("tanh")
    assert edge == pytest.approx(0.5 * math.log((1 + R) / (1 - R)))
    assert edge == pytest.approx(1.8184, abs=1e-4)
    _, tanh_prime = get_activation("tanh")
    assert tanh_prime(np.array([-edge, edge])) == pytest.approx([0.1, 0.1])


def test_edges_for_another_fraction():
    _, sigmoid_prime = get_activation("sigmoid")
    _, tanh_prime = get_activation("tanh")
    for fraction in (0.01, 0.5, 0.9):
        assert sigmoid_prime(saturation_edge("sigmoid", fraction)) == pytest.approx(fraction / 4)
        assert tanh_prime(saturation_edge("tanh", fraction)) == pytest.approx(fraction)


def test_peaks_are_the_course_landmarks():
    assert peak_slope("sigmoid") == 0.25  # sigma'(0) = 1/4
    assert peak_slope("tanh") == 1.0  # tanh'(0) = 1
    assert peak_slope("relu") == peak_slope("leaky_relu") == peak_slope("linear") == 1.0
    z = np.linspace(-8, 8, 16001)
    for name in ACTIVATION_NAMES:
        _, g_prime = get_activation(name)
        assert np.max(np.abs(g_prime(z))) == pytest.approx(peak_slope(name))


@pytest.mark.parametrize("name", ACTIVATION_NAMES)
@pytest.mark.parametrize("slope", [0.0, 0.01, 0.05, 0.1, 0.3])
def test_zones_are_exactly_where_the_slope_is_small(name, slope):
    """On a dense grid, |g'| < 10% of the peak exactly inside the zones (edges excepted)."""
    z = np.linspace(-7, 7, 2801)
    _, g_prime = get_activation(name, slope)
    small = np.abs(g_prime(z)) < 0.1 * peak_slope(name, slope)
    zones = saturation_zones(name, -7.0, 7.0, slope=slope)
    inside = np.zeros_like(small)
    for zone in zones:
        inside |= (z > zone.lo) & (z < zone.hi)
        if zone.kind in (DEAD, SMALL_SLOPE):  # ReLU-like: z = 0 itself belongs to the zone
            inside |= z == zone.hi
    on_edge = np.zeros_like(small)
    for zone in zones:
        on_edge |= np.isclose(z, zone.lo) | np.isclose(z, zone.hi)
    np.testing.assert_array_equal(small[~on_edge], inside[~on_edge])


def test_zone_kinds():
    assert [zn.kind for zn in saturation_zones("sigmoid", -6, 6)] == [SATURATED, SATURATED]
    (dead,) = saturation_zones("relu", -6, 6)
    assert (dead.lo, dead.hi, dead.kind) == (-6, 0.0, DEAD)
    (leaky,) = saturation_zones("leaky_relu", -6, 6, slope=0.01)
    assert leaky.kind == SMALL_SLOPE  # not dead: the gradient still flows, at 1%
    assert saturation_zones("leaky_relu", -6, 6, slope=0.0)[0].kind == DEAD
    assert saturation_zones("leaky_relu", -6, 6, slope=0.2) == []
    assert saturation_zones("linear", -6, 6) == []


def test_zones_clip_to_the_range():
    assert saturation_zones("sigmoid", -3, 3) == []  # the edge is at 3.64
    left, right = saturation_zones("tanh", -4, 5)
    assert (left.lo, right.hi) == (-4, 5)
    assert left.hi == pytest.approx(-1.8184, abs=1e-4)
    assert saturation_zones("relu", 1, 5) == []


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        saturation_zones("softplus", -6, 6)
    with pytest.raises(ValueError):
        saturation_zones("sigmoid", 6, -6)
    with pytest.raises(ValueError):
        saturation_zones("sigmoid", -6, 6, fraction=1.5)
    with pytest.raises(ValueError):
        saturation_zones("linear", -math.inf, 6)


def test_probe_values_equal_core_and_landmarks():
    by_name = {v.name: v for v in probe_values(0.0)}
    assert list(by_name) == list(ACTIVATION_NAMES)
    assert by_name["sigmoid"].g == 0.5 and by_name["sigmoid"].g_prime == 0.25
    assert by_name["tanh"].g == 0.0 and by_name["tanh"].g_prime == 1.0
    assert by_name["relu"].g_prime == 0.0  # the course's convention at z = 0
    values = {v.name: v for v in probe_values(-2.0, slope=0.2)}
    assert values["leaky_relu"].g == pytest.approx(-0.4)
    assert values["leaky_relu"].g_prime == 0.2
    assert values["sigmoid"].g == pytest.approx(1 / (1 + math.e**2))


@given(st.floats(-50, 50), st.floats(0.0, 0.3))
def test_probe_values_match_core_anywhere(z, slope):
    for v in probe_values(z, slope):
        g, g_prime = get_activation(v.name, slope)
        assert v.g == float(g(np.array(z))) and v.g_prime == float(g_prime(np.array(z)))


def test_curves_sample_core_on_both_sides_of_the_jump():
    curves = sample_curves(-6, 6, n=101, slope=0.1)
    assert 0.0 in curves.z and np.nextafter(0.0, 1.0) in curves.z
    assert np.all(np.diff(curves.z) > 0)
    for name in ACTIVATION_NAMES:
        g, g_prime = get_activation(name, 0.1)
        np.testing.assert_array_equal(curves.g[name], g(curves.z))
        np.testing.assert_array_equal(curves.g_prime[name], g_prime(curves.z))
    i = int(np.flatnonzero(curves.z == 0.0)[0])
    assert curves.g_prime["relu"][i] == 0.0 and curves.g_prime["relu"][i + 1] == 1.0
    assert np.flatnonzero(~curves.connect["relu"]).tolist() == [i]
    assert np.flatnonzero(~curves.connect["leaky_relu"]).tolist() == [i]
    assert curves.connect["sigmoid"].all() and curves.connect["linear"].all()


def test_grid_without_zero_inside():
    z = z_grid(1, 5, 9)
    np.testing.assert_array_equal(z, np.linspace(1, 5, 9))


def test_sweep_moves_one_notch_per_step_and_resets_to_zero():
    sweep = ProbeSweep(z_max=6.0)
    assert sweep.steps_per_tick == 1
    assert sweep.step(1) == 1
    snap = sweep.snapshot()
    assert (snap.step, snap.z) == (1, pytest.approx(12 / NOTCHES_PER_RANGE))
    sweep.step(19)
    assert sweep.snapshot().z == 1.0  # 20 notches of 0.05, drift rounded away
    sweep.reset()
    assert (sweep.snapshot().step, sweep.snapshot().z) == (0, 0.0)


def test_sweep_bounces_at_the_ends():
    sweep = ProbeSweep(z_max=6.0)
    sweep.step(120)  # 0 -> 6, the right end
    assert sweep.z == 6.0
    sweep.step(10)  # bounces back
    assert sweep.z == pytest.approx(5.5)
    sweep.step(240)  # 5.5 -> -6 (230 notches) and 10 back
    assert sweep.z == pytest.approx(-5.5)
    sweep.reset()
    sweep.step(2 * NOTCHES_PER_RANGE)  # a full round trip returns to the start
    assert sweep.z == pytest.approx(0.0)


@given(st.integers(1, 5000))
def test_sweep_in_one_call_equals_single_steps(n):
    a, b = ProbeSweep(z_max=2.5), ProbeSweep(z_max=2.5)
    a.step(n)
    for _ in range(min(n, 600)):
        b.step(1)
    if n <= 600:
        assert a.z == pytest.approx(b.z, abs=1e-9)
    assert -2.5 <= a.z <= 2.5


def test_sweep_values_are_core_values_and_bad_input_is_refused():
    sweep = ProbeSweep(z_max=4.0, slope=0.2)
    sweep.set_z(-1.5)
    snap = sweep.snapshot()
    assert snap.value("leaky_relu").g == pytest.approx(-0.3)
    assert snap.value("tanh").g_prime == pytest.approx(1 - math.tanh(1.5) ** 2)
    sweep.set_z(100.0)
    assert sweep.z == 4.0  # clamped to the range
    sweep.set_z_max(2.0)
    assert sweep.z == 2.0 and sweep.snapshot().z_min == -2.0
    for bad in (math.nan, math.inf):
        with pytest.raises(ValueError):
            sweep.set_z(bad)
    with pytest.raises(ValueError):
        sweep.set_slope(0.9)
    with pytest.raises(ValueError):
        sweep.set_z_max(0.0)
    assert (sweep.slope, sweep.z_max) == (0.2, 2.0)  # state kept after refusals


def test_probe_sits_on_the_printed_grid():
    """z is kept to 0.01, so a readout "z = 1.23" is the z the numbers were computed at."""
    sweep = ProbeSweep(z_max=7.3)
    sweep.set_z(1.23456)
    assert sweep.z == 1.23
    assert sweep.notch == 0.06  # 14.6 / 240 = 0.0608, on the 0.01 grid
    for _ in range(500):
        sweep.step(1)
        assert sweep.z == round(sweep.z, 2) and -7.3 <= sweep.z <= 7.3
