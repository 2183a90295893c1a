"""The building blocks of 002 / 004 §4.6: per layer a forward block and a backward block, the cache
passed between them; the current stage's block (and the cache it stores or reads) lit.

    A[0] → [layer 1] → A[1] → ... → [layer L] → A[L] → J
              ↓ cache 1               ↓ cache L
    dA[0] ← [layer 1] ← dA[1] ← ... ← [layer L] ← dA[L]
              ↓ dW[1], db[1]          ↓ dW[L], db[L]
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.backprop_stages import Stage
from visualizer.widgets.network_diagram import PHASE_COLORS

IDLE = QColor(150, 150, 150)


class BlockDiagram(QWidget):
    """Paints the blocks of an L-layer network for one stage; `lit()` names what is lit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(300, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._L = 2
        self._stage: Stage | None = None
        self._activation = ""

    def set_stage(self, stage: Stage, L: int, activation: str) -> None:
        self._stage, self._L, self._activation = stage, L, activation
        self.update()

    def lit(self) -> tuple[tuple[str, int], tuple[tuple[str, int, str], ...]]:
        """The block and the caches the current stage lights."""
        return (self._stage.block, self._stage.caches) if self._stage else (("", 0), ())

    def _font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, self.font().pointSizeF() * scale))
        font.setBold(bold)
        return font

    def paintEvent(self, _event) -> None:
        if self._stage is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        L, (w, h) = self._L, self._canvas()
        zoom = min(self.width() / w, self.height() / h)
        p.translate(QPointF((self.width() - w * zoom) / 2, 0))  # centred
        p.scale(zoom, zoom)  # smaller than its labels need: all of it smaller, nothing overlaps
        col = w / (L + 1.6)
        bw, bh = min(col * 0.66, 150.0), min(h * 0.28, 50.0)
        y_f, y_b = h * 0.2, h * 0.66
        kind, layer = self._stage.block
        color = PHASE_COLORS.get(self._stage.phase, IDLE)
        forward, backward = {}, {}
        for l in range(1, L + 1):
            x = col * (l + 0.1)
            forward[l] = QRectF(x - bw / 2, y_f - bh / 2, bw, bh)
            backward[l] = QRectF(x - bw / 2, y_b - bh / 2, bw, bh)
        x0, xJ = col * 0.1 + 2, col * (L + 1.1)
        self._arrows(p, forward, backward, x0, xJ, y_f, y_b, bw, kind, layer, color)
        for l in range(1, L + 1):
            act = "σ" if l == L else (self._activation or "g")
            self._block(p, forward[l], f"[{l}]\nLINEAR → {act}", kind == "forward" and layer == l, color)
            lit_back = kind == "backward" and layer == l or kind == "update" and layer == l
            self._block(p, backward[l], f"[{l}]\n{act}′ → LINEAR′", lit_back, color)
            self._caches(p, l, forward[l], backward[l], color)
        self._text(p, QPointF(xJ, y_f), "J", kind == "cost", color, bold=True)
        self._text(p, QPointF(x0 + 8, y_f), "A[0] = X", kind == "input", color)
        p.end()

    def _canvas(self) -> tuple[float, float]:
        """The size to lay the blocks out in: the widget's, or what the labels need if more
        (squeezed, "cache[1] ← Z1" ran into "cache[2]" and dW[l] fell off the bottom)."""
        L, kind, layer = self._L, *self._stage.block
        fm = QFontMetrics(self._font(0.8, bold=True))
        texts = [f"cache[{L}] ← " + ", ".join(c[2] for c in self._stage.caches) or f"Z[{L}]",
                 f"dW[{L}], db[{L}]", f"dA[{L}]  dA[{L}]"]  # fmt: skip
        if kind == "update":
            texts.append(f"W[{layer}] := W[{layer}] − α dW[{layer}]")
        column = max(fm.horizontalAdvance(t) for t in texts) + 16
        rows = fm.height() * 11  # two block rows of two lines, the labels between and under
        return max(float(self.width()), column * (L + 1.6)), max(float(self.height()), rows)

    def _arrows(self, p, forward, backward, x0, xJ, y_f, y_b, bw, kind, layer, color) -> None:
        L = self._L
        for l in range(1, L + 2):  # A[l-1] into forward block l (l = L + 1: A[L] into J)
            start = QPointF(x0 + 30 if l == 1 else forward[l - 1].right(), y_f)
            end = QPointF(xJ - 10 if l == L + 1 else forward[l].left(), y_f)
            lit = kind == "forward" and layer == l - 1 or kind == "cost" and l == L + 1
            _arrow(p, start, end, color if lit else IDLE, 3.0 if lit else 1.5)
            self._text(p, (start + end) / 2 + QPointF(0, -12), f"A[{l - 1}]", lit, color)
        for l in range(L, 0, -1):  # dA[l] into backward block l, from the right
            start = QPointF(xJ if l == L else backward[l + 1].left(), y_b)
            end = QPointF(backward[l].right(), y_b)
            lit = kind == "backward" and layer == l and self._stage.name in (f"dA{l}", f"dZ{l}")
            lit = lit or kind == "backward" and l < L and layer == l + 1 and self._stage.name == f"dA{l}"
            _arrow(p, start, end, color if lit else IDLE, 3.0 if lit else 1.5)
            self._text(p, (start + end) / 2 + QPointF(0, -12), f"dA[{l}]", lit, color)
            down = QPointF(backward[l].center().x(), backward[l].bottom())
            grad_lit = layer == l and (
                kind == "update" or kind == "backward" and self._stage.name[:2] in ("dW", "db")
            )
            _arrow(p, down, down + QPointF(0, 18), color if grad_lit else IDLE, 2.5 if grad_lit else 1.2)
            text = f"W[{l}] := W[{l}] − α dW[{l}]" if kind == "update" and layer == l else f"dW[{l}], db[{l}]"
            self._text(p, down + QPointF(0, 28), text, grad_lit, color)
        self._text(p, QPointF(xJ, y_b - 14), "dA[L]" if L > 9 else f"dA[{L}]", False, color)

    def _caches(self, p, l, top: QRectF, bottom: QRectF, color) -> None:
        entries = [c for c in self._stage.caches if c[1] == l]
        lit = bool(entries)
        a, b = QPointF(top.center().x(), top.bottom()), QPointF(bottom.center().x(), bottom.top())
        pen = QPen(color if lit else IDLE, 3.0 if lit else 1.2, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(a, b)
        what = ", ".join(c[2] for c in entries) or f"Z[{l}]"
        action = {"store": "→ ", "read": "← "}.get(entries[0][0], "") if entries else ""
        self._text(p, (a + b) / 2 + QPointF(6, 0), f"cache[{l}] {action}{what}", lit, color,
                   align=Qt.AlignmentFlag.AlignLeft)  # fmt: skip

    def _block(self, p, rect: QRectF, text: str, lit: bool, color: QColor) -> None:
        p.setPen(QPen(color if lit else QColor(90, 90, 90), 3.0 if lit else 1.2))
        fill = QColor(color)
        fill.setAlpha(60)
        p.setBrush(fill if lit else QColor(248, 248, 248))
        p.drawRoundedRect(rect, 6, 6)
        font = self._font(0.85, bold=lit)
        fm = QFontMetrics(font)
        widest = max(text.split("\n"), key=fm.horizontalAdvance)
        while font.pointSizeF() > 6 and fm.horizontalAdvance(widest) > rect.width() - 6:
            font.setPointSizeF(font.pointSizeF() - 0.5)
            fm = QFontMetrics(font)
        p.setFont(font)
        p.setPen(QColor(20, 20, 20))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _text(self, p, at: QPointF, text: str, lit: bool, color, bold: bool = False,
              align=Qt.AlignmentFlag.AlignHCenter) -> None:  # fmt: skip
        font = self._font(0.8, bold=bold or lit)
        p.setFont(font)
        p.setPen(color if lit else QColor(80, 80, 80))
        fm = QFontMetrics(font)
        width = fm.horizontalAdvance(text) + 4
        x = at.x() if align == Qt.AlignmentFlag.AlignLeft else at.x() - width / 2
        box = QRectF(x, at.y() - fm.height() / 2, width, fm.height())
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


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
