"""Every field of a saved Trainer state checked for type and range before anything is built.

A session is either entirely valid or refused with the field named ("field history.capacity:
..."): no silent defaults, no integer the program cannot store (steps are int64 in the
cost history and float64 on the plots, so below 2^53), no generator state numpy would not
produce, no data beyond what a CSV may hold.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import numpy as np

from core.config import CONFIG_VERSION, V2_FIELDS, TrainConfig
from core.data_limits import MAX_POINTS
from core.messages import MESSAGES
from core.userfile import QUOTE_LIMIT, short_problem, shorten
from core.validation import CoreError

STATE_KEYS = (
    "config",
    "data",
    "parameters",
    "step",
    "diverged_at",
    "rng",
    "order",
    "history",
    "test_history",
)
# Version 2 (the L-layer Trainer) adds these; a version 1 state has none of them.
STATE_V2_KEYS = ("version", "optimizer", "epoch", "epoch_sum", "epoch_history", "norm_histories")
# Added to version 2 later (a state or config without them is still version 2): kept when present.
LATER_STATE_KEYS = ("changed_mid_run", "split")
LATER_V2_FIELDS = ("features",)
MAX_LAYERS = 9  # the output layer and at most 8 hidden ones
HISTORY_KEYS = ("capacity", "stride", "offered", "steps", "values")
MAX_STEP = 2**53 - 1  # steps are drawn as float64: exact below 2^53
MAX_CAPACITY = 1 << 16  # CostHistory keeps 2,048; a session may hold at most this many points
U128 = 2**128


def field_error(name: str, problem: str | CoreError, **params: Any) -> CoreError:
    """ "field <name>: <problem>", the problem by its id (core.messages) and parameters."""
    if isinstance(problem, str) and problem in MESSAGES:
        problem = CoreError(problem, **params)
    return CoreError("field", name=shorten(name, QUOTE_LIMIT), problem=problem)  # a key from the file


def check_keys(value: Any, name: str, keys: tuple[str, ...]) -> dict:
    """`value` must be a JSON object with exactly `keys` (none missing, none unknown)."""
    if not isinstance(value, dict):
        raise field_error(name, "field.object")
    missing = [k for k in keys if k not in value]
    if missing:
        raise field_error(f"{name}.{missing[0]}" if name else missing[0], "field.missing")
    unknown = sorted(str(k) for k in value if k not in keys)
    if unknown:
        raise field_error(f"{name}.{unknown[0]}" if name else unknown[0], "field.unknown")
    return value


def whole(value: Any, name: str, lo: int, hi: int) -> int:
    """An int (not a bool, not a float) in lo..hi."""
    if type(value) is not int:
        raise field_error(name, "field.whole", kind=_kind(value))
    if not lo <= value <= hi:
        raise field_error(name, "field.between", lo=lo, hi=hi)
    return value


def _kind(value: Any) -> str:
    return {bool: "true/false", float: "a decimal number", str: "text", list: "a list", dict: "an object",
            type(None): "null"}.get(type(value), "something else")  # fmt: skip


def numbers(value: Any, name: str, rows: int | None = None, max_len: int = MAX_POINTS) -> np.ndarray:
    """A rectangular list of lists of numbers (or a flat list when rows is None) as float64."""
    nested = value if rows is not None else [value]
    if not isinstance(nested, list) or (rows is not None and len(nested) != rows):
        raise field_error(name, "field.rows", rows=rows) if rows else field_error(name, "field.numbers")
    width = len(nested[0]) if nested and isinstance(nested[0], list) else -1
    for row in nested:
        if not isinstance(row, list) or len(row) != width:
            raise field_error(name, "field.equal_rows")
        if len(row) > max_len:
            raise field_error(name, "field.too_many", limit=max_len)
        if not all(type(v) is float or type(v) is int for v in row):
            raise field_error(name, "field.numbers_only")
    try:
        a = np.array(nested, dtype=float)
    except OverflowError:
        raise field_error(name, "field.number_too_large") from None
    if not np.isfinite(a).all():
        raise field_error(name, "field.not_finite")
    return a if rows is not None else a[0]


def check_config(value: Any) -> None:
    """All of TrainConfig's keys for its version: a missing key is an error, not a default.

    Version 1 has the fields of the one-hidden-layer Trainer; version 2 all of them.
    """
    if not isinstance(value, dict):
        raise field_error("config", "field.object")
    version = whole(value.get("version"), "config.version", 1, CONFIG_VERSION)  # from_dict decides the rest
    keys = ("version", *(f.name for f in fields(TrainConfig) if version >= 2 or f.name not in V2_FIELDS))
    keys = tuple(k for k in keys if k in value or k not in LATER_V2_FIELDS)  # written before they existed
    config = check_keys(value, "config", keys)
    for key, v in config.items():
        if type(v) is int and abs(v) > MAX_STEP:  # also guards float() on a 4,000-digit integer
            raise field_error(f"config.{key}", "field.limits")
    try:
        TrainConfig.from_dict(config)
    except ValueError as exc:
        raise field_error("config", short_problem(exc)) from None


def check_rng(value: Any) -> None:
    """numpy's PCG64 state as bit_generator.state gives it: 128-bit state, odd 128-bit increment."""
    rng = check_keys(value, "rng", ("bit_generator", "state", "has_uint32", "uinteger"))
    if rng["bit_generator"] != "PCG64":
        raise field_error("rng.bit_generator", "field.pcg64")
    inner = check_keys(rng["state"], "rng.state", ("state", "inc"))
    whole(inner["state"], "rng.state.state", 0, U128 - 1)
    if whole(inner["inc"], "rng.state.inc", 0, U128 - 1) % 2 == 0:
        raise field_error("rng.state.inc", "field.odd")
    whole(rng["has_uint32"], "rng.has_uint32", 0, 1)
    whole(rng["uinteger"], "rng.uinteger", 0, 2**32 - 1)


