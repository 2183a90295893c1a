"""Training steps per second: the engine's Trainer against the course's own numpy loop."""

from __future__ import annotations

import time

from benchmarks import reference
from benchmarks.stats import Figure, repeat
from core.config import TrainConfig
from core.datasets import flower
from core.network import initialize_parameters
from core.trainer import Trainer

STEPS = 4000


def _reference_rate(n_h: int) -> float:
    X, Y = flower()
    p = initialize_parameters(2, n_h, seed=0)
    start = time.perf_counter()
    reference.train(X, Y, p, STEPS)
    return STEPS / (time.perf_counter() - start)


def _engine_rate(n_h: int) -> float:
    trainer = Trainer(TrainConfig(n_h=n_h, test_ratio=0.0))  # flower, m = 400, full batch
    start = time.perf_counter()
    trainer.step(STEPS)  # cost computed every step, kept in the bounded history
    return STEPS / (time.perf_counter() - start)


def run(times: int = 7) -> list[Figure]:
    figures = []
    for n_h, target in ((4, 1.2), (50, 1.0)):
        ratios, engine, ref = [], [], []
        for _ in range(times):  # interleave so both see the same machine load
            ref.append(_reference_rate(n_h))
            engine.append(_engine_rate(n_h))
            ratios.append(engine[-1] / ref[-1])
        net = f"2-{n_h}-1"
        figures.append(repeat(f"engine steps/s, {net}, flower m=400", iter(engine).__next__, times, "/s"))
        figures.append(repeat(f"course loop steps/s, {net}", iter(ref).__next__, times, "/s"))
        figures.append(repeat(f"engine / course loop, {net}", iter(ratios).__next__, times, "x",
                              f">= {target}x"))  # fmt: skip
    return figures
