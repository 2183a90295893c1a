"""A locked-aspect plot whose view box takes its data's shape: the spare room becomes even margins.

With the aspect locked, a view box of another shape than the data showed blank axis range beside
the map (the decision boundary's x from -7 to 7 around a map from -5 to 5, gradient descent's w
from -18 to 21 around a square from -6 to 8, at 1280 x 720 presenting). Giving the room the box
does not need to even margins around the whole plot keeps the axes, the title and the legend at
the map's edges.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSizeF, Qt


def spare_around(room: tuple[float, float], aspect: float, least: tuple[float, float]) -> tuple[int, int]:
    """Pixels (x, y) of `room` (w, h) to leave beside and above the view box so that it has the
    shape `aspect` (w / h), the largest that fits; never narrower or lower than `least` (a title,
    a legend over its column), and then as tall as its width asks, room allowing."""
    width, height = room
    if width <= 0 or height <= 0 or aspect <= 0:
        return (0, 0)
    box_w = max(min(width, height * aspect), least[0])
    box_h = max(min(height, box_w / aspect), least[1])
    return (round(max(0.0, width - box_w)), round(max(0.0, height - box_h)))


class AspectFit:
    """Mixed into a pg.PlotWidget: `fit_aspect(rect)` gives its view box `rect`'s shape."""

    _spare: tuple[int, int] = (0, 0)  # px of the plot's room left beside (x) or above and below (y) the box
    _fitting = False

    def fit_aspect(self: pg.PlotWidget, rect: QRectF | None) -> None:
        """The view box in `rect`'s shape, the rest of the widget's room as even margins. The room
        is the widget's less the axes, titles and legend: a layout never shrinks below its
        margins, so the view box's own size can be too large (old margins, then a larger font)."""
        plot = self.getPlotItem()
        if rect is None or rect.width() <= 0 or rect.height() <= 0 or plot is None or self._fitting:
            return  # plot None: the widget is closing
        self._fitting = True
        try:
            plot.layout.activate()  # the sizes as the margins set last leave them
            fixed_x = plot.width() - plot.vb.width() - self._spare[0]  # the axes, title and legend
            fixed_y = plot.height() - plot.vb.height() - self._spare[1]
            least = plot.layout.effectiveSizeHint(Qt.SizeHint.MinimumSize)  # a title, a legend
            least_box = (least.width() - self._spare[0] - fixed_x, least.height() - self._spare[1] - fixed_y)
            room = (self.width() - fixed_x, self.height() - fixed_y)
            self._set_spare(spare_around(room, rect.width() / rect.height(), least_box))
            if plot.size() != QSizeF(self.size()):  # held larger by the old margins: back to the widget's
                plot.setGeometry(QRectF(0, 0, self.width(), self.height()))
        finally:
            self._fitting = False

    def _set_spare(self: pg.PlotWidget, spare: tuple[int, int]) -> None:
        if spare != self._spare:
            self._spare = spare
            x, y = spare[0] // 2, spare[1] // 2
            margins = (1 + x, 1 + y, 1 + spare[0] - x, 1 + spare[1] - y)  # 1 px: pyqtgraph's own
            self.getPlotItem().layout.setContentsMargins(*margins)
