"""Which slow part of the lesson's picture a running frame draws: at most one of them a frame."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable


class SlowParts:
    """The parts drawn less often than every frame while running (named, each with its own
    pace, `inf`: only when waiting): `pick(live, waiting)` says which to draw now.

    Not live (a step, a reset, a pause): every part, at once. Live: at most one, the one that
    has waited longest among those due (its `every_s` since it was drawn last) and those in
    `waiting` (new unit maps core made, due as soon as they exist). Each slow part costs 1-5 ms;
    two or three of them in one frame made it miss the 16 ms tick while the others stayed
    cheap. `clock` is injectable so tests drive time.
    """

    def __init__(self, every_s: dict[str, float], clock: Callable[[], float] = time.monotonic) -> None:
        self.every_s = dict(every_s)
        self._clock = clock
        self._at = dict.fromkeys(every_s, -1e300)  # due at once (an infinite pace: never by time)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.every_s)

    def pick(self, live: bool, waiting: Iterable[str] = ()) -> frozenset[str]:
        now = self._clock()
        if not live:
            self._at = dict.fromkeys(self.every_s, now)
            return frozenset(self.every_s)
        waiting = set(waiting)
        due = [n for n, every in self.every_s.items() if n in waiting or now - self._at[n] >= every]
        if not due:
            return frozenset()
        name = min(due, key=lambda n: self._at[n])  # the longest waiting; ties in the given order
        self._at[name] = now
        return frozenset((name,))
