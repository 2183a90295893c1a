"""A cost curve with bounded memory: long runs keep their shape, not every point."""

from __future__ import annotations

import numpy as np

from core.validation import CoreError


class CostHistory:
    """(step, value) pairs, at most `capacity` of them.

    Points are offered in order; every `stride`-th offer is kept. When full, every
    other kept point is dropped and the stride doubles, so a run of any length is
    described by at most `capacity` evenly spaced points (in offers, hence in steps
    when the offers are evenly spaced).
    """

    def __init__(self, capacity: int = 2048) -> None:
        if capacity < 4 or capacity % 2:
            raise CoreError("history.capacity")
        self._steps = np.zeros(capacity, dtype=np.int64)
        self._values = np.zeros(capacity)
        self._size = 0
        self._stride = 1
        self._offered = 0

    def __len__(self) -> int:
        return self._size

    def wants_next(self) -> bool:
        """Whether the next offer will be kept (lets callers skip computing it)."""
        return self._offered % self._stride == 0

    def skip(self) -> None:
        """Count an offer that was not computed (because `wants_next()` was False)."""
        self._offered += 1

    def append(self, step: int, value: float) -> None:
        """Offer (step, value); it is kept if it falls on the current stride."""
        offer = self._offered
        self._offered += 1
        if offer % self._stride:
            return
        if self._size == len(self._steps):
            self._halve()
            if offer % self._stride:
                return
        self._steps[self._size] = step
        self._values[self._size] = value
        self._size += 1

    def _halve(self) -> None:
        """Keep every other point (offers that are multiples of the doubled stride)."""
        self._stride *= 2
        n = (self._size + 1) // 2
        self._steps[:n] = self._steps[: self._size : 2]
        self._values[:n] = self._values[: self._size : 2]
        self._size = n

    def __getstate__(self) -> dict:
        """Pickle only the kept points (a training state goes to the GUI every frame): the
        capacity is rebuilt by __setstate__, and nothing ever reads past `_size`."""
        state = self.__dict__.copy()
        state["_steps"], state["_values"] = self._steps[: self._size], self._values[: self._size]
        state["_capacity"] = len(self._steps)
        return state

    def __setstate__(self, state: dict) -> None:
        """Unpickle; also how an adopted training state is written into a live history (into its
        own arrays when the capacity is the same: core.offload_state)."""
        state = dict(state)
        capacity, steps, values = state.pop("_capacity"), state.pop("_steps"), state.pop("_values")
        self.__dict__.update(state)
        if len(getattr(self, "_steps", ())) != capacity:
            self._steps = np.zeros(capacity, dtype=np.int64)
            self._values = np.zeros(capacity)
        self._steps[: len(steps)], self._values[: len(values)] = steps, values

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """Read-only copies of (steps, values)."""
        steps, values = self._steps[: self._size].copy(), self._values[: self._size].copy()
        steps.flags.writeable = values.flags.writeable = False
        return steps, values

    def state(self) -> dict:
        """Everything needed to go on exactly where this history is (JSON-friendly)."""
        steps, values = self.arrays()
        return {"capacity": len(self._steps), "stride": self._stride, "offered": self._offered,
                "steps": steps.tolist(), "values": values.tolist()}  # fmt: skip

    @classmethod
    def from_state(cls, state: dict) -> CostHistory:
        """Inverse of `state`; raises ValueError on inconsistent contents."""
        h = cls(int(state["capacity"]))
        steps = np.asarray(state["steps"], dtype=np.int64)
        values = np.asarray(state["values"], dtype=float)
        stride, offered = int(state["stride"]), int(state["offered"])
        if steps.shape != values.shape or steps.ndim != 1 or len(steps) > len(h._steps):
            raise CoreError("history.arrays")
        if stride < 1 or stride & (stride - 1) or offered < 0 or not np.isfinite(values).all():
            raise CoreError("history.values")
        h._steps[: len(steps)], h._values[: len(values)] = steps, values
        h._size, h._stride, h._offered = len(steps), stride, offered
        return h

    def last(self) -> float:
        return float(self._values[self._size - 1]) if self._size else float("nan")
