"""Two copies of one network trained in lockstep: one started symmetric (W = 0 or c), one random.

Same data, same learning rate, same number of steps; only the initial weights differ.
The symmetric copy's hidden units stay identical (seeds/004 section 3.11) until one of
them is perturbed; the random twin's units differ from the first step on.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np

from core.config import TrainConfig
from core.datasets import DATASETS, make_dataset
from core.history import CostHistory
from core.offload_state import EngineState, check_adoptable, pack, put_history, take_history, unpack
from core.plane_maps import GridCache, MapRequest
from core.plane_trainer import PlaneTrainer
from core.symmetry import symmetry_measure
from core.trainer import TrainSnapshot
from core.trainer_state import check_data
from core.validation import RANGES, CoreError, check

Array = np.ndarray

SYMMETRIC_INITS: tuple[str, ...] = ("zeros", "constant")
N_H_RANGE = RANGES["twin.n_h"].bounds
DATA_FIELDS = frozenset({"dataset", "m", "data_seed", "class1_share"})  # describe generated data
PERTURB_SCALE = 0.01  # the course's scale for small random weights


@dataclass(frozen=True)
class TwinConfig:
    """What both copies share, plus how the symmetric one starts; validated on creation.

    Both copies train on all m points (no test split), so the flower's classes are
    exactly balanced (200 : 200) unless `class1_share` keeps only part of class 1.
    """

    dataset: str = "flower"
    m: int = 400
    data_seed: int = 1
    class1_share: float = 1.0  # fraction of the class-1 points kept; 1.0 = balanced
    n_h: int = 4
    activation: str = "tanh"
    learning_rate: float = 1.2
    init: str = "zeros"  # the symmetric copy's start: every weight 0, or every weight c
    init_constant: float = 0.5
    init_seed: int = 0  # the random twin's draw (randn * 0.01)

    def __post_init__(self) -> None:
        if self.init not in SYMMETRIC_INITS:
            raise CoreError("value.choice", name="init", choices=", ".join(SYMMETRIC_INITS), value=self.init)
        check("n_h", self.n_h, "twin.n_h")
        check("class1_share", self.class1_share, "twin.class1_share")
        self.train_config(symmetric=True)  # TrainConfig checks the rest
        self.train_config(symmetric=False)

    def changed(self, **changes: Any) -> TwinConfig:
        return replace(self, **changes)

    def needs_restart(self, other: TwinConfig) -> bool:
        """Everything but the learning rate decides the start, so changing it starts over."""
        return any(
            getattr(self, f.name) != getattr(other, f.name) for f in fields(self) if f.name != "learning_rate"
        )

    def train_config(self, symmetric: bool) -> TrainConfig:
        """The TrainConfig of the symmetric copy, or of the random twin."""
        return TrainConfig(
            dataset=self.dataset,
            m=self.m,
            noise=DATASETS[self.dataset].default_noise if self.dataset in DATASETS else 0.2,
            test_ratio=0.0,
            data_seed=self.data_seed,
            n_h=self.n_h,
            activation=self.activation,
            init=self.init if symmetric else "random",
            init_constant=self.init_constant,
            init_seed=self.init_seed,
            learning_rate=self.learning_rate,
        )


def twin_data(config: TwinConfig) -> tuple[Array, Array]:
    """The data set, with class 1 thinned to `class1_share` of its points (evenly, seeded).

    Returns
    -------
    X (2, m'), Y (1, m') with m' = n0 + round(class1_share * n1)
    """
    c = config.train_config(symmetric=True)
    X, Y = make_dataset(c.dataset, c.m, c.noise, c.data_seed)
    if config.class1_share >= 1.0:
        return X, Y
    ones = np.flatnonzero(Y[0] == 1)
    n_keep = max(1, round(config.class1_share * ones.size))
    dropped = np.random.default_rng(c.data_seed).permutation(ones)[n_keep:]
    keep = np.setdiff1d(np.arange(Y.shape[1]), dropped)
    return X[:, keep], Y[:, keep]


@dataclass(frozen=True)
class TwinSnapshot:
    """Both copies at one step, and how far apart each copy's hidden units are."""

    step: int
    config: TwinConfig
    symmetric: TrainSnapshot
    random: TrainSnapshot
    symmetric_measure: float
    random_measure: float
    measure_steps: Array  # steps at which both measures were recorded
    symmetric_measures: Array
    random_measures: Array
    perturbations: tuple[tuple[int, int], ...]  # (step, unit) of each "Perturb one unit"
    stopped: bool  # a copy diverged: the engine cannot go on until a reset


