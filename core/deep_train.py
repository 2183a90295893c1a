"""The course's training loops over the L-layer engine: L_layer_model (batch) and model (mini-batches).

Written as the assignments write them, so their published runs can be replayed:
- course 1 week 4 / course 2's initialization assignment: full-batch gradient descent,
  the cost printed every 1,000 iterations;
- course 2's optimization assignment: every epoch reshuffles with seed 10 + epoch + 1,
  mini-batches of 64, gd / momentum / rmsprop / adam (its own counter t), an optional
  learning-rate decay per epoch; the cost printed is the epoch's mean over examples.
Initial weights come from np.random.RandomState(seed) (the course's np.random.seed(3)).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from core.deep_layers import Params, initialize_parameters_deep
from core.deep_model import L_model_backward, L_model_forward, compute_cost, l2_penalty, update_parameters
from core.deep_optim import (
    initialize_adam,
    initialize_rmsprop,
    initialize_velocity,
    random_mini_batches,
    update_parameters_with_adam,
    update_parameters_with_momentum,
    update_parameters_with_rmsprop,
)

Array = np.ndarray


def L_layer_model(
    X: Array, Y: Array, layers_dims: Sequence[int], learning_rate: float = 0.0075,
    num_iterations: int = 3000, print_cost: bool = False, init: str = "he", seed: int = 3,
    hidden_activation: str | Sequence[str] = "relu", lambd: float = 0.0, keep_prob: float = 1.0,
    dropout_seed: int = 1,
) -> tuple[Params, list[float]]:  # fmt: skip
    """Full-batch gradient descent; returns the parameters and the cost every 100 iterations."""
    parameters = initialize_parameters_deep(layers_dims, init, rng=np.random.RandomState(seed))
    rng = np.random.default_rng(dropout_seed)
    costs = []
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters, hidden_activation, keep_prob, rng=rng)
        cost = compute_cost(AL, Y, caches[-1].activation_cache) + l2_penalty(parameters, lambd, Y.shape[1])
        grads = L_model_backward(AL, Y, caches, lambd)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and (i % 1000 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {cost}")
        if i % 100 == 0 or i == num_iterations:
            costs.append(cost)
    return parameters, costs


def model(
    X: Array, Y: Array, layers_dims: Sequence[int], optimizer: str = "gd", learning_rate: float = 0.0007,
    mini_batch_size: int = 64, beta: float = 0.9, beta1: float = 0.9, beta2: float = 0.999,
    epsilon: float = 1e-8, num_epochs: int = 5000, print_cost: bool = False,
    decay: Callable[[float, int, float], float] | None = None, decay_rate: float = 1.0,
    init: str = "he", seed: int = 3, hidden_activation: str | Sequence[str] = "relu",
) -> tuple[Params, list[float]]:  # fmt: skip
    """Mini-batch training with an optimizer; returns the parameters and the cost every 100 epochs."""
    parameters = initialize_parameters_deep(layers_dims, init, rng=np.random.RandomState(seed))
    step = _stepper(optimizer, parameters, beta, beta1, beta2, epsilon)
    costs, m, learning_rate0, batch_seed = [], X.shape[1], learning_rate, 10
    for i in range(num_epochs):
        batch_seed += 1
        cost_total = 0.0
        for mini_X, mini_Y in random_mini_batches(X, Y, mini_batch_size, batch_seed):
            AL, caches = L_model_forward(mini_X, parameters, hidden_activation)
            cost_total += compute_cost(AL, mini_Y, caches[-1].activation_cache) * mini_Y.shape[1]
            grads = L_model_backward(AL, mini_Y, caches)
            parameters = step(parameters, grads, learning_rate)
        cost_avg = cost_total / m
        if decay is not None:
            learning_rate = decay(learning_rate0, i, decay_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after epoch {i}: {cost_avg:f}")
        if i % 100 == 0:
            costs.append(cost_avg)
    return parameters, costs


def _stepper(optimizer: str, parameters: Params, beta: float, beta1: float, beta2: float, epsilon: float):
    """update(parameters, grads, learning_rate) -> parameters, holding the optimizer's v, s and t."""
    if optimizer == "gd":
        return update_parameters
    if optimizer == "momentum":
        state = {"v": initialize_velocity(parameters)}

        def momentum(p, g, lr):
            p, state["v"] = update_parameters_with_momentum(p, g, state["v"], beta, lr)
            return p

        return momentum
    if optimizer == "rmsprop":
        state = {"s": initialize_rmsprop(parameters)}

        def rmsprop(p, g, lr):
            p, state["s"] = update_parameters_with_rmsprop(p, g, state["s"], beta2, lr, epsilon)
            return p

        return rmsprop
    if optimizer == "adam":
        v, s = initialize_adam(parameters)
        state = {"v": v, "s": s, "t": 0}

        def adam(p, g, lr):
            state["t"] += 1  # Adam's own counter
            p, state["v"], state["s"] = update_parameters_with_adam(
                p, g, state["v"], state["s"], state["t"], lr, beta1, beta2, epsilon
            )
            return p

        return adam
    raise ValueError(f"unknown optimizer {optimizer!r}; expected gd, momentum, rmsprop or adam")
