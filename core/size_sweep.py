"""The course's hidden-layer-size experiment: one data set, n_h = 1 ... 50, trained in lockstep."""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.config import TrainConfig
from core.offload_state import EngineState, adopt_runs, runs_state
from core.plane_maps import GridCache, MapRequest
from core.plane_trainer import PlaneTrainer
from core.trainer import TrainSnapshot
from core.validation import CoreError

SIZES: tuple[int, ...] = (1, 2, 3, 4, 5, 20, 50)  # the sizes of the course's notebook
SWEEP_FIELDS = frozenset({"dataset", "activation", "learning_rate"})  # what the lesson lets vary

# The course's notebook: all 400 flower points for training, no test split, tanh, alpha = 1.2,
# W = randn * 0.01 drawn after np.random.seed(2) (in initialize_parameters), 5,000 iterations.
COURSE_CONFIG = TrainConfig(
    dataset="flower", test_ratio=0.0, activation="tanh", learning_rate=1.2, legacy_init=True, init_seed=2
)
COURSE_ITERATIONS = 5000
COURSE_ACCURACIES = {1: 0.675, 2: 0.6725, 3: 0.9075, 4: 0.905, 5: 0.9125, 20: 0.90, 50: 0.9025}  # train


@dataclass(frozen=True)
class SweepSnapshot:
    """Every run at one moment; `step` is the furthest run's (a diverged run stops earlier)."""

    step: int
    config: TrainConfig
    runs: tuple[TrainSnapshot, ...]  # one per size, in SIZES order


class SizeSweep:
    """One Trainer per hidden-layer size, all on the same data and the same settings.

    The data set is the same for every size because it depends only on the shared
    config (dataset, m, noise, data_seed); only n_h differs between the trainers.
    """

    steps_per_tick = None  # the engine contract's pacing: fill the controller's time budget

    def __init__(self, config: TrainConfig | None = None, sizes: tuple[int, ...] = SIZES) -> None:
        self._config = config or TrainConfig()
        self.sizes = tuple(sizes)
        grids = GridCache()  # the runs share the data: one grid for all
        self.trainers = [PlaneTrainer(replace(self._config, n_h=n_h), grids=grids) for n_h in self.sizes]
        self._maps_per_live = 0  # 0: every run's maps in every snapshot
        self._turn = 0
        self._live_runs: tuple[TrainSnapshot, ...] | None = None  # the last live snapshot's runs

    @property
    def course(self) -> bool:
        """True while the runs are the course's notebook (its settings, its start, its stop)."""
        return self._config == COURSE_CONFIG

    def set_course(self, on: bool) -> None:
        """Switch to the course's setup (every run from step 0) or back to the settings before it."""
        if on and not self.course:
            self._before = self._config
        self.apply_config(COURSE_CONFIG if on else getattr(self, "_before", TrainConfig()))
        self.reset()

    @property
    def config(self) -> TrainConfig:
        return self._config

    def apply_config(self, config: TrainConfig) -> bool:
        """Adopt `config` for every size; True when the runs started over."""
        restarted = [t.apply_config(replace(config, n_h=t.config.n_h)) for t in self.trainers]
        self._config = config
        return any(restarted)

    def changed(self, **changes) -> TrainConfig:
        """The shared config with `changes` (validated; n_h is the sweep's, not the user's)."""
        unknown = set(changes) - SWEEP_FIELDS
        if unknown:
            raise CoreError("sweep.fixed", names=", ".join(sorted(unknown)))
        return self._config.changed(**changes)

    def step(self, n: int = 1) -> int:
        """n steps of every run that can still go on; the most any run did (0: all stopped).

        In the course's setup the runs stop at the notebook's 5,000 iterations."""
        if self.course:
            n = min(n, COURSE_ITERATIONS - max(t.step_count for t in self.trainers))
            if n <= 0:
                return 0
        return max(t.step(n) for t in self.trainers)

    def reset(self) -> None:
        for t in self.trainers:
            t.reset()

    def __getstate__(self) -> dict:
        """Pickle without the last live snapshot's runs (pictures: made again by the next one)."""
        return {**self.__dict__, "_live_runs": None}

    def training_state(self) -> EngineState:
        """Every run's training state (core.offload_state): copies, no data."""
        return runs_state(self.trainers)

    def adopt_training_state(self, state: EngineState) -> bool:
        """Every run goes on from its part of `state` (made by a copy of this sweep). A live
        snapshot reuses a run's last picture unless its step went back: a state that goes back or
        changes a run at the same step drops them."""
        stale = adopt_runs(self.trainers, state)
        if stale:
            self._live_runs = None
        return stale

    def request_maps(self, wanted: MapRequest | None, per_live_snapshot: int = 0) -> None:
        """Every run's snapshot carries its plane maps (core.plane_maps); while running (live
        snapshots) only `per_live_snapshot` runs get new ones, in turn (0: all, every time)."""
        for t in self.trainers:
            t.request_maps(wanted)
        self._maps_per_live = per_live_snapshot

    def snapshot(self) -> SweepSnapshot:
        """Every run now, each with exact maps."""
        runs = tuple(t.snapshot() for t in self.trainers)
        return SweepSnapshot(step=max(r.step for r in runs), config=self._config, runs=runs)

    def live_snapshot(self) -> SweepSnapshot:
        """While running: `per_live_snapshot` runs, in turn, snapshot anew (with new maps); the
        others are their last live snapshot, a few frames old (each says its step). Seven full
        snapshots a frame (costs, accuracies, diagnostics) were most of the sweep's render."""
        count, per = len(self.trainers), self._maps_per_live
        due = set(range(count)) if not per else {(self._turn + i) % count for i in range(per)}
        self._turn = (self._turn + per) % count
        last = self._live_runs
        runs = tuple(
            t.snapshot(live=True) if i in due or last is None or last[i].config != t.config
            or last[i].step > t.step_count else last[i]
            for i, t in enumerate(self.trainers)
        )  # fmt: skip
        self._live_runs = runs
        return SweepSnapshot(step=max(r.step for r in runs), config=self._config, runs=runs)
