"""The decision boundary: predicted probability as a heatmap, the 0.5 contour, and the data."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSizeF, Qt, Signal

from core.contour import contour_segments
from core.data_limits import drawn_subset
from core.plane import PlaneGrid
from visualizer.plots.contour_item import ContourItem
from visualizer.plots.fast_image import FastImage
from visualizer.plots.points_layer import LayerScatter, PointsLayer
from visualizer.plots.style import BOUNDARY_COLOR, CLASS_COLORS, probability_lut, style_plot


class BoundaryPlot(pg.PlotWidget):
    """Heatmap of A2 over the plane with the A2 = 0.5 isocurve; train dots, test triangles.

    Emits `plane_clicked(x1, x2, remove)`: remove is True for a right-click or Shift+click.
    A right-click means "remove" only while drawing is on (`set_drawing`); otherwise it is
    left to the plot's export menu. `compact` drops the legend and shrinks the points (the
    small multiples of the hidden-layer-size lesson).
    """

    plane_clicked = Signal(float, float, bool)

    def __init__(self, parent=None, compact: bool = False) -> None:
        super().__init__(parent)
        self._drawing = False
        self._compact = compact
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)  # right-click removes a drawn point or opens the export menu
        self.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)
        style_plot(plot, self.tr("Decision boundary"), "x1", "x2")
        plot.setAspectLocked(True)
        plot.hideButtons()
        # The view fits the map and the points when either changes (`_fit_view`), not before every
        # paint: auto-range followed the points' pixel padding, which follows the range, so the
        # range (and four axes, drawn again) wobbled from frame to frame.
        plot.disableAutoRange()
        self.image = FastImage()
        self.image.setLookupTable(probability_lut())
        self.image.setLevels((0.0, 1.0))
        self.image.setZValue(-10)
        plot.addItem(self.image)
        # the A2 = 0.5 level set, as segment pairs from core.contour (pyqtgraph's is too slow)
        self.contour = ContourItem(pen=pg.mkPen(BOUNDARY_COLOR, width=3))
        plot.addItem(self.contour)
        self.train_points = [self._scatter(c, "o", filled=True) for c in CLASS_COLORS]
        self.test_points = [self._scatter(c, "t", filled=False) for c in CLASS_COLORS]
        for item in self.train_points + self.test_points:
            plot.addItem(item)
        # the points stay while the boundary under them moves: one cached picture of all of them
        self.points_layer = PointsLayer(self.train_points + self.test_points)
        plot.addItem(self.points_layer)
        self._data_key: tuple[np.ndarray, np.ndarray] | None = None
        self._data_rect: tuple[float, ...] | None = None  # the points' extent (x0, y0, x1, y1)
        self._rect: tuple[float, ...] | None = None
        self._padding: float | None = None  # around the map and points: auto-range's by default
        self._spare = (0, 0)  # px of the plot's room left beside (x) or above and below (y) the view box
        self._fitting = False
        plot.vb.sigResized.connect(lambda _vb: self._fit_aspect())
        if compact:
            return
        # Under the x1 axis, outside the data: it can hide no point (in the plane's upper
        # left it covered the flower's petals). Two columns: it fits a narrow plot too.
        legend = self.legend = pg.LegendItem(colCount=2, labelTextSize="11pt", verSpacing=-6)
        plot.layout.addItem(legend, 4, 0, 1, 3)
        plot.layout.setAlignment(legend, Qt.AlignmentFlag.AlignHCenter)
        legend.addItem(self.train_points[0], self.tr("train, y = 0"))
        legend.addItem(self.train_points[1], self.tr("train, y = 1"))
        legend.addItem(self.test_points[0], self.tr("test, y = 0"))
        legend.addItem(self.test_points[1], self.tr("test, y = 1"))

    def _scatter(self, color: str, symbol: str, filled: bool) -> LayerScatter:
        brush = pg.mkBrush(color) if filled else pg.mkBrush(255, 255, 255, 230)
        width = (0.5 if self._compact else 1) if filled else (1.5 if self._compact else 2.5)
        pen = pg.mkPen("#ffffff" if filled else color, width=width)
        size = (9 if filled else 11) - (3 if self._compact else 0)
        return LayerScatter(size=size, symbol=symbol, pen=pen, brush=brush)

    def set_probabilities(self, image: np.ndarray, grid: PlaneGrid, contour=None) -> None:
        """Show A2 (r, r) in [0, 1] over the grid's rectangle, and the A2 = 0.5 contour: (x, y)
        segment pairs in plane coordinates as core computed them, else traced from `image`."""
        self.image.setImage(image, autoLevels=False, levels=(0.0, 1.0))
        rect = grid.pixel_rect()
        if rect != self._rect:  # a new rect moves the item: the scene re-indexes it
            self._rect = rect
            self.image.setRect(QRectF(*rect))
            self._fit_view()
        if contour is None:
            contour = grid.to_data(*contour_segments(image, 0.5))
        self.contour.setData(*contour)

    def set_points(self, X_train, Y_train, X_test, Y_test) -> None:
        """Redraw the points only when the data set itself changed."""
        key = (X_train, X_test)  # the arrays themselves: an id can be reused after a free
        if self._data_key is not None and all(a is b for a, b in zip(key, self._data_key, strict=True)):
            return
        self._data_key = key
        for cls in (0, 1):  # one item (one brush) per class, at most 5,000 points each
            for items, X, Y in ((self.train_points, X_train, Y_train), (self.test_points, X_test, Y_test)):
                points = X[:, Y[0] == cls]
                points = points[:, drawn_subset(points.shape[1])]
                items[cls].setData(points[0], points[1])
        self.points_layer.changed()
        both = np.hstack([X_train, X_test])
        both = both[:, np.isfinite(both).all(axis=0)]
        extent = (*both.min(axis=1), *both.max(axis=1)) if both.size else None
        if extent != self._data_rect:
            self._data_rect = extent
            self._fit_view()

    def _framed(self) -> QRectF | None:
        """The map's rectangle united with the points' extent (None before either)."""
        rects = [QRectF(*self._rect)] if self._rect is not None else []
        if self._data_rect is not None:
            x0, y0, x1, y1 = (float(v) for v in self._data_rect)
            rects.append(QRectF(x0, y0, x1 - x0, y1 - y0))
        rect = rects[0].united(rects[-1]) if rects else None
        return rect if rect is not None and rect.width() > 0 and rect.height() > 0 else None

    def _fit_view(self) -> None:
        """The map's rectangle and every point in view (with auto-range's padding)."""
        rect = self._framed()
        if rect is not None:
            self._fit_aspect()
            self.getPlotItem().vb.setRange(rect, padding=self._padding)

    def _fit_aspect(self) -> None:
        """A view box of the framed region's shape: with the aspect locked, a box of another shape
        showed blank axis range beside the map (x from -7 to 7 around a map from -5 to 5 at
        1024 x 768 presenting). The room it leaves goes to even margins around the whole plot,
        so the axes, the title and the legend stay at the map's edges. The room is the widget's
        less the axes, titles and legend: a layout never shrinks below its margins, so the view
        box's own size can be too large (old margins, then a larger font)."""
        rect, plot = self._framed(), self.getPlotItem()
        if rect is None or plot is None or self._fitting:  # None: the widget is closing
            return
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

    def _set_spare(self, spare: tuple[int, int]) -> None:
        if spare != self._spare:
            self._spare = spare
            x, y = spare[0] // 2, spare[1] // 2
            margins = (1 + x, 1 + y, 1 + spare[0] - x, 1 + spare[1] - y)  # 1 px: pyqtgraph's own
            self.getPlotItem().layout.setContentsMargins(*margins)

    def set_view_padding(self, padding: float | None) -> None:
        """The margin around the map and the points, as a fraction (None: auto-range's)."""
        self._padding = padding
        self._fit_view()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if hasattr(self, "_fitting"):  # pyqtgraph resizes once inside its constructor
            self._fit_aspect()

    def _on_scene_mouse_clicked(self, event) -> None:
        vb = self.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        right = event.button() == Qt.MouseButton.RightButton
        if right and not self._drawing:
            return  # not taken: the export menu opens
        remove = right or shift
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            event.accept()
            self.plane_clicked.emit(point.x(), point.y(), remove)

    def set_drawing(self, enabled: bool) -> None:
        """While drawing is on, a right-click removes the nearest point (no menu)."""
        self._drawing = enabled

    def view_size(self) -> tuple[float, float]:
        """Width and height of the visible plane (to measure "nearest" as the eye does)."""
        (x0, x1), (y0, y1) = self.getPlotItem().vb.viewRange()
        return max(x1 - x0, 1e-9), max(y1 - y0, 1e-9)

    def show_test_points(self, visible: bool) -> None:
        for item in self.test_points:
            item.setVisible(visible)
        self.points_layer.changed()


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
