"""A history curve that grows at its end: the settled part paints from a pixmap, only the tail anew."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from visualizer.plots.paint_cache import CACHE

SMALL = 8  # up to this many points the whole curve is drawn again each frame
TAIL_MAX = 48  # a tail longer than this settles: the settled part is drawn (once) again
UNSETTLED = 4  # the last points stay in the tail: a decimated history may still change them


class GrowingCurve(pg.PlotDataItem):
    """A PlotDataItem for a cost history (x ascending): `set_history(x, y)` each frame.

    While the points already drawn stay the same (a history only grows, until it halves its
    points or the view's columns change), they stay in the settled curve, painted from a device
    pixmap, and only the points after them go to a thin live `tail`: the plot repaints the
    tail's small rectangle instead of its whole area under a curve of hundreds of wide segments.
    `getData()` is the whole curve as drawn (after log mapping), as for a PlotDataItem.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.tail = pg.PlotCurveItem(pen=self.opts["pen"], antialias=self.opts["antialias"])
        self.tail.setParentItem(self)
        self._settled: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0))

    @property
    def settled_count(self) -> int:
        """Points in the cached part (the tail starts at its last)."""
        return len(self._settled[0])

    def set_history(self, x: np.ndarray, y: np.ndarray) -> None:
        """Draw the curve through (x, y) (finite, x ascending)."""
        if self.curve.cacheMode() != CACHE:  # here, not before: setData alone draws as a PlotDataItem
            self.curve.setCacheMode(CACHE)  # (setting it again would empty the cache)
        x, y = np.asarray(x), np.asarray(y)
        n, k = len(x), self.settled_count
        keep = n > SMALL and 1 < k <= n and n - k <= TAIL_MAX
        if keep and np.array_equal(x[:k], self._settled[0]) and np.array_equal(y[:k], self._settled[1]):
            self._set_tail(x[k - 1 :], y[k - 1 :])
            return
        k = n if n <= SMALL else n - UNSETTLED
        self._settled = (x[:k], y[:k])
        self.setData(x[:k], y[:k])
        self._set_tail(x[k - 1 :] if k < n else x[:0], y[k - 1 :] if k < n else y[:0])

    def _set_tail(self, x: np.ndarray, y: np.ndarray) -> None:
        log_x, log_y = self.opts["logMode"]
        with np.errstate(divide="ignore", invalid="ignore"):
            x = np.log10(x) if log_x and len(x) else x
            y = np.log10(y) if log_y and len(y) else y
        self.tail.setData(x, y, connect="all", skipFiniteCheck=True)

    def setPen(self, *args, **kwargs) -> None:  # noqa: N802 (pyqtgraph's name)
        super().setPen(*args, **kwargs)
        self.tail.setPen(self.opts["pen"])

    def setLogMode(self, xState: bool, yState: bool) -> None:  # noqa: N802, N803 (pyqtgraph's names)
        super().setLogMode(xState, yState)
        self._settled = (np.empty(0), np.empty(0))  # the tail is mapped again with the next history

    def getData(self):  # noqa: N802 (pyqtgraph's name)
        x, y = super().getData()
        tx, ty = self.tail.getData()
        if x is None or tx is None or len(tx) < 2:
            return x, y
        return np.concatenate([x, tx[1:]]), np.concatenate([y, ty[1:]])
