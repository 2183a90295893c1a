"""The course-named functions against the course's own loops, same run, interleaved.

- 2-4-1 on the flower: forward_propagation / compute_cost / backward_propagation /
  update_parameters (core.network, the L = 2 case) against benchmarks.reference.
- L layers: L_model_forward / compute_cost / L_model_backward / update_parameters
  (core.deep, "names") and the Trainer's general step (core.deep_stepper, "engine step",
  no dA's) against benchmarks.reference_deep, on [2, 10, 5, 1] (the course's circles)
  and on [12288, 20, 7, 5, 1] with 209 random 64x64x3 inputs (the cat classifier's shape).
"""

from __future__ import annotations

import time

import numpy as np

from benchmarks import reference, reference_deep
from benchmarks.stats import Figure, repeat
from core import deep, network
from core.config import TrainConfig
from core.datasets import flower, make_dataset
from core.deep_stepper import DeepStepper
from core.fused import augment


def _shallow_rate(X, Y, steps: int) -> float:
    p = network.initialize_parameters(2, 4, seed=0)
    start = time.perf_counter()
    for _ in range(steps):
        A2, cache = network.forward_propagation(X, p)
        network.compute_cost(A2, Y)
        grads = network.backward_propagation(p, cache, X, Y)
        p = network.update_parameters(p, grads, 1.2)
    return steps / (time.perf_counter() - start)


def _shallow_reference_rate(X, Y, steps: int) -> float:
    p = network.initialize_parameters(2, 4, seed=0)
    start = time.perf_counter()
    reference.train(X, Y, p, steps)
    return steps / (time.perf_counter() - start)


def _deep_rate(X, Y, p, steps: int) -> float:
    start = time.perf_counter()
    for _ in range(steps):
        AL, caches = deep.L_model_forward(X, p, "relu")
        deep.compute_cost(AL, Y)
        grads = deep.L_model_backward(AL, Y, caches)
        p = deep.update_parameters(p, grads, 0.0075)
    return steps / (time.perf_counter() - start)


def _stepper_rate(X, Y, p, steps: int) -> float:
    """The Trainer's general step (core.deep_stepper): forward, cost, backward without the dA's, update."""
    hidden = tuple(p[f"W{l}"].shape[0] for l in range(1, len(p) // 2))
    config = TrainConfig(hidden_sizes=hidden, activation="relu", learning_rate=0.0075)
    stepper, Xa, rng = DeepStepper(p, config), augment(X), np.random.default_rng(0)
    start = time.perf_counter()
    for _ in range(steps):
        stepper.step(Xa, Y, config, rng)
    return steps / (time.perf_counter() - start)


def _deep_reference_rate(X, Y, p, steps: int) -> float:
    start = time.perf_counter()
    reference_deep.train(X, Y, p, steps)
    return steps / (time.perf_counter() - start)


def _cases():
    X, Y = flower()
    yield "2-4-1 flower, course names", (X, Y), _shallow_rate, _shallow_reference_rate, 2000, 0.9
    X, Y = _circles()
    p = deep.initialize_parameters_deep([2, 10, 5, 1], "xavier", seed=3)
    yield ("[2,10,5,1] circles m=300, L-layer names", (X, Y),
           lambda X, Y, n: _deep_rate(X, Y, p, n),
           lambda X, Y, n: _deep_reference_rate(X, Y, p, n), 1000, 1.3)  # fmt: skip
    yield ("[2,10,5,1] circles m=300, engine step", (X, Y),
           lambda X, Y, n: _stepper_rate(X, Y, p, n),
           lambda X, Y, n: _deep_reference_rate(X, Y, p, n), 1000, 1.3)  # fmt: skip
    rng = np.random.default_rng(0)
    Xc = rng.random((64 * 64 * 3, 209))  # 209 "images" scaled to [0, 1] like the course's
    Yc = (rng.random((1, 209)) < 0.35).astype(float)
    pc = deep.initialize_parameters_deep([12288, 20, 7, 5, 1], "xavier", seed=1)
    yield ("[12288,20,7,5,1] m=209, L-layer names", (Xc, Yc),
           lambda X, Y, n: _deep_rate(X, Y, pc, n),
           lambda X, Y, n: _deep_reference_rate(X, Y, pc, n), 8, 1.3)  # fmt: skip
    yield ("[12288,20,7,5,1] m=209, engine step", (Xc, Yc),
           lambda X, Y, n: _stepper_rate(X, Y, pc, n),
           lambda X, Y, n: _deep_reference_rate(X, Y, pc, n), 8, 1.3)  # fmt: skip


def _circles():
    try:
        return make_dataset("circles (course)", 300, 0.05, 1)
    except ValueError:  # before the course's circles were registered
        return make_dataset("circles", 300, 0.05, 1)


def run(times: int = 7) -> list[Figure]:
    figures = []
    for name, (X, Y), ours, course, steps, target in _cases():
        ours(X, Y, max(1, steps // 10))  # warm up both (buffers, caches)
        course(X, Y, max(1, steps // 10))
        ratios, mine, ref = [], [], []
        for _ in range(times):  # interleaved, so both see the same machine load
            ref.append(course(X, Y, steps))
            mine.append(ours(X, Y, steps))
            ratios.append(mine[-1] / ref[-1])
        figures.append(repeat(f"steps/s, {name}", iter(mine).__next__, times, "/s"))
        figures.append(repeat(f"course loop steps/s, {name}", iter(ref).__next__, times, "/s"))
        figures.append(
            repeat(f"ours / course loop, {name}", iter(ratios).__next__, times, "x", f">= {target}x")
        )
    return figures


if __name__ == "__main__":
    from benchmarks.stats import table

    print(table(run(5)))
