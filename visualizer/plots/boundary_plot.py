"""The decision boundary: predicted probability as a heatmap, the 0.5 contour, and the data."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal

from core.contour import contour_segments
from core.data_limits import drawn_subset
from core.plane import PlaneGrid
from visualizer.plots.aspect_fit import AspectFit, spare_around  # noqa: F401 (tests import it here)
from visualizer.plots.contour_item import ContourItem
from visualizer.plots.fast_image import FastImage
from visualizer.plots.points_layer import LayerScatter, PointsLayer
from visualizer.plots.style import BOUNDARY_COLOR, CLASS_COLORS, probability_lut, style_plot


class BoundaryPlot(AspectFit, pg.PlotWidget):
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
        """The view box in the framed region's shape (visualizer.plots.aspect_fit)."""
        self.fit_aspect(self._framed())

    def set_view_padding(self, padding: float | None) -> None:
        """The margin around the map and the points, as a fraction (None: auto-range's)."""
        self._padding = padding
        self._fit_view()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if hasattr(self, "_padding"):  # pyqtgraph resizes once inside its constructor
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
