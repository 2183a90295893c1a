"""The one frozen configuration of a training run, validated on creation, with a JSON round trip."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from core.activations import ACTIVATION_NAMES
from core.datasets import DATASET_NAMES, M_MAX, M_MIN
from core.network import INIT_SCHEMES

CONFIG_VERSION = 1
MODELS: tuple[str, ...] = ("network", "logistic")
LEARNING_RATE_RANGE = (1e-4, 10.0)
N_H_RANGE = (1, 50)
KEEP_PROB_RANGE = (0.05, 1.0)
LAMBD_RANGE = (0.0, 100.0)

# Changing these starts a new run; the others go on from the current parameters.
RESTART_FIELDS: frozenset[str] = frozenset(
    {
        "dataset", "m", "noise", "test_ratio", "data_seed", "n_h", "activation",
        "init", "init_constant", "init_seed", "model",
    }
)  # fmt: skip


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides a run; the same config gives the same run, bit for bit."""

    dataset: str = "flower"
    m: int = 400
    noise: float = 0.2
    test_ratio: float = 0.2
    data_seed: int = 1
    model: str = "network"
    n_h: int = 4
    activation: str = "tanh"
    leaky_slope: float = 0.01
    init: str = "random"
    init_constant: float = 0.5
    init_seed: int = 0
    learning_rate: float = 1.2
    lambd: float = 0.0
    keep_prob: float = 1.0
    batch_size: int = 0  # 0 = full batch (the course's default)
    dropout_seed: int = 3

    def __post_init__(self) -> None:
        _check_choice("dataset", self.dataset, DATASET_NAMES)
        _check_choice("model", self.model, MODELS)
        _check_choice("activation", self.activation, ACTIVATION_NAMES)
        _check_choice("init", self.init, INIT_SCHEMES)
        _check_range("m", self.m, M_MIN, M_MAX, integer=True)
        _check_range("noise", self.noise, 0.0, 5.0)
        _check_range("test_ratio", self.test_ratio, 0.0, 0.9)
        _check_range("n_h", self.n_h, *N_H_RANGE, integer=True)
        _check_range("leaky_slope", self.leaky_slope, 0.0, 1.0)
        _check_range("init_constant", self.init_constant, -10.0, 10.0)
        _check_range("learning_rate", self.learning_rate, *LEARNING_RATE_RANGE)
        _check_range("lambd", self.lambd, *LAMBD_RANGE)
        _check_range("keep_prob", self.keep_prob, *KEEP_PROB_RANGE)
        _check_range("batch_size", self.batch_size, 0, M_MAX, integer=True)
        for name in ("data_seed", "init_seed", "dropout_seed"):
            _check_range(name, getattr(self, name), 0, 2**32 - 1, integer=True)

    def changed(self, **changes: Any) -> TrainConfig:
        """A copy with `changes` applied (and validated)."""
        return replace(self, **changes)

    def needs_restart(self, other: TrainConfig) -> bool:
        """True if going from self to `other` must start training over."""
        return any(getattr(self, f) != getattr(other, f) for f in RESTART_FIELDS)

    def to_dict(self) -> dict[str, Any]:
        return {"version": CONFIG_VERSION, **asdict(self)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainConfig:
        """Build from a dict such as `to_dict` gives; unknown keys or a wrong version raise ValueError."""
        if not isinstance(data, dict):
            raise ValueError("a configuration must be a JSON object")
        data = dict(data)
        version = data.pop("version", CONFIG_VERSION)
        if version != CONFIG_VERSION:
            raise ValueError(f"configuration version {version!r} is not supported")
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ValueError(f"unknown configuration keys: {', '.join(unknown)}")
        for key, value in data.items():
            _check_type(key, value, type(getattr(cls, key)))
        return cls(**data)

    @classmethod
    def from_json(cls, text: str) -> TrainConfig:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not valid JSON: {exc}") from None
        return cls.from_dict(data)


def _check_type(name: str, value: Any, expected: type) -> None:
    ok = isinstance(value, expected) and not isinstance(value, bool)
    if expected is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    if not ok:
        raise ValueError(f"{name} must be of type {expected.__name__}, got {value!r}")


def _check_choice(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}; got {value!r}")


def _check_range(name: str, value: Any, lo: float, hi: float, integer: bool = False) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, got {value!r}")
    if integer and not isinstance(value, int):
        raise ValueError(f"{name} must be a whole number, got {value!r}")
    if not (math.isfinite(value) and lo <= value <= hi):
        raise ValueError(f"{name} must be between {lo:g} and {hi:g}, got {value!r}")
