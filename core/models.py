"""The models a Trainer can train, behind one small interface: the network (any depth) and the baseline.

Each model has a stepper (one gradient-descent update at a time, returning the cost
before it) and turns parameters into probabilities, hidden activations and costs.
"""

from __future__ import annotations

import numpy as np

from core import logistic
from core.config import TrainConfig
from core.deep_layers import initialize_parameters_deep
from core.deep_model import L_model_forward, compute_cost, l2_penalty
from core.deep_stepper import DeepStepper, HeldParameters
from core.features import map_features
from core.fused import FusedNetwork
from core.network import accuracy

Array = np.ndarray
Params = dict[str, Array]


def initial_parameters(config: TrainConfig, n_x: int) -> Params:
    """The run's starting parameters, decided by the config alone."""
    if config.model == "logistic":
        return logistic.initialize_with_zeros(n_x)
    # draws in layer order from default_rng(init_seed): for one hidden layer, initialize_parameters' own
    # legacy_init: np.random.RandomState(init_seed), the course's own np.random.seed(init_seed) draws
    rng = np.random.RandomState(config.init_seed) if config.legacy_init else None
    return initialize_parameters_deep(
        config.layer_dims(n_x),
        scheme=config.init,
        seed=config.init_seed,
        constant=config.init_constant,
        rng=rng,
    )


class LogisticStepper(HeldParameters):
    """The baseline, stepped with core.logistic's functions (it is not the hot path)."""

    def __init__(self, parameters: Params) -> None:
        self._parameters = parameters

    @classmethod
    def from_parameters(cls, parameters: Params, config: TrainConfig) -> LogisticStepper:
        return cls({k: np.array(v, dtype=float) for k, v in parameters.items()})

    def gradient_norms(self) -> Array:
        return np.zeros(0)  # no layers

    def step(self, Xa: Array, Y: Array, config: TrainConfig, rng: np.random.Generator,
             learning_rate: float | None = None) -> float:  # fmt: skip
        """One update on (Xa = [X ; 1], Y); returns J before it (nan: not applied)."""
        grads, cost = logistic.propagate(self._parameters, Xa[:-1], Y, config.lambd)
        lr = config.learning_rate if learning_rate is None else learning_rate
        new = logistic.update(self._parameters, grads, lr)
        if not (np.isfinite(cost) and all(np.isfinite(v).all() for v in new.values())):
            return float("nan")
        self._parameters = new
        return cost


class NetworkStepper(FusedNetwork):
    """The shallow network on the fused, in-place hot path (core.fused)."""

    @classmethod
    def from_parameters(cls, parameters: Params, config: TrainConfig) -> NetworkStepper:
        return cls(parameters, config.activation, config.leaky_slope)

    def perturb_row(self, layer: int, unit: int, delta: Array) -> None:
        """Add delta to unit `unit`'s incoming weights W1[unit, :] (layer 1 is the only one)."""
        self.W1a[unit, : self.n_x] += delta

    def step(self, Xa: Array, Y: Array, config: TrainConfig, rng: np.random.Generator,  # type: ignore[override]
             learning_rate: float | None = None) -> float:  # fmt: skip
        """One update on (Xa = [X ; 1], Y); returns J before it (nan: not applied)."""
        self.leaky_slope = config.leaky_slope  # may change mid-run without a restart
        lr = config.learning_rate if learning_rate is None else learning_rate
        return super().step(Xa, Y, lr, config.lambd, config.keep_prob, rng=rng)


Stepper = LogisticStepper | NetworkStepper | DeepStepper


def uses_fused_path(config: TrainConfig) -> bool:
    """One hidden layer and plain gradient descent: the fused in-place 2-layer step (core.fused)."""
    return config.model == "network" and len(config.hidden_layers) == 1 and config.optimizer == "gd"


def stepper_class(config: TrainConfig) -> type[Stepper]:
    if config.model == "logistic":
        return LogisticStepper
    return NetworkStepper if uses_fused_path(config) else DeepStepper


def make_stepper(config: TrainConfig, n_x: int) -> Stepper:
    """The object that trains `config.model` from its initial parameters."""
    return stepper_class(config).from_parameters(initial_parameters(config, n_x), config)


def inputs(X: Array, config: TrainConfig) -> Array:
    """A^[0] (n_x, m) of the plane's points X (2, m): X itself, or the config's engineered features."""
    return map_features(X, config.features) if config.features else X


def probabilities(parameters: Params, X: Array, config: TrainConfig) -> Array:
    """A2 (1, m), the predicted probability of class 1 at the plane's points X (2, m), without dropout."""
    if config.model == "logistic":
        return logistic.predict_proba(parameters, inputs(X, config))
    return forward(parameters, X, config)[0]


def forward(parameters: Params, X: Array, config: TrainConfig):
    """L_model_forward of the plane's X (2, m), no dropout: (AL (1, m), caches), A^[l] = caches[l-1].A."""
    return L_model_forward(inputs(X, config), parameters, config.activations, leaky_slope=config.leaky_slope)


def hidden_activations(parameters: Params, X: Array, config: TrainConfig, layer: int = 1) -> Array:
    """A^[layer] (n^[layer], m) for the network; an empty (0, m) array for the baseline, which has none."""
    if config.model == "logistic":
        return np.zeros((0, X.shape[1]))
    return forward(parameters, X, config)[1][layer - 1].A


def cost(parameters: Params, X: Array, Y: Array, config: TrainConfig) -> float:
    """J on (X, Y) without dropout (used for the test set); nan for an empty set."""
    if Y.size == 0:
        return float("nan")
    if config.model == "logistic":
        return logistic.propagate(parameters, inputs(X, config), Y, config.lambd)[1]
    AL, caches = forward(parameters, X, config)
    return _network_cost(AL, caches, Y, parameters, config)


def _network_cost(AL: Array, caches, Y: Array, parameters: Params, config: TrainConfig) -> float:
    """J of a forward pass (A^[L] (1, m) and its caches) on labels Y, with the L2 term when lambd > 0."""
    J = compute_cost(AL, Y, caches[-1].activation_cache)
    if config.lambd:
        J += l2_penalty(parameters, config.lambd, Y.shape[1])
    return J


def cost_and_accuracy(parameters: Params, X: Array, Y: Array, config: TrainConfig) -> tuple[float, float]:
    """(J, accuracy) on (X, Y) without dropout, from one forward pass: what `cost` and the share of
    (A^[L] > 0.5) == Y give apart (nan, nan for an empty set). A snapshot needs both of the test set."""
    if Y.size == 0:
        return float("nan"), float("nan")
    if config.model == "logistic":
        return cost(parameters, X, Y, config), accuracy(probabilities(parameters, X, config) > 0.5, Y)
    AL, caches = forward(parameters, X, config)
    return _network_cost(AL, caches, Y, parameters, config), accuracy(AL > 0.5, Y)
