"""The race engine: steps, reset, start point, divergence, normalization, immutable snapshots."""

import numpy as np
import pytest

from core import descent
from core.descent import DescentConfig, DescentEngine


def test_surface_grid_is_at_least_150_square_and_finite():
    for mode in ("w_b", "w1_w2"):
        for loss in ("cross_entropy", "squared_error"):
            s = DescentEngine(DescentConfig(mode=mode, loss=loss)).surface
            assert s.J.shape[0] >= 150 and s.J.shape[1] >= 150
            assert np.all(np.isfinite(s.J))


def test_step_moves_every_racer_n_updates_from_the_same_start():
    e = DescentEngine(DescentConfig(optimizers=("gd", "momentum", "rmsprop", "adam")))
    assert e.step(5) == 5
    s = e.snapshot()
    assert s.step == 5
    for r in s.racers:
        assert r.path.shape == (6, 2)
        np.testing.assert_array_equal(r.path[0], s.start)
    paths = [r.path[-1] for r in s.racers]
    assert len({tuple(p) for p in paths}) == 4  # four different rules, four different points


def test_first_gd_step_is_the_course_update():
    e = DescentEngine(DescentConfig(optimizers=("gd",), learning_rate=0.5))
    s0 = e.snapshot()
    e.step(1)
    s1 = e.snapshot()
    np.testing.assert_array_equal(s1.racers[0].theta, s0.theta - 0.5 * s0.gradient)


def test_reset_returns_to_the_start_and_replays_the_same_path():
    e = DescentEngine(DescentConfig(optimizers=("gd", "adam")))
    e.step(40)
    first = e.snapshot()
    e.reset()
    s = e.snapshot()
    assert s.step == 0 and all(len(r.path) == 1 for r in s.racers)
    np.testing.assert_array_equal(s.theta, s.start)
    e.step(40)
    for a, b in zip(first.racers, e.snapshot().racers, strict=True):
        np.testing.assert_array_equal(a.path, b.path)


def test_set_start_moves_every_racer_and_restarts():
    e = DescentEngine()
    e.step(10)
    e.set_start((1.5, -2.0))
    s = e.snapshot()
    assert s.step == 0
    for r in s.racers:
        np.testing.assert_array_equal(r.path, [[1.5, -2.0]])


def test_snapshot_is_immutable_and_detached():
    e = DescentEngine()
    e.step(3)
    s = e.snapshot()
    with pytest.raises(ValueError):
        s.racers[0].path[0, 0] = 9.0
    with pytest.raises(ValueError):
        s.surface.J[0, 0] = 9.0
    kept = s.racers[0].path.copy()
    e.step(3)
    np.testing.assert_array_equal(s.racers[0].path, kept)
    assert s.w == s.racers[0].theta[0] and s.b == s.racers[0].theta[1]
    assert pytest.approx(s.racers[0].cost) == s.J
    assert s.grad_norm == pytest.approx(np.hypot(*s.gradient))


def test_too_large_a_rate_diverges_and_the_path_stays_finite():
    e = DescentEngine(DescentConfig(learning_rate=80.0, optimizers=("gd", "adam")))
    e.set_start((2.6, -0.8))  # next to the minimum: the first steps only oscillate
    steps = e.step(descent.MAX_STEPS)
    s = e.snapshot()
    gd = s.racers[0]
    assert gd.diverged_at is not None and gd.diverged_at > 1
    assert gd.status == f"diverged at step {gd.diverged_at}"
    assert len(gd.path) == gd.diverged_at  # the far point never enters the path
    assert np.all(np.isfinite(gd.path)) and np.all(np.isfinite(gd.costs))
    assert steps < descent.MAX_STEPS and e.step(1) == 0  # every racer stopped
    # the path oscillated: the sign of (w - w*) flipped on the way out
    offsets = gd.path[:, 0] - s.surface.minimum[0]
    assert np.any(np.diff(np.sign(offsets)) != 0)
    e.reset()
    assert all(r.diverged_at is None for r in e.snapshot().racers)


def test_a_non_finite_update_counts_as_divergence(monkeypatch):
    e = DescentEngine(DescentConfig(optimizers=("gd",)))
    monkeypatch.setattr(e._racers[0].optimizer, "update", lambda t, g: np.array([np.nan, 0.0]))
    assert e.step(3) == 1
    assert e.snapshot().racers[0].diverged_at == 1


def test_a_good_rate_converges_and_stops():
    e = DescentEngine(DescentConfig(learning_rate=3.0, optimizers=("gd",)))
    e.step(descent.MAX_STEPS)
    r = e.snapshot().racers[0]
    assert r.converged_at is not None
    np.testing.assert_allclose(r.theta, e.surface.minimum, atol=0.1)
    assert r.cost <= e.surface.J_min + 1e-9


def test_normalizing_makes_a_larger_rate_usable():
    rate = 1.0
    raw = DescentEngine(DescentConfig(mode="w1_w2", learning_rate=rate, optimizers=("gd",)))
    norm = DescentEngine(DescentConfig(mode="w1_w2", normalize=True, learning_rate=rate, optimizers=("gd",)))
    raw.step(1000)
    norm.step(1000)
    r_raw, r_norm = raw.snapshot().racers[0], norm.snapshot().racers[0]
    assert r_norm.converged_at is not None
    assert r_raw.converged_at is None and r_raw.cost > raw.surface.J_min + 0.5
    # and the small rate the raw bowl needs is slow
    slow = DescentEngine(DescentConfig(mode="w1_w2", learning_rate=0.05, optimizers=("gd",)))
    slow.step(1000)
    assert slow.snapshot().racers[0].converged_at is None
    assert r_norm.converged_at < 400


def test_apply_config_rebuilds_the_surface_only_when_j_changes():
    e = DescentEngine()
    assert not e.apply_config(e.config.changed(learning_rate=0.3))
    assert e.apply_config(e.config.changed(loss="squared_error"))
    assert e.surface.J.max() <= 0.5


def test_config_validates_and_round_trips_through_json():
    c = DescentConfig(mode="w1_w2", normalize=True, optimizers=("adam", "gd"), start=(1, 2))
    assert DescentConfig.from_json(c.to_json()) == c
    with pytest.raises(ValueError):
        DescentConfig(learning_rate=0.0)
    with pytest.raises(ValueError):
        DescentConfig(optimizers=("gd", "gd"))
    with pytest.raises(ValueError):
        DescentConfig(start=(float("nan"), 0.0))


def test_the_engine_paces_run_at_a_few_steps_per_tick():
    assert 1 <= DescentEngine.steps_per_tick <= 5
