"""The building blocks of 002 / 004 §4.6: per layer a forward block and a backward block, the cache
passed between them; the current stage's block (and the cache it stores or reads) lit.

    A[0] → [layer 1] → A[1] → ... → [layer L] → A[L] → J
              ↓ cache 1               ↓ cache L
    dA[0] ← [layer 1] ← dA[1] ← ... ← [layer L] ← dA[L]
              ↓ dW[1], db[1]          ↓ dW[L], db[L]
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.backprop_stages import Stage
from visualizer.widgets.geometry import scaled_font
from visualizer.widgets.network_diagram import PHASE_COLORS

IDLE = QColor(150, 150, 150)
PAD = 4.0  # layout units (pixels before the zoom)
CACHE_X = 6.0  # a cache's label starts this far right of its dashed line
GRAD_DROP = 18.0  # the arrow from a backward block down to its dW, db
MAX_ZOOM = 1.8  # a roomy pane draws the diagram larger, up to this


@dataclass
class _Geometry:
    """The blocks' layout in its own units, and the zoom that fits it to the widget."""

    zoom: float
    width: float
    height: float
    y_f: float  # the forward row's centre line
    y_b: float  # the backward row's
    line: float  # a label's line height
    forward: dict[int, QRectF]
    backward: dict[int, QRectF]
    x_J: float


