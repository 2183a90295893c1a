"""The training engines in the configurations the lessons use, for the pickle and training-state tests
(tests/test_engine_pickle.py), and a field-by-field, bit-for-bit comparison of what they show."""

from __future__ import annotations

import dataclasses

import numpy as np

from core.config import TrainConfig
from core.datasets import make_dataset
from core.deep_run.config import deep_config
from core.deep_run.sweep import DeepSweep
from core.deep_run.trainer import DeepLessonTrainer
from core.plane_maps import MapRequest
from core.plane_trainer import PlaneTrainer
from core.size_sweep import COURSE_CONFIG, SizeSweep
from core.trainer import Trainer
from core.twin import TwinConfig, TwinEngine

M = 120  # small data sets: the tests step each engine a few dozen times


def _plane(**fields):
    return lambda: PlaneTrainer(TrainConfig(m=M, **fields))


def _with_maps():
    t = PlaneTrainer(TrainConfig(m=M, n_h=6))
    t.request_maps(MapRequest(16, 8, 0.0, 0.0))
    t.step(3)
    t.snapshot()  # maps cached before the pickle
    return t


def _custom():
    X, Y = make_dataset("moons", 90, 0.2, 4)
    return PlaneTrainer(TrainConfig(), data=(X, Y))


def _drawn_split():
    t = PlaneTrainer(TrainConfig(m=M))
    X, Y, Xt, Yt = t.split()
    t.set_split(X[:, :-5], Y[:, :-5], Xt, Yt)  # the user's drawn points: a split of their own
    return t


def _diverging(steps: int):
    def make():
        t = PlaneTrainer(TrainConfig(m=M, activation="linear", learning_rate=10.0, init="he", n_h=50))
        t.step(steps)  # it diverges at step 169
        return t

    return make


def _perturbed():
    t = PlaneTrainer(TrainConfig(m=M, init="zeros"))
    t.step(4)
    t.perturb_unit(1)
    return t


def _twin():
    e = TwinEngine(TwinConfig(m=M, n_h=3))
    e.request_maps(MapRequest(12, 12, 0.0))
    e.step(3)
    e.perturb_unit()
    e.snapshot()
    return e


def _sweep():
    e = SizeSweep(TrainConfig(m=M, test_ratio=0.0), sizes=(1, 3, 5))
    e.request_maps(MapRequest(12), per_live_snapshot=1)
    e.live_snapshot()
    return e


def _course_sweep():
    e = SizeSweep(COURSE_CONFIG, sizes=(2, 4))
    e.set_course(True)
    return e


def _deep(hidden=(6, 6, 6), **fields):
    return lambda: DeepLessonTrainer(deep_config(hidden, m=M, **fields))


def _deep_sweep():
    return DeepSweep([deep_config((5, 5), m=M), deep_config((5, 5), m=M, init="random")], ["he", "random"])


CASES = {
    "trainer": lambda: Trainer(TrainConfig(m=M)),
    "tanh": _plane(),
    "sigmoid": _plane(activation="sigmoid"),
    "relu": _plane(activation="relu", learning_rate=0.5),
    "leaky_relu": _plane(activation="leaky_relu", learning_rate=0.5),
    "linear": _plane(activation="linear", learning_rate=0.1),
    "logistic": _plane(model="logistic", learning_rate=0.5),
    "momentum": _plane(optimizer="momentum"),
    "rmsprop": _plane(optimizer="rmsprop", learning_rate=0.01),
    "adam": _plane(optimizer="adam", learning_rate=0.01),
    "mini_batch": _plane(batch_size=16),
    "mini_batch_adam_decay": _plane(batch_size=16, optimizer="adam", learning_rate=0.01, decay="inverse"),
    "dropout": _plane(keep_prob=0.8),
    "l2": _plane(lambd=0.7),
    "features": _plane(features=("x1", "x2", "x1^2", "x2^2", "x1*x2")),
    "two_hidden_layers": lambda: PlaneTrainer(TrainConfig(m=M).changed(hidden_layers=(5, 3))),
    "custom_data": _custom,
    "drawn_split": _drawn_split,
    "diverging": _diverging(160),
    "diverged": _diverging(300),
    "perturbed": _perturbed,
    "maps": _with_maps,
    "twin": _twin,
    "size_sweep": _sweep,
    "size_sweep_course": _course_sweep,
    "deep": _deep(),
    "deep_adam_mini_batch_dropout_l2": _deep(
        (8, 8), optimizer="adam", batch_size=32, keep_prob=0.9, lambd=0.1, learning_rate=0.01
    ),  # fmt: skip
    "deep_momentum_sigmoid": _deep((4, 4), optimizer="momentum", activation="sigmoid"),
    "deep_sweep": _deep_sweep,
}


def trainers(engine) -> list[Trainer]:
    """The engine's trainers (itself for a Trainer)."""
    if isinstance(engine, Trainer):
        return [engine]
    if isinstance(engine, TwinEngine):
        return [engine._symmetric, engine._random]
    return list(engine.trainers)


def assert_same(a, b, path: str = "") -> None:
    """a and b equal field by field; arrays (and floats) bit for bit, nan included."""
    if isinstance(a, np.ndarray):
        assert isinstance(b, np.ndarray) and a.shape == b.shape and a.dtype == b.dtype, path
        assert a.tobytes() == b.tobytes(), f"{path}: arrays differ"
    elif dataclasses.is_dataclass(a) and not isinstance(a, type):
        assert type(a) is type(b), path
        for f in dataclasses.fields(a):
            assert_same(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
    elif isinstance(a, dict):
        assert isinstance(b, dict) and a.keys() == b.keys(), path
        for k in a:
            assert_same(a[k], b[k], f"{path}[{k!r}]")
    elif isinstance(a, list | tuple):
        assert type(a) is type(b) and len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert_same(x, y, f"{path}[{i}]")
    elif isinstance(a, float):
        assert isinstance(b, float) and np.array([a]).tobytes() == np.array([b]).tobytes(), (
            f"{path}: {a} != {b}"
        )
    else:
        assert a == b, f"{path}: {a!r} != {b!r}"


def assert_same_runs(a, b) -> None:
    """The engines' runs alike: every trainer's whole state (parameters, optimizer averages, random
    generator, epoch order, histories, counters), the last gradients' norms, the next random draws."""
    for ta, tb in zip(trainers(a), trainers(b), strict=True):
        assert_same(ta.state(), tb.state(), "state")
        assert_same(ta.run.stepper.gradient_norms(), tb.run.stepper.gradient_norms(), "gradient_norms")
        assert_same(ta.run.rng.random(3), tb.run.rng.random(3), "rng")
