"""Deep-lesson sessions saved before the lesson ran on the one Trainer (its own DeepTrainer) open.

Their state becomes a Trainer state (version 2): the same config in TrainConfig's names, the
parameters, Adam/momentum/RMSprop averages, the generator, the histories. The run goes on
from the saved parameters; the next steps follow the Trainer's rules (complete mini-batches),
so they are not those the old program would have taken.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from core.deep_run.config import deep_config
from core.trainer_state import STATE_VERSION, malformed


def is_legacy(state: Any) -> bool:
    """The old DeepTrainer's state: one optimizer per parameter, no version."""
    return isinstance(state, dict) and "optimizers" in state and "version" not in state


def _config(old: dict[str, Any]) -> dict[str, Any]:
    c = {k: v for k, v in old.items() if k != "version"}
    fields = dict(
        dataset=c["dataset"], m=c["m"], noise=c["noise"], test_ratio=c["dev_ratio"], data_seed=c["data_seed"],
        activation=c["activation"], leaky_slope=c["leaky_slope"], features=tuple(c["features"]),
        init=c["init"], init_seed=c["init_seed"], learning_rate=c["learning_rate"], lambd=c["lambd"],
        keep_prob=c["keep_prob"], batch_size=c["batch_size"], optimizer=c["optimizer"],
        beta=c["beta1"], beta1=c["beta1"], beta2=c["beta2"], rms_beta=c["beta2"],
        decay_rate=c["decay_rate"], dropout_seed=c["dropout_seed"],
    )  # fmt: skip
    return deep_config(hidden=tuple(c["hidden"]), **fields).to_dict()


def _optimizer(old: dict[str, Any], parameters: dict[str, Any]) -> dict[str, Any]:
    averages: dict[str, dict[str, Any]] = {"v": {}, "s": {}}
    t = 0
    for key, value in parameters.items():
        saved = old[key]
        t = max(t, int(saved["t"]))
        for name in ("v", "s"):
            a = saved.get(name)
            averages[name]["d" + key] = (
                np.zeros_like(np.array(value, dtype=float)).tolist() if a is None else a
            )
    return {**averages, "t": t}


def migrate(state: dict[str, Any]) -> dict[str, Any]:
    """A Trainer state (version 2) from an old deep-lesson state; a malformed one raises ValueError."""
    try:
        histories = state["histories"]
        total, batches = state["epoch_sum"]
        config = _config(state["config"])
        batch = config["batch_size"]
        return {
            "version": STATE_VERSION,
            "config": config,
            "data": state["data"],
            "split": state.get("split"),
            "parameters": state["parameters"],
            "optimizer": _optimizer(state["optimizers"], state["parameters"]),
            "step": state["step"],
            "epoch": state["epoch"],
            "epoch_sum": [float(total) * max(batch, 1), int(batches) * max(batch, 1)],  # sum m_t J_t, sum m_t
            "epoch_history": histories["epoch"],
            "norm_histories": state["norm_histories"],
            "diverged_at": state["diverged_at"],
            "changed_mid_run": bool(state.get("changed_mid_run", True)),
            "rng": state["rng"],
            "order": state["order"],
            "history": histories["cost"],
            "test_history": histories["dev"],
        }
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise malformed(exc) from None
