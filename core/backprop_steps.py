"""The backprop step-through engine: one stage per step, a history to walk back, edits by hand.

A small net (n_x = 2, n_h 2..6) on a small batch (m 1..8 examples from a data set).
Step k of the run is stage k % 16 of iteration k // 16 + 1 (see core.backprop_stages).
Each iteration is computed whole by core.network when the walk first enters it and is
stored read-only, so going back and forward again shows the very same arrays.

An edited weight or bias is used from the next forward pass: at once if the walk stands
at the X stage (Z1 is not computed yet), otherwise from the next iteration, in place of
what this iteration's update gives that entry.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from core.activations import ACTIVATION_NAMES
from core.backprop_deep import compute_deep_iteration
from core.backprop_stages import (
    Iteration,
    Stage,
    compute_iteration,
    frozen,
)
from core.config import _check_choice, _check_range  # the same checks as TrainConfig's
from core.datasets import DATASET_NAMES, DATASETS, make_dataset
from core.deep import initialize_parameters_deep
from core.gradcheck import GradCheck
from core.network import initialize_parameters
from core.validation import RANGES, CoreError

Array = np.ndarray
Params = dict[str, Array]

N_H_RANGE = RANGES["backprop.n_h"].bounds
MAX_LAYERS = 4  # L: up to three hidden layers, e.g. [2, 4, 3, 1]
M_RANGE = RANGES["backprop.m"].bounds
LEARNING_RATE_RANGE = RANGES["learning_rate"].bounds
INITS: tuple[str, ...] = ("xavier", "random", "he", "zeros")
PARAM_LIMIT = 100.0  # |typed weight| beyond this saturates every unit: refused
POOL = 400  # the batch is picked from this many points of the data set
HISTORY_LIMIT = 2000  # iterations kept for going back


@dataclass(frozen=True)
class BackpropConfig:
    """The lesson's settings; any change but the learning rate starts the walk over."""

    dataset: str = "flower"
    n_h: int = 4
    m: int = 3
    activation: str = "tanh"
    learning_rate: float = 1.2
    init: str = "xavier"
    seed: int = 1
    deeper: tuple[int, ...] = ()  # hidden sizes after n_h: (3,) is [2, n_h, 3, 1]; () the 2-layer walk

    @property
    def layer_dims(self) -> tuple[int, ...]:
        """[n_x, n^[1], ..., n^[L]] = [2, n_h, *deeper, 1]."""
        return (2, self.n_h, *self.deeper, 1)

    def changed(self, **changes: object) -> BackpropConfig:
        """A copy with `changes`, validated (the engine contract's way to change a config)."""
        return replace(self, **changes)

    def __post_init__(self) -> None:
        _check_choice("dataset", self.dataset, DATASET_NAMES)
        _check_choice("activation", self.activation, ACTIVATION_NAMES)
        _check_choice("init", self.init, INITS)
        _check_range("n_h", self.n_h, *N_H_RANGE, integer=True)
        _check_range("m", self.m, *M_RANGE, integer=True)
        _check_range("seed", self.seed, 0, 2**32 - 1, integer=True)
        _check_range("learning_rate", self.learning_rate, *LEARNING_RATE_RANGE)
        object.__setattr__(self, "deeper", tuple(self.deeper))
        _check_range("L", len(self.layer_dims) - 1, 2, MAX_LAYERS, integer=True)
        for n in self.deeper:
            _check_range("n^[l]", n, *N_H_RANGE, integer=True)


def parse_layer_dims(text: str) -> tuple[int, tuple[int, ...]]:
    """(n_h, deeper) from a typed "2, 4, 3, 1": n_x = 2 and n^[L] = 1, 2 to MAX_LAYERS layers.

    Raises ValueError with a message for anything else.
    """
    parts = [t for t in text.replace("[", " ").replace("]", " ").replace(",", " ").split() if t]
    try:
        dims = [int(t) for t in parts]
    except ValueError:
        raise ValueError(f"layer sizes must be whole numbers, got “{text.strip()}”") from None
    if len(dims) < 3 or len(dims) > MAX_LAYERS + 1 or dims[0] != 2 or dims[-1] != 1:
        raise ValueError(f"layer_dims is [2, n^[1], ..., 1] with 2 to {MAX_LAYERS} layers, got {dims}")
    config = BackpropConfig(n_h=dims[1], deeper=tuple(dims[2:-1]))  # checks the hidden sizes
    return config.n_h, config.deeper


