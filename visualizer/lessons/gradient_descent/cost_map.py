"""J seen from above: a heatmap (with contour lines) of the cost, the racers' paths and a gradient arrow."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsLineItem, QWidget

from visualizer import scale
from visualizer.lessons.gradient_descent.cost_levels import contour_segments
from visualizer.plots.aspect_fit import AspectFit
from visualizer.plots.fast_image import FastImage
from visualizer.plots.fit import fit_legend_rows, refit
from visualizer.plots.growing_curve import GrowingCurve
from visualizer.plots.style import style_plot

Array = np.ndarray
ARROW_FRACTION = 0.12  # the gradient arrow's length, as a fraction of the square's side


class CostMap(AspectFit, pg.PlotWidget):
    """Heatmap of J over the square; clicking inside it reports a point (the new start).

    The view range is fixed to the square: a path that leaves it is cut by the view, and
    only finite points ever reach the plot items. `legend` names the racers under the map
    (never on it: a start can be clicked anywhere, and a path under a legend was hidden); the
    contour map goes without, the table under it names them in their colors.
    """

    point_clicked = Signal(float, float)

    def __init__(
        self, *, contours: bool = True, clickable: bool = True, legend: bool = True,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._contours, self._clickable = contours, clickable
        self.setMinimumSize(160, 160)
        vb = self.getViewBox()
        vb.setMouseEnabled(x=False, y=False)
        vb.setMenuEnabled(False)
        vb.setAspectLocked(True)
        self.hideButtons()
        self.image = FastImage()
        self.addItem(self.image)
        self.contour_item = pg.PlotCurveItem(
            pen=pg.mkPen(255, 255, 255, 150, width=1), connect="pairs", antialias=True
        )
        self.contour_item.setVisible(contours)
        self.addItem(self.contour_item)
        # J's picture changes only with the surface: paint it once, not on every step
        for item in (self.image, self.contour_item):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.minimum_item = pg.ScatterPlotItem(symbol="+", size=16, pen=pg.mkPen("w", width=2), brush=None)
        self.addItem(self.minimum_item)
        self.start_item = pg.ScatterPlotItem(
            symbol="o", size=13, pen=pg.mkPen("k", width=2), brush=pg.mkBrush("w")
        )
        self.start_item.setZValue(30)
        self.addItem(self.start_item)
        for item in (self.minimum_item, self.start_item):  # they move only with a new start or square
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.legend = pg.LegendItem(colCount=2, labelTextSize="10pt", verSpacing=-6) if legend else None
        if self.legend is not None:
            self.getPlotItem().layout.addItem(self.legend, 4, 0, 1, 3)
        self.racer_items: list[dict[str, Any]] = []
        self._styles: dict[int, tuple] = {}  # racer -> (colour, widths) its items were styled with
        self._counts: dict[int, int] = {}  # racer -> points in its path (drawn: fewer, see thin_path)
        self._extent = (0.0, 1.0, 0.0, 1.0)
        self._legend_labels: tuple[str, ...] = ()
        self._start_xy: tuple[float, float] | None = None
        self.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if getattr(self, "legend", None) is not None:  # None while pyqtgraph builds the view
            self._fit_legend()
        if hasattr(self, "_extent"):  # not while pyqtgraph builds the view
            self._fit_square()

    def _fit_square(self) -> None:
        """The view box in the square's shape, the spare room as margins (plots.aspect_fit)."""
        x0, x1, y0, y1 = self._extent
        self.fit_aspect(QRectF(x0, y0, x1 - x0, y1 - y0))

    def _fit_legend(self) -> None:
        """Two columns of racers, or one where two do not fit: at 1024x768 the two columns held
        the map 277 px wide in a 266 px view, its right edge cut."""
        if fit_legend_rows(self.legend, self.width() - 12, (2, 1)):
            refit(self)

    def set_surface(
        self, p1: Array, p2: Array, J: Array, scale01: Array, lut: Array, levels: Array,
        names: tuple[str, str], minimum: Array,
    ) -> None:  # fmt: skip
        """Show J: `scale01` (J's color position in [0, 1], same shape) through `lut`."""
        x0, x1, y0, y1 = float(p1[0]), float(p1[-1]), float(p2[0]), float(p2[-1])
        self._extent = (x0, x1, y0, y1)
        dx, dy = (x1 - x0) / (len(p1) - 1), (y1 - y0) / (len(p2) - 1)
        self.image.setImage(scale01.astype(np.float32), levels=(0.0, 1.0), lut=lut, autoLevels=False)
        self.image.setRect(QRectF(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy))
        if self._contours:
            seg = contour_segments(J, p1, p2, levels)
            self.contour_item.setData(seg[:, 0], seg[:, 1], connect="pairs")
        self.minimum_item.setData([float(minimum[0])], [float(minimum[1])])
        style_plot(self.getPlotItem(), x=names[0], y=names[1])
        self._fit_square()
        self.getViewBox().setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.0)

    def _racer_items(self, i: int) -> dict[str, Any]:
        while len(self.racer_items) <= i:
            # a path only grows: what is drawn already paints from a pixmap, only its new end anew
            outline = GrowingCurve(pen=pg.mkPen(0, 0, 0, 200, width=5))
            line = GrowingCurve()
            head = Head()
            shaft = Shaft()
            arrow = pg.ArrowItem(headLen=16, tailLen=0, pen=pg.mkPen("k", width=1))
            head.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # it moves: a translation
            for z, item in enumerate((outline, line, shaft, arrow, head)):
                item.setZValue(10 + z)
                item.nnv_self_scaled = True  # styled every frame from visualizer.scale
                self.addItem(item, ignoreBounds=True)  # the view range is fixed to the square
            self.racer_items.append(
                {"outline": outline, "line": line, "head": head, "shaft": shaft, "arrow": arrow}
            )
        return self.racer_items[i]

    def set_racers(self, racers: list[tuple[str, Array, Array, Any]], start: Array) -> None:
        """racers: one (label, path (k, 2), gradients (2, 2), color) each; draws path, point, -grad J.

        gradients holds dJ at the start and dJ now: the arrow's length follows |dJ now| / |dJ start|
        of its full length, square-rooted and at least 0.4 so its direction stays readable.
        """
        labels = tuple(r[0] for r in racers)
        if labels != self._legend_labels and self.legend is not None:
            self.legend.clear()
            for i, label in enumerate(labels):
                self.legend.addItem(self._racer_items(i)["line"], label)
            self._legend_labels = labels
            self._fit_legend()
            self.getPlotItem().layout.invalidate()  # the legend's row takes its new height
        for i, (_label, path, grad, color) in enumerate(racers):
            items = self._racer_items(i)
            for key in ("outline", "line", "head", "shaft", "arrow"):
                items[key].setVisible(True)
            self._style(i, items, color)
            self._counts[i] = len(path)
            x, y = thin_path(path, self._pixel())
            items["outline"].set_history(x, y)
            items["line"].set_history(x, y)
            items["head"].setPos(float(path[-1, 0]), float(path[-1, 1]))  # a move, not new data
            self._set_arrow(items, path[-1], grad)
        for items in self.racer_items[len(racers) :]:
            for item in items.values():
                item.setVisible(False)
        start_xy = (float(start[0]), float(start[1]))
        if start_xy != self._start_xy:  # new data would paint its cached picture again
            self._start_xy = start_xy
            self.start_item.setData([start_xy[0]], [start_xy[1]])

    def _style(self, i: int, items: dict[str, Any], color: Any) -> None:
        """Pens, brush and sizes of racer i: set only when its colour or the scale changed
        (new pens every frame made pyqtgraph rebuild the items)."""
        key = (str(color), scale.width(3), scale.size(11))
        if self._styles.get(i) == key:
            return
        self._styles[i] = key
        qcolor = pg.mkColor(color)
        items["outline"].setPen(pg.mkPen(0, 0, 0, 200, width=scale.width(5)))
        items["line"].setPen(pg.mkPen(qcolor, width=scale.width(3)))
        items["head"].set_style(scale.size(11), pg.mkPen("k", width=scale.width(1.5)), pg.mkBrush(qcolor))
        items["shaft"].setPen(pg.mkPen(qcolor, width=scale.width(2), style=Qt.PenStyle.DashLine))
        items["arrow"].setStyle(angle=0.0, brush=pg.mkBrush(qcolor), headLen=scale.size(16))

    def _set_arrow(self, items: dict[str, Any], point: Array, grads: Array) -> None:
        """A short arrow along -grad J (downhill) at `point`; hidden where the gradient is ~0."""
        grad = grads[1]
        norm = math.hypot(float(grad[0]), float(grad[1]))
        norm0 = math.hypot(float(grads[0][0]), float(grads[0][1]))
        if not (norm > 1e-9 and math.isfinite(norm)):
            items["shaft"].setVisible(False)
            items["arrow"].setVisible(False)
            return
        x0, x1, y0, y1 = self._extent
        shrink = min(1.0, max(0.4, math.sqrt(norm / norm0))) if norm0 > 0 else 1.0
        length = shrink * ARROW_FRACTION * max(x1 - x0, y1 - y0)
        ux, uy = -float(grad[0]) / norm, -float(grad[1]) / norm
        tip = (float(point[0]) + length * ux, float(point[1]) + length * uy)
        items["shaft"].set_segment(float(point[0]), float(point[1]), *tip, pixel=self._pixel())
        # ArrowItem's angle is in screen degrees, 0 = pointing left; y grows up in the view. The
        # head is drawn once pointing left and turned (rebuilding its path cost ~1 ms a frame).
        items["arrow"].setRotation(math.degrees(math.atan2(-uy, ux)) + 180.0)
        items["arrow"].setPos(*tip)

    def path_point_count(self, i: int) -> int:
        """Points in racer i's path (its drawn line may skip points closer than a pixel)."""
        if i >= len(self.racer_items) or not self.racer_items[i]["line"].isVisible():
            return 0
        return self._counts.get(i, 0)

    def _pixel(self) -> float:
        """The larger side of one screen pixel in the plane's units (0 before the first layout)."""
        size = self.getViewBox().viewPixelSize()
        return max(abs(size[0]), abs(size[1])) if all(math.isfinite(v) for v in size) else 0.0

    def _on_scene_mouse_clicked(self, event: Any) -> None:
        if not self._clickable or event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        p: QPointF = vb.mapSceneToView(event.scenePos())
        x0, x1, y0, y1 = self._extent
        if x0 <= p.x() <= x1 and y0 <= p.y() <= y1:
            event.accept()
            self.point_clicked.emit(float(p.x()), float(p.y()))


