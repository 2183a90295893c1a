"""When a slow part of a frame is due: every frame when the user acts, a few times a second while running."""

from __future__ import annotations

import time
from collections.abc import Callable


class Cadence:
    """`due(live)`: always True when not live (a step, a reset, a pause: show everything now);
    while live (the timer is running) True at most every `every_s` seconds.

    Tables, titles and many small maps change little from one frame to the next; drawing
    them ten times a second instead of sixty leaves the time to training and to the main
    picture. `clock` is injectable so tests drive time.
    """

    def __init__(self, every_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.every_s = every_s
        self._clock = clock
        self._at = -float("inf")

    def due(self, live: bool) -> bool:
        now = self._clock()
        if live and now - self._at < self.every_s:
            return False
        self._at = now
        return True
