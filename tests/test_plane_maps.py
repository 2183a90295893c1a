"""Core computes what the plane's plots draw: A2 on the grid, its contour, each unit's map, on a cadence."""

from __future__ import annotations

import numpy as np
import pytest

from core.config import TrainConfig
from core.contour import contour_segments
from core.models import hidden_activations, probabilities
from core.plane import plane_grid
from core.plane_maps import GridCache, MapRequest
from core.plane_trainer import PlaneTrainer
from core.size_sweep import SizeSweep


def trained(n_h: int = 4, steps: int = 50, **request) -> PlaneTrainer:
    t = PlaneTrainer(TrainConfig(n_h=n_h))
    t.request_maps(MapRequest(**request))
    t.step(steps)
    return t


def test_no_request_no_maps():
    t = PlaneTrainer(TrainConfig())
    t.step(3)
    assert t.snapshot().plane is None


def test_the_map_is_the_models_prediction_on_the_grid_and_its_contour():
    t = trained(resolution=40, unit_resolution=20)
    s = t.snapshot()
    X_all = t.data[0]
    grid = plane_grid(X_all, 40)
    np.testing.assert_array_equal(s.plane.grid.points, grid.points)
    expected = probabilities(s.parameters, grid.points, s.config).reshape(40, 40)
    np.testing.assert_allclose(s.plane.probability, expected, atol=1e-5)
    x, y = grid.to_data(*contour_segments(s.plane.probability, 0.5))
    np.testing.assert_allclose(s.plane.contour_x, x)
    np.testing.assert_allclose(s.plane.contour_y, y)
    units = hidden_activations(s.parameters, plane_grid(X_all, 20).points, s.config)
    np.testing.assert_allclose(s.plane.units, units.reshape(4, 20, 20), atol=1e-5)
    assert s.plane.units_step == s.step == 50
    assert not s.plane.probability.flags.writeable and not s.plane.units.flags.writeable


def test_one_forward_pass_gives_both_maps_on_the_same_grid():
    t = trained(resolution=30, unit_resolution=30)
    s = t.snapshot()
    assert s.plane.grid is s.plane.unit_grid
    units = hidden_activations(s.parameters, s.plane.grid.points, s.config)
    np.testing.assert_allclose(s.plane.units, units.reshape(4, 30, 30), atol=1e-5)


def test_a_repeated_snapshot_carries_the_same_maps_and_a_step_new_ones():
    t = trained(resolution=20)
    first = t.snapshot().plane
    assert t.snapshot().plane is first  # nothing new to draw
    t.step(1)
    assert t.snapshot().plane is not first


def test_a_new_pace_keeps_the_maps_made_a_new_resolution_does_not():
    t = trained(resolution=20)
    first = t.snapshot().plane
    t.request_maps(MapRequest(resolution=20, every_s=10.0, units_every_s=10.0))
    assert t.snapshot().plane is first  # still right: only how long they may be kept changed
    t.request_maps(MapRequest(resolution=30, every_s=10.0))
    assert t.snapshot().plane.probability.shape == (30, 30)


def test_an_edit_at_the_same_step_makes_new_maps():
    t = trained(resolution=20)
    first = t.snapshot().plane
    t.perturb_unit(0, 1.0)
    assert t.snapshot().plane is not first


def test_live_unit_maps_follow_the_requested_cadence_exact_ones_every_step():
    now = [0.0]
    t = trained(n_h=20, resolution=20, unit_resolution=10, units_every_s=0.1)
    t.plane.clock = lambda: now[0]
    base = t.live_snapshot().plane  # the first: computed
    for _ in range(3):
        now[0] += 0.03
        t.step(1)
        s = t.live_snapshot()
        assert s.plane.units is base.units and s.plane.units_step == base.units_step < s.step
        assert s.plane.step == s.step  # the boundary is never late
    now[0] += 0.03
    t.step(1)
    s = t.live_snapshot()
    assert s.plane.units_step == s.step
    t.step(1)
    exact = t.snapshot()  # a pause or a step: the units of this very step
    assert exact.plane.units_step == exact.step
    np.testing.assert_allclose(
        exact.plane.units, hidden_activations(exact.parameters, exact.plane.unit_grid.points, exact.config)
        .reshape(20, 10, 10), atol=1e-5)  # fmt: skip


def test_runs_on_the_same_data_share_one_grid():
    sweep = SizeSweep(sizes=(1, 3))
    sweep.request_maps(MapRequest(16))
    s = sweep.snapshot()
    assert s.runs[0].plane.grid is s.runs[1].plane.grid
    cache = GridCache()
    X = np.zeros((2, 3))
    assert cache.grid(X, 5) is cache.grid(X, 5)
    assert cache.grid(X.copy(), 5) is cache.grid(X, 5)  # the same points in another array
    assert cache.grid(X + 1.0, 5) is not cache.grid(X, 5)


