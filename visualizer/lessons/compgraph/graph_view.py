"""The computation graph drawn with QPainter: values forward in blue, derivatives backward in red.

As in the course's figure (001 §2.5): the inputs on the left, one box per operation, the output
on the right; blue arrows left to right carry values, red arrows right to left carry
derivatives, each labelled with its local derivative. The stage's nodes and arrows are lit.
"""

from __future__ import annotations

from itertools import product

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.compgraph import Graph, formula
from core.compgraph_walk import CompGraphSnapshot
from visualizer.widgets.geometry import rect_area, scaled_font
from visualizer.widgets.notation import fmt

FORWARD = QColor(33, 102, 172)  # the course's blue arrows
BACKWARD = QColor(200, 40, 40)  # the course's red arrows
UPDATE = QColor(46, 139, 87)
PHASE_COLORS = {"input": QColor(110, 110, 110), "forward": FORWARD, "backward": BACKWARD, "update": UPDATE}
LEAF_FILL, DATA_FILL, NODE_FILL = QColor(255, 248, 220), QColor(236, 236, 236), QColor(222, 235, 247)
FADED = QColor(190, 190, 190)
# Where a derivative's label may go, in order: along its arrow (clear=False), then clear of the
# arrow's two boxes; t from the arrow's middle out (z's taller box left the middle spots crowded).
SPOTS = [(False, t, below) for t, below in product((0.5, 0.35, 0.65), (True, False))] + [
    (True, t, below) for t, below in product((0.65, 0.5, 0.35, 0.8, 0.2), (True, False))
]


def layout(graph: Graph) -> dict[str, tuple[int, float]]:
    """Column and height (0 top .. 1 bottom) of every variable: inputs in column 0, each node
    one column right of its rightmost argument, a data leaf (y) just left of its user."""
    column: dict[str, int] = {name: 0 for name in graph.inputs}
    for node in graph.nodes:
        args = node.variables()
        column[node.name] = 1 + max((column.get(a, 0) for a in args), default=0)
    order = graph.drawing_order or graph.leaves
    for name in graph.data:
        users = [column[n.name] for n in graph.consumers(name)]
        column[name] = max(0, min(users) - 1) if users else 0
    height: dict[str, float] = {}
    first = [n for n in order if column[n] == 0]
    for k, name in enumerate(first):
        height[name] = (k + 0.5) / len(first)
    for name in graph.data:
        if column[name]:
            height[name] = 0.9
    for node in graph.nodes:
        args = [height[a] for a in node.variables() if a in height]
        height[node.name] = sum(args) / len(args) if args else 0.5
    _spread(column, height)
    return {name: (column[name], height[name]) for name in column}


def _spread(column: dict[str, int], height: dict[str, float], gap: float = 0.2) -> None:
    """Push apart the variables of one column that would overlap (keeping their order)."""
    for c in set(column.values()):
        names = sorted((n for n in column if column[n] == c), key=lambda n: height[n])
        step = min(gap, 1.0 / len(names))
        for prev, name in zip(names, names[1:], strict=False):
            height[name] = max(height[name], height[prev] + step)
        top = height[names[-1]]
        if top > 0.95:  # shift the column up to fit
            for name in names:
                height[name] -= top - 0.95
        low = min(height[n] for n in names)
        if low < 0.05:
            for name in names:
                height[name] = 0.05 + (height[name] - low) * 0.9 / max(0.9, top - low)


