"""The two models a Trainer can train, behind one small interface: the network and the baseline.

Each model turns (parameters, X, Y, config, rng) into (new parameters, cost) for one
step of gradient descent, and parameters into probabilities and hidden activations.
"""

from __future__ import annotations

import numpy as np

from core import logistic, network
from core.config import TrainConfig

Array = np.ndarray
Params = dict[str, Array]


def initial_parameters(config: TrainConfig, n_x: int) -> Params:
    """The run's starting parameters, decided by the config alone."""
    if config.model == "logistic":
        return logistic.initialize_with_zeros(n_x)
    return network.initialize_parameters(
        n_x, config.n_h, scheme=config.init, seed=config.init_seed, constant=config.init_constant
    )


def train_step(
    parameters: Params, X: Array, Y: Array, config: TrainConfig, rng: np.random.Generator
) -> tuple[Params, float]:
    """One gradient-descent step on (X, Y); returns the updated parameters and J before the step."""
    if config.model == "logistic":
        grads, cost = logistic.propagate(parameters, X, Y, config.lambd)
        return logistic.update(parameters, grads, config.learning_rate), cost
    kw = {"activation": config.activation, "leaky_slope": config.leaky_slope}
    A2, cache = network.forward_propagation(X, parameters, keep_prob=config.keep_prob, rng=rng, **kw)
    cost = network.compute_cost(A2, Y, parameters, config.lambd, Z2=cache["Z2"])
    grads = network.backward_propagation(
        parameters, cache, X, Y, lambd=config.lambd, keep_prob=config.keep_prob, **kw
    )
    return network.update_parameters(parameters, grads, config.learning_rate), cost


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
