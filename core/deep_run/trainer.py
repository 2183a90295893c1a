"""DeepTrainer: one L-layer run (data, parameters, optimizer, mini-batches, histories)."""

from __future__ import annotations

import math

import numpy as np

from core import deep
from core.datasets import make_dataset, train_test_split
from core.deep_run.config import DeepConfig
from core.features import map_features
from core.history import CostHistory
from core.optimizers import Optimizer, make_optimizer
from core.trainer_state import check_data

Array = np.ndarray
DEV_EVERY = 10  # the dev cost is sampled, not computed on every step
NORM_POINTS = 512  # per layer: a log-axis curve needs no more, and L curves are drawn each frame


def frozen(a: Array) -> Array:
    a = np.array(a, dtype=float, copy=True)
    a.flags.writeable = False
    return a


class DeepTrainer:
    """Trains DeepConfig's network; the engine contract: config, apply_config, step, reset, snapshot."""

    steps_per_tick = None  # fill the controller's time budget
    maps_interval_s = 0.0  # a view may let snapshots reuse the plane's maps this long while training

    def __init__(self, config: DeepConfig | None = None, data: tuple[Array, Array] | None = None) -> None:
        self._config = config or DeepConfig()
        self._custom = None if data is None else (frozen(data[0]), frozen(data[1]))
        self._view_cache: dict = {}
        self.reset()

    # -- the contract ----------------------------------------------------------------------
    @property
    def config(self) -> DeepConfig:
        return self._config

    def apply_config(self, config: DeepConfig) -> bool:
        """Adopt `config`; True when it started over (data, layers, activation, features, init)."""
        old, self._config = self._config, config
        if old.needs_restart(config):
            self.reset()
            return True
        if config != old and self.step_count:
            self.changed_mid_run = True  # the run no longer follows one config (exports refuse it)
        if config.optimizer != old.optimizer or (config.beta1, config.beta2) != (old.beta1, old.beta2):
            self._optimizers = self._new_optimizers()  # fresh averages, same parameters
        if config.batch_size != old.batch_size:
            self._order = np.arange(0)
        return False

    def reset(self) -> None:
        """Step 0: same data, same initial parameters, same random sequence (masks, batches)."""
        c = self._config
        X, Y = (
            self._custom if self._custom is not None else make_dataset(c.dataset, c.m, c.noise, c.data_seed)
        )
        self._X, self._Y = frozen(X), frozen(Y)
        self._set_split(*train_test_split(self._X, self._Y, c.dev_ratio, c.data_seed))
        self.parameters = deep.initialize_parameters_deep(c.layer_dims, c.init, c.init_seed)
        self._optimizers = self._new_optimizers()
        self._rng = np.random.default_rng(c.dropout_seed)
        self._order = np.arange(0)
        self.step_count = self.epoch = 0
        self._epoch_sum, self._epoch_batches = 0.0, 0
        self.diverged_at: int | None = None
        self.changed_mid_run = False
        self.grad_norms = np.full(len(c.layer_dims) - 1, np.nan)
        self.histories = {name: CostHistory() for name in ("cost", "epoch", "dev")}
        self.norm_histories = [CostHistory(NORM_POINTS) for _ in c.layer_dims[1:]]

    def _set_split(self, X_train: Array, Y_train: Array, X_dev: Array, Y_dev: Array) -> None:
        self.X_train, self.Y_train, self.X_dev, self.Y_dev = (
            frozen(a) for a in (X_train, Y_train, X_dev, Y_dev)
        )
        self.A0_train = map_features(self.X_train, self._config.features)
        self.A0_dev = map_features(self.X_dev, self._config.features)

    def _new_optimizers(self) -> dict[str, Optimizer]:
        c = self._config
        return {
            k: make_optimizer(
                c.optimizer, c.learning_rate, beta1=c.beta1, beta2=c.beta2, beta_rmsprop=c.beta2
            )
            for k in self.parameters
        }

    @property
    def data(self) -> tuple[Array, Array]:
        """The whole data set X (2, m), Y (1, m) before the train/dev split."""
        return self._X, self._Y

    @property
    def has_custom_data(self) -> bool:
        return self._custom is not None

    def set_data(self, X: Array | None, Y: Array | None) -> None:
        """Start over on the user's data (X (2, m), Y (1, m)); None: back to the generated set."""
        if X is not None:
            check_data(X, Y)
        self._custom = None if X is None else (frozen(X), frozen(Y))
        self.reset()

    def split(self) -> tuple[Array, Array, Array, Array]:
        return self.X_train, self.Y_train, self.X_dev, self.Y_dev

    def set_split(self, X_train: Array, Y_train: Array, X_dev: Array, Y_dev: Array) -> None:
        """Go on from the current parameters on this exact split (drawn points)."""
        check_data(X_train, Y_train)
        self._custom = (frozen(np.hstack([X_train, X_dev])), frozen(np.hstack([Y_train, Y_dev])))
        self._X, self._Y = self._custom
        self._set_split(X_train, Y_train, X_dev, Y_dev)
        self._order = np.arange(0)
        self.changed_mid_run = self.changed_mid_run or self.step_count > 0

    # -- training ----------------------------------------------------------------------------
    @property
    def current_learning_rate(self) -> float:
        """alpha = alpha0 / (1 + decay_rate * epoch) (course 2 week 2)."""
        c = self._config
        return c.learning_rate / (1.0 + c.decay_rate * self.epoch)

    def step(self, n: int = 1) -> int:
        """Up to n updates (one mini-batch each); returns how many ran (fewer once diverged)."""
        done = 0
        with np.errstate(all="ignore"):  # overflow is detected, not printed
            while done < n and self.diverged_at is None:
                if self.step_count % DEV_EVERY == 0:
                    self._record_dev_cost()
                if not self._one_step():
                    self.diverged_at = self.step_count
                    break
                done += 1
        return done

    def _one_step(self) -> bool:
        c, p = self._config, self.parameters
        A0, Y, last_of_epoch = self._next_batch()
        AL, caches = deep.L_model_forward(
            A0, p, c.activation, c.keep_prob, rng=self._rng, leaky_slope=c.leaky_slope
        )
        cost = deep.compute_cost_with_regularization(AL, Y, p, c.lambd, ZL=caches[-1].activation_cache)
        grads = deep.L_model_backward(AL, Y, caches, lambd=c.lambd)
        alpha = self.current_learning_rate
        new = {}
        for k, opt in self._optimizers.items():
            opt.learning_rate = alpha
            new[k] = opt.update(p[k], grads["d" + k])
        if not (math.isfinite(cost) and all(np.isfinite(v).all() for v in new.values())):
            return False  # the last finite parameters stay
        self.parameters = new
        L = len(p) // 2
        self.grad_norms = np.array(
            [math.sqrt(float(np.vdot(grads[f"dW{l}"], grads[f"dW{l}"]))) for l in range(1, L + 1)]
        )
        for history, norm in zip(self.norm_histories, self.grad_norms, strict=True):
            history.append(self.step_count, norm)
        self.histories["cost"].append(self.step_count, cost)
        self._epoch_sum += cost
        self._epoch_batches += 1
        self.step_count += 1
        if last_of_epoch:
            self.histories["epoch"].append(self.step_count, self._epoch_sum / self._epoch_batches)
            self._epoch_sum, self._epoch_batches = 0.0, 0
            self.epoch += 1
        return True

    def _next_batch(self) -> tuple[Array, Array, bool]:
        """The full set, or the next mini-batch of a reshuffled epoch (the course's
        random_mini_batches: full batches, then a last smaller one); True if it ends the epoch."""
        m = self.X_train.shape[1]
        size = self._config.batch_size
        if size <= 0 or size >= m:
            return self.A0_train, self.Y_train, True
        if self._order.size == 0:
            self._order = self._rng.permutation(m)
        batch, self._order = self._order[:size], self._order[size:]
        return self.A0_train[:, batch], self.Y_train[:, batch], self._order.size == 0

    def _record_dev_cost(self) -> None:
        history = self.histories["dev"]
        if not self.Y_dev.size or not history.wants_next():
            history.skip()
            return
        c = self._config
        AL, caches = deep.L_model_forward(
            self.A0_dev, self.parameters, c.activation, leaky_slope=c.leaky_slope
        )
        cost = deep.compute_cost(AL, self.Y_dev, caches[-1].activation_cache)
        if math.isfinite(cost):
            history.append(self.step_count, cost)
        else:
            history.skip()

    def snapshot(self):
        """An immutable picture with everything the views draw (see core.deep_run.snapshot)."""
        from core.deep_run.snapshot import take_snapshot

        return take_snapshot(self, self._view_cache)

    # -- sessions ----------------------------------------------------------------------------
    def state(self) -> dict:
        from core.deep_run.state import trainer_state

        return trainer_state(self)

    @classmethod
    def from_state(cls, state: dict) -> DeepTrainer:
        from core.deep_run.state import restore_trainer

        return restore_trainer(cls, state)
