"""The two models a Trainer can train, behind one small interface: the network and the baseline.

Each model has a stepper (one gradient-descent update at a time, returning the cost
before it) and turns parameters into probabilities, hidden activations and costs.
"""

from __future__ import annotations

import numpy as np

from core import logistic, network
from core.config import TrainConfig
from core.fused import FusedNetwork

Array = np.ndarray
Params = dict[str, Array]


def initial_parameters(config: TrainConfig, n_x: int) -> Params:
    """The run's starting parameters, decided by the config alone."""
    if config.model == "logistic":
        return logistic.initialize_with_zeros(n_x)
    return network.initialize_parameters(
        n_x, config.n_h, scheme=config.init, seed=config.init_seed, constant=config.init_constant
    )


class LogisticStepper:
    """The baseline, stepped with core.logistic's functions (it is not the hot path)."""

    def __init__(self, parameters: Params) -> None:
        self._parameters = parameters

    def parameters(self) -> Params:
        return {k: v.copy() for k, v in self._parameters.items()}

    def parameter_views(self) -> Params:
        views = {k: v.view() for k, v in self._parameters.items()}
        for v in views.values():
            v.flags.writeable = False
        return views

    @classmethod
    def from_parameters(cls, parameters: Params, config: TrainConfig) -> LogisticStepper:
        return cls({k: np.array(v, dtype=float) for k, v in parameters.items()})

    def step(self, Xa: Array, Y: Array, config: TrainConfig, rng: np.random.Generator) -> float:
        """One update on (Xa = [X ; 1], Y); returns J before it (nan: not applied)."""
        grads, cost = logistic.propagate(self._parameters, Xa[:-1], Y, config.lambd)
        new = logistic.update(self._parameters, grads, config.learning_rate)
        if not (np.isfinite(cost) and all(np.isfinite(v).all() for v in new.values())):
            return float("nan")
        self._parameters = new
        return cost


class NetworkStepper(FusedNetwork):
    """The shallow network on the fused, in-place hot path (core.fused)."""

    @classmethod
    def from_parameters(cls, parameters: Params, config: TrainConfig) -> NetworkStepper:
        return cls(parameters, config.activation, config.leaky_slope)

    def step(self, Xa: Array, Y: Array, config: TrainConfig, rng: np.random.Generator) -> float:  # type: ignore[override]
        """One update on (Xa = [X ; 1], Y); returns J before it (nan: not applied)."""
        self.leaky_slope = config.leaky_slope  # may change mid-run without a restart
        return super().step(Xa, Y, config.learning_rate, config.lambd, config.keep_prob, rng=rng)


def make_stepper(config: TrainConfig, n_x: int) -> LogisticStepper | NetworkStepper:
    """The object that trains `config.model` from its initial parameters."""
    parameters = initial_parameters(config, n_x)
    stepper = LogisticStepper if config.model == "logistic" else NetworkStepper
    return stepper.from_parameters(parameters, config)


def probabilities(parameters: Params, X: Array, config: TrainConfig) -> Array:
    """A2 (1, m), the predicted probability of class 1, without dropout."""
    if config.model == "logistic":
        return logistic.predict_proba(parameters, X)
    return network.predict_proba(parameters, X, config.activation, config.leaky_slope)


def hidden_activations(parameters: Params, X: Array, config: TrainConfig) -> Array:
    """A1 (n_h, m) for the network; an empty (0, m) array for the baseline, which has none."""
    if config.model == "logistic":
        return np.zeros((0, X.shape[1]))
    _, cache = network.forward_propagation(X, parameters, config.activation, leaky_slope=config.leaky_slope)
    return cache["A1"]


def cost(parameters: Params, X: Array, Y: Array, config: TrainConfig) -> float:
    """J on (X, Y) without dropout (used for the test set); nan for an empty set."""
    if Y.size == 0:
        return float("nan")
    if config.model == "logistic":
        return logistic.propagate(parameters, X, Y, config.lambd)[1]
    A2, cache = network.forward_propagation(X, parameters, config.activation, leaky_slope=config.leaky_slope)
    return network.compute_cost(A2, Y, parameters, config.lambd, Z2=cache["Z2"])
