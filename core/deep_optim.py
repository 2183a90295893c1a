"""Course 2 week 2 in the assignment's names: mini-batches, momentum, RMSprop, Adam, learning-rate decay.

For every parameter W (and b alike), with t the Adam update count (from 1):

    momentum:  v_dW = beta v_dW + (1 - beta) dW;             W := W - alpha v_dW
    RMSprop:   s_dW = beta2 s_dW + (1 - beta2) dW^2;         W := W - alpha dW / (sqrt(s_dW) + eps)
    Adam:      v_dW, s_dW as above (beta1, beta2);  v_corr = v_dW / (1 - beta1^t),
               s_corr = s_dW / (1 - beta2^t);       W := W - alpha v_corr / (sqrt(s_corr) + eps)
    decay:     alpha = alpha0 / (1 + decay_rate * epoch)                    (update_lr)
               alpha = alpha0 / (1 + decay_rate * floor(epoch / interval))  (schedule_lr_decay)

v and s are dicts keyed like the gradients ("dW1", "db1", ...), as in the course.
"""

from __future__ import annotations

import math

import numpy as np

from core.deep_layers import Params

Array = np.ndarray
Grads = dict[str, Array]


def random_mini_batches(
    X: Array, Y: Array, mini_batch_size: int = 64, seed: int = 0
) -> list[tuple[Array, Array]]:
    """Shuffle the columns (the course's np.random.seed(seed); permutation), then cut batches.

    Full batches of mini_batch_size and a last smaller one with the remaining
    m mod mini_batch_size examples; a private RandomState(seed) gives the course's order
    without touching the global state.
    """
    m = X.shape[1]
    if mini_batch_size < 1:
        raise ValueError(f"mini_batch_size must be >= 1, got {mini_batch_size}")
    permutation = np.random.RandomState(seed).permutation(m)
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation].reshape((Y.shape[0], m))
    return [(shuffled_X[:, k : k + mini_batch_size], shuffled_Y[:, k : k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]  # fmt: skip


def _zeros_like_grads(parameters: Params) -> Grads:
    return {"d" + k: np.zeros_like(v, dtype=float) for k, v in parameters.items()}


def initialize_velocity(parameters: Params) -> Grads:
    """v: zeros shaped like every dW^[l], db^[l]."""
    return _zeros_like_grads(parameters)


def update_parameters_with_momentum(
    parameters: Params, grads: Grads, v: Grads, beta: float, learning_rate: float
) -> tuple[Params, Grads]:
    """One momentum step; returns new (parameters, v)."""
    v = {k: beta * v[k] + (1 - beta) * grads[k] for k in v}
    return {k: p - learning_rate * v["d" + k] for k, p in parameters.items()}, v


def initialize_rmsprop(parameters: Params) -> Grads:
    """s: zeros shaped like every dW^[l], db^[l]."""
    return _zeros_like_grads(parameters)


def update_parameters_with_rmsprop(
    parameters: Params, grads: Grads, s: Grads, beta2: float = 0.9, learning_rate: float = 0.01,
    epsilon: float = 1e-8,
) -> tuple[Params, Grads]:  # fmt: skip
    """One RMSprop step (no bias correction, so beta2 = 0.9 keeps the first steps moderate)."""
    s = {k: beta2 * s[k] + (1 - beta2) * np.square(grads[k]) for k in s}
    new = {
        k: p - learning_rate * grads["d" + k] / (np.sqrt(s["d" + k]) + epsilon) for k, p in parameters.items()
    }
    return new, s


def initialize_adam(parameters: Params) -> tuple[Grads, Grads]:
    """(v, s): zeros shaped like every dW^[l], db^[l]."""
    return _zeros_like_grads(parameters), _zeros_like_grads(parameters)


def update_parameters_with_adam(
    parameters: Params, grads: Grads, v: Grads, s: Grads, t: int, learning_rate: float = 0.01,
    beta1: float = 0.9, beta2: float = 0.999, epsilon: float = 1e-8,
) -> tuple[Params, Grads, Grads]:  # fmt: skip
    """One Adam step with bias correction (t counts Adam updates from 1); returns (parameters, v, s)."""
    if t < 1:
        raise ValueError(f"Adam's step count t starts at 1, got {t}")
    v = {k: beta1 * v[k] + (1 - beta1) * grads[k] for k in v}
    s = {k: beta2 * s[k] + (1 - beta2) * np.square(grads[k]) for k in s}
    c1, c2 = 1 - beta1**t, 1 - beta2**t
    new = {k: p - learning_rate * (v["d" + k] / c1) / (np.sqrt(s["d" + k] / c2) + epsilon)
           for k, p in parameters.items()}  # fmt: skip
    return new, v, s


def update_lr(learning_rate0: float, epoch_num: int, decay_rate: float) -> float:
    """alpha = alpha0 / (1 + decay_rate * epoch_num)."""
    return learning_rate0 / (1 + decay_rate * epoch_num)


def schedule_lr_decay(
    learning_rate0: float, epoch_num: int, decay_rate: float, time_interval: int = 1000
) -> float:
    """alpha = alpha0 / (1 + decay_rate * floor(epoch_num / time_interval)): steps every interval."""
    return learning_rate0 / (1 + decay_rate * math.floor(epoch_num / time_interval))
