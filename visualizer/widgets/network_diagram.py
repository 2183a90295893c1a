"""The 2-n_h-1 network drawn with QPainter: edges by weight sign and size, the stage's part lit up.

Inputs x1, x2 on the left, the hidden units in the middle, the output on the right.
Each unit's bias is a small square "b" on a short edge of its own, clear of the other
edges, so every weight and bias is an edge a student can click.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from core.backprop_steps import param_label
from visualizer.activation_info import display_name
from visualizer.scale import font_factor
from visualizer.widgets.matrix_view import NEGATIVE, POSITIVE
from visualizer.widgets.notation import fmt

PHASE_COLORS = {
    "input": QColor(110, 110, 110),
    "forward": QColor(230, 160, 0),
    "backward": QColor(142, 68, 173),
    "update": QColor(46, 139, 87),
}
PENDING = QColor(200, 30, 140)
NODE_FILL = {"x": QColor(236, 236, 236), "h": QColor(222, 235, 247), "y": QColor(238, 226, 246)}
ZERO = QColor(150, 150, 150)
FADED = 0.2  # opacity of what the stage does not involve
# Where along a weight's edge its value label goes first (source 0, target 1); a label
# that would cover another one or a node tries the other places in turn. A bias's label
# sits left of its square.
W1_LABEL_T, W2_LABEL_T = (0.68, 0.36), 0.45  # W1's by input x1, x2
FALLBACK_T = (0.5, 0.3, 0.7, 0.22, 0.78, 0.4, 0.6, 0.85, 0.15)
LABEL_PT = (11, 9)  # a value label's font, and the smaller one tried where labels crowd
CROWDED = 0.02  # a label covering more than this share of itself by others is not drawn


@dataclass(frozen=True)
class DiagramEdge:
    key: str  # "W1", "b1", "W2" or "b2"
    index: tuple[int, int]
    source: tuple[str, int]
    target: tuple[str, int]


def edges_for(n_h: int) -> list[DiagramEdge]:
    """Every weight and bias of an n_x = 2, n_h, 1 network as an edge, in parameter order."""
    edges = [DiagramEdge("W1", (i, j), ("x", j), ("h", i)) for i in range(n_h) for j in range(2)]
    edges += [DiagramEdge("b1", (i, 0), ("bias1", i), ("h", i)) for i in range(n_h)]
    edges += [DiagramEdge("W2", (0, j), ("h", j), ("y", 0)) for j in range(n_h)]
    return edges + [DiagramEdge("b2", (0, 0), ("bias2", 0), ("y", 0))]


class NetworkDiagram(QWidget):
    """Shows parameters and the current stage's nodes and edges; emits the edge clicked."""

    parameter_clicked = Signal(str, object)  # key, (i, j)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 200)
        self.label_rects: list[QRectF] = []  # the value labels drawn last (tests)
        self.skipped_labels = 0  # labels left out last time: no place free enough
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._n_h = 0
        self._params: dict[str, np.ndarray] = {}
        self._labels: dict[str, np.ndarray] = {}
        self._labels_name = ""
        self._nodes: frozenset[str] = frozenset()
        self._edges: frozenset[str] = frozenset()
        self._phase = "input"
        self._pending: dict[tuple[str, tuple[int, int]], float] = {}
        self._activation = ""
        self._edge_list: list[DiagramEdge] = []

    # -- state -------------------------------------------------------------------------

    def set_state(self, params, nodes, edges, phase, labels=None, labels_name="", pending=None,
                  activation="") -> None:  # fmt: skip
        """Parameters to draw, the stage's nodes/edges to light, values to write on lit edges.

        `labels` maps a parameter name to the array written on its (lit) edges: the
        parameters themselves, or in a gradient stage the gradient, named `labels_name`
        ("dW1") in the legend and written in the phase's color.
        """
        self._params = dict(params)
        self._n_h = int(self._params["W1"].shape[0])
        self._edge_list = edges_for(self._n_h)
        self._nodes, self._edges, self._phase = frozenset(nodes), frozenset(edges), phase
        self._labels = dict(labels if labels is not None else params)
        self._labels_name = labels_name
        self._pending = dict(pending or {})
        self._activation = activation
        self.update()

    def lit(self) -> tuple[frozenset[str], frozenset[str]]:
        """The node layers and parameter names lit now (tests check they follow the stage)."""
        return self._nodes, self._edges

    # -- geometry ----------------------------------------------------------------------

    def _geometry(self) -> tuple[dict[tuple[str, int], QPointF], float]:
        w, h, f = self.width(), self.height(), font_factor()  # f: presentation mode's scale
        top, bottom = 62.0 * f, h - 40.0 * f
        spacing = (bottom - top) / self._n_h
        radius = max(10.0, min(26.0 * f, spacing * 0.3))
        xs = {"x": 0.1 * w, "h": 0.55 * w, "y": 0.88 * w}
        middle = (top + bottom) / 2
        pos: dict[tuple[str, int], QPointF] = {}
        stub = 2.2 * radius  # from a unit to its bias square
        for i in range(self._n_h):
            y = top + spacing * (i + 0.5)
            pos[("h", i)] = QPointF(xs["h"], y)
            up = -1.0 if y <= middle + 1 else 1.0  # away from the edge to the output
            pos[("bias1", i)] = QPointF(xs["h"] + 0.6 * stub, y + up * 0.8 * stub)
        gap = max(spacing, 2.6 * radius)
        for j in range(2):
            pos[("x", j)] = QPointF(xs["x"], middle + (j - 0.5) * gap)
        pos[("y", 0)] = QPointF(xs["y"], middle)
        pos[("bias2", 0)] = QPointF(xs["y"], middle - 1.2 * stub)
        return pos, radius

    def _width_of(self, value: float, scale: float) -> float:
        return (1.2 + 8.0 * min(abs(value) / scale, 1.0) if scale > 0 else 1.2) * font_factor()

    def _scale(self) -> float:
        values = [np.max(np.abs(a)) for a in self._params.values() if a.size]
        finite = [v for v in values if np.isfinite(v)]
        return float(max(finite)) if finite else 0.0

    def edge_at(self, point: QPointF) -> DiagramEdge | None:
        """The edge under `point` (the nearest within a few pixels), or None."""
        if not self._edge_list:
            return None
        pos, _ = self._geometry()
        scale, best, best_d = self._scale(), None, math.inf
        for e in self._edge_list:
            a, b = pos[e.source], pos[e.target]
            d = _distance_to_segment(point, a, b)
            reach = max(7.0, self._width_of(self._value(e), scale) / 2 + 4)
            if d <= reach and d < best_d:
                best, best_d = e, d
        return best

    def edge_point(self, key: str, index: tuple[int, int], t: float = 0.3) -> QPointF:
        """The point a fraction t along edge (key, index) from its source (tests click there)."""
        pos, _ = self._geometry()
        e = next(e for e in self._edge_list if e.key == key and e.index == tuple(index))
        return pos[e.source] * (1 - t) + pos[e.target] * t

    def apply_scale(self) -> None:
        """Presentation mode toggled: sizes are read from visualizer.scale when painting."""
        self.update()

    def _value(self, e: DiagramEdge) -> float:
        return float(self._params[e.key][e.index])

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        if not self._edge_list:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        pos, radius = self._geometry()
        scale = self._scale()
        lit_color = PHASE_COLORS.get(self._phase, PHASE_COLORS["input"])
        ordered = sorted(self._edge_list, key=lambda e: e.key in self._edges)  # lit on top
        for e in ordered:
            self._draw_edge(p, e, pos, scale, lit_color)
        if self._phase in ("forward", "backward"):  # which way the numbers flow
            for e in self._edge_list:
                if e.key in self._edges and e.key in ("W1", "W2"):
                    a, b = pos[e.source], pos[e.target]
                    _arrow(p, *((a, b) if self._phase == "forward" else (b, a)), lit_color)
        for node, point in pos.items():
            self._draw_node(p, node, point, radius, lit_color)
        self.label_rects, self.skipped_labels = [], 0
        taken = [QRectF(pt.x() - radius, pt.y() - radius, 2 * radius, 2 * radius)
                 for pt in pos.values()]  # fmt: skip
        for e in self._edge_list:
            if e.key in self._edges or (e.key, e.index) in self._pending:
                self._draw_label(p, e, pos, radius, taken)
        self._draw_captions(p, pos)
        p.end()

    def _draw_edge(self, p, e, pos, scale, lit_color) -> None:
        a, b = pos[e.source], pos[e.target]
        value = self._value(e)
        lit = e.key in self._edges
        p.setOpacity(1.0 if lit else FADED)
        width = self._width_of(value, scale)
        if lit:
            halo = QColor(lit_color)
            halo.setAlpha(90)
            p.setPen(QPen(halo, width + 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(a, b)
        if (e.key, e.index) in self._pending:
            p.setOpacity(1.0)
            pen = QPen(PENDING, width + 6, Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.drawLine(a, b)
        color = ZERO if value == 0 or not np.isfinite(value) else (
            POSITIVE if value > 0 else NEGATIVE)  # fmt: skip
        p.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(a, b)
        p.setOpacity(1.0)

    def _draw_node(self, p, node, point, radius, lit_color) -> None:
        kind, i = node
        lit = kind in self._nodes
        p.setOpacity(1.0 if lit else 0.55)
        pen = QPen(lit_color if lit else QColor(90, 90, 90), (4 if lit else 1.5) * font_factor())
        p.setPen(pen)
        font = QFont(self.font())
        font.setPointSizeF(max(9.0 * font_factor(), radius * 0.55))
        font.setBold(True)
        p.setFont(font)
        if kind.startswith("bias"):
            r = radius * 0.5
            rect = QRectF(point.x() - r, point.y() - r, 2 * r, 2 * r)
            p.setBrush(QColor(255, 248, 220))
            p.drawRoundedRect(rect, 4, 4)
            font.setPointSizeF(max(8.0 * font_factor(), radius * 0.4))
            p.setFont(font)
            text = "b"
        else:
            rect = QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)
            p.setBrush(NODE_FILL[kind])
            p.drawEllipse(rect)
            text = {"x": f"x{i + 1}", "h": f"h{i + 1}", "y": "ŷ"}[kind]
        p.setPen(QColor(20, 20, 20))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        p.setOpacity(1.0)

    def _draw_label(self, p, e, pos, radius: float, taken: list[QRectF]) -> None:
        pending = self._pending.get((e.key, e.index))
        if pending is not None:
            text, color = self.tr("next: {0}").format(fmt(pending)), PENDING
        else:
            values = self._labels.get(e.key)
            if values is None:
                return
            text = fmt(float(values[e.index]), 3)
            color = PHASE_COLORS[self._phase] if self._labels_name else QColor(25, 25, 25)
        for points in LABEL_PT:  # crowded (a short diagram): a smaller font, else no label
            font = QFont(self.font())
            font.setPointSizeF(points * font_factor())
            rect, covered = self._place_label(e, pos, radius, QFontMetrics(font), text, taken)
            if covered <= CROWDED * _area(rect):
                break
        else:
            if pending is None:  # the value stays in the tooltip and the stage's matrices
                self.skipped_labels += 1
                return
        p.setFont(font)
        taken.append(rect)
        self.label_rects.append(rect)
        p.setPen(QPen(color, 1))
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(color)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    @staticmethod
    def _place_label(e, pos, radius: float, fm: QFontMetrics, text: str, taken: list[QRectF]):
        """(rect, px² it covers of `taken`) for `e`'s label: along the edge where it covers the
        least of the labels and nodes drawn so far; a bias's beside its square."""
        w, h = fm.horizontalAdvance(text) + 10, fm.height() + 2
        if e.key in ("b1", "b2"):  # beside its square: b1's on the right, b2's on the left
            square = pos[e.source]
            x = square.x() + 0.6 * radius if e.key == "b1" else square.x() - w - 0.6 * radius
            rect = QRectF(x, square.y() - h / 2, w, h)
            return rect, sum(_area(rect.intersected(other)) for other in taken)
        first = W1_LABEL_T[e.index[1]] if e.key == "W1" else W2_LABEL_T
        best, rect = math.inf, QRectF()
        for t in (first, *FALLBACK_T):
            point = pos[e.source] * (1 - t) + pos[e.target] * t
            candidate = QRectF(point.x() - w / 2, point.y() - h / 2, w, h)
            covered = sum(_area(candidate.intersected(other)) for other in taken)
            if covered < best:
                rect, best = candidate, covered
            if covered == 0:
                break
        return rect, best

    def _draw_captions(self, p, pos) -> None:
        f = font_factor()
        font = QFont(self.font())
        font.setPointSizeF(12 * f)
        p.setFont(font)
        p.setPen(QColor(70, 70, 70))
        act = f", {display_name(self._activation)}" if self._activation else ""
        for kind, text in (("x", self.tr("input") + "\nn_x = 2"),
                           ("h", self.tr("hidden") + f"\nn_h = {self._n_h}{act}"),
                           ("y", self.tr("output") + "\nsigmoid")):  # fmt: skip
            half = max(QFontMetrics(font).horizontalAdvance(t) for t in text.split("\n")) / 2 + 4
            x = min(max(pos[(kind, 0)].x(), half), self.width() - half)
            p.drawText(QRectF(x - half, 2, 2 * half, 44 * f), Qt.AlignmentFlag.AlignCenter, text)
        font.setPointSizeF(self._legend_points(font))
        p.setFont(font)
        y, row = self.height() - 30 * f, 24 * f
        x = 12.0
        for color, text in ((POSITIVE, self.tr("positive")), (NEGATIVE, self.tr("negative"))):
            p.setPen(QPen(color, 5 * f, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(QPointF(x, y + row / 2), QPointF(x + 24 * f, y + row / 2))
            p.setPen(QColor(60, 60, 60))
            advance = QFontMetrics(font).horizontalAdvance(text)
            p.drawText(QRectF(x + 30 * f, y, advance + 8, row), Qt.AlignmentFlag.AlignVCenter, text)
            x += 30 * f + advance + 18
        p.drawText(QRectF(x, y, self.width() - x - 8, row), Qt.AlignmentFlag.AlignVCenter,
                   self.tr("width = |value|, b = bias"))  # fmt: skip
        if self._labels_name:  # the lit edges carry a gradient, not their weight
            font.setBold(True)
            p.setFont(font)
            p.setPen(PHASE_COLORS[self._phase])
            p.drawText(QRectF(12, y - row - 2, self.width() - 24, row), Qt.AlignmentFlag.AlignVCenter,
                       self.tr("numbers on the lit edges: {0}").format(self._labels_name))  # fmt: skip

    def _legend_points(self, font: QFont) -> float:
        """The legend row's size: 11 pt (scaled), smaller if the row is wider than the diagram
        ("width = |value|, b = bias" was cut at "width = |v" at 1024x768)."""
        f, sized = font_factor(), QFont(font)
        texts = (self.tr("positive"), self.tr("negative"), self.tr("width = |value|, b = bias"))
        points = 11 * f
        while points > 7.0:
            sized.setPointSizeF(points)
            fm = QFontMetrics(sized)  # as _draw_captions lays the row out
            if 12 + 2 * (30 * f + 26) + sum(fm.horizontalAdvance(t) for t in texts) <= self.width():
                break
            points -= 0.5
        return points

    # -- interaction -------------------------------------------------------------------

    def mouseMoveEvent(self, event) -> None:
        e = self.edge_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if e else Qt.CursorShape.ArrowCursor)
        if e is None:
            QToolTip.hideText()
            return
        tip = f"{param_label(e.key, e.index)} = {self._value(e)!r}\n" + self.tr("Click to type a new value")
        QToolTip.showText(event.globalPosition().toPoint(), tip, self)

    def mousePressEvent(self, event) -> None:
        e = self.edge_at(event.position())
        if e is not None and event.button() == Qt.MouseButton.LeftButton:
            self.parameter_clicked.emit(e.key, e.index)


def _area(rect: QRectF) -> float:
    return max(rect.width(), 0.0) * max(rect.height(), 0.0)


def _arrow(p: QPainter, start: QPointF, end: QPointF, color: QColor, t: float = 0.8) -> None:
    """A filled arrowhead on the segment start -> end, at fraction t, pointing to `end`."""
    d = end - start
    length = math.hypot(d.x(), d.y())
    if length < 1:
        return
    u = d / length
    n = QPointF(-u.y(), u.x())
    tip = start + d * t
    size = 13.0
    p.setPen(QPen(QColor("white"), 1))
    p.setBrush(color)
    p.drawPolygon([tip, tip - u * size + n * size * 0.55, tip - u * size - n * size * 0.55])


def _distance_to_segment(p: QPointF, a: QPointF, b: QPointF) -> float:
    ab, ap = b - a, p - a
    length2 = ab.x() ** 2 + ab.y() ** 2
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, (ap.x() * ab.x() + ap.y() * ab.y()) / length2))
    closest = a + ab * t
    return math.hypot(p.x() - closest.x(), p.y() - closest.y())
