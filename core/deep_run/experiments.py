"""The course's experiments for the deep lesson, each a set of runs and the numbers the course got.

The interface says in words what the course found (translated); here are the settings and
the course's published accuracies, so a view can put them next to the live ones.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.config import TrainConfig
from core.deep_run.config import deep_config

# The course's own circles and moons (course 2's assignments, replayed exactly with m = 300).
COURSE_CIRCLES, COURSE_MOONS = "circles (course)", "moons (course)"


@dataclass(frozen=True)
class CourseRun:
    label: str  # a short English label; the view translates it
    config: TrainConfig
    course_train: float | None = None  # the course's published accuracy (fraction), if any
    course_test: float | None = None


@dataclass(frozen=True)
class Experiment:
    key: str
    runs: tuple[CourseRun, ...]
    iterations: int  # how long the course trained (updates)
    source: str  # where in the course (notes, assignment)
    shows_norms: bool = False  # about the gradients: the views put each run's ||dW^[l]|| forward


def _init() -> Experiment:
    base = deep_config(
        dataset=COURSE_CIRCLES,  # the assignment's 300 training points (seed 1, noise 0.05)
        m=300,
        noise=0.05,
        test_ratio=0.25,
        hidden=(10, 5),
        activation="relu",
        learning_rate=0.01,
        init_seed=3,
    )
    return Experiment(
        "init",
        (
            CourseRun("zeros", replace(base, init="zeros"), 0.50, 0.50),
            CourseRun("large (randn·10)", replace(base, init="large"), 0.83, 0.86),
            CourseRun("He", replace(base, init="he"), 0.9933, 0.96),
        ),
        15_000,
        "course 2 week 1, initialization; 003 part 4 (6)",
    )


def _optimizers() -> Experiment:
    base = deep_config(
        dataset=COURSE_MOONS,  # the assignment's 300 points (seed 3, noise 0.2)
        m=300,
        noise=0.2,
        data_seed=3,
        test_ratio=0.0,
        hidden=(5, 2),
        activation="relu",
        init="he",
        learning_rate=0.0007,
        batch_size=64,
    )
    return Experiment(
        "optimizers",
        (
            CourseRun("mini-batch GD", replace(base, optimizer="gd"), 0.797),
            CourseRun("momentum", replace(base, optimizer="momentum"), 0.797),
            CourseRun("Adam", replace(base, optimizer="adam"), 0.94),
        ),
        50_000,
        "course 2 week 2, optimization; 003 part 5",
    )


def _regularization() -> Experiment:
    # The course's football set is not ours: a small noisy xor and a big network overfit the same way.
    base = deep_config(
        dataset="xor",
        m=120,
        noise=1.0,
        test_ratio=0.5,
        hidden=(32, 32, 32),
        activation="relu",
        init="he",
        learning_rate=0.01,
        optimizer="adam",
    )
    return Experiment(
        "regularization",
        (
            CourseRun("no regularization", base, 0.948, 0.915),
            CourseRun("L2, λ = 3", replace(base, lambd=3.0), 0.938, 0.93),
            CourseRun("dropout, keep_prob = 0.86", replace(base, keep_prob=0.86), 0.929, 0.95),
        ),
        4_000,
        "course 2 week 1, regularization; 003 part 4 (3)",
    )


def _vanishing() -> Experiment:
    base = deep_config(
        dataset="circles",
        m=400,
        noise=0.3,
        hidden=(8,) * 8,
        activation="sigmoid",
        init="random",
        learning_rate=0.005,
    )
    return Experiment(
        "vanishing",
        (CourseRun("8 sigmoid layers, randn·0.01", base, 0.5),),
        2_000,
        "003 part 3 (3) and part 4 (6), vanishing gradients",
    )


def _exploding() -> Experiment:
    # 003 part 4 (6): in a very deep network the weights multiply again and again. In linear
    # layers each W^[l] scales A^[l-1] by about sqrt(n^[l-1]) times its scale: Xavier's sqrt(1/n)
    # keeps it (x 1, the identity's size), He's sqrt(2/n) is a little above (x 1.4 a layer: x 16
    # over 8 layers), randn * 10 is far above (x 28 a layer): J and every ||dW^[l]|| explode.
    base = deep_config(
        dataset="circles",
        m=400,
        noise=0.3,
        hidden=(8,) * 8,
        activation="linear",
        learning_rate=0.01,
    )
    return Experiment(
        "exploding",
        (
            CourseRun("8 linear layers, Xavier", replace(base, init="xavier")),
            CourseRun("8 linear layers, He", replace(base, init="he")),
            CourseRun("8 linear layers, randn·10", replace(base, init="large")),
        ),
        1_000,
        "003 part 4 (6), exploding gradients",
        shows_norms=True,
    )


def _depth() -> Experiment:
    base = deep_config(
        dataset="spiral",
        m=400,
        noise=0.15,
        test_ratio=0.2,
        activation="relu",
        init="he",
        learning_rate=0.1,
    )
    return Experiment(
        "depth",
        tuple(
            CourseRun(f"{n} hidden layer{'s' if n > 1 else ''}", base.changed(hidden_layers=(5,) * n))
            for n in (1, 3, 6)
        ),
        5_000,
        "004 §4.5, why deep representations",
    )


EXPERIMENTS: dict[str, Experiment] = {
    e.key: e for e in (_init(), _optimizers(), _regularization(), _vanishing(), _exploding(), _depth())
}
EXPERIMENT_KEYS: tuple[str, ...] = tuple(EXPERIMENTS)
