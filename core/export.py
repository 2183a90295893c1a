"""Trained parameters to JSON and cost histories to CSV: numbers a student can reuse elsewhere."""

from __future__ import annotations

import io
import json
import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from core.csvdata import atomic_write_text
from core.userfile import QUOTE_LIMIT, fail
from core.validation import CoreError

Array = np.ndarray
FORMAT = "nn-visualizer parameters"
VERSION = 1
COST_HEADER = ("run", "set", "iteration", "cost")


def _to_json(value: Any) -> Any:
    """Arrays become nested lists (their shape is kept by the nesting); dicts recurse."""
    if isinstance(value, Mapping):
        return {str(k): _to_json(v) for k, v in value.items()}
    array = np.asarray(value, dtype=float)
    if not np.isfinite(array).all():
        raise CoreError("parameters.not_finite")
    return {"shape": list(array.shape), "values": array.ravel().tolist()}


def _from_json(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"shape", "values"}:
        try:
            return np.array(value["values"], dtype=float).reshape(value["shape"])
        except (TypeError, ValueError, OverflowError):  # not numbers, or not that many of them
            raise CoreError("parameters.entry") from None
    if isinstance(value, dict):
        return {k: _from_json(v) for k, v in value.items()}
    raise CoreError("parameters.entry")


def parameters_json(parameters: Mapping[str, Any], meta: Mapping[str, Any] | None = None) -> str:
    """JSON text of `parameters`: {"W1": (n_h, n_x) array, ...}, or {run name: such a dict}.

    Each array is stored as its shape and its values in row-major order; floats are
    written with repr, so `load_parameters_json` gives back the exact same numbers.
    `meta` (step, config, ...) must already be JSON values.
    """
    document = {"format": FORMAT, "version": VERSION, **dict(meta or {}),
                "parameters": _to_json(parameters)}  # fmt: skip
    return json.dumps(document, indent=1, allow_nan=False) + "\n"


def save_parameters_json(path: str | os.PathLike, parameters: Mapping[str, Any],
                         meta: Mapping[str, Any] | None = None) -> None:  # fmt: skip
    """Write `parameters_json(parameters, meta)` atomically (never half a file)."""
    atomic_write_text(Path(path), parameters_json(parameters, meta))


def load_parameters_json(path: str | os.PathLike) -> dict[str, Any]:
    """The parameters saved by `save_parameters_json`, as arrays of their original shapes.

    Every problem is a CoreError naming the file ("y.json: not an nn-visualizer parameters file").
    """
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise fail(path, CoreError("file.unreadable_because", reason=str(exc)[:QUOTE_LIMIT])) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT or "parameters" not in document:
        raise fail(path, CoreError("parameters.format"))
    try:
        return _from_json(document["parameters"])
    except CoreError as exc:
        raise fail(path, exc) from None


def cost_csv(series: Mapping[str, tuple[Array, Array, Array, Array]]) -> str:
    """CSV text "run,set,iteration,cost" of each run's (steps, J, test steps, test J).

    One row per recorded point; non-finite costs (a diverged run) are left out.
    """
    buffer = io.StringIO()
    buffer.write(",".join(COST_HEADER) + "\n")
    for run, (steps, values, test_steps, test_values) in series.items():
        for name, xs, ys in (("train", steps, values), ("test", test_steps, test_values)):
            for x, y in zip(np.asarray(xs).tolist(), np.asarray(ys, dtype=float).tolist(), strict=True):
                if math.isfinite(y):
                    buffer.write(f"{run},{name},{int(x)},{y!r}\n")
    return buffer.getvalue()


def save_cost_csv(path: str | os.PathLike, series: Mapping[str, tuple[Array, Array, Array, Array]]) -> None:
    """Write `cost_csv(series)` atomically."""
    atomic_write_text(Path(path), cost_csv(series))
