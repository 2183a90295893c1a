"""DeepConfig: everything that decides a deep-network run, frozen, validated, with a JSON round trip."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from core.activations import ACTIVATION_NAMES
from core.datasets import DATASET_NAMES, M_MAX, M_MIN
from core.features import check_features
from core.optimizers import OPTIMIZER_NAMES

DEEP_CONFIG_VERSION = 1
# The starts the lesson offers (core.deep's schemes without "constant"): "random" is the
# course's randn * 0.01, "large" its deliberately bad randn * 10.
DEEP_INIT_SCHEMES: tuple[str, ...] = ("zeros", "random", "large", "xavier", "he")
MAX_HIDDEN_LAYERS = 8
UNITS_RANGE = (1, 32)
LEARNING_RATE_RANGE = (1e-5, 10.0)
LAMBD_RANGE = (0.0, 100.0)
KEEP_PROB_RANGE = (0.05, 1.0)
DEV_RATIO_RANGE = (0.0, 0.9)
DECAY_RANGE = (0.0, 10.0)
BETA_RANGE = (0.0, 0.9999)
BATCH_SIZES: tuple[int, ...] = (1, 16, 32, 64, 128, 256, 0)  # 0: the full batch (all m)

# Changing these starts a new run; the others act from the next step on.
RESTART_FIELDS = frozenset(
    {
        "dataset",
        "m",
        "noise",
        "dev_ratio",
        "data_seed",
        "hidden",
        "activation",
        "features",
        "init",
        "init_seed",
    }
)


@dataclass(frozen=True)
class DeepConfig:
    """A deep run: the data, layer_dims = [n_x, *hidden, 1], the start and the training options."""

    dataset: str = "circles"
    m: int = 400
    noise: float = 0.3
    dev_ratio: float = 0.2
    data_seed: int = 1
    hidden: tuple[int, ...] = (8, 8, 8)
    activation: str = "relu"
    leaky_slope: float = 0.01
    features: tuple[str, ...] = ("x1", "x2")
    init: str = "he"
    init_seed: int = 3
    learning_rate: float = 0.05
    lambd: float = 0.0
    keep_prob: float = 1.0
    batch_size: int = 0
    optimizer: str = "gd"
    beta1: float = 0.9
    beta2: float = 0.999
    decay_rate: float = 0.0
    dropout_seed: int = 3

    def __post_init__(self) -> None:
        object.__setattr__(self, "hidden", tuple(self.hidden))
        object.__setattr__(self, "features", tuple(self.features))
        for name, choices in (
            ("dataset", DATASET_NAMES),
            ("activation", ACTIVATION_NAMES),
            ("init", DEEP_INIT_SCHEMES),
            ("optimizer", OPTIMIZER_NAMES),
        ):
            if getattr(self, name) not in choices:
                raise ValueError(f"{name} must be one of {', '.join(choices)}; got {getattr(self, name)!r}")
        if len(self.hidden) > MAX_HIDDEN_LAYERS:
            raise ValueError(f"at most {MAX_HIDDEN_LAYERS} hidden layers, got {len(self.hidden)}")
        for n in self.hidden:
            check_number("units", n, *UNITS_RANGE, integer=True)
        check_features(self.features)
        for name, lo, hi, integer in (
            ("m", M_MIN, M_MAX, True),
            ("noise", 0.0, 5.0, False),
            ("dev_ratio", *DEV_RATIO_RANGE, False),
            ("leaky_slope", 0.0, 1.0, False),
            ("learning_rate", *LEARNING_RATE_RANGE, False),
            ("lambd", *LAMBD_RANGE, False),
            ("keep_prob", *KEEP_PROB_RANGE, False),
            ("batch_size", 0, M_MAX, True),
            ("beta1", *BETA_RANGE, False),
            ("beta2", *BETA_RANGE, False),
            ("decay_rate", *DECAY_RANGE, False),
            ("data_seed", 0, 2**32 - 1, True),
            ("init_seed", 0, 2**32 - 1, True),
            ("dropout_seed", 0, 2**32 - 1, True),
        ):
            check_number(name, getattr(self, name), lo, hi, integer)

    @property
    def n_x(self) -> int:
        return len(self.features)

    @property
    def layer_dims(self) -> list[int]:
        """[n_x, n^[1], ..., n^[L-1], 1]: the course's layer_dims."""
        return [self.n_x, *self.hidden, 1]

    def changed(self, **changes: Any) -> DeepConfig:
        return replace(self, **changes)

    def needs_restart(self, other: DeepConfig) -> bool:
        return any(getattr(self, f) != getattr(other, f) for f in RESTART_FIELDS)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["hidden"], d["features"] = list(self.hidden), list(self.features)
        return {"version": DEEP_CONFIG_VERSION, **d}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, data: Any) -> DeepConfig:
        if not isinstance(data, dict):
            raise ValueError("a configuration must be a JSON object")
        data = dict(data)
        if data.pop("version", DEEP_CONFIG_VERSION) != DEEP_CONFIG_VERSION:
            raise ValueError("this deep-network configuration version is not supported")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown configuration keys: {', '.join(unknown)}")
        for key in ("hidden", "features"):
            if key in data and not isinstance(data[key], list | tuple):
                raise ValueError(f"{key} must be a list")
        return cls(**data)


def check_number(name: str, value: Any, lo: float, hi: float, integer: bool = False) -> None:
    """Raise the message core_messages translates: "<name> must be a finite number between lo and hi"."""
    bad = isinstance(value, bool) or not isinstance(value, int | float)
    bad = bad or (integer and not isinstance(value, int)) or not math.isfinite(value) or not lo <= value <= hi
    if bad:
        raise ValueError(f"{name} must be a finite number between {lo:g} and {hi:g}, got {value!r}")
