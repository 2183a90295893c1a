"""DeepSnapshot: what the deep lesson's views draw, computed here so the views never run the model.

Per frame: the probability map and every hidden unit's map over the plane (core.plane_maps, the
shallow lessons' mapper), the histogram of each hidden layer's A^[l] on the training set,
||dW^[l]|| (now and its history), ||W^[l]||_F, train and dev error with the course's diagnosis,
the cost curves (the sets' numbers: core.deep_run.layer_stats).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from core import deep, models
from core.config import TrainConfig
from core.deep_run.diagnosis import Diagnosis, diagnose
from core.deep_run.layer_stats import HIST_BINS, _ceiling_125, _histograms, layer_stats  # noqa: F401 (tests import them here)
from core.plane import PlaneGrid
from core.plane_maps import MapRequest

if TYPE_CHECKING:
    from core.trainer import Trainer

Array = np.ndarray
BOUNDARY_RESOLUTION = 60
UNIT_RESOLUTION = 24
MAPS_COST_FACTOR = 7.0  # while training, the plane's maps wait at least this many times their cost
UNITS_EVERY_S = 0.15  # the unit maps are drawn about 7 times a second while training


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


def _inputs(t: Trainer, cache: dict) -> tuple[Array, Array]:
    """A^[0] of the training and dev sets, kept while the split and the features stay."""
    X_train, _, X_dev, _ = t.split()
    key = (X_train, X_dev, t.config.features)
    old = cache.get("inputs")
    if old is None or old[0][0] is not X_train or old[0][1] is not X_dev or old[0][2] != key[2]:
        cache["inputs"] = (key, (models.inputs(X_train, t.config), models.inputs(X_dev, t.config)))
    return cache["inputs"][1]


def _view(t: Trainer, cache: dict, p: dict, running: bool) -> dict:
    """What the snapshot shows of the plane (core.plane_maps, the shallow lessons' mapper): A^[L]
    and every hidden unit's map, and the step they show.

    While training (`running`) the maps are kept for `t.maps_interval_s` seconds, and longer for a
    big network: at least MAPS_COST_FACTOR times what the last maps took (in 1-2-5 steps, so the
    request changes rarely), so they never take more than about a seventh of the time (8 layers
    of 32 units: ~10 ms of forward passes over the plane). A Step, a pause: exact.
    """
    c = t.config
    X_train = t.split()[0]
    need = MAPS_COST_FACTOR * cache.get("view_seconds", 0.0)
    every = t.maps_interval_s if need <= t.maps_interval_s else _ceiling_125(need)
    if cache.get("every") != every:  # the view's pace: the maps are kept this long while training
        cache["every"] = every
        units_every = max(every, UNITS_EVERY_S)
        t.plane.request(MapRequest(BOUNDARY_RESOLUTION, UNIT_RESOLUTION, units_every, every, contour=False))
    start = time.process_time()
    plane = t.plane.maps(p, c, t.data[0], t.step_count, live=running)
    last = cache.get("view")
    if last is not None and last[0] is plane and last[1] is X_train:  # the same maps: the same view
        return last[2]
    cache["view_seconds"] = time.process_time() - start
    view = dict(
        grid=plane.grid,
        probability=plane.probability,
        unit_grid=plane.unit_grid,
        unit_maps=plane.unit_layers,
        unit_levels=plane.unit_levels,
        maps_step=plane.step,
    )
    cache["view"] = (plane, X_train, view)
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
    c, run = t.config, t.run
    p = {k: _ro(v) for k, v in t.parameters.items()}
    X_train, Y_train, X_dev, Y_dev = t.split()
    A0_train, A0_dev = _inputs(t, cache)
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
        parameters=p,
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
        start_grad_norms=_start_norms(t, cache, A0_train, Y_train),
        learning_rate=t.learning_rate,
        diverged_at=t.diverged_at,
        **view,
        **stats,
    )
