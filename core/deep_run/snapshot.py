"""DeepSnapshot: what the deep lesson's views draw, computed here so the views never run the model.

Per frame: the probability map and every hidden unit's map over the plane (core.plane_maps, the
shallow lessons' mapper), the histogram of
each hidden layer's A^[l] on the training set, ||dW^[l]|| (now and its history), ||W^[l]||_F,
train and dev error with the course's diagnosis, the cost curves.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from core import deep, models
from core.activations import activation_facts
from core.config import TrainConfig
from core.deep_run.diagnosis import Diagnosis, diagnose
from core.plane import DISPLAY_LIMIT, PlaneGrid
from core.plane_maps import MapRequest

if TYPE_CHECKING:
    from core.trainer import Trainer

Array = np.ndarray
BOUNDARY_RESOLUTION = 60
UNIT_RESOLUTION = 24
HIST_BINS = 40


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
    train_cost: float  # J on the whole training set, no dropout, with the L2 term
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
    maps_step: int  # the step the maps, costs, errors and histograms show (see _view)
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


def _error(AL: Array, Y: Array) -> float:
    return float(np.mean((AL > 0.5) != (Y > 0.5))) if Y.size else float("nan")


def _ceiling_125(value: float) -> float:
    """The smallest 1, 2 or 5 x 10^k that is >= value (> 0)."""
    power = 10.0 ** math.floor(math.log10(value))
    return next((f * power for f in (1.0, 2.0, 5.0) if f * power >= value), 10.0 * power)


def _histograms(hidden: list[Array], activation: str) -> tuple[Array, Array]:
    """One shared range: g's own for sigmoid/tanh, else up to the largest |A| of any layer."""
    lo, hi = activation_facts(activation).colour_levels or (None, None)
    if lo is None:  # a 1-2-5 ceiling: the range (and the strip's axis) moves in steps, not every frame
        peak = max((float(np.max(np.abs(A))) for A in hidden if A.size), default=1.0)
        peak = _ceiling_125(min(max(peak, 1e-3), DISPLAY_LIMIT)) if math.isfinite(peak) else DISPLAY_LIMIT
        lo, hi = (0.0, peak) if activation == "relu" else (-peak, peak)
    edges = np.linspace(lo, hi, HIST_BINS + 1)
    density = np.zeros((len(hidden), HIST_BINS))
    for i, A in enumerate(hidden):
        values = np.clip(np.nan_to_num(A.ravel()), lo, hi)
        counts, _ = np.histogram(values, bins=edges)
        density[i] = counts / max(values.size, 1)
    return edges, density


def _view(t: Trainer, cache: dict, p: dict, A0: tuple[Array, Array]) -> dict:
    """What the snapshot computes from the parameters `p` (read-only copies): the plane's maps
    (core.plane_maps: A^[L] and every hidden unit), the training and dev sets' costs and errors,
    the histograms, ||W^[l]||, and the step.

    While training (several steps since the last snapshot) it is reused as long as the maps are,
    up to `t.maps_interval_s` seconds: these forward passes are the snapshot's cost, and numbers
    and a boundary redrawn 25 times a second look as live as 60 (a Step, a pause: exact).
    """
    c = t.config
    X_train, Y_train, _, Y_dev = t.split()
    running = t.step_count - cache.get("last_step", t.step_count) > 1  # a Step press advances by one
    cache["last_step"] = t.step_count
    every = t.maps_interval_s
    if cache.get("every") != every:  # the view's pace: the maps are kept this long while training
        cache["every"] = every
        t.plane.request(MapRequest(BOUNDARY_RESOLUTION, UNIT_RESOLUTION, every, every, contour=False))
    plane = t.plane.maps(p, c, t.data[0], t.step_count, live=running)
    last = cache.get("view")
    if last is not None and last[0] is plane and last[1] is X_train:  # the same maps: the same view
        return last[2]
    fwd = lambda A: deep.L_model_forward(A, p, c.activations, leaky_slope=c.leaky_slope)[1]  # noqa: E731
    with np.errstate(all="ignore"):
        train, dev = fwd(A0[0]), fwd(A0[1])
        L = len(c.layer_dims()) - 1
        view = dict(
            grid=plane.grid,
            probability=plane.probability,
            unit_grid=plane.unit_grid,
            unit_maps=plane.unit_layers,
            unit_levels=plane.unit_levels,
            maps_step=plane.step,
            train_cost=deep.compute_cost_with_regularization(
                train[-1].A, Y_train, p, c.lambd, ZL=train[-1].activation_cache
            ),
            dev_cost=deep.compute_cost(dev[-1].A, Y_dev, dev[-1].activation_cache)
            if Y_dev.size
            else math.nan,
            train_error=_error(train[-1].A, Y_train),
            dev_error=_error(dev[-1].A, Y_dev),
            weight_norms=_ro(
                np.array([math.sqrt(float(np.vdot(p[f"W{l}"], p[f"W{l}"]))) for l in range(1, L + 1)])
            ),
        )
        edges, density = _histograms([cache_l.A for cache_l in train[:-1]], c.activation)
    view.update(hist_edges=_ro(edges), hist_density=_ro(density))
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
    view = _view(t, cache, p, (A0_train, A0_dev))
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
        diagnosis=diagnose(view["train_error"], view["dev_error"]),
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
    )
