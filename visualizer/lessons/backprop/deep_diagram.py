"""An L-layer network [2, n^[1], ..., 1] drawn with QPainter, for the backprop walk of up to 4 layers.

One column per layer (A^[0] = X on the left, A^[L] = ŷ on the right), every weight W^[l][i, j]
an edge from unit j of layer l−1 to unit i of layer l, every bias b^[l][i] a small square on a
short edge of its own. The stage's layers and parameters are lit; edges are clickable.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from core.backprop_steps import param_label
from visualizer.scale import font_factor
from visualizer.widgets.matrix_view import NEGATIVE, POSITIVE
from visualizer.widgets.network_diagram import (
    CROWDED,
    FADED,
    LABEL_PT,
    PENDING,
    PHASE_COLORS,
    ZERO,
)
from visualizer.widgets.notation import fmt

CAPTION_PT = 10
SPOTS_T = (0.5, 0.35, 0.65, 0.25, 0.75, 0.42, 0.58, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85)  # along an edge
Edge = tuple[str, tuple[int, int], tuple[int, int], tuple[int, int]]  # key, index, from, to


def deep_edges(dims: tuple[int, ...]) -> list[Edge]:
    """Every W^[l][i, j] and b^[l][i] as (key, index, source, target); sources (layer, unit), a
    bias's source is (−l, i)."""
    edges: list[Edge] = []
    for l in range(1, len(dims)):
        edges += [(f"W{l}", (i, j), (l - 1, j), (l, i)) for i in range(dims[l]) for j in range(dims[l - 1])]
        edges += [(f"b{l}", (i, 0), (-l, i), (l, i)) for i in range(dims[l])]
    return edges


