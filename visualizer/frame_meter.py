"""Times the window's repaints and the event loop's true sleep: Qt paints after the tick, so the render
call alone hides most of a frame, and the scene's bookkeeping and layouts run outside the paint."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject
from PySide6.QtWidgets import QWidget


class FrameMeter(QObject):
    """An event filter on the top-level window that times each repaint (its UpdateRequest).

    A top-level window paints every dirty widget in one UpdateRequest; the filter delivers
    that event itself, between two readings of `clock`, and keeps the sum until `take()`.

    `watch_idle` also sums the time the event loop truly slept until `take_idle()`: what is
    neither sleep nor training between two ticks is the frame's, whatever Qt did then (the
    repaint, the scene's queued bookkeeping, layouts, pyqtgraph's timers).

    The dispatcher's aboutToBlock/awake pair does not bracket the sleep alone: on Unix, `awake`
    comes only when the loop next turns, so the timers that end the poll (the window's update
    timer, the tick itself, pyqtgraph's) run inside the pair: about half of each frame hid
    there. So a pair counts as sleep only its wall time minus the GUI thread's CPU time in it
    (`cpu_clock`): the poll costs no CPU, work does.
    """

    def __init__(
        self,
        clock: Callable[[], float],
        parent: QObject | None = None,
        cpu_clock: Callable[[], float] = time.thread_time,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._cpu_clock = cpu_clock
        self._seconds = 0.0
        self._inside = False
        self._watched: QWidget | None = None
        self._idle = 0.0
        self._slept = False  # the loop blocked at least once since take_idle()
        self._blocked_at: tuple[float, float] | None = None  # (clock, cpu_clock) at aboutToBlock

    def watch(self, window: QWidget) -> None:
        """Time `window`'s repaints from now on (one window at a time)."""
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        window.installEventFilter(self)

    def watch_idle(self, dispatcher: QAbstractEventDispatcher | None = None) -> None:
        """Sum the event loop's sleeps from now on (the thread's dispatcher by default)."""
        dispatcher = dispatcher or QAbstractEventDispatcher.instance()
        if dispatcher is not None:
            dispatcher.aboutToBlock.connect(self._on_dispatcher_about_to_block)
            dispatcher.awake.connect(self._on_dispatcher_awake)

    def _on_dispatcher_about_to_block(self) -> None:
        self._blocked_at = (self._clock(), self._cpu_clock())

    def _on_dispatcher_awake(self) -> None:
        self._close_sleep()

    def _close_sleep(self) -> None:
        """End the open aboutToBlock/awake pair: its wall time less the CPU time spent in it is sleep."""
        if self._blocked_at is not None:
            wall, cpu = self._blocked_at
            self._blocked_at = None
            self._idle += max(0.0, (self._clock() - wall) - (self._cpu_clock() - cpu))
            self._slept = True

    def take_idle(self) -> float | None:
        """The event loop's sleep in seconds since the last take (None: it never slept), from zero again.

        Called at a tick's start: the tick runs inside the pair (before `awake`), and is no sleep."""
        self._close_sleep()
        idle, slept = self._idle, self._slept
        self._idle, self._slept = 0.0, False
        return idle if slept else None

    def add(self, seconds: float) -> None:
        """Count paint time measured elsewhere (a view that paints outside the window)."""
        self._seconds += seconds

    def take(self) -> float:
        """The paint time since the last take, and start counting again from zero."""
        seconds, self._seconds = self._seconds, 0.0
        return seconds

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.UpdateRequest or self._inside or obj is not self._watched:
            return False
        self._inside = True
        start = self._clock()
        try:
            obj.event(event)  # the whole repaint, delivered here so it can be timed
        finally:
            self._inside = False
            self._seconds += self._clock() - start
        return True  # delivered
