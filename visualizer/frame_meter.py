"""Times the window's repaints and the event loop's idle time: Qt paints after the tick, so the render
call alone hides most of a frame, and the scene's bookkeeping and layouts run outside the paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject
from PySide6.QtWidgets import QWidget


class FrameMeter(QObject):
    """An event filter on the top-level window that times each repaint (its UpdateRequest).

    A top-level window paints every dirty widget in one UpdateRequest; the filter delivers
    that event itself, between two readings of `clock`, and keeps the sum until `take()`.

    `watch_idle` also sums the time the event loop slept (between its dispatcher's aboutToBlock
    and awake) until `take_idle()`: what is neither idle nor training between two ticks is the
    frame's, whatever Qt did then (the repaint, the scene's queued bookkeeping, layouts).
    """

    def __init__(self, clock: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._seconds = 0.0
        self._inside = False
        self._watched: QWidget | None = None
        self._idle = 0.0
        self._slept = False  # the loop blocked at least once since take_idle()
        self._blocked_at: float | None = None

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
        self._blocked_at = self._clock()

    def _on_dispatcher_awake(self) -> None:
        if self._blocked_at is not None:
            self._idle += self._clock() - self._blocked_at
            self._slept = True
            self._blocked_at = None

    def take_idle(self) -> float | None:
        """The event loop's idle seconds since the last take (None: it never slept), from zero again."""
        idle, slept = self._idle, self._slept
        self._idle, self._slept = 0.0, False
        if self._blocked_at is not None:  # asleep right now (a tick is not, but be exact)
            idle += self._clock() - self._blocked_at
            self._blocked_at = self._clock()
            slept = True
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