def thin_path(path: Array, spacing: float) -> tuple[Array, Array]:
    """x, y of path (k, 2) keeping one point per `spacing` of arc length, and the first and last.

    A converging path piles hundreds of steps into a few pixels; an antialiased wide pen strokes
    each of them every frame. What a pixel cannot show is dropped (spacing <= 0 keeps all).
    """
    if spacing <= 0 or len(path) < 3:
        return path[:, 0], path[:, 1]
    arc = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(path, axis=0).T))])
    bucket = np.floor(arc / spacing)
    keep = np.empty(len(path), dtype=bool)
    keep[0] = keep[-1] = True
    keep[1:-1] = bucket[1:-1] != bucket[:-2]
    return path[keep, 0], path[keep, 1]


class Shaft(QGraphicsLineItem):
    """The gradient arrow's dashed shaft: one line item (a PlotDataItem's setData cost ~0.2 ms
    for each of the racers' shafts on each map, every frame)."""

    _pad = 0.0  # half the pen's width and a pixel, in data units (0: Qt's own bounds)

    def set_segment(self, x0: float, y0: float, x1: float, y1: float, pixel: float) -> None:
        """The line from (x0, y0) to (x1, y1); `pixel`: one screen pixel in data units."""
        self._pad = pixel * (self.pen().widthF() / 2 + 1)
        self.setLine(x0, y0, x1, y1)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        """Qt pads a line by its pen's width in data units, but the pen is cosmetic (pixels):
        at ~43 pixels a unit, every move repainted a band ~90 pixels wide around the shaft."""
        if self._pad <= 0:
            return super().boundingRect()
        line, pad = self.line(), self._pad
        return QRectF(line.p1(), line.p2()).normalized().adjusted(-pad, -pad, pad, pad)

    def getData(self) -> tuple[Array, Array]:  # noqa: N802 (PlotDataItem's name, as the others)
        line = self.line()
        return np.array([line.x1(), line.x2()]), np.array([line.y1(), line.y2()])


class Head(QGraphicsEllipseItem):
    """A racer's current point: a disc `size` pixels across, placed in the plane's units. Its
    bounds are Qt's own: a ScatterPlotItem worked out its pixel padding in Python on each of
    the scene's ~12 queries a frame (~1 ms a frame for the heads on both maps)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)  # pixels, as a marker

    def set_style(self, size: float, pen: Any, brush: Any) -> None:
        self.setRect(-size / 2, -size / 2, size, size)
        self.setPen(pen)
        self.setBrush(brush)
