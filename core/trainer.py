"""The Trainer: owns the data, the parameters, the step count and the cost curves of one run."""

from __future__ import annotations

import math

import numpy as np

from core import models
from core.config import TrainConfig
from core.datasets import make_dataset, train_test_split
from core.deep_optim import schedule_lr_decay, update_lr
from core.fused import augment
from core.history import CostHistory
from core.offload_state import TrainingState, adopt_run, refreeze, run_training_state
from core.run_state import RunState
from core.trainer_snapshot import TrainSnapshot, evaluate, layer_fields, read_only
from core.trainer_state import check_data, restore_trainer, trainer_state

__all__ = ["TEST_EVERY", "TrainSnapshot", "Trainer"]

Array = np.ndarray
TEST_EVERY = 10  # the test cost is sampled, not computed on every step


def _frozen(a: Array) -> Array:
    a = np.array(a, copy=True)
    a.flags.writeable = False
    return a


class Trainer:
    """Trains one model on one data set; step(n), reset() and snapshot() are all the GUI needs."""

    steps_per_tick = None  # the engine contract's pacing: fill the controller's time budget

    def __init__(self, config: TrainConfig | None = None, data: tuple[Array, Array] | None = None):
        self._config = config or TrainConfig()
        self._custom_data = None if data is None else (_frozen(data[0]), _frozen(data[1]))
        self.reset()

    @property
    def config(self) -> TrainConfig:
        return self._config

    @property
    def step_count(self) -> int:
        return self.run.step

    @property
    def diverged_at(self) -> int | None:
        return self.run.diverged_at

    @property
    def changed_mid_run(self) -> bool:
        """True once a setting changed (or the data were edited) after the first step."""
        return self.run.changed_mid_run

    @property
    def custom_data(self) -> tuple[Array, Array] | None:
        """The user's whole data set (X (2, m), Y (1, m)), or None for a generated one."""
        return self._custom_data

    @property
    def data(self) -> tuple[Array, Array]:
        """The whole data set (X (2, m), Y (1, m)) before the train/test split."""
        return self._X, self._Y

    def reset(self) -> None:
        """Back to step 0: same data, same initial parameters, same random sequence."""
        c = self._config
        if self._custom_data is not None:
            self._X, self._Y = self._custom_data
        else:
            self._X, self._Y = (_frozen(a) for a in make_dataset(c.dataset, c.m, c.noise, c.data_seed))
        self._split()
        layers = 0 if c.model == "logistic" else len(c.hidden_layers) + 1
        self.run = RunState(
            stepper=models.make_stepper(c, c.n_x),
            rng=np.random.default_rng(c.dropout_seed),
            norm_histories=[CostHistory() for _ in range(layers)],
        )

    def apply_config(self, config: TrainConfig) -> bool:
        """Adopt `config`; returns True when it had to start over (data, n_h, activation, init)."""
        restart = self._config.needs_restart(config)
        if not restart and config != self._config and self.run.step:
            self.run.changed_mid_run = True
        self._config = config
        if restart:
            self.reset()
        return restart

    @property
    def parameters(self) -> dict[str, Array]:
        """The current parameters as read-only views: cheap enough to read after every step.

        The views follow training (the hot path updates in place): copy what you keep.
        """
        return self.run.stepper.parameter_views()

    def perturb_unit(self, unit: int, scale: float = 0.01, seed: int = 0, layer: int = 1) -> None:
        """Add scale * randn(n^[layer-1]) (from default_rng(seed)) to unit `unit`'s row of W^[layer].

        The one way to make an identical unit different without starting over (the
        zero-initialization lesson's "Perturb one unit"); reset() undoes it.
        """
        if self._config.model != "network":
            raise ValueError("only the network has hidden units to perturb")
        hidden = self._config.hidden_layers
        if not 1 <= layer <= len(hidden):
            raise ValueError(f"layer must be in 1..{len(hidden)}, got {layer}")
        if not 0 <= unit < hidden[layer - 1]:
            raise ValueError(f"unit must be in 0..{hidden[layer - 1] - 1}, got {unit}")
        n_prev = self._config.n_x if layer == 1 else hidden[layer - 2]
        self.run.stepper.perturb_row(layer, unit, scale * np.random.default_rng(seed).standard_normal(n_prev))

    def set_data(self, X: Array | None, Y: Array | None) -> None:
        """Start over on the user's own data (X (2, m), Y (1, m)); None: back to the generated set."""
        if X is not None:
            check_data(X, Y)
        self._custom_data = None if X is None else (_frozen(X), _frozen(Y))
        self.reset()

    def set_split(self, X_train: Array, Y_train: Array, X_test: Array, Y_test: Array) -> None:
        """Go on training, from the current parameters and step, on this exact split (drawn data)."""
        check_data(X_train, Y_train)
        self._custom_data = (_frozen(np.hstack([X_train, X_test])), _frozen(np.hstack([Y_train, Y_test])))
        self._X, self._Y = self._custom_data
        self._X_train, self._Y_train = _frozen(X_train), _frozen(Y_train)
        self._X_test, self._Y_test = _frozen(X_test), _frozen(Y_test)
        self._Xa_train = augment(models.inputs(self._X_train, self._config))
        self.run.order = np.arange(0)  # the epoch's order referred to the old columns
        self.run.changed_mid_run = self.run.changed_mid_run or self.run.step > 0

    def split(self) -> tuple[Array, Array, Array, Array]:
        """(X_train, Y_train, X_test, Y_test), read-only."""
        return self._X_train, self._Y_train, self._X_test, self._Y_test

    def _split(self) -> None:
        c = self._config
        split = train_test_split(self._X, self._Y, c.test_ratio, c.data_seed)
        self._X_train, self._Y_train, self._X_test, self._Y_test = (_frozen(a) for a in split)
        self._Xa_train = augment(models.inputs(self._X_train, c))  # [A0 ; 1]: the steppers fold b into W

    @property
    def has_custom_data(self) -> bool:
        return self._custom_data is not None

    def __setstate__(self, state: dict) -> None:
        """Unpickle (core.offload_state): the data sets are read-only again, as in every snapshot."""
        self.__dict__.update(state)
        refreeze(self._X, self._Y, self._X_train, self._Y_train, self._X_test, self._Y_test)
        refreeze(*(self._custom_data or ()))

    def training_state(self) -> TrainingState:
        """All that `step(n)` changes of `run` (parameters, optimizer averages, last gradients,
        generator, epoch order, counters, histories) as copies, without data or work buffers."""
        return run_training_state(self.run)

    def adopt_training_state(self, state: TrainingState) -> bool:
        """Go on from `state`, made by a copy of this trainer (same config and data) that stepped
        further (core.offload_state). True when it went back or changed at the same step (a cache
        keyed by the step is stale then); a state of another model raises ValueError."""
        return adopt_run(self.run, state)

    def state(self) -> dict:
        """The whole run as JSON values (see core.trainer_state)."""
        return trainer_state(self)

    @classmethod
    def from_state(cls, state: dict) -> Trainer:
        """A trainer that goes on exactly where `state` was; bad contents raise ValueError."""
        return restore_trainer(cls, state)

    def step(self, n: int = 1) -> int:
        """Run up to n gradient-descent steps; returns how many ran (fewer once diverged)."""
        done, c, run = 0, self._config, self.run
        full_batch = c.batch_size <= 0 or c.batch_size >= self._X_train.shape[1]
        with np.errstate(all="ignore"):  # overflow is detected below, not printed
            while done < n and run.diverged_at is None:
                if run.step % TEST_EVERY == 0:
                    self._record_test_cost()
                    self._record_norms()
                Xa, Y = self._next_batch()
                rate = None if c.decay == "none" else self.learning_rate
                cost = run.stepper.step(Xa, Y, c, run.rng, rate)
                if not math.isfinite(cost):  # the stepper kept the last finite parameters
                    run.diverged_at = run.step
                    break
                run.history.append(run.step, cost)
                run.step += 1
                done += 1
                if full_batch:  # every step is an epoch; its cost is the step's (cost_values)
                    run.epoch += 1
                else:
                    self._count_epoch(cost, Y.shape[1])
        return done

    @property
    def epoch(self) -> int:
        """Finished epochs: full batch, one per step; with mini-batches, one per reshuffle."""
        return self.run.epoch

    @property
    def learning_rate(self) -> float:
        """alpha for the next step: alpha0, or decayed by the finished epochs (course 2 week 2)."""
        c = self._config
        if c.decay == "inverse":
            return update_lr(c.learning_rate, self.run.epoch, c.decay_rate)
        if c.decay == "scheduled":
            return schedule_lr_decay(c.learning_rate, self.run.epoch, c.decay_rate, c.decay_interval)
        return c.learning_rate

    def _count_epoch(self, cost: float, m_t: int) -> None:
        """Add a mini-batch's J to its epoch; at the epoch's end record the mean (the course's cost_avg)."""
        run = self.run
        total = run.epoch_sum
        total[0] += cost * m_t
        total[1] += m_t
        if run.order.size < self._config.batch_size:  # the next batch reshuffles
            run.epoch += 1
            run.epoch_history.append(run.step, total[0] / total[1])
            run.epoch_sum = [0.0, 0]

    def _record_norms(self) -> None:
        """||dW^[l]|| of the last step, every TEST_EVERY steps, kept like the cost (bounded)."""
        histories = self.run.norm_histories
        if not histories:
            return
        if not histories[0].wants_next() or self.run.step == 0:
            for h in histories:
                h.skip()
            return
        for h, value in zip(histories, self.run.stepper.gradient_norms(), strict=True):
            h.append(self.run.step, float(value))

    def _record_test_cost(self) -> None:
        """J on the held-out set, every TEST_EVERY steps (before this step's update)."""
        if not self._Y_test.size:
            return
        history = self.run.test_history
        if not history.wants_next():
            history.skip()
            return
        cost = models.cost(self.run.stepper.parameter_views(), self._X_test, self._Y_test, self._config)
        if np.isfinite(cost):
            history.append(self.run.step, cost)
        else:
            history.skip()

    def _next_batch(self) -> tuple[Array, Array]:
        """[X ; 1] and Y of the full training set, or of the next mini-batch of a reshuffled epoch."""
        m = self._X_train.shape[1]
        size = self._config.batch_size
        if size <= 0 or size >= m:
            return self._Xa_train, self._Y_train
        run = self.run
        if run.order.size < size:  # start a new epoch (complete batches only: the rest waits)
            run.order = run.rng.permutation(m)
        batch, run.order = run.order[:size], run.order[size:]
        return self._Xa_train[:, batch], self._Y_train[:, batch]

    def snapshot(self, diagnose: bool = True) -> TrainSnapshot:
        """An immutable picture of the run now (arrays read-only, detached from training).

        `diagnose`: with the layers' W norms and activation histograms (a forward pass with
        caches and a histogram per layer over the training set); without, those stay empty."""
        c, run = self._config, self.run
        p = run.stepper.parameters()
        with np.errstate(all="ignore"):
            test_cost, test_accuracy = models.cost_and_accuracy(p, self._X_test, self._Y_test, c)
            train_accuracy, diagnostics = evaluate(p, self._X_train, self._Y_train, c, diagnose)
        steps, values = run.history.arrays()
        t_steps, t_values = run.test_history.arrays()
        e_steps, e_values = run.epoch_history.arrays()
        if not e_steps.size and (c.batch_size <= 0 or c.batch_size >= self._X_train.shape[1]):
            e_steps, e_values = steps + 1, values  # full batch: each step ended an epoch
        layers = layer_fields(c, c.n_x, diagnostics, run.stepper.gradient_norms(), run.norm_histories)
        return TrainSnapshot(
            step=run.step,
            config=c,
            parameters={k: read_only(v) for k, v in p.items()},  # p holds fresh copies
            X_train=self._X_train,
            Y_train=self._Y_train,
            X_test=self._X_test,
            Y_test=self._Y_test,
            train_cost=run.history.last(),
            test_cost=test_cost,
            train_accuracy=train_accuracy,
            test_accuracy=test_accuracy,
            cost_steps=steps,
            cost_values=values,
            test_cost_steps=t_steps,
            test_cost_values=t_values,
            diverged_at=run.diverged_at,
            epoch=run.epoch,
            learning_rate=self.learning_rate,
            epoch_cost_steps=e_steps,
            epoch_cost_values=e_values,
            **layers,
        )