def pick_batch(dataset: str, m: int, seed: int) -> tuple[Array, Array]:
    """m examples of `dataset`, classes alternating (0, 1, 0, ...), reproducible from `seed`.

    Returns
    -------
    X : (2, m) read-only,  Y : (1, m) read-only of 0/1
    """
    X_all, Y_all = make_dataset(dataset, POOL, DATASETS[dataset].default_noise, seed)
    rng = np.random.default_rng(seed)
    by_class = [rng.permutation(np.flatnonzero(Y_all[0] == c)) for c in (0.0, 1.0)]
    idx = [by_class[i % 2][i // 2] for i in range(m)]
    return frozen(X_all[:, idx]), frozen(Y_all[:, idx])


def param_label(key: str, index: tuple[int, int], L: int = 2) -> str:
    """W1[i, j], b1[i], W2[0, j] or b2: how the lesson names one entry (numpy indices).

    The output layer's bias b^[L] (one unit) is named without an index.
    """
    i, j = index
    if key[0] == "W":
        return f"{key}[{i}, {j}]"
    return key if key == f"b{L}" else f"{key}[{i}]"


@dataclass(frozen=True)
class Edit:
    """A value typed for one entry of one parameter."""

    key: str
    index: tuple[int, int]
    value: float
    L: int = 2  # layers of the network (names its output bias)

    @property
    def label(self) -> str:
        return f"{param_label(self.key, self.index, self.L)} = {self.value:.6g}"


@dataclass(frozen=True)
class BackpropSnapshot:
    """What the view may see at one stage: read-only arrays, no engine."""

    step: int  # stages walked since the start
    iteration: int  # 1-based
    stage: Stage
    config: BackpropConfig
    X: Array
    Y: Array
    parameters: Params  # as they stand at this stage: updated ones from their update stage on
    cost: float | None  # this iteration's J, from the J stage on
    previous_cost: float | None
    check: GradCheck  # of the parameters this forward pass uses
    edited: tuple[str, ...]  # edits this iteration's forward pass uses
    pending: tuple[Edit, ...]  # edits waiting for the next forward pass
    halted: str  # why the walk cannot go on, or ""
    earliest_step: int  # how far back the stored history reaches
    halted_reason: CoreError | None = None  # `halted` by its message id, for translation


class BackpropEngine:
    """step(n) walks n stages; back(n), next_forward_pass(), reset(), set_parameter()."""

    steps_per_tick = 0.032  # the controller adds this x speed each 16 ms tick: ~2 stages/s

    def __init__(self, config: BackpropConfig | None = None) -> None:
        self._config = config or BackpropConfig()
        self.reset()

    @property
    def config(self) -> BackpropConfig:
        return self._config

    @property
    def step_count(self) -> int:
        return self._step

    def reset(self) -> None:
        """Back to the X stage of iteration 1: same batch, same initial weights, no edits."""
        c = self._config
        self._X, self._Y = pick_batch(c.dataset, c.m, c.seed)
        if c.deeper:
            params = initialize_parameters_deep(c.layer_dims, scheme=c.init, seed=c.seed)
        else:  # the 2-layer walk: the very same draws as before the L-layer engine
            params = initialize_parameters(2, c.n_h, scheme=c.init, seed=c.seed)
        self._pending: dict[tuple[str, tuple[int, int]], float] = {}
        self._iterations = [self._compute(1, params, ())]
        self._first = 1  # number of self._iterations[0]
        self._step = 0
        self._halted = ""

    def apply_config(self, config: BackpropConfig) -> bool:
        """Adopt `config`; True when it started over (anything but the learning rate changed).

        A new learning rate recomputes the current iteration's update and drops the
        iterations computed after it.
        """
        restart = replace(config, learning_rate=self._config.learning_rate) != self._config
        self._config = config
        if restart:
            self.reset()
        elif self._current.learning_rate != config.learning_rate:
            cur = self._current
            self._replace_current(self._compute(cur.number, cur.parameters, cur.edited, take_pending=False))
        return restart

    def step(self, n: int = 1) -> int:
        """Walk n stages forward, computing each new iteration on entering it; returns how many."""
        done = 0
        while done < n:
            target = self._step + 1
            number = target // self._per + 1
            if number > self._last_number and not self._append_next():
                break
            self._step = target
            done += 1
        return done

    def back(self, n: int = 1) -> int:
        """Walk n stages back through the stored history; returns how many."""
        earliest = (self._first - 1) * self._per
        done = min(n, self._step - earliest)
        self._step -= done
        return done

    def next_forward_pass(self) -> int:
        """Go to the X stage of the next iteration; returns the stages walked."""
        per = self._per
        return self.step((self._step // per + 1) * per - self._step)

    def set_parameter(self, key: str, index: tuple[int, int], value: float) -> bool:
        """Type `value` into one entry; True if this forward pass uses it (at the X stage).

        Otherwise it waits for the next iteration; iterations computed after this one are
        dropped either way. Raises ValueError (and changes nothing) for a bad entry or value.
        """
        cur = self._current
        shape = cur.parameters[key].shape if key in cur.parameters else ()
        index = tuple(int(i) for i in index)
        if len(index) != len(shape) or not all(0 <= i < s for i, s in zip(index, shape)):  # noqa: B905
            raise ValueError(f"there is no parameter {key}{list(index)} in this network")
        value = float(value)
        if not (math.isfinite(value) and abs(value) <= PARAM_LIMIT):
            label = param_label(key, index, self._L)
            raise CoreError(
                "value.finite_range", name=label, lo=-PARAM_LIMIT, hi=PARAM_LIMIT, value=f"{value:g}"
            )
        self._pending[(key, index)] = value
        self._drop_after(cur.number)
        if self._step % self._per:
            return False
        self._replace_current(self._compute(cur.number, cur.parameters, cur.edited))
        return True

    def snapshot(self) -> BackpropSnapshot:
        cur = self._current
        index = self._step % self._per
        at = {s.name: s.index for s in cur.stages if s.phase in ("update", "forward")}
        params = {
            key: cur.updated[key] if index >= at[key] else cur.parameters[key] for key in cur.parameters
        }  # W1 is the updated one from stage "W1" (the update) on, and so on
        position = cur.number - self._first
        before = self._iterations[position - 1] if position > 0 else None
        pending = tuple(Edit(key, i, v, self._L) for (key, i), v in self._pending.items())
        return BackpropSnapshot(
            self._step, cur.number, cur.stages[index], self._config, self._X, self._Y, params,
            cur.cost if index >= at["J"] else None,
            before.cost if before else None, cur.check, cur.edited, pending, str(self._halted),
            (self._first - 1) * self._per, self._halted or None,
        )  # fmt: skip

    # -- internals -------------------------------------------------------------------

    @property
    def _current(self) -> Iteration:
        return self._iterations[self._step // self._per + 1 - self._first]

    @property
    def _per(self) -> int:
        """Stages in one iteration: 16 for the 2-layer walk, 8L + 2 for L layers."""
        return len(self._iterations[0].stages)

    @property
    def stages_per_iteration(self) -> int:
        return self._per

    @property
    def _L(self) -> int:
        return len(self._config.layer_dims) - 1

    @property
    def _last_number(self) -> int:
        return self._first + len(self._iterations) - 1

    def _compute(
        self, number: int, params: Params, edited: tuple[str, ...], take_pending: bool = True
    ) -> Iteration:
        """Iteration `number` from `params`; with take_pending, the pending edits written in."""
        params = {k: np.array(v, dtype=float) for k, v in params.items()}
        labels = {label.split(" = ")[0]: label for label in edited}
        if take_pending:
            for (key, index), value in self._pending.items():
                params[key][index] = value
                labels[param_label(key, index, self._L)] = Edit(key, index, value, self._L).label
            self._pending.clear()
        c = self._config
        compute = compute_deep_iteration if c.deeper else compute_iteration
        return compute(number, self._X, self._Y, params, c.activation,
                                 c.learning_rate, tuple(labels.values()))  # fmt: skip

    def _append_next(self) -> bool:
        """Compute the iteration after the last stored one; False if its numbers overflow."""
        last = self._iterations[-1]
        pending = dict(self._pending)
        new = self._compute(last.number + 1, last.updated, ())
        if not _finite(new):
            self._pending = pending
            self._halted = CoreError("backprop.overflow", iteration=new.number)
            return False
        self._halted = ""
        self._iterations.append(new)
        if len(self._iterations) > HISTORY_LIMIT:
            self._iterations.pop(0)
            self._first += 1
        return True

    def _replace_current(self, iteration: Iteration) -> None:
        self._iterations[iteration.number - self._first] = iteration
        self._drop_after(iteration.number)

    def _drop_after(self, number: int) -> None:
        del self._iterations[number - self._first + 1 :]
        self._halted = ""


def _finite(it: Iteration) -> bool:
    arrays = [*it.parameters.values(), *it.cache.values(), *it.grads.values(), *it.updated.values()]
    return math.isfinite(it.cost) and all(np.isfinite(a).all() for a in arrays)
