"""DeepSnapshot: what the deep lesson's views draw, computed here so the views never run the model.

Per frame: the probability map and every hidden unit's map over the plane, the histogram of
each hidden layer's A^[l] on the training set, ||dW^[l]|| (now and its history), ||W^[l]||_F,
train and dev error with the course's diagnosis, the cost curves.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from core import deep, models
from core.activations import activation_facts, colour_levels
from core.config import TrainConfig
from core.deep_run.diagnosis import Diagnosis, diagnose
from core.deep_run.layer_stats import HIST_BINS, _histograms, layer_stats  # noqa: F401 (tests import them here)
from core.plane import DISPLAY_LIMIT, PlaneGrid, plane_grid

if TYPE_CHECKING:
    from core.trainer import Trainer

Array = np.ndarray
BOUNDARY_RESOLUTION = 60
UNIT_RESOLUTION = 24
MAPS_COST_FACTOR = 7.0  # while training, the plane's maps wait at least this many times their cost


@dataclass(frozen=True)
class DeepSnapshot:
    """A run at one step; arrays are read-only copies."""

    step: int
    epoch: int
    config: TrainConfig
    layer_dims: tuple[int, ...]
    parameters: dict[str, Array]
    X_train: Array
    Y_train: Array
    X_dev: Array
    Y_dev: Array
    train_cost: float  # J on the whole training set, no dropout, with the L2 term (at stats_step)
    dev_cost: float
    train_error: float
    dev_error: float
    diagnosis: Diagnosis
    cost_steps: Array  # J of each update (of its mini-batch)
    cost_values: Array
    epoch_steps: Array  # the average over each epoch's mini-batches, at the epoch's last step
    epoch_values: Array
    dev_steps: Array
    dev_values: Array
    grad_norms: Array  # (L,) ||dW^[l]||_F of the last update
    grad_norm_steps: Array  # (k,)
    grad_norm_history: Array  # (L, k)
    weight_norms: Array  # (L,) ||W^[l]||_F
    hist_edges: Array  # (HIST_BINS + 1,) shared by the hidden layers
    hist_density: Array  # (L - 1, HIST_BINS): fraction of A^[l]'s values in each bin
    grid: PlaneGrid
    probability: Array  # (r, r) A^[L] over the plane
    unit_grid: PlaneGrid
    unit_maps: tuple[Array, ...]  # per hidden layer (n^[l], r', r') A^[l] over the plane
    unit_levels: tuple[tuple[float, float], ...]  # colour range per hidden layer
    maps_step: int  # the step the plane's maps show (see _view)
    stats_step: int  # the step the costs, errors, histograms and ||W|| show (core.deep_run.layer_stats)
    start_grad_norms: Array  # (L,) ||dW^[l]|| at the start (initial W, whole training set): the init's scale
    learning_rate: float  # alpha after decay
    diverged_at: int | None

    @property
    def L(self) -> int:
        return len(self.layer_dims) - 1

    @property
    def layer_shapes(self) -> list[dict[str, tuple[int, int]]]:
        """W^[l], b^[l], Z^[l], A^[l] shapes for l = 1..L with m = the training set's size."""
        m = self.X_train.shape[1]
        d = self.layer_dims
        return [
            {"W": (d[l], d[l - 1]), "b": (d[l], 1), "Z": (d[l], m), "A": (d[l], m)} for l in range(1, len(d))
        ]


def _ro(a: Array) -> Array:
    a = np.array(a, copy=True)
    a.flags.writeable = False
    return a


def _grids(t: Trainer, cache: dict) -> tuple[PlaneGrid, PlaneGrid, Array, Array]:
    """Boundary and unit grids with their mapped features, rebuilt when the data or features change."""
    X, c = t.data[0], t.config
    key = (X, c.features)
    if cache.get("key") is None or cache["key"][0] is not X or cache["key"][1] != key[1]:
        grid, unit_grid = plane_grid(X, BOUNDARY_RESOLUTION), plane_grid(X, UNIT_RESOLUTION)
        grids = (grid, unit_grid, models.inputs(grid.points, c), models.inputs(unit_grid.points, c))
        cache.update(key=key, grids=grids)
    return cache["grids"]


def _inputs(t: Trainer, cache: dict) -> tuple[Array, Array]:
    """A^[0] of the training and dev sets, kept while the split and the features stay."""
    X_train, _, X_dev, _ = t.split()
    key = (X_train, X_dev, t.config.features)
    old = cache.get("inputs")
    if old is None or old[0][0] is not X_train or old[0][1] is not X_dev or old[0][2] != key[2]:
        cache["inputs"] = (key, (models.inputs(X_train, t.config), models.inputs(X_dev, t.config)))
    return cache["inputs"][1]


def _unit_levels(maps: list[Array], activation: str) -> tuple[tuple[float, float], ...]:
    if activation_facts(activation).colour_levels is not None:
        return tuple(colour_levels(activation) for _ in maps)  # g's own range (white at g(0))
    return tuple(colour_levels(activation, float(np.max(np.abs(A))) if A.size else 1.0) for A in maps)


