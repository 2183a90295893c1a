"""A DeepTrainer's whole run as JSON values and back (sessions): the next steps go on bit for bit.

Kept: config, the user's data, parameters (exact float repr), each optimizer's t, v and s,
the generator's state (dropout masks, mini-batch order), the epoch's remaining order, the
epoch's running sum, every history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from core.deep_run.config import DeepConfig
from core.history import CostHistory
from core.trainer_state import check_data

if TYPE_CHECKING:
    from core.deep_run.trainer import DeepTrainer

OPTIMIZER_ARRAYS = ("v", "s")


def _list(a: Any) -> Any:
    return None if a is None else np.asarray(a).tolist()


def trainer_state(t: DeepTrainer) -> dict[str, Any]:
    custom = t._custom
    return {
        "config": t.config.to_dict(),
        "data": None if custom is None else {"X": custom[0].tolist(), "Y": custom[1].tolist()},
        "split": [a.tolist() for a in t.split()] if custom is not None else None,
        "parameters": {k: v.tolist() for k, v in t.parameters.items()},
        "optimizers": {
            k: {"t": o.t, **{a: _list(getattr(o, a, None)) for a in OPTIMIZER_ARRAYS}}
            for k, o in t._optimizers.items()
        },
        "step": t.step_count,
        "epoch": t.epoch,
        "epoch_sum": [t._epoch_sum, t._epoch_batches],
        "diverged_at": t.diverged_at,
        "changed_mid_run": t.changed_mid_run,
        "rng": t._rng.bit_generator.state,
        "order": t._order.tolist(),
        "grad_norms": t.grad_norms.tolist(),
        "histories": {k: h.state() for k, h in t.histories.items()},
        "norm_histories": [h.state() for h in t.norm_histories],
    }


def _array(value: Any, name: str, shape: tuple[int, ...] | None = None) -> np.ndarray:
    a = np.array(value, dtype=float)
    if (shape is not None and a.shape != shape) or not np.isfinite(a).all():
        raise ValueError(f"{name} has the wrong shape or values that are not finite")
    return a


def _natural(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a whole number >= 0, got {value!r}")
    return value


def restore_trainer(cls: type[DeepTrainer], state: dict[str, Any]) -> DeepTrainer:
    """Rebuild from `trainer_state`; anything inconsistent raises ValueError (nothing changes)."""
    try:
        config = DeepConfig.from_dict(state["config"])
        data = None
        if state["data"] is not None:
            data = (_array(state["data"]["X"], "data X"), _array(state["data"]["Y"], "data Y"))
            check_data(*data)
        t = cls(config, data)
        if state.get("split") is not None:
            t.set_split(*(_array(a, "split") for a in state["split"]))
        t.parameters = {k: _array(state["parameters"][k], k, v.shape) for k, v in t.parameters.items()}
        for k, opt in t._optimizers.items():
            saved = state["optimizers"][k]
            opt.t = _natural(saved["t"], "optimizer t")
            for a in OPTIMIZER_ARRAYS:
                if hasattr(opt, a):
                    setattr(opt, a, None if saved[a] is None else _array(saved[a], a, t.parameters[k].shape))
        t.step_count, t.epoch = _natural(state["step"], "step"), _natural(state["epoch"], "epoch")
        t._epoch_sum, t._epoch_batches = float(state["epoch_sum"][0]), _natural(state["epoch_sum"][1], "n")
        diverged = state["diverged_at"]
        t.diverged_at = None if diverged is None else _natural(diverged, "diverged_at")
        t._rng.bit_generator.state = state["rng"]
        # an older session does not say: only a run that has not started is sure to follow its config
        t.changed_mid_run = bool(state.get("changed_mid_run", t.step_count > 0))
        order = np.array(state["order"], dtype=np.int64)
        if order.ndim != 1 or (order.size and (order.min() < 0 or order.max() >= t.X_train.shape[1])):
            raise ValueError("the mini-batch order does not fit the data")
        t._order = order
        t.grad_norms = np.array(state["grad_norms"], dtype=float).reshape(len(t.norm_histories))
        t.histories = {k: CostHistory.from_state(state["histories"][k]) for k in t.histories}
        t.norm_histories = [CostHistory.from_state(h) for h in state["norm_histories"]]
        if len(t.norm_histories) != len(config.layer_dims) - 1:
            raise ValueError("the gradient-norm histories do not match the layers")
        return t
    except (KeyError, TypeError, AttributeError, OverflowError, IndexError) as exc:
        raise ValueError(f"missing or malformed entry: {exc}") from None