class BlockDiagram(QWidget):
    """Paints the blocks of an L-layer network for one stage; `lit()` names what is lit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(300, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._L = 2
        self._stage: Stage | None = None
        self._activation = ""
        self.label_rects: list[QRectF] = []  # the labels and blocks painted last (widget pixels)

    def set_stage(self, stage: Stage, L: int, activation: str) -> None:
        self._stage, self._L, self._activation = stage, L, activation
        self.update()

    def lit(self) -> tuple[tuple[str, int], tuple[tuple[str, int, str], ...]]:
        """The block and the caches the current stage lights."""
        return (self._stage.block, self._stage.caches) if self._stage else (("", 0), ())

    def _font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        return scaled_font(self.font(), scale, bold, least_pt=7.0)

    def paintEvent(self, _event) -> None:
        if self._stage is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        g = self._geometry()
        p.translate(QPointF((self.width() - g.width * g.zoom) / 2, (self.height() - g.height * g.zoom) / 2))
        p.scale(g.zoom, g.zoom)  # as large as the pane allows; squeezed, all of it smaller
        self.label_rects = []  # every label and block as painted, in the widget's pixels
        L, (kind, layer) = self._L, self._stage.block
        color = PHASE_COLORS.get(self._stage.phase, IDLE)
        self._arrows(p, g, kind, layer, color)
        for l in range(1, L + 1):
            act = "σ" if l == L else (self._activation or "g")
            self._block(p, g.forward[l], f"[{l}]\nLINEAR\n→ {act}", kind == "forward" and layer == l, color)
            lit_back = kind == "backward" and layer == l or kind == "update" and layer == l
            self._block(p, g.backward[l], f"[{l}]\n{act}′ →\nLINEAR′", lit_back, color)
            self._caches(p, l, g.forward[l], g.backward[l], color)
        self._text(p, QPointF(g.x_J, g.y_f), "J", kind == "cost", color, bold=True)
        self._text(
            p, QPointF(PAD, g.y_f), "A[0] = X", kind == "input", color, align=Qt.AlignmentFlag.AlignLeft
        )
        p.end()

    def _geometry(self) -> _Geometry:
        """Blocks and arrows laid out from what their labels need (an arrow as long as its label,
        a column as wide as its cache and gradient labels), then zoomed to the pane: with 3 layers
        at 1024x768 the arrows' labels ran into the blocks and each other."""
        L = self._L
        label, block = QFontMetricsF(self._font(0.8, bold=True)), QFontMetricsF(self._font(0.85, bold=True))
        act = self._activation or "g"
        block_w = max(block.horizontalAdvance(t) for t in
                      ("LINEAR", f"→ {act}", f"{act}′ →", "LINEAR′")) + 14  # three lines: narrow  # fmt: skip
        block_h = 3 * block.height() + 8
        edge = max(label.horizontalAdvance(t) for t in (f"A[{L}]", f"dA[{L}]")) + 18
        # the longest texts any stage shows, so the blocks stay put while the walk goes on
        cache_w = label.horizontalAdvance(f"→ A{L - 1}, W{L}, b{L}, Z{L}") + CACHE_X + PAD  # 2nd line
        grads = (f"dW[{L}], db[{L}]", f"W[{L}] − α dW[{L}]")  # the update's longer line
        grad_w = max(label.horizontalAdvance(t) for t in grads) + PAD
        edge = max(edge, cache_w - block_w, grad_w - block_w)  # a column holds its labels
        left = max(label.horizontalAdvance("A[0] = X") + PAD + edge, grad_w / 2 - block_w / 2)
        J_w = label.horizontalAdvance("J") + 2 * PAD
        right = max(edge + J_w, grad_w / 2 - block_w / 2, cache_w - block_w / 2)  # the last labels
        width = left + L * block_w + (L - 1) * edge + right
        lh = label.height()
        height = PAD + 2 * block_h + 2.5 * lh + 2 * PAD + GRAD_DROP + 2 * lh + PAD  # the update: 2 lines
        zoom = min(self.width() / width, self.height() / height, MAX_ZOOM)
        spare = max(0.0, self.width() / zoom - width) / (L + 1)  # longer arrows, not empty margins
        edge, left, width = edge + spare, left + spare, width + (L + 1) * spare
        y_f = PAD + block_h / 2
        y_b = y_f + block_h + 2.5 * lh + 2 * PAD
        g = _Geometry(zoom, width, height, y_f, y_b, lh, {}, {}, 0.0)
        for l in range(1, L + 1):
            x = left + (l - 1) * (block_w + edge)
            g.forward[l] = QRectF(x, y_f - block_h / 2, block_w, block_h)
            g.backward[l] = QRectF(x, y_b - block_h / 2, block_w, block_h)
        g.x_J = g.forward[L].right() + edge + J_w / 2 - PAD
        return g

    def _arrows(self, p, g: _Geometry, kind, layer, color) -> None:
        L, lift = self._L, QPointF(0, -(g.line / 2 + 3))  # a label just above its arrow
        x0 = self._text_rect("A[0] = X", QPointF(PAD, g.y_f), Qt.AlignmentFlag.AlignLeft).right() + 4
        for l in range(1, L + 2):  # A[l-1] into forward block l (l = L + 1: A[L] into J)
            start = QPointF(x0 if l == 1 else g.forward[l - 1].right(), g.y_f)
            end = QPointF(g.x_J - 10 if l == L + 1 else g.forward[l].left(), g.y_f)
            lit = kind == "forward" and layer == l - 1 or kind == "cost" and l == L + 1
            _arrow(p, start, end, color if lit else IDLE, 3.0 if lit else 1.5)
            self._text(p, (start + end) / 2 + lift, f"A[{l - 1}]", lit, color)
        for l in range(L, 0, -1):  # dA[l] into backward block l, from the right (dA[L]: from J)
            start = QPointF(g.x_J if l == L else g.backward[l + 1].left(), g.y_b)
            end = QPointF(g.backward[l].right(), g.y_b)
            lit = kind == "backward" and layer == l and self._stage.name in (f"dA{l}", f"dZ{l}")
            lit = lit or kind == "backward" and l < L and layer == l + 1 and self._stage.name == f"dA{l}"
            _arrow(p, start, end, color if lit else IDLE, 3.0 if lit else 1.5)
            self._text(p, (start + end) / 2 + lift, f"dA[{l}]", lit, color)
            down = QPointF(g.backward[l].center().x(), g.backward[l].bottom())
            grad_lit = layer == l and (
                kind == "update" or kind == "backward" and self._stage.name[:2] in ("dW", "db")
            )
            _arrow(
                p,
                down,
                down + QPointF(0, GRAD_DROP - 2),
                color if grad_lit else IDLE,
                2.5 if grad_lit else 1.2,
            )
            update = kind == "update" and layer == l
            text = f"W[{l}] :=\nW[{l}] − α dW[{l}]" if update else f"dW[{l}], db[{l}]"
            self._text(
                p, down + QPointF(0, GRAD_DROP + g.line * (1 if update else 0.5)), text, grad_lit, color
            )

    def _caches(self, p, l, top: QRectF, bottom: QRectF, color) -> None:
        entries = [c for c in self._stage.caches if c[1] == l]
        lit = bool(entries)
        a, b = QPointF(top.center().x(), top.bottom()), QPointF(bottom.center().x(), bottom.top())
        pen = QPen(color if lit else IDLE, 3.0 if lit else 1.2, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(a, b)
        what = ", ".join(c[2] for c in entries) or f"Z[{l}]"
        action = {"store": "→ ", "read": "← "}.get(entries[0][0], "") if entries else ""
        self._text(p, (a + b) / 2 + QPointF(CACHE_X, 0), f"cache[{l}]\n{action}{what}", lit, color,
                   align=Qt.AlignmentFlag.AlignLeft)  # fmt: skip

    def _block(self, p, rect: QRectF, text: str, lit: bool, color: QColor) -> None:
        p.setPen(QPen(color if lit else QColor(90, 90, 90), 3.0 if lit else 1.2))
        fill = QColor(color)
        fill.setAlpha(60)
        p.setBrush(fill if lit else QColor(248, 248, 248))
        p.drawRoundedRect(rect, 6, 6)
        self.label_rects.append(p.transform().mapRect(rect))
        font = self._font(0.85, bold=lit)
        fm = QFontMetrics(font)
        widest = max(text.split("\n"), key=fm.horizontalAdvance)
        while font.pointSizeF() > 6 and fm.horizontalAdvance(widest) > rect.width() - 6:
            font.setPointSizeF(font.pointSizeF() - 0.5)
            fm = QFontMetrics(font)
        p.setFont(font)
        p.setPen(QColor(20, 20, 20))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _text_rect(
        self, text: str, at: QPointF, align=Qt.AlignmentFlag.AlignHCenter, bold: bool = True
    ) -> QRectF:
        """Where `text` goes, centred on `at` (or starting there), in the layout's units."""
        fm = QFontMetricsF(self._font(0.8, bold=bold))
        lines = text.split("\n")
        width = max(fm.horizontalAdvance(line) for line in lines) + 4
        x = at.x() if align == Qt.AlignmentFlag.AlignLeft else at.x() - width / 2
        return QRectF(x, at.y() - len(lines) * fm.height() / 2, width, len(lines) * fm.height())

    def _text(self, p, at: QPointF, text: str, lit: bool, color, bold: bool = False,
              align=Qt.AlignmentFlag.AlignHCenter) -> None:  # fmt: skip
        font = self._font(0.8, bold=bold or lit)
        p.setFont(font)
        p.setPen(color if lit else QColor(80, 80, 80))
        box = self._text_rect(text, at, align, bold=bold or lit)
        if align == Qt.AlignmentFlag.AlignLeft:  # a cache's two lines start at its dashed line
            p.drawText(
                box.adjusted(2, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
            )
        else:
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        self.label_rects.append(p.transform().mapRect(box))


def _arrow(p: QPainter, start: QPointF, end: QPointF, color: QColor, width: float) -> None:
    d = end - start
    length = (d.x() ** 2 + d.y() ** 2) ** 0.5
    if length < 1:
        return
    u = d / length
    n = QPointF(-u.y(), u.x())
    size = 5.0 + 2.0 * width
    p.setPen(QPen(color, width))
    p.drawLine(start, end - u * size * 0.8)
    head = QPainterPath(end)
    head.lineTo(end - u * size + n * size * 0.5)
    head.lineTo(end - u * size - n * size * 0.5)
    head.closeSubpath()
    p.fillPath(head, color)