def _view(t: Trainer, cache: dict, p: dict, running: bool) -> dict:
    """What the snapshot computes of the plane from the parameters: A^[L] and every hidden unit's
    map, and the step they show.

    While training (`running`) it is reused for up to `t.maps_interval_s` seconds, and longer
    for a big network: at least MAPS_COST_FACTOR times what the last maps took, so they never
    take more than about a seventh of the time (8 layers of 32 units: ~10 ms of forward passes
    over the plane's 3,600 points). A boundary redrawn 10-25 times a second looks as live as 60
    (a Step, a pause: exact).
    """
    c = t.config
    X_train = t.split()[0]
    now = time.monotonic()
    last = cache.get("view")
    key = (c, X_train)
    interval = max(t.maps_interval_s, MAPS_COST_FACTOR * cache.get("view_seconds", 0.0))
    recent = last is not None and running and now - last[0] < interval
    if recent and last[1][0] == c and last[1][1] is X_train:  # same settings, same data
        return last[2]
    grid, unit_grid, G, UG = _grids(t, cache)
    fwd = lambda A: deep.L_model_forward(A, p, c.activations, leaky_slope=c.leaky_slope)[1]  # noqa: E731
    start = time.process_time()
    with np.errstate(all="ignore"):
        plane, units = fwd(G), fwd(UG)
        maps = tuple(
            _ro(unit_grid.as_image(np.clip(np.nan_to_num(u.A), -DISPLAY_LIMIT, DISPLAY_LIMIT)))
            for u in units[:-1]
        )
        view = dict(
            probability=_ro(grid.as_image(np.nan_to_num(plane[-1].A, nan=0.5))[0]),
            unit_maps=maps,
            unit_levels=_unit_levels(list(maps), c.activation),
            maps_step=t.step_count,
        )
    cache["view_seconds"] = time.process_time() - start
    cache["view"] = (now, key, view)
    return view


def _start_norms(t: Trainer, cache: dict, A0_train: Array, Y_train: Array) -> Array:
    """||dW^[l]|| of the initial parameters on the whole training set (no dropout, no L2), once per run.

    What the initialization's scale does to the gradients (003 part 4 (6)), whatever came after.
    """
    c = t.config
    key = (A0_train, c.layer_dims(), c.init, c.init_seed, c.init_constant, c.activations, c.leaky_slope)
    old = cache.get("start_norms")
    if old is None or old[0][0] is not A0_train or old[0][1:] != key[1:]:
        with np.errstate(all="ignore"):
            p0 = models.initial_parameters(c, c.n_x)
            AL, caches = deep.L_model_forward(A0_train, p0, c.activations, leaky_slope=c.leaky_slope)
            grads = deep.L_model_backward(AL, Y_train, caches)
            L = len(c.layer_dims()) - 1
            norms = np.array(
                [math.sqrt(float(np.vdot(grads[f"dW{l}"], grads[f"dW{l}"]))) for l in range(1, L + 1)]
            )
        cache["start_norms"] = (key, _ro(norms))
    return cache["start_norms"][1]


def take_snapshot(t: Trainer, cache: dict) -> DeepSnapshot:
    c, p, run = t.config, t.parameters, t.run
    X_train, Y_train, X_dev, Y_dev = t.split()
    A0_train, A0_dev = _inputs(t, cache)
    grid, unit_grid, _, _ = _grids(t, cache)
    running = t.step_count - cache.get("last_step", t.step_count) > 1  # a Step press advances by one
    cache["last_step"] = t.step_count
    view = _view(t, cache, p, running)
    stats = layer_stats(t, cache, p, (A0_train, A0_dev), running)
    norm_arrays = [h.arrays() for h in run.norm_histories]
    steps = norm_arrays[0][0] if norm_arrays else np.zeros(0, dtype=np.int64)
    history = np.vstack([v for _, v in norm_arrays]) if norm_arrays else np.zeros((0, 0))
    cost_steps, cost_values = run.history.arrays()
    epoch_steps, epoch_values = run.epoch_history.arrays()
    if not epoch_steps.size and (c.batch_size <= 0 or c.batch_size >= X_train.shape[1]):
        epoch_steps, epoch_values = cost_steps + 1, cost_values  # full batch: each step ended an epoch
    dev_steps, dev_values = run.test_history.arrays()
    return DeepSnapshot(
        step=t.step_count,
        epoch=t.epoch,
        config=c,
        layer_dims=tuple(c.layer_dims()),
        parameters={k: _ro(v) for k, v in p.items()},
        X_train=X_train,
        Y_train=Y_train,
        X_dev=X_dev,
        Y_dev=Y_dev,
        diagnosis=diagnose(stats["train_error"], stats["dev_error"]),
        cost_steps=cost_steps,
        cost_values=cost_values,
        epoch_steps=epoch_steps,
        epoch_values=epoch_values,
        dev_steps=dev_steps,
        dev_values=dev_values,
        grad_norms=_ro(run.stepper.gradient_norms()),
        grad_norm_steps=steps,
        grad_norm_history=_ro(history),
        grid=grid,
        unit_grid=unit_grid,
        start_grad_norms=_start_norms(t, cache, A0_train, Y_train),
        learning_rate=t.learning_rate,
        diverged_at=t.diverged_at,
        **view,
        **stats,
    )
