"""Any network the config describes (L layers, dropout, L2, an optimizer) stepped on the general engine.

The Trainer uses it for everything the fused 2-layer path (core.fused) does not cover: more
than one hidden layer, per-layer activations, momentum / RMSprop / Adam. One step is the
course's: L_model_forward (dropout masks drawn from the run's generator in layer order, as
the fused path draws them), the cost, L_model_backward, then the optimizer's update.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from core.config import TrainConfig
from core.deep_model import L_model_backward, L_model_forward, l2_penalty, update_parameters
from core.deep_optim import (
    initialize_adam,
    update_parameters_with_adam,
    update_parameters_with_momentum,
    update_parameters_with_rmsprop,
)

Array = np.ndarray
Params = dict[str, Array]


def _cost_from_logits(ZL: Array, Y: Array) -> float:
    """J = 1/m sum(log(1 + e^ZL) - Y ZL), never log(0); softplus(z) = max(z, 0) + log1p(e^-|z|).

    The same number as compute_cost(AL, Y, ZL) to a few ulps, in vectorized ufuncs
    (np.logaddexp runs element by element: about 3x slower on a few hundred examples).
    """
    t = np.exp(-np.abs(ZL))
    np.log1p(t, out=t)
    t += np.maximum(ZL, 0.0)
    return (float(t.sum()) - float(np.dot(Y.ravel(), ZL.ravel()))) / Y.shape[1]


class HeldParameters:
    """parameters() / parameter_views() of a stepper that keeps its arrays in a dict `_parameters`,
    and what a step changes of it (core.offload_state): the parameters, the optimizer's averages
    and the last gradients when it keeps them (DeepStepper)."""

    _parameters: Params

    def training_fields(self) -> tuple[dict[str, Array], dict]:
        """({"p.W1", ..., "v.dW1", ..., "s.dW1", ..., and after a step "last.dW1", ...}, {"t", "last"})."""
        arrays = {"p." + k: v for k, v in self._parameters.items()}
        state, last = getattr(self, "optimizer_state", None), getattr(self, "last_grads", None)
        if state is not None:
            arrays.update({"v." + k: v for k, v in state["v"].items()})
            arrays.update({"s." + k: v for k, v in state["s"].items()})
        if last is not None:
            arrays.update({"last." + k: v for k, v in last.items()})
        return arrays, {"t": None if state is None else state["t"], "last": last is not None}

    def adopt_training(self, arrays: dict[str, Array], values: dict) -> None:
        """Take `training_fields` of a copy of this stepper. The arrays are kept as they come (the
        state's read-only views): a step replaces them, it never writes into them."""
        part = lambda prefix: {k[len(prefix) :]: v for k, v in arrays.items() if k.startswith(prefix)}  # noqa: E731
        self._parameters = part("p.")
        if values["t"] is not None:
            self.optimizer_state = {"v": part("v."), "s": part("s."), "t": values["t"]}
        if hasattr(self, "last_grads"):
            self.last_grads = part("last.") if values["last"] else None

    def parameters(self) -> Params:
        return {k: v.copy() for k, v in self._parameters.items()}

    def parameter_views(self) -> Params:
        views = {k: v.view() for k, v in self._parameters.items()}
        for v in views.values():
            v.flags.writeable = False
        return views


class DeepStepper(HeldParameters):
    """Parameters, optimizer state (v, s, t) and the last gradients of one run."""

    def __init__(self, parameters: Params, config: TrainConfig) -> None:
        self._parameters = {k: np.array(v, dtype=float) for k, v in parameters.items()}
        v, s = initialize_adam(self._parameters)  # zeros like every gradient
        self.optimizer_state: dict[str, Any] = {"v": v, "s": s, "t": 0}
        self.last_grads: dict[str, Array] | None = None

    @classmethod
    def from_parameters(cls, parameters: Params, config: TrainConfig) -> DeepStepper:
        return cls(parameters, config)

    def perturb_row(self, layer: int, unit: int, delta: Array) -> None:
        """Add delta to unit `unit`'s incoming weights W^[layer][unit, :]."""
        W = self._parameters[f"W{layer}"].copy()
        W[unit] += delta
        self._parameters[f"W{layer}"] = W

    def gradient_norms(self) -> Array:
        """||dW^[l]||_F of the last applied step, l = 1 .. L (nan before the first)."""
        L = len(self._parameters) // 2
        if self.last_grads is None:
            return np.full(L, np.nan)
        return np.array(
            [math.sqrt(float(np.vdot(g, g))) for g in (self.last_grads[f"dW{l}"] for l in range(1, L + 1))]
        )

    def step(
        self,
        Xa: Array,
        Y: Array,
        config: TrainConfig,
        rng: np.random.Generator,
        learning_rate: float | None = None,
    ) -> float:
        """One update on (Xa = [X ; 1], Y); returns J before it (nan: not applied)."""
        p, m = self._parameters, Y.shape[1]
        lr = config.learning_rate if learning_rate is None else learning_rate
        AL, caches = L_model_forward(Xa[:-1], p, config.activations, config.keep_prob, rng=rng,
                                     leaky_slope=config.leaky_slope)  # fmt: skip
        cost = _cost_from_logits(caches[-1].activation_cache, Y)
        if config.lambd:
            cost += l2_penalty(p, config.lambd, m)
        if not math.isfinite(cost):
            return math.nan
        grads = L_model_backward(AL, Y, caches, config.lambd, hidden_dA=False)
        L = len(p) // 2  # an inf or nan anywhere below reaches every dW^[l] = dZ^[l] A^[l-1]T
        if not math.isfinite(sum(float(grads[f"dW{l}"].sum()) for l in range(1, L + 1))):
            return math.nan
        new, state = self._update(p, grads, config, lr)
        self._parameters, self.optimizer_state, self.last_grads = new, state, grads
        return cost

    def _update(self, p: Params, grads: dict[str, Array], c: TrainConfig, lr: float):
        state = dict(self.optimizer_state)
        if c.optimizer == "momentum":
            new, state["v"] = update_parameters_with_momentum(p, grads, state["v"], c.beta, lr)
        elif c.optimizer == "rmsprop":
            new, state["s"] = update_parameters_with_rmsprop(p, grads, state["s"], c.rms_beta, lr, c.epsilon)
        elif c.optimizer == "adam":
            state["t"] += 1
            new, state["v"], state["s"] = update_parameters_with_adam(
                p, grads, state["v"], state["s"], state["t"], lr, c.beta1, c.beta2, c.epsilon
            )
        else:
            new = update_parameters(p, grads, lr)
        return new, state