def check_order(value: Any) -> None:
    """The rest of an epoch's shuffled order: distinct whole numbers >= 0 (a permutation's tail)."""
    if not isinstance(value, list) or len(value) > MAX_POINTS:
        raise field_error("order", "field.order_list", limit=MAX_POINTS)
    if not all(type(v) is int and 0 <= v < MAX_POINTS for v in value):
        raise field_error("order", "field.order_range")
    if len(set(value)) != len(value):
        raise field_error("order", "field.order_repeat")


def check_history(value: Any, name: str, step: int) -> None:
    """CostHistory.state(): bounded capacity, a power-of-two stride, steps increasing within 0..step."""
    h = check_keys(value, name, HISTORY_KEYS)
    capacity = whole(h["capacity"], f"{name}.capacity", 4, MAX_CAPACITY)
    if capacity % 2:
        raise field_error(f"{name}.capacity", "field.even")
    stride = whole(h["stride"], f"{name}.stride", 1, MAX_STEP)
    if stride & (stride - 1):
        raise field_error(f"{name}.stride", "field.power_of_two")
    whole(h["offered"], f"{name}.offered", 0, MAX_STEP)
    for key in ("steps", "values"):
        if not isinstance(h[key], list) or len(h[key]) > capacity:
            raise field_error(f"{name}.{key}", "field.history_length")
    if not all(type(s) is int and 0 <= s <= step for s in h["steps"]):
        raise field_error(f"{name}.steps", "field.history_steps")
    if any(b <= a for a, b in zip(h["steps"], h["steps"][1:], strict=False)):
        raise field_error(f"{name}.steps", "field.increase")
    if len(numbers(h["values"], f"{name}.values")) != len(h["steps"]):
        raise field_error(f"{name}.values", "field.per_step")


def check_trainer_state(state: Any) -> None:
    """Raise ValueError naming the first field of `state` (Trainer.state()) that is wrong."""
    v2 = isinstance(state, dict) and "version" in state
    later = tuple(k for k in LATER_STATE_KEYS if isinstance(state, dict) and k in state)
    state = check_keys(state, "", STATE_KEYS + (STATE_V2_KEYS if v2 else ()) + later)
    if "changed_mid_run" in later and not isinstance(state["changed_mid_run"], bool):
        raise field_error("changed_mid_run", "field.bool")
    if state.get("split") is not None:
        split = state["split"]
        if not isinstance(split, list) or len(split) != 4:
            raise field_error("split", "field.split")
        for i, rows in enumerate((2, 1, 2, 1)):
            numbers(split[i], f"split.{i}", rows=rows)
    check_config(state["config"])
    if state["data"] is not None:
        data = check_keys(state["data"], "data", ("X", "Y"))
        numbers(data["X"], "data.X", rows=2)
        numbers(data["Y"], "data.Y", rows=1)
    params = state["parameters"]
    if not isinstance(params, dict):
        raise field_error("parameters", "field.object")
    for key, value in params.items():
        numbers(value, f"parameters.{key}", rows=len(value) if isinstance(value, list) else -1)
    step = whole(state["step"], "step", 0, MAX_STEP)
    if state["diverged_at"] is not None:
        whole(state["diverged_at"], "diverged_at", 0, step)
    check_rng(state["rng"])
    check_order(state["order"])
    check_history(state["history"], "history", step)
    check_history(state["test_history"], "test_history", step)
    if v2:
        _check_v2(state, step)


def _check_v2(state: dict, step: int) -> None:
    """The epoch count and mean, the per-layer norm histories, the optimizer's averages."""
    whole(state["version"], "version", 2, 2)
    whole(state["epoch"], "epoch", 0, MAX_STEP)
    total = state["epoch_sum"]
    if not isinstance(total, list) or len(total) != 2:
        raise field_error("epoch_sum", "field.numbers")  # [sum of m_t J_t, sum of m_t]
    numbers(total[:1], "epoch_sum")
    whole(total[1], "epoch_sum", 0, MAX_STEP * MAX_POINTS)
    check_history(state["epoch_history"], "epoch_history", step)
    norms = state["norm_histories"]
    if not isinstance(norms, list) or len(norms) > MAX_LAYERS:
        raise field_error("norm_histories", "field.histories", limit=MAX_LAYERS)
    for i, history in enumerate(norms):
        check_history(history, f"norm_histories.{i}", step)
    optimizer = state["optimizer"]
    if optimizer is not None:
        optimizer = check_keys(optimizer, "optimizer", ("v", "s", "t"))
        for key in ("v", "s"):
            averages = optimizer[key]
            if not isinstance(averages, dict) or len(averages) > 2 * MAX_LAYERS:
                raise field_error(f"optimizer.{key}", "field.averages")
            for name, value in averages.items():
                numbers(value, f"optimizer.{key}.{name}", rows=len(value) if isinstance(value, list) else -1)
        whole(optimizer["t"], "optimizer.t", 0, MAX_STEP)