class GraphView(QWidget):
    """Paints one snapshot of the computation-graph engine; `lit()` says what the stage lights."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._snap: CompGraphSnapshot | None = None
        self._layout: dict[str, tuple[int, float]] = {}
        self._graph: Graph | None = None
        self.label_boxes: list[QRectF] = []  # the derivative labels drawn last (tests)

    def set_snapshot(self, snap: CompGraphSnapshot) -> None:
        if snap.graph is not self._graph:
            self._graph = snap.graph
            self._layout = layout(snap.graph)
        self._snap = snap
        self.update()

    def lit(self) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
        stage = self._snap.stage
        return stage.lit_nodes, stage.lit_edges

    def node_rects(self) -> dict[str, QRectF]:
        """Where each variable's box is drawn (tests and the nudge highlight use them)."""
        columns = max(c for c, _ in self._layout.values()) + 1
        w, h = self.width(), self.height()
        margin_x, top, bottom = 20.0, 16.0, h - 28.0
        col_w = (w - 2 * margin_x) / columns
        box_w = min(col_w * 0.64, 240.0)
        stacked = max(sum(1 for c, _ in self._layout.values() if c == k) for k in range(columns))
        least = max(30.0, min(90.0, (bottom - top) / (1.2 * stacked + 1)))  # the fullest column's
        rects = {}
        for name, (c, y) in self._layout.items():
            box_h = max(least, self._column_height(c, bottom - top))
            cx = margin_x + col_w * (c + 0.5)
            cy = top + box_h / 2 + y * (bottom - top - box_h)
            rects[name] = QRectF(cx - box_w / 2, cy - box_h / 2, box_w, box_h)
            if c == columns - 1:  # the last column (J, L) has the margin on its right: its formula
                rects[name].setRight(max(rects[name].right(), w - 8.0))  # gets that room too
        return rects

    def _column_height(self, column: int, room: float) -> float:
        """Column `column`'s boxes as tall as their spacing allows (at most 90 px): one height for
        all had z, a and L, three lines each, at the five stacked inputs' 36 px (their text at
        half size, 6 pt at 1024x768)."""
        heights = sorted(y for c, y in self._layout.values() if c == column)
        step = min((b - a for a, b in zip(heights, heights[1:], strict=False)), default=1.0)
        return min(90.0, step * room / (1 + step) - 6.0)  # centres `step` apart, 6 px between

    # -- painting --------------------------------------------------------------------------

    def _font(self, scale: float, bold: bool = False) -> QFont:
        return scaled_font(self.font(), scale, bold, least_pt=8.0)

    def paintEvent(self, _event) -> None:
        if self._snap is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        rects = self.node_rects()
        snap, stage = self._snap, self._snap.stage
        edges = [(a, n.name) for n in snap.graph.nodes for a in n.variables()]
        for edge in dict.fromkeys(edges):
            self._draw_forward(p, edge, rects)
        backward = [e for e in dict.fromkeys(edges) if e[0] in stage.known_derivs]
        for edge in backward:
            self._draw_backward(p, edge, rects)
        for name, rect in rects.items():
            self._draw_node(p, name, rect)
        self.label_boxes: list[QRectF] = []  # the derivative labels drawn (tests)
        for edge in backward:  # on top: a short edge's label may overlap a box
            self._draw_local_label(p, edge, rects)
        self._draw_legend(p)
        p.end()

    def _ends(self, edge, rects, offset: float) -> tuple[QPointF, QPointF]:
        a, b = rects[edge[0]], rects[edge[1]]
        start = QPointF(a.right(), a.center().y() + offset)
        end = QPointF(b.left(), b.center().y() + offset * 0.6)
        return start, end

    def _draw_forward(self, p: QPainter, edge, rects) -> None:
        stage = self._snap.stage
        lit = edge in stage.lit_edges and stage.phase in ("forward", "update")
        known = edge[1] in stage.known
        color = FORWARD if known else FADED
        start, end = self._ends(edge, rects, -6.0)
        if lit:
            _halo(p, FORWARD, start, end)
        _arrow(p, start, end, color, 4.0 if lit else 2.0)

    def _draw_backward(self, p: QPainter, edge, rects) -> None:
        stage = self._snap.stage
        lit = edge in stage.lit_edges and stage.phase == "backward"
        end, start = self._ends(edge, rects, 10.0)  # from the user back to the variable
        if lit:
            _halo(p, BACKWARD, start, end)
        _arrow(p, start, end, BACKWARD, 4.0 if lit else 2.0)

    def _draw_local_label(self, p: QPainter, edge, rects) -> None:
        """The local derivative d(user)/dx on the red arrow, e.g. du/db = 2."""
        stage = self._snap.stage
        lit = edge in stage.lit_edges and stage.phase == "backward"
        end, start = self._ends(edge, rects, 10.0)
        terms = self._snap.current.terms.get(edge[0], [])
        term = next((t for t in terms if t.user == edge[1]), None)
        if term is None:
            return
        text = f"d{edge[1]}/d{edge[0]} = {fmt(term.local, 4)}"
        ends = rects[edge[0]].united(rects[edge[1]])
        font, box = self._label_place(text, (start, end), ends, lit, rects)
        self.label_boxes.append(box)
        p.setFont(font)
        p.setPen(QPen(BACKWARD, 1))
        p.setBrush(QColor(255, 255, 255, 230))
        p.drawRoundedRect(box, 3, 3)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _label_place(self, text, arrow, ends: QRectF, lit: bool, rects) -> tuple[QFont, QRectF]:
        """(font, box) for a label along an arrow (its middle first): below it, above it, below or above its
        two boxes (`ends`), else smaller; the first that covers no box and no label drawn
        before, else the least covering one."""
        taken = [*rects.values(), *self.label_boxes]
        best = None
        for scale in (0.85, 0.72):
            font = self._font(scale, bold=lit)
            fm = QFontMetrics(font)
            w, h = fm.horizontalAdvance(text) + 8, fm.height() + 2
            for clear, t, below in SPOTS:
                mid = arrow[0] * (1 - t) + arrow[1] * t
                y = mid.y() + 3 if below else mid.y() - h - 3
                if clear:  # clear of both boxes, below or above them
                    y = ends.bottom() + 2 if below else ends.top() - h - 2
                box = QRectF(mid.x() - w / 2, y, w, h)
                covered = sum(rect_area(box.intersected(r)) for r in taken)
                if best is None or covered < best[0]:
                    best = (covered, font, box)
                if covered == 0:
                    return font, box
        return best[1], best[2]

    def _draw_node(self, p: QPainter, name: str, rect: QRectF) -> None:
        snap, stage = self._snap, self._snap.stage
        graph = snap.graph
        node = graph.node(name)
        lit = name in stage.lit_nodes
        current = name == stage.name
        color = PHASE_COLORS[stage.phase]
        fill = NODE_FILL if node else (DATA_FILL if name in graph.data else LEAF_FILL)
        p.setBrush(fill)
        p.setPen(QPen(color if lit else QColor(90, 90, 90), 4.5 if current else (3 if lit else 1.3)))
        p.drawRoundedRect(rect, 10 if node else rect.height() / 2, 10 if node else rect.height() / 2)
        known = name in stage.known
        value = self._value_shown(name)
        room = rect.width() - 8
        lines = [(part, self._font(0.95), QColor(40, 40, 40))
                 for part in _wrapped(formula(node), self._font(0.95), room)] if node else []  # fmt: skip
        lines.append((f"{name} = {fmt(value, 5)}" if known else f"{name} = ?", self._font(1.25, True),
                      QColor(20, 20, 20) if known else FADED))  # fmt: skip
        if name in stage.known_derivs:
            lines.append((f"d{graph.output}/d{name} = {fmt(snap.current.derivs[name], 5)}",
                          self._font(1.0, True), BACKWARD))  # fmt: skip
        if name in stage.known_updates and snap.current.updated is not None:
            lines.append((f"→ {fmt(snap.current.updated[name], 5)}", self._font(1.0, True), UPDATE))
        self._draw_lines(p, rect, lines)

    def _value_shown(self, name: str) -> float:
        snap = self._snap
        if snap.stage.kind == "new_loss" and snap.current.new_values is not None:
            return snap.current.new_values[name]
        return snap.current.values[name]

    def _draw_lines(self, p: QPainter, rect: QRectF, lines) -> None:
        heights = [QFontMetrics(f).height() for _, f, _ in lines]
        scale = min(1.0, (rect.height() - 4) / sum(heights))
        y = rect.center().y() - sum(heights) * scale / 2
        room = rect.width() - 8
        for (text, font, color), h in zip(lines, heights, strict=True):
            size = font.pointSizeF() * scale
            while size > 7.0 and QFontMetrics(_sized(font, size)).horizontalAdvance(text) > room:
                size -= 0.5  # a long formula gets smaller before it gets cut
            font = _sized(font, max(7.0, size))
            p.setFont(font)
            p.setPen(color)
            elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(room))
            line = QRectF(rect.left() + 4, y, room, h * scale)
            p.drawText(line, Qt.AlignmentFlag.AlignCenter, elided)
            y += h * scale

    def _draw_legend(self, p: QPainter) -> None:
        font = self._font(0.9)
        p.setFont(font)
        fm = QFontMetrics(font)
        y = self.height() - 14.0
        x = 14.0
        legend = ((FORWARD, self.tr("forward: values")), (BACKWARD, self.tr("backward: derivatives")))
        for color, text in legend:
            _arrow(p, QPointF(x, y), QPointF(x + 30, y), color, 3.0)
            p.setPen(QColor(60, 60, 60))
            p.drawText(QPointF(x + 36, y + fm.ascent() / 2 - 1), text)
            x += 36 + fm.horizontalAdvance(text) + 24