class DeepDiagram(QWidget):
    """Shows the parameters of any [2, ..., 1] network and the current stage's part of it."""

    parameter_clicked = Signal(str, object)  # key, (i, j)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._dims: tuple[int, ...] = ()
        self._params: dict[str, np.ndarray] = {}
        self._labels: dict[str, np.ndarray] = {}
        self._nodes: frozenset[str] = frozenset()
        self._edges: frozenset[str] = frozenset()
        self._phase = "input"
        self._pending: dict = {}
        self._edge_list: list[Edge] = []
        self.label_rects: list[QRectF] = []  # the value labels drawn last (tests)
        self.skipped_labels = 0  # labels left out last time: no place free enough
        self.caption_rects: list[QRectF] = []  # the layers' captions drawn last (tests)

    def set_state(self, params, nodes, edges, phase, labels=None, pending=None) -> None:
        """Parameters, the lit layers ("L0" ...) and parameter names, numbers for the lit edges."""
        self._params = dict(params)
        L = len(self._params) // 2
        dims = (self._params["W1"].shape[1], *(self._params[f"W{l}"].shape[0] for l in range(1, L + 1)))
        if dims != self._dims:
            self._dims, self._edge_list = dims, deep_edges(dims)
        self._nodes, self._edges, self._phase = frozenset(nodes), frozenset(edges), phase
        self._labels = dict(labels if labels is not None else params)
        self._pending = dict(pending or {})
        self.update()

    def lit(self) -> tuple[frozenset[str], frozenset[str]]:
        return self._nodes, self._edges

    # -- geometry --------------------------------------------------------------------------

    def _geometry(self) -> tuple[dict[tuple[int, int], QPointF], float]:
        w, h = self.width(), self.height()
        L = len(self._dims) - 1
        top, bottom = 52.0 * font_factor(), h - 16.0  # under the captions, presenting larger too
        radius = max(8.0, min(22.0, (bottom - top) / (max(self._dims) * 3.2)))
        left, right = 0.07 * w, 0.93 * w
        pos: dict[tuple[int, int], QPointF] = {}
        for l, n in enumerate(self._dims):
            x = left + (right - left) * l / L
            spacing = (bottom - top) / n
            for i in range(n):
                y = top + spacing * (i + 0.5)
                pos[(l, i)] = QPointF(x, y)
                if l:
                    pos[(-l, i)] = QPointF(x - 1.8 * radius, y - 1.6 * radius)
        return pos, radius

    def edge_point(self, key: str, index: tuple[int, int], t: float = 0.3) -> QPointF:
        pos, _ = self._geometry()
        e = next(e for e in self._edge_list if e[0] == key and e[1] == tuple(index))
        return pos[e[2]] * (1 - t) + pos[e[3]] * t

    def edge_at(self, point: QPointF) -> Edge | None:
        pos, _ = self._geometry()
        best, best_d = None, 7.0
        for e in self._edge_list:
            d = _distance_to_segment(point, pos[e[2]], pos[e[3]])
            if d <= best_d:
                best, best_d = e, d
        return best

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        if not self._edge_list:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        pos, radius = self._geometry()
        values = [np.max(np.abs(a)) for a in self._params.values() if a.size]
        scale = max((v for v in values if np.isfinite(v)), default=0.0)
        lit_color = PHASE_COLORS.get(self._phase, PHASE_COLORS["input"])
        for e in sorted(self._edge_list, key=lambda e: e[0] in self._edges):
            self._draw_edge(p, e, pos, scale, lit_color)
        for (l, i), point in pos.items():
            self._draw_unit(p, l, i, point, radius, lit_color)
        self.label_rects, self.skipped_labels = [], 0
        taken = [QRectF(pt - QPointF(r, r), pt + QPointF(r, r))  # a bias's square is smaller
                 for (l, _), pt in pos.items() for r in [radius * (0.45 if l < 0 else 1.0)]]  # fmt: skip
        for e in self._edge_list:
            if e[0] in self._edges or (e[0], e[1]) in self._pending:
                self._draw_label(p, e, pos, radius, lit_color, taken)
        self._draw_captions(p, pos)
        p.end()

    def _draw_edge(self, p, e, pos, scale, lit_color) -> None:
        a, b = pos[e[2]], pos[e[3]]
        value = float(self._params[e[0]][e[1]])
        lit = e[0] in self._edges
        width = 1.0 + 6.0 * min(abs(value) / scale, 1.0) if scale > 0 and np.isfinite(value) else 1.0
        p.setOpacity(1.0 if lit else FADED)
        if lit:
            halo = QColor(lit_color)
            halo.setAlpha(90)
            p.setPen(QPen(halo, width + 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(a, b)
        if (e[0], e[1]) in self._pending:
            p.setOpacity(1.0)
            p.setPen(QPen(PENDING, width + 5, Qt.PenStyle.DashLine))
            p.drawLine(a, b)
        color = ZERO if value == 0 or not np.isfinite(value) else (POSITIVE if value > 0 else NEGATIVE)
        p.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(a, b)
        p.setOpacity(1.0)

    def _draw_unit(self, p, l, i, point, radius, lit_color) -> None:
        bias = l < 0
        lit = (f"bias{-l}" if bias else f"L{l}") in self._nodes
        p.setOpacity(1.0 if lit else 0.55)
        p.setPen(QPen(lit_color if lit else QColor(90, 90, 90), 3.5 if lit else 1.3))
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, radius * (0.4 if bias else 0.55)))
        font.setBold(True)
        p.setFont(font)
        if bias:
            r = radius * 0.45
            rect = QRectF(point.x() - r, point.y() - r, 2 * r, 2 * r)
            p.setBrush(QColor(255, 248, 220))
            p.drawRoundedRect(rect, 3, 3)
            text = "b"
        else:
            rect = QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)
            p.setBrush(QColor(236, 236, 236) if l == 0 else QColor(222, 235, 247))
            p.drawEllipse(rect)
            text = f"x{i + 1}" if l == 0 else ("ŷ" if l == len(self._dims) - 1 else f"{i + 1}")
        p.setPen(QColor(20, 20, 20))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        p.setOpacity(1.0)

    def _draw_label(self, p, e, pos, radius, lit_color, taken: list[QRectF]) -> None:
        """Where it covers no node or label drawn before (with 3 layers the fixed spots put W2's
        twelve numbers on top of each other), in a smaller font if crowded, else left to the
        tooltip and the stage's matrices."""
        pending = self._pending.get((e[0], e[1]))
        if pending is not None:
            text, color = self.tr("next: {0}").format(fmt(pending)), PENDING
        else:
            values = self._labels.get(e[0])
            if values is None:
                return
            text, color = fmt(float(values[e[1]]), 3), lit_color
        for points in LABEL_PT:
            font = QFont(self.font())
            font.setPointSizeF(points * font_factor())
            rect, covered = _place(e, pos, radius, QFontMetrics(font), text, taken)
            if covered <= CROWDED * _area(rect):
                break
        else:
            if pending is None:
                self.skipped_labels += 1
                return
        p.setFont(font)
        taken.append(rect)
        self.label_rects.append(rect)
        p.setPen(QPen(color, 1))
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawRoundedRect(rect, 3, 3)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _draw_captions(self, p, pos) -> None:
        L = len(self._dims) - 1
        texts = [f"{'A[0] = X' if l == 0 else (f'A[{L}] = ŷ' if l == L else f'A[{l}]')}\nn[{l}] = {n}"
                 for l, n in enumerate(self._dims)]  # fmt: skip
        font = QFont(self.font())
        points = CAPTION_PT * font_factor()  # presenting: as large as the rest
        while True:  # smaller where neighbours would touch ("n[0] = 2n[1] = 4", 3 layers, F5)
            font.setPointSizeF(points)
            rects = self._caption_rects(texts, pos, QFontMetrics(font))
            if all(a.right() + 4 <= b.left() for a, b in zip(rects, rects[1:], strict=False)) or points <= 7:
                break
            points -= 0.5
        p.setFont(font)
        p.setPen(QColor(70, 70, 70))
        self.caption_rects = rects
        for text, rect in zip(texts, rects, strict=True):
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _caption_rects(self, texts: list[str], pos, fm: QFontMetrics) -> list[QRectF]:
        """Each layer's caption over its column, kept inside the widget."""
        rects = []
        for l, text in enumerate(texts):
            half = max(fm.horizontalAdvance(t) for t in text.split("\n")) / 2 + 4
            x = min(max(pos[(l, 0)].x(), half), self.width() - half)
            rects.append(QRectF(x - half, 2, 2 * half, 40 * font_factor()))
        return rects

    # -- interaction -----------------------------------------------------------------------

    def mouseMoveEvent(self, event) -> None:
        e = self.edge_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if e else Qt.CursorShape.ArrowCursor)
        if e is None:
            QToolTip.hideText()
            return
        value = float(self._params[e[0]][e[1]])
        label = param_label(e[0], e[1], len(self._dims) - 1)
        QToolTip.showText(event.globalPosition().toPoint(),
                          f"{label} = {value!r}\n" + self.tr("Click to type a new value"), self)  # fmt: skip

    def mousePressEvent(self, event) -> None:
        e = self.edge_at(event.position())
        if e is not None and event.button() == Qt.MouseButton.LeftButton:
            self.parameter_clicked.emit(e[0], e[1])


