"""Times the window's repaints: Qt paints after the tick, so the render call alone hides most of a frame."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class FrameMeter(QObject):
    """An event filter on the top-level window that times each repaint (its UpdateRequest).

    A top-level window paints every dirty widget in one UpdateRequest; the filter delivers
    that event itself, between two readings of `clock`, and keeps the sum until `take()`.
    """

    def __init__(self, clock: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._seconds = 0.0
        self._inside = False
        self._watched: QWidget | None = None

    def watch(self, window: QWidget) -> None:
        """Time `window`'s repaints from now on (one window at a time)."""
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        window.installEventFilter(self)

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
