"""Gradient descent and the course's faster variants behind one interface: update(theta, dtheta).

With t the update count (from 1), alpha the learning rate and dW the gradient:
  gd:        W := W - alpha dW
  momentum:  v = beta v + (1 - beta) dW;             W := W - alpha v
  rmsprop:   s = beta2 s + (1 - beta2) dW^2;         W := W - alpha dW / (sqrt(s) + eps)
  adam:      v = beta1 v + (1 - beta1) dW;  s = beta2 s + (1 - beta2) dW^2
             v_corr = v / (1 - beta1^t);    s_corr = s / (1 - beta2^t)
             W := W - alpha v_corr / (sqrt(s_corr) + eps)
v and s start at zero: the bias correction undoes that start in Adam's first steps.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

Array = np.ndarray


@dataclass
class Optimizer:
    """Base: holds alpha and the step count t; subclasses keep their own moving averages."""

    learning_rate: float
    t: int = 0

    def update(self, theta: Array, dtheta: Array) -> Array:
        """Return the next theta (a new array); theta and dtheta are left untouched."""
        self.t += 1
        return np.asarray(theta, dtype=float) - self._step(np.asarray(dtheta, dtype=float))

    def _step(self, dW: Array) -> Array:
        raise NotImplementedError


@dataclass
class GradientDescent(Optimizer):
    """Plain (batch) gradient descent: the step is alpha dW, nothing remembered."""

    def _step(self, dW: Array) -> Array:
        return self.learning_rate * dW


@dataclass
class Momentum(Optimizer):
    """Gradient descent with momentum: steps along an exponentially weighted average of dW."""

    beta: float = 0.9
    v: Array | None = None

    def _step(self, dW: Array) -> Array:
        v = np.zeros_like(dW) if self.v is None else self.v
        self.v = self.beta * v + (1.0 - self.beta) * dW
        return self.learning_rate * self.v


@dataclass
class RMSprop(Optimizer):
    """Root mean square prop: divides each coordinate by the running RMS of its gradient."""

    beta2: float = 0.999
    epsilon: float = 1e-8
    s: Array | None = None

    def _step(self, dW: Array) -> Array:
        s = np.zeros_like(dW) if self.s is None else self.s
        self.s = self.beta2 * s + (1.0 - self.beta2) * dW * dW
        return self.learning_rate * dW / (np.sqrt(self.s) + self.epsilon)


@dataclass
class Adam(Optimizer):
    """Momentum and RMSprop together, each average bias-corrected by 1 - beta^t."""

    beta1: float = 0.9
    beta2: float = 0.999
    epsilon: float = 1e-8
    v: Array | None = None
    s: Array | None = None

    def _step(self, dW: Array) -> Array:
        v = np.zeros_like(dW) if self.v is None else self.v
        s = np.zeros_like(dW) if self.s is None else self.s
        self.v = self.beta1 * v + (1.0 - self.beta1) * dW
        self.s = self.beta2 * s + (1.0 - self.beta2) * dW * dW
        v_corr = self.v / (1.0 - self.beta1**self.t)
        s_corr = self.s / (1.0 - self.beta2**self.t)
        return self.learning_rate * v_corr / (np.sqrt(s_corr) + self.epsilon)


OPTIMIZER_NAMES: tuple[str, ...] = ("gd", "momentum", "rmsprop", "adam")
OPTIMIZER_LABELS: dict[str, str] = {
    "gd": "Gradient descent",
    "momentum": "Momentum",
    "rmsprop": "RMSprop",
    "adam": "Adam",
}


def make_optimizer(
    name: str,
    learning_rate: float,
    *,
    beta1: float = 0.9,
    beta2: float = 0.999,
    beta_rmsprop: float = 0.9,
    epsilon: float = 1e-8,
) -> Optimizer:
    """A fresh optimizer (t = 0, averages at zero).

    `beta1` is momentum's beta and Adam's beta1, `beta2` Adam's; RMSprop has its own beta2
    (`beta_rmsprop`): with no bias correction its first step is alpha / sqrt(1 - beta2) per
    coordinate, 32 alpha at 0.999 but 3.2 alpha at 0.9.
    """
    if name == "gd":
        return GradientDescent(learning_rate)
    if name == "momentum":
        return Momentum(learning_rate, beta=beta1)
    if name == "rmsprop":
        return RMSprop(learning_rate, beta2=beta_rmsprop, epsilon=epsilon)
    if name == "adam":
        return Adam(learning_rate, beta1=beta1, beta2=beta2, epsilon=epsilon)
    raise ValueError(f"unknown optimizer {name!r}; expected one of: {', '.join(OPTIMIZER_NAMES)}")
