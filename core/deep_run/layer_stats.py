"""What the deep lesson's diagnostics show of the training and dev sets: J and the error of each
(the bias/variance reading), the histogram of every hidden layer's A^[l], ||W^[l]||_F.

They need forward passes over both sets, so while training they are computed on their own,
slower cadence (`DeepLessonTrainer.stats_interval_s`, set by the view that draws them a few
times a second) and reused between; a Step, a pause or a change computes them at once (exact).
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

import numpy as np

from core import deep
from core.activations import activation_facts
from core.plane import DISPLAY_LIMIT

if TYPE_CHECKING:
    from core.trainer import Trainer

Array = np.ndarray
HIST_BINS = 40


def _ro(a: Array) -> Array:
    a = np.array(a, copy=True)
    a.flags.writeable = False
    return a


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


def _compute(t: Trainer, p: dict, A0: tuple[Array, Array]) -> dict:
    c = t.config
    _, Y_train, _, Y_dev = t.split()
    fwd = lambda A: deep.L_model_forward(A, p, c.activations, leaky_slope=c.leaky_slope)[1]  # noqa: E731
    with np.errstate(all="ignore"):
        train, dev = fwd(A0[0]), fwd(A0[1])
        L = len(c.layer_dims()) - 1
        edges, density = _histograms([cache_l.A for cache_l in train[:-1]], c.activation)
        return dict(
            train_cost=deep.compute_cost_with_regularization(
                train[-1].A, Y_train, p, c.lambd, ZL=train[-1].activation_cache
            ),
            dev_cost=(
                deep.compute_cost(dev[-1].A, Y_dev, dev[-1].activation_cache) if Y_dev.size else math.nan
            ),
            train_error=_error(train[-1].A, Y_train),
            dev_error=_error(dev[-1].A, Y_dev),
            weight_norms=_ro(
                np.array([math.sqrt(float(np.vdot(p[f"W{l}"], p[f"W{l}"]))) for l in range(1, L + 1)])
            ),
            hist_edges=_ro(edges),
            hist_density=_ro(density),
            stats_step=t.step_count,
        )


def layer_stats(t: Trainer, cache: dict, p: dict, A0: tuple[Array, Array], running: bool) -> dict:
    """The training and dev sets' numbers at this step: computed, or the last ones (the same dict)
    if they are of this step, or while `running` younger than `t.stats_interval_s`, and were made
    for the same settings and data."""
    key = (t.config, A0[0], A0[1])
    last = cache.get("stats")
    now = time.monotonic()
    same = last is not None and last[1][0] == key[0] and last[1][1] is key[1] and last[1][2] is key[2]
    if same and (
        last[2]["stats_step"] == t.step_count  # a repeated snapshot (a pause shows it twice)
        or (running and now - last[0] < getattr(t, "stats_interval_s", 0.0))
    ):
        return last[2]
    stats = _compute(t, p, A0)
    cache["stats"] = (now, key, stats)
    return stats
