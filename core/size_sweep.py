"""The course's hidden-layer-size experiment: one data set, n_h = 1 ... 50, trained in lockstep."""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.config import TrainConfig
from core.trainer import Trainer, TrainSnapshot
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
        self.trainers = [Trainer(replace(self._config, n_h=n_h)) for n_h in self.sizes]

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

    def snapshot(self) -> SweepSnapshot:
        runs = tuple(t.snapshot() for t in self.trainers)
        return SweepSnapshot(step=max(r.step for r in runs), config=self._config, runs=runs)
