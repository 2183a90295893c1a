"""The one frozen configuration of a training run, validated on creation, with a JSON round trip."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from core.activations import ACTIVATION_NAMES
from core.datasets import DATASET_NAMES, M_MAX, M_MIN
from core.features import FEATURE_NAMES, check_features
from core.network import INIT_SCHEMES
from core.optimizers import OPTIMIZER_NAMES
from core.validation import RANGES, CoreError, check, check_choice, check_range, check_type

CONFIG_VERSION = 2  # 2: L layers, optimizers, decay; a config without them is still written as 1
MODELS: tuple[str, ...] = ("network", "logistic")
DECAYS: tuple[str, ...] = ("none", "inverse", "scheduled")
# The sliders' ranges, from the one source (core.validation.RANGES).
LEARNING_RATE_RANGE = RANGES["learning_rate"].bounds
N_H_RANGE = RANGES["n_h"].bounds
HIDDEN_LAYERS_RANGE = RANGES["hidden_layers"].bounds
KEEP_PROB_RANGE = RANGES["keep_prob"].bounds
LAMBD_RANGE = RANGES["lambd"].bounds

# Changing these starts a new run; the others go on from the current parameters.
RESTART_FIELDS: frozenset[str] = frozenset(
    {
        "dataset", "m", "noise", "test_ratio", "data_seed", "n_h", "activation",
        "init", "init_constant", "init_seed", "model", "hidden_sizes", "hidden_activations", "optimizer",
        "legacy_init", "features",
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
    # Version 2. Deep networks: () = one hidden layer of n_h units, else every hidden size
    # (n_h is then the first); () = `activation` in every hidden layer, else one per layer.
    hidden_sizes: tuple[int, ...] = ()
    hidden_activations: tuple[str, ...] = ()
    optimizer: str = "gd"  # gd | momentum | rmsprop | adam
    beta: float = 0.9  # momentum's
    beta1: float = 0.9  # Adam's first moment
    beta2: float = 0.999  # Adam's second moment
    rms_beta: float = 0.9  # RMSprop's (no bias correction: 0.9 keeps its first steps moderate)
    epsilon: float = 1e-8
    decay: str = "none"  # none | inverse: alpha0/(1 + rate*epoch) | scheduled: every decay_interval epochs
    decay_rate: float = 1.0
    decay_interval: int = 1000
    legacy_init: bool = False  # draw W from np.random.RandomState(init_seed): the course's np.random.seed
    # The network's inputs A^[0]: () = the plane's x1, x2; else engineered features (core.features).
    # n_h = 0 with no hidden_sizes: no hidden layer, layer_dims [n_x, 1] (logistic regression, W1/b1).
    features: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _normalize_layers(self)
        _check_choice("dataset", self.dataset, DATASET_NAMES)
        _check_choice("model", self.model, MODELS)
        _check_choice("activation", self.activation, ACTIVATION_NAMES)
        _check_choice("init", self.init, INIT_SCHEMES)
        _check_range("m", self.m, M_MIN, M_MAX, integer=True)
        n_h = ("n_h",) if self.n_h or self.hidden_sizes else ()  # n_h = 0: no hidden layer
        for name in ("noise", "test_ratio", *n_h, "leaky_slope", "init_constant", "learning_rate",
                     "lambd", "keep_prob", "batch_size"):  # fmt: skip
            check(name, getattr(self, name))
        for name in ("data_seed", "init_seed", "dropout_seed"):
            check(name, getattr(self, name), "seed")
        _check_deep(self)

    @property
    def hidden_layers(self) -> tuple[int, ...]:
        """The hidden layers' sizes (n^[1], ..., n^[L-1]); () with n_h = 0 (no hidden layer)."""
        return self.hidden_sizes or ((self.n_h,) if self.n_h else ())

    @property
    def n_x(self) -> int:
        """Rows of A^[0]: 2 (x1, x2) or the number of engineered features."""
        return len(self.features) if self.features else 2

    @property
    def input_features(self) -> tuple[str, ...]:
        """The inputs by name, in the order of A^[0]'s rows."""
        return tuple(f for f in FEATURE_NAMES if f in self.features) if self.features else ("x1", "x2")

    @property
    def activations(self) -> tuple[str, ...]:
        """g^[1], ..., g^[L-1]: one activation per hidden layer."""
        return self.hidden_activations or (self.activation,) * len(self.hidden_layers)

    def layer_dims(self, n_x: int | None = None) -> list[int]:
        """[n_x, n^[1], ..., n^[L-1], 1], the course's layer_dims (n_x: the config's own by default)."""
        return [self.n_x if n_x is None else n_x, *self.hidden_layers, 1]

    def changed(self, **changes: Any) -> TrainConfig:
        """A copy with `changes` applied (and validated).

        n_h and activation stay shorthands on a deep config: n_h changes the first hidden
        layer, activation sets every hidden layer's. hidden_layers=(n^[1], ...) sets them all,
        () for no hidden layer.
        """
        if "n_h" in changes:
            check("n_h", changes["n_h"])  # the n_h knob is 1..50; no hidden layer is hidden_layers=()
        if "hidden_layers" in changes:
            layers = tuple(changes.pop("hidden_layers"))
            for n in layers:
                check("hidden_layers", n, "n_h")
            changes["n_h"], changes["hidden_sizes"] = (layers[0] if layers else 0), layers
        if "n_h" in changes and "hidden_sizes" not in changes and self.hidden_sizes:
            changes["hidden_sizes"] = (changes["n_h"], *self.hidden_sizes[1:])
        if "activation" in changes and "hidden_activations" not in changes:
            changes["hidden_activations"] = ()
        sizes = changes.get("hidden_sizes")
        keep_acts = "hidden_activations" in changes or not self.hidden_activations or sizes is None
        if not keep_acts and len(tuple(sizes) or (0,)) != len(self.hidden_activations):
            changes["hidden_activations"] = ()
        return replace(self, **changes)

    def needs_restart(self, other: TrainConfig) -> bool:
        """True if going from self to `other` must start training over."""
        return any(getattr(self, f) != getattr(other, f) for f in RESTART_FIELDS)

    def to_dict(self) -> dict[str, Any]:
        """JSON values; a config that version 1 can express is written as version 1 (older readers)."""
        data = asdict(self)
        if self.hidden_layers and all(data[f.name] == f.default for f in fields(self) if f.name in V2_FIELDS):
            return {"version": 1, **{k: v for k, v in data.items() if k not in V2_FIELDS}}
        data["hidden_sizes"], data["hidden_activations"] = (
            list(self.hidden_sizes),
            list(self.hidden_activations),
        )
        data["features"] = list(self.features)
        return {"version": CONFIG_VERSION, **data}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainConfig:
        """Build from a dict such as `to_dict` gives; unknown keys or a wrong version raise ValueError."""
        if not isinstance(data, dict):
            raise CoreError("config.not_object")
        data = dict(data)
        version = data.pop("version", CONFIG_VERSION)
        if version not in (1, CONFIG_VERSION) or isinstance(version, bool):
            raise CoreError("config.version", version=version)
        known = {f.name for f in fields(cls)} - (V2_FIELDS if version == 1 else set())
        unknown = sorted(set(data) - known)
        if unknown:  # version 1 -> 2 needs nothing else: the new fields' defaults are version 1's behaviour
            raise CoreError("config.unknown_keys", keys=", ".join(unknown))
        if version == 1 and data.get("n_h") == 0:
            check("n_h", 0)  # no hidden layer is a version 2 network
        for key in ("hidden_sizes", "hidden_activations", "features"):
            if key in data:
                if not isinstance(data[key], list | tuple):
                    raise CoreError("value.list", name=key, value=data[key])
                data[key] = tuple(data[key])
        for key, value in data.items():
            if key not in ("hidden_sizes", "hidden_activations", "features"):
                _check_type(key, value, type(getattr(cls, key)))
        return cls(**data)

    @classmethod
    def from_json(cls, text: str) -> TrainConfig:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CoreError("config.json", error=exc) from None
        return cls.from_dict(data)