def _wrapped(text: str, font: QFont, room: float) -> list[str]:
    """`text` on as many lines as it needs at `font` in `room` px, broken at spaces (at 1024x768
    "L = −(y log a + (1 − y) log(1 − a))" on one line was shrunk to 7 pt)."""
    fm = QFontMetrics(font)
    lines: list[str] = []
    for word in text.split(" "):
        if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _sized(font: QFont, points: float) -> QFont:
    sized = QFont(font)
    sized.setPointSizeF(points)
    return sized


def _halo(p: QPainter, color: QColor, start: QPointF, end: QPointF) -> None:
    """A wide translucent stroke under a lit arrow."""
    halo = QColor(color)
    halo.setAlpha(70)
    p.setPen(QPen(halo, 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(start, end)


def _arrow(p: QPainter, start: QPointF, end: QPointF, color: QColor, width: float) -> None:
    """A line start -> end with a filled head at `end`."""
    d = end - start
    length = (d.x() ** 2 + d.y() ** 2) ** 0.5
    if length < 1:
        return
    u = d / length
    n = QPointF(-u.y(), u.x())
    size = 6.0 + 2.0 * width
    p.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    p.drawLine(start, end - u * size * 0.8)
    head = QPainterPath(end)
    head.lineTo(end - u * size + n * size * 0.5)
    head.lineTo(end - u * size - n * size * 0.5)
    head.closeSubpath()
    p.fillPath(head, color)