def test_the_sweep_snapshots_two_runs_a_live_snapshot_in_turn():
    sweep = SizeSweep(sizes=(1, 2, 3))
    sweep.request_maps(MapRequest(12), per_live_snapshot=2)
    sweep.step(1)
    first = sweep.live_snapshot()  # nothing to reuse yet: every run anew
    assert [r.plane.step for r in first.runs] == [1, 1, 1]
    sweep.step(1)
    live = sweep.live_snapshot()  # runs 2 and 0 in turn; run 1 is a frame old
    assert [r.step for r in live.runs] == [2, 1, 2] and live.step == 2
    assert live.runs[1] is first.runs[1]
    exact = sweep.snapshot()  # a pause: every run now
    assert [r.plane.step for r in exact.runs] == [2, 2, 2]
    sweep.reset()
    assert [r.step for r in sweep.live_snapshot().runs] == [0, 0, 0]  # a reset is never stale


def test_a_bad_request_is_refused():
    with pytest.raises(ValueError):
        MapRequest(resolution=1)
    with pytest.raises(ValueError):
        MapRequest(units_every_s=-1.0)


def test_the_deep_lesson_draws_the_one_mappers_maps_of_every_layer():
    from core.deep_run.trainer import DeepLessonTrainer
    from core.models import forward

    t = DeepLessonTrainer()
    t.step(3)
    s = t.snapshot()
    assert s.maps_step == s.step == 3 and t.plane.last.unit_layers is s.unit_maps
    r = s.grid.resolution
    expected = probabilities(s.parameters, s.grid.points, s.config).reshape(r, r)
    np.testing.assert_allclose(s.probability, expected, atol=1e-5)
    caches = forward(s.parameters, s.unit_grid.points, s.config)[1]
    assert len(s.unit_maps) == len(caches) - 1 == len(s.unit_levels)
    for maps, cache in zip(s.unit_maps, caches[:-1], strict=False):
        np.testing.assert_allclose(maps, cache.A.reshape(maps.shape), rtol=1e-5, atol=1e-5)
    assert t.snapshot().unit_maps is s.unit_maps  # nothing new: nothing computed again


def test_where_float32_overflows_the_maps_are_computed_in_float64():
    from core.plane_maps import PlaneMapper

    config = TrainConfig(hidden_sizes=(1, 2), activation="relu")
    X = np.array([[-1.0, 0.5, 1.0], [0.0, 1.0, -1.0]])
    parameters = {
        "W1": np.array([[1e20, 0.0]]), "b1": np.zeros((1, 1)), "W2": np.full((2, 1), 1e20),
        "b2": np.zeros((2, 1)), "W3": np.array([[1.0, -1.0]]), "b3": np.full((1, 1), 5.0),
    }  # fmt: skip
    mapper = PlaneMapper()
    mapper.request(MapRequest(8, 8))
    maps = mapper.maps(parameters, config, X, 0)  # A^[2] = 1e40 x1: inf in float32, and inf - inf in Z^[3]
    expected = probabilities(parameters, maps.grid.points, config).reshape(8, 8)  # float64: sigmoid(5)
    np.testing.assert_allclose(maps.probability, expected, atol=1e-6)
    assert np.isfinite(expected).all() and len(maps.unit_layers) == 2


def test_live_maps_on_a_pace_stand_until_due_and_an_exact_snapshot_is_of_the_final_step():
    now = [0.0]
    t = trained(n_h=20, resolution=20, unit_resolution=10, units_every_s=0.1, every_s=0.05)
    t.plane.clock = lambda: now[0]
    base = t.live_snapshot().plane  # the first: computed
    for _ in range(2):
        now[0] += 0.02
        t.step(1)
        s = t.live_snapshot()
        assert s.plane is base and base.step < s.step  # nothing new to draw
    now[0] += 0.02
    t.step(1)
    s = t.live_snapshot()
    assert s.plane is not base and s.plane.step == s.step
    t.step(1)
    exact = t.snapshot()  # a pause or a step: this very step, whatever the pace
    assert exact.plane.step == exact.step
    expected = probabilities(exact.parameters, exact.plane.grid.points, exact.config).reshape(20, 20)
    np.testing.assert_allclose(exact.plane.probability, expected, atol=1e-5)
    t.reset()
    assert t.live_snapshot().plane.step == 0  # another run (an earlier step): at once


def test_a_live_snapshot_leaves_out_the_layer_diagnostics_the_exact_one_has_them():
    t = trained(steps=20)
    exact, live = t.snapshot(), t.live_snapshot()
    assert exact.histograms.shape == (2, exact.histogram_edges.shape[1] - 1)
    np.testing.assert_allclose(exact.W_norms, [np.linalg.norm(t.parameters[f"W{l}"]) for l in (1, 2)])
    assert live.histograms.size == live.W_norms.size == 0
    # all the live views draw is the same: accuracy, costs, the map
    assert live.train_accuracy == exact.train_accuracy and live.test_cost == exact.test_cost
    np.testing.assert_array_equal(live.plane.probability, exact.plane.probability)
