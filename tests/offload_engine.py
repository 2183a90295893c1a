"""A picklable training engine for the training-process tests: x follows a recurrence, so any
state shows whether it is whole (x is the recurrence's value at its own step count)."""

from __future__ import annotations

MODULUS = 1_000_003


def after(x0: int, count: int) -> int:
    """x after `count` steps of x := (5 x + 3) mod MODULUS from x0."""
    x = x0
    for _ in range(count):
        x = (5 * x + 3) % MODULUS
    return x


class Recurrence:
    """A training engine of the contract that hands over its training state (step count and x).

    `end_at`: step returns short there (as a diverged run does); `fail_at`: its step raises there."""

    steps_per_tick = None

    def __init__(self, x: int = 1, end_at: int | None = None, fail_at: int | None = None) -> None:
        self.config = (x, end_at, fail_at)
        self.end_at, self.fail_at = end_at, fail_at
        self.x0 = x
        self.reset()

    def reset(self) -> None:
        self.x, self.count = self.x0, 0

    def apply_config(self, config) -> bool:
        return False

    def step(self, n: int) -> int:
        done = 0
        for _ in range(n):
            if self.fail_at is not None and self.count >= self.fail_at:
                raise FloatingPointError("the step failed on purpose")
            if self.end_at is not None and self.count >= self.end_at:
                break
            self.x = (5 * self.x + 3) % MODULUS
            self.count += 1
            done += 1
        return done

    def snapshot(self) -> tuple[int, int]:
        return self.count, self.x

    def training_state(self) -> tuple[int, int]:
        return self.count, self.x

    def adopt_training_state(self, state: tuple[int, int]) -> None:
        self.count, self.x = state
