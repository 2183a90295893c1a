"""What the plots may see of a run at one step (TrainSnapshot), and the per-layer numbers it carries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core import models
from core.config import TrainConfig
from core.deep_check import HISTOGRAM_BINS, layer_diagnostics
from core.network import accuracy

Array = np.ndarray


def _empty(*shape: int) -> Array:
    a = np.zeros(shape)
    a.flags.writeable = False
    return a


@dataclass(frozen=True)
class TrainSnapshot:
    """What the plots may see of a run at one step: read-only arrays, no engine.

    cost_* is J of every step (of every mini-batch with mini-batches); epoch_cost_* the
    mean J over each finished epoch (the course's cost_avg), at the step count that ended
    it (in full batch every step is an epoch: the same values, steps + 1).
    Per layer l = 1 .. L (empty for the logistic baseline): dW_norms (the last step's
    ||dW^[l]||_F), W_norms, histograms (fraction of A^[l]'s entries on the training set in
    each of the fixed bins `histogram_edges`), and the bounded norm history
    (norm_steps (k,), dW_norm_history (k, L)), sampled every few steps. `plane`: the plane's
    maps (probability, contour, unit maps) when the view asked for them, else None.
    """

    step: int
    config: TrainConfig
    parameters: dict[str, Array]
    X_train: Array
    Y_train: Array
    X_test: Array
    Y_test: Array
    train_cost: float
    test_cost: float
    train_accuracy: float
    test_accuracy: float
    cost_steps: Array
    cost_values: Array
    test_cost_steps: Array
    test_cost_values: Array
    diverged_at: int | None
    epoch: int = 0
    learning_rate: float = float("nan")  # the rate the next step uses (after decay)
    layer_dims: tuple[int, ...] = ()
    activations: tuple[str, ...] = ()
    epoch_cost_steps: Array = field(default_factory=lambda: _empty(0))
    epoch_cost_values: Array = field(default_factory=lambda: _empty(0))
    dW_norms: Array = field(default_factory=lambda: _empty(0))
    W_norms: Array = field(default_factory=lambda: _empty(0))
    histograms: Array = field(default_factory=lambda: _empty(0, HISTOGRAM_BINS))
    histogram_edges: Array = field(default_factory=lambda: _empty(0, HISTOGRAM_BINS + 1))
    norm_steps: Array = field(default_factory=lambda: _empty(0))
    dW_norm_history: Array = field(default_factory=lambda: _empty(0, 0))
    plane: Any = None  # core.plane_maps.PlaneMaps when a view asked for them (PlaneTrainer)


def read_only(a: Array) -> Array:
    a.flags.writeable = False
    return a


def evaluate(parameters: dict[str, Array], X: Array, Y: Array, config: TrainConfig, diagnose: bool = True):
    """(accuracy, layer diagnostics or None) of the parameters on (X, Y), without dropout."""
    if config.model == "logistic" or Y.size == 0 or not diagnose:
        return accuracy(models.probabilities(parameters, X, config) > 0.5, Y), None
    AL, caches = models.forward(parameters, X, config)
    return accuracy(AL > 0.5, Y), layer_diagnostics(parameters, None, caches)


def layer_fields(config: TrainConfig, n_x: int, diagnostics, dW_norms: Array, norm_histories) -> dict:
    """The per-layer keyword arguments of a TrainSnapshot."""
    if config.model == "logistic":
        return {}
    steps = norm_histories[0].arrays()[0] if norm_histories else np.zeros(0, dtype=np.int64)
    history = (
        np.stack([h.arrays()[1] for h in norm_histories], axis=1) if norm_histories else np.zeros((0, 0))
    )
    out = {
        "layer_dims": tuple(config.layer_dims(n_x)),
        "activations": tuple(config.activations),
        "dW_norms": read_only(np.array(dW_norms, dtype=float)),
        "norm_steps": read_only(np.array(steps)),
        "dW_norm_history": read_only(history),
    }
    if diagnostics is not None:
        out.update(W_norms=read_only(diagnostics.W_norms), histograms=read_only(diagnostics.histograms),
                   histogram_edges=read_only(diagnostics.edges))  # fmt: skip
    return out
