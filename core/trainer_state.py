"""A Trainer's whole state as plain JSON values, and back: what a saved session holds.

It reads and writes the trainer's public RunState (core.run_state), nothing private.

Restoring gives the same next steps bit for bit: the parameters (exact float repr),
the random generator's state (dropout masks, mini-batch order), the epoch's remaining
order and the optimizer's averages are all kept. Version 1 states (2-layer, gradient
descent, before epochs and norms were kept) still open: what they lack starts empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from core.config import TrainConfig
from core.data_limits import check_drawable
from core.history import CostHistory
from core.session_schema import check_trainer_state
from core.validation import CoreError

if TYPE_CHECKING:
    from core.trainer import Trainer

Array = np.ndarray
STATE_VERSION = 2


def parameter_keys(config: TrainConfig) -> tuple[str, ...]:
    if config.model == "logistic":
        return ("w", "b")
    return tuple(f"{p}{l}" for l in range(1, len(config.hidden_layers) + 2) for p in ("W", "b"))


def _optimizer_state(t: Trainer) -> dict[str, Any] | None:
    state = getattr(t.run.stepper, "optimizer_state", None)
    if state is None:
        return None
    return {"v": {k: v.tolist() for k, v in state["v"].items()},
            "s": {k: v.tolist() for k, v in state["s"].items()}, "t": state["t"]}  # fmt: skip


def trainer_state(t: Trainer) -> dict[str, Any]:
    custom, run = t.custom_data, t.run
    return {
        "version": STATE_VERSION,
        "optimizer": _optimizer_state(t),
        "epoch": run.epoch,
        "epoch_sum": list(run.epoch_sum),
        "epoch_history": run.epoch_history.state(),
        "norm_histories": [h.state() for h in run.norm_histories],
        "config": t.config.to_dict(),
        "data": None if custom is None else {"X": custom[0].tolist(), "Y": custom[1].tolist()},
        "split": None if custom is None else [a.tolist() for a in t.split()],  # drawn points keep theirs
        "parameters": {k: v.tolist() for k, v in run.stepper.parameters().items()},
        "step": run.step,
        "diverged_at": run.diverged_at,
        "changed_mid_run": run.changed_mid_run,
        "rng": run.rng.bit_generator.state,
        "order": run.order.tolist(),
        "history": run.history.state(),
        "test_history": run.test_history.state(),
    }


def _array(value: Any, name: str, shape: tuple[int, ...] | None = None) -> Array:
    a = np.array(value, dtype=float)
    if shape is not None and a.shape != shape:
        raise CoreError("state.shape", name=name, shape=a.shape, expected=shape)
    if not np.isfinite(a).all():
        raise CoreError("state.not_finite", name=name)
    return a


def check_data(X: Array, Y: Array) -> None:
    """The data contract of every lesson: X (2, m) finite, Y (1, m) of 0/1 with both classes."""
    if X.ndim != 2 or X.shape[0] != 2 or Y.shape != (1, X.shape[1]) or X.shape[1] < 2:
        raise CoreError("data.shape", x_shape=X.shape, y_shape=Y.shape)
    if not np.isin(Y, (0.0, 1.0)).all() or len(np.unique(Y)) < 2:
        raise CoreError("data.labels")
    check_drawable(X)


def restore_trainer(cls: type[Trainer], state: dict[str, Any]) -> Trainer:
    """Rebuild a Trainer from `trainer_state`; any inconsistency raises ValueError."""
    check_trainer_state(state)  # every field's type and range, named when wrong
    try:
        config = TrainConfig.from_dict(state["config"])
        data = None
        if state["data"] is not None:
            data = (_array(state["data"]["X"], "data X"), _array(state["data"]["Y"], "data Y"))
            check_data(*data)
        t = cls(config, data)
        if state.get("split") is not None:
            split = [_array(a, "split") for a in state["split"]]
            check_data(split[0], split[1])
            if not all(np.array_equal(a, b) for a, b in zip(split, t.split(), strict=True)):
                t.set_split(*split)  # drawn points: not the split the data would give
        run = t.run
        _restore_parameters(t, state["parameters"])
        run.step = _natural(state["step"], "step")
        diverged = state["diverged_at"]
        run.diverged_at = None if diverged is None else _natural(diverged, "diverged_at")
        run.changed_mid_run = bool(state.get("changed_mid_run", False))
        run.rng.bit_generator.state = state["rng"]
        order = np.array(state["order"], dtype=np.int64)
        m = t.split()[0].shape[1]
        if order.ndim != 1 or (order.size and (order.min() < 0 or order.max() >= m)):
            raise CoreError("state.order")
        run.order = order
        run.history = CostHistory.from_state(state["history"])
        run.test_history = CostHistory.from_state(state["test_history"])
        _restore_v2(t, state)
        return t
    except (KeyError, TypeError, AttributeError, OverflowError) as exc:
        raise malformed(exc) from None


def malformed(exc: Exception) -> CoreError:
    """A KeyError, TypeError, ... met while rebuilding a saved run, as the message that names the entry."""
    return CoreError("state.malformed", entry=exc if isinstance(exc, CoreError) else str(exc))


def _natural(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise CoreError("state.natural", name=name, value=value)
    return value


def _restore_v2(t: Trainer, state: dict[str, Any]) -> None:
    """What version 2 added; a version 1 state (no such keys) keeps the fresh, empty values."""
    version = state.get("version", 1)
    if version not in (1, STATE_VERSION) or isinstance(version, bool):
        raise CoreError("state.version", version=version)
    if version == 1:
        return
    run = t.run
    run.epoch = _natural(state["epoch"], "epoch")
    total, count = state["epoch_sum"]
    run.epoch_sum = [float(total), _natural(count, "epoch_sum")]
    run.epoch_history = CostHistory.from_state(state["epoch_history"])
    norms = state["norm_histories"]
    if len(norms) != len(run.norm_histories):
        raise CoreError("state.norms")
    run.norm_histories = [CostHistory.from_state(h) for h in norms]
    saved = state["optimizer"]
    current = getattr(run.stepper, "optimizer_state", None)
    if saved is not None and current is not None:
        like = run.stepper.parameters()
        shapes = {"d" + k: v.shape for k, v in like.items()}
        if sorted(saved["v"]) != sorted(shapes) or sorted(saved["s"]) != sorted(shapes):
            raise CoreError("state.averages")
        run.stepper.optimizer_state = {
            "v": {k: _array(saved["v"][k], "optimizer v", shapes[k]) for k in shapes},
            "s": {k: _array(saved["s"][k], "optimizer s", shapes[k]) for k in shapes},
            "t": _natural(saved["t"], "optimizer t"),
        }


def _restore_parameters(t: Trainer, saved: dict[str, Any]) -> None:
    expected = t.run.stepper.parameters()  # shapes the config implies
    keys = parameter_keys(t.config)
    if sorted(saved) != sorted(keys):
        raise CoreError("state.parameters", keys=", ".join(keys))
    params = {k: _array(saved[k], k, expected[k].shape) for k in keys}
    t.run.stepper = type(t.run.stepper).from_parameters(params, t.config)