V2_FIELDS: frozenset[str] = frozenset(
    {
        "hidden_sizes", "hidden_activations", "optimizer", "beta", "beta1", "beta2", "rms_beta",
        "epsilon", "decay", "decay_rate", "decay_interval", "legacy_init", "features",
    }
)  # fmt: skip


def _normalize_layers(c: TrainConfig) -> None:
    """One canonical form: a single hidden layer lives in n_h, a single activation in `activation`."""
    sizes, acts = tuple(c.hidden_sizes), tuple(c.hidden_activations)
    features = tuple(c.features) if isinstance(c.features, list | tuple) else c.features
    if features in (("x1", "x2"), ("x2", "x1")):  # (no set(): a file's features may hold a list)
        features = ()  # the plane's own inputs: the version 1 form
    object.__setattr__(c, "features", features)
    if len(sizes) == 1:
        object.__setattr__(c, "n_h", sizes[0])
        sizes = ()
    if sizes:
        object.__setattr__(c, "n_h", sizes[0])
    if acts and all(a == acts[0] for a in acts) and len(acts) == len(sizes or (c.n_h,)):
        object.__setattr__(c, "activation", acts[0])
        acts = ()
    if acts:
        object.__setattr__(c, "activation", acts[0])
    object.__setattr__(c, "hidden_sizes", sizes)
    object.__setattr__(c, "hidden_activations", acts)


def _check_deep(c: TrainConfig) -> None:
    check_features(c.features or ("x1", "x2"))
    lo, hi = HIDDEN_LAYERS_RANGE
    if not c.hidden_layers:
        lo = 0  # n_h = 0: the network without a hidden layer (logistic regression on W1, b1)
    if not lo <= len(c.hidden_layers) <= hi:
        raise CoreError("layers.count", lo=lo, hi=hi, count=len(c.hidden_layers))
    for n in c.hidden_sizes:
        check("hidden_sizes", n, "n_h")
    if c.hidden_activations and len(c.hidden_activations) != len(c.hidden_layers):
        raise CoreError("layers.activations", layers=len(c.hidden_layers), count=len(c.hidden_activations))
    for a in c.hidden_activations:
        _check_choice("hidden_activations", a, ACTIVATION_NAMES)
    _check_choice("optimizer", c.optimizer, OPTIMIZER_NAMES)
    _check_choice("decay", c.decay, DECAYS)
    for name in ("beta", "beta1", "beta2", "rms_beta"):
        check(name, getattr(c, name), "beta")
    for name in ("epsilon", "decay_rate", "decay_interval"):
        check(name, getattr(c, name))
    if not isinstance(c.legacy_init, bool):
        raise CoreError("value.bool", name="legacy_init", value=c.legacy_init)


# The checks live in core.validation; these names stay for the modules that import them from here.
_check_type = check_type
_check_choice = check_choice
_check_range = check_range