class TwinEngine:
    """The lesson's engine: step(n), reset(), snapshot() drive both copies together."""

    steps_per_tick = None  # the engine contract's pacing: fill the controller's time budget

    def __init__(self, config: TwinConfig | None = None) -> None:
        self._config = config or TwinConfig()
        self._custom_data: tuple[Array, Array] | None = None
        self._maps: MapRequest | None = None
        self._grids = GridCache()  # both copies train on the same data: one grid
        self._build()

    @property
    def data(self) -> tuple[Array, Array]:
        """The data both copies train on: X (2, m), Y (1, m)."""
        return self._symmetric.data

    @property
    def has_custom_data(self) -> bool:
        return self._custom_data is not None

    def set_data(self, X: Array | None, Y: Array | None) -> None:
        """Both copies start over on the user's data (None: back to the generated set)."""
        if X is not None:
            check_data(X, Y)
        self._custom_data = None if X is None else (X, Y)
        self._build()

    @property
    def config(self) -> TwinConfig:
        return self._config

    def _build(self) -> None:
        data = self._custom_data or twin_data(self._config)
        self._symmetric = PlaneTrainer(self._config.train_config(symmetric=True), data, grids=self._grids)
        self._random = PlaneTrainer(self._config.train_config(symmetric=False), data, grids=self._grids)
        self.request_maps(self._maps)
        self._start()

    def request_maps(self, wanted: MapRequest | None) -> None:
        """Both copies' snapshots carry their plane maps (core.plane_maps) from now on."""
        self._maps = wanted
        self._symmetric.request_maps(wanted)
        self._random.request_maps(wanted)

    def _start(self) -> None:
        self._step = 0
        self._stopped = False
        self._perturbations: list[tuple[int, int]] = []
        self._symmetric_history = CostHistory()
        self._random_history = CostHistory()
        self._record()

    def _record(self) -> None:
        """Both measures at this step, computed only when the bounded history keeps them."""
        if not self._symmetric_history.wants_next():  # both histories keep the same offers
            self._symmetric_history.skip()
            self._random_history.skip()
            return
        self._symmetric_history.append(self._step, symmetry_measure(self._symmetric.parameters))
        self._random_history.append(self._step, symmetry_measure(self._random.parameters))

    def apply_config(self, config: TwinConfig) -> bool:
        """Adopt `config`; True when it started over (anything but the learning rate changed)."""
        restart = self._config.needs_restart(config)
        changed = {f.name for f in fields(config) if getattr(config, f.name) != getattr(self._config, f.name)}
        self._config = config
        if restart:
            if changed & DATA_FIELDS:
                self._custom_data = None  # a data-set setting: back to generated data
            self._build()
        else:
            self._symmetric.apply_config(config.train_config(symmetric=True))
            self._random.apply_config(config.train_config(symmetric=False))
        return restart

    def step(self, n: int = 1) -> int:
        """Up to n steps of both copies, one after the other; returns how many both made."""
        done = 0
        while done < n and not self._stopped:
            if not (self._symmetric.step(1) and self._random.step(1)):
                self._stopped = True  # a copy diverged; the lockstep cannot go on
                break
            self._step += 1
            self._record()
            done += 1
        return done

    def reset(self) -> None:
        """Both copies back to step 0: same data, same start, perturbations undone."""
        self._symmetric.reset()
        self._random.reset()
        self._start()

    def training_state(self) -> EngineState:
        """All that step(n) changes (core.offload_state), as copies: both copies' runs, the lockstep's
        count, whether a copy diverged, both measures' histories. No data, maps or work buffers."""
        arrays: dict = {}
        values = {"step": self._step, "stopped": self._stopped}
        put_history("symmetric", self._symmetric_history, arrays, values)
        put_history("random", self._random_history, arrays, values)
        runs = (self._symmetric.training_state(), self._random.training_state())
        return EngineState(runs, pack(arrays), values)

    def adopt_training_state(self, state: EngineState) -> bool:
        """Go on from `state`, made by a copy of this engine that stepped further. The
        perturbations are the user's (not the steps'): kept. True when a copy went back or changed
        at the same step."""
        if not isinstance(state, EngineState) or len(state.runs) != 2:
            raise ValueError("not a training state of a TwinEngine")
        check_adoptable(self._symmetric.run, state.runs[0])  # both or neither
        check_adoptable(self._random.run, state.runs[1])
        stale = self._symmetric.adopt_training_state(state.runs[0])
        stale = self._random.adopt_training_state(state.runs[1]) or stale
        arrays, values = unpack(state.arrays), state.values
        self._step, self._stopped = values["step"], values["stopped"]
        take_history("symmetric", arrays, values, into=self._symmetric_history)
        take_history("random", arrays, values, into=self._random_history)
        return stale

    def perturb_unit(self) -> int:
        """Nudge the next hidden unit of the symmetric copy by PERTURB_SCALE * randn; returns it."""
        unit = len(self._perturbations) % self._config.n_h
        self._symmetric.perturb_unit(unit, PERTURB_SCALE, seed=len(self._perturbations))
        self._perturbations.append((self._step, unit))
        return unit

    def live_snapshot(self) -> TwinSnapshot:
        """What the running timer draws: unit maps may be a few frames old (as requested)."""
        return self.snapshot(live=True)

    def snapshot(self, live: bool = False) -> TwinSnapshot:
        steps, sym = self._symmetric_history.arrays()
        _, rnd = self._random_history.arrays()
        return TwinSnapshot(
            step=self._step,
            config=self._config,
            symmetric=self._symmetric.snapshot(live),
            random=self._random.snapshot(live),
            symmetric_measure=symmetry_measure(self._symmetric.parameters),
            random_measure=symmetry_measure(self._random.parameters),
            measure_steps=steps,
            symmetric_measures=sym,
            random_measures=rnd,
            perturbations=tuple(self._perturbations),
            stopped=self._stopped,
        )