def _place(e: Edge, pos, radius: float, fm: QFontMetrics, text: str, taken: list[QRectF]):
    """(rect, px² it covers of `taken`): along the edge where it covers least; a bias's label
    beside its square, right or left."""
    w, h = fm.horizontalAdvance(text) + 8, fm.height() + 2
    if e[0][0] == "b":
        square = pos[e[2]]
        spots = [QRectF(square.x() + 0.6 * radius, square.y() - h / 2, w, h),
                 QRectF(square.x() - w - 0.6 * radius, square.y() - h / 2, w, h)]  # fmt: skip
    else:
        a, b = pos[e[2]], pos[e[3]]
        spots = [QRectF((a * (1 - t) + b * t).x() - w / 2, (a * (1 - t) + b * t).y() - h / 2, w, h)
                 for t in SPOTS_T]  # fmt: skip
    covers = [sum(_area(spot.intersected(other)) for other in taken) for spot in spots]
    best = min(range(len(spots)), key=covers.__getitem__)
    return spots[best], covers[best]


def _area(rect: QRectF) -> float:
    return max(rect.width(), 0.0) * max(rect.height(), 0.0)


def _distance_to_segment(p: QPointF, a: QPointF, b: QPointF) -> float:
    ab, ap = b - a, p - a
    length2 = ab.x() ** 2 + ab.y() ** 2
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, (ap.x() * ab.x() + ap.y() * ab.y()) / length2))
    closest = a + ab * t
    return math.hypot(p.x() - closest.x(), p.y() - closest.y())
