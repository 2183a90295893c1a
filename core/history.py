"""A cost curve with bounded memory: long runs keep their shape, not every point."""

from __future__ import annotations

import numpy as np


class CostHistory:
    """(step, value) pairs, at most `capacity` of them.

    When full, every other point is dropped and the sampling stride doubles, so a run
    of any length is described by at most `capacity` evenly spaced points.
    """

    def __init__(self, capacity: int = 2048) -> None:
        if capacity < 4 or capacity % 2:
            raise ValueError("capacity must be an even number >= 4")
        self._steps = np.zeros(capacity, dtype=np.int64)
        self._values = np.zeros(capacity)
        self._size = 0
        self._stride = 1

    def __len__(self) -> int:
        return self._size

    def accepts(self, step: int) -> bool:
        """Whether `append(step, ...)` would keep the point (lets callers skip computing it)."""
        return step % self._stride == 0

    def append(self, step: int, value: float) -> None:
        """Record `value` at `step` if the step falls on the current stride."""
        if step % self._stride:
            return
        if self._size == len(self._steps):
            self._halve()
            if step % self._stride:
                return
        self._steps[self._size] = step
        self._values[self._size] = value
        self._size += 1

    def _halve(self) -> None:
        self._stride *= 2
        keep = self._steps[: self._size] % self._stride == 0
        n = int(keep.sum())
        self._steps[:n] = self._steps[: self._size][keep]
        self._values[:n] = self._values[: self._size][keep]
        self._size = n

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """Read-only copies of (steps, values)."""
        steps, values = self._steps[: self._size].copy(), self._values[: self._size].copy()
        steps.flags.writeable = values.flags.writeable = False
        return steps, values

    def last(self) -> float:
        return float(self._values[self._size - 1]) if self._size else float("nan")
