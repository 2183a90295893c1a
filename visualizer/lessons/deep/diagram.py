"""Every layer of the network with QPainter: edges by weight sign (colour) and size (width, opacity),
and under each layer the shapes of W^[l], b^[l], Z^[l], A^[l] (002 矩阵维度检查, 004 §4.4)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from visualizer.widgets.matrix_view import NEGATIVE, POSITIVE

NODE_FILL = (QColor(236, 236, 236), QColor(222, 235, 247), QColor(238, 226, 246))  # input, hidden, output
LEVELS = 8  # edge widths and opacities, by |w| / max |w|
SMOOTH_EDGES = 150  # antialiased up to this many edges; a dense network is drawn 10x faster without
# A dense layer shows its strongest edges only, at most this many: 8 layers of 32 units drew over
# 7,000 wide translucent lines, 216 ms a paint (twice a second while training: 43% of the CPU); a
# column of 32 nodes shows no more than this anyway.
LAYER_EDGES = 96
DENSE_WIDTH = 2.0  # the widest edge of a dense network (else 4.6 px): thin lines are drawn far faster
FEATURE_TEXT = {
    "x1": "x1",
    "x2": "x2",
    "x1^2": "x1²",
    "x2^2": "x2²",
    "x1*x2": "x1x2",
    "sin_x1": "sin x1",
    "sin_x2": "sin x2",
}


def _on_white(color: QColor, alpha: float) -> QColor:
    """`color` at opacity `alpha` over the white background, as an opaque colour: Qt blends a
    translucent line about 5 times slower (where edges cross, the later one is drawn on top)."""
    return QColor.fromRgbF(*(1.0 - alpha + alpha * v for v in (color.redF(), color.greenF(), color.blueF())))


def shape_text(shapes: dict[str, tuple[int, int]], compact: bool = False) -> list[str]:
    """The lines written under a layer: W (n, n_prev), b (n, 1), Z = A (n, m); compact: W 8×2."""
    n, n_prev = shapes["W"]
    m = shapes["Z"][1]
    if compact:
        return [f"W {n}×{n_prev}", f"b {n}×1", f"A {n}×{m}"]
    return [f"W ({n}, {n_prev})", f"b ({n}, 1)", f"Z, A ({n}, {m})"]


def shapes_tooltip(shapes: list[dict[str, tuple[int, int]]]) -> str:
    """Every layer's shapes, one line each (002's dimension check)."""
    return "\n".join(f"l = {l}:  " + ",  ".join(shape_text(s)) for l, s in enumerate(shapes, start=1))


class DeepDiagram(QWidget):
    """Layers l = 0..L left to right; the lesson hands it parameters, features and shapes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(200, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._dims: tuple[int, ...] = ()
        self._weights: list[np.ndarray] = []
        self._features: tuple[str, ...] = ()
        self._shapes: list[dict] = []
        self._activation = ""
        self._pixmap: QPixmap | None = None

    def set_network(
        self, parameters: dict, features: tuple[str, ...], shapes: list[dict], activation: str
    ) -> None:
        L = len(parameters) // 2
        self._weights = [np.asarray(parameters[f"W{l}"]) for l in range(1, L + 1)]
        self._dims = (self._weights[0].shape[1], *(W.shape[0] for W in self._weights))
        self._features, self._shapes, self._activation = tuple(features), list(shapes), activation
        self.setToolTip(shapes_tooltip(self._shapes))
        self._pixmap = None  # drawn again at the next paint
        # the pixmap covers the widget (white): its parents need not paint under it first (a new
        # network twice a second while running repainted the window, tabs, lesson and page too)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.update()

    @property
    def layer_dims(self) -> tuple[int, ...]:
        """The layer sizes drawn now (tests check they follow the engine)."""
        return self._dims

    def _positions(self) -> tuple[list[list[QPointF]], float, float]:
        w, h = self.width(), self.height()
        font_h = QFontMetrics(self._small_font()).height()
        top, bottom = font_h + 8, h - 3 * font_h - 10
        columns = len(self._dims)
        left = 0.16 if self._dims[0] <= 7 else 0.06  # room for the feature names
        xs = [w * (left + (0.94 - left) * i / max(columns - 1, 1)) for i in range(columns)]
        radius = max(2.5, min(12.0, (bottom - top) / (2.6 * max(self._dims)), w / (5.0 * columns)))
        pos = []
        for x, n in zip(xs, self._dims, strict=True):
            gap = (bottom - top) / n
            pos.append([QPointF(x, top + gap * (i + 0.5)) for i in range(n)])
        return pos, radius, bottom

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(self.font().pointSizeF() - 1, 8))
        return font

    def paintEvent(self, _event) -> None:
        if not self._dims:
            return
        ratio = self.devicePixelRatioF()
        if self._pixmap is None or self._pixmap.size() != self.size() * ratio:
            self._pixmap = QPixmap(self.size() * ratio)
            self._pixmap.setDevicePixelRatio(ratio)
            self._pixmap.fill(QColor("white"))
            p = QPainter(self._pixmap)
            self._paint(p)
            p.end()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._pixmap)
        p.end()

    def _paint(self, p: QPainter) -> None:
        """The whole picture, drawn once per change of the network (a pixmap keeps it)."""
        pos, radius, bottom = self._positions()
        edges = sum(W.size for W in self._weights)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, edges <= SMOOTH_EDGES)
        finite = [np.max(np.abs(W)) for W in self._weights if W.size and np.isfinite(W).all()]
        scale = float(max(finite)) if finite else 1.0
        buckets: dict[tuple[bool, int], list[QLineF]] = {}
        for l, W in enumerate(self._weights):
            self._bucket_edges(buckets, W, pos[l], pos[l + 1], scale)
        widest = 4.6 if edges <= SMOOTH_EDGES else DENSE_WIDTH
        for (positive, level), lines in sorted(buckets.items(), key=lambda kv: kv[0][1]):
            share = (level + 0.5) / LEVELS
            color = _on_white(QColor(POSITIVE if positive else NEGATIVE), 0.25 + 0.75 * share)
            p.setPen(QPen(color, 0.6 + (widest - 0.6) * share))
            p.drawLines(lines)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(80, 80, 80), 1))
        for l, column in enumerate(pos):
            p.setBrush(NODE_FILL[0 if l == 0 else 2 if l == len(pos) - 1 else 1])
            for point in column:
                p.drawEllipse(point, radius, radius)
        self._draw_text(p, pos, bottom)

    @staticmethod
    def _bucket_edges(buckets, W: np.ndarray, sources, targets, scale: float) -> None:
        """Edges grouped by sign and |w| level: one pen and one drawLines call per group; a dense
        layer keeps its LAYER_EDGES largest |w| above 5% of the largest."""
        share = np.minimum(np.abs(np.nan_to_num(W)) / scale, 1.0) if scale > 0 else np.zeros(W.shape)
        levels = np.minimum((share * LEVELS).astype(int), LEVELS - 1)
        shown = np.isfinite(W) & (W != 0)
        if W.size > 300:
            shown &= share >= 0.05
            if np.count_nonzero(shown) > LAYER_EDGES:
                ranked = np.where(shown, share, -1.0).ravel()
                keep = np.zeros(W.size, dtype=bool)
                keep[np.argpartition(ranked, -LAYER_EDGES)[-LAYER_EDGES:]] = True
                shown &= keep.reshape(W.shape)
        for i, j in zip(*np.nonzero(shown), strict=True):
            key = (bool(W[i, j] > 0), int(levels[i, j]))
            buckets.setdefault(key, []).append(QLineF(sources[j], targets[i]))

    def _draw_text(self, p: QPainter, pos, bottom: float) -> None:
        font = self._small_font()
        p.setFont(font)
        fm = QFontMetrics(font)
        L = len(self._dims) - 1
        spacing = (pos[1][0].x() - pos[0][0].x()) if L else self.width()
        full = all(fm.horizontalAdvance(t) + 6 < spacing for s in self._shapes for t in shape_text(s))
        for l, column in enumerate(pos):
            x = column[0].x()
            head = "x" if l == 0 else "ŷ" if l == L else f"[{l}]"
            self._centered(p, fm, x, 2, head, QColor(30, 30, 30))
            if l == 0:
                if len(self._features) == self._dims[0] and self._dims[0] <= 7:
                    for name, point in zip(self._features, column, strict=True):
                        p.setPen(QColor(60, 60, 60))
                        p.drawText(
                            QRectF(0, point.y() - fm.height() / 2, max(x - 8, 1), fm.height()),
                            Qt.AlignmentFlag.AlignRight,
                            FEATURE_TEXT.get(name, name),
                        )
                continue
            lines = shape_text(self._shapes[l - 1], compact=not full)
            if all(fm.horizontalAdvance(t) + 4 < spacing for t in lines):
                for k, line in enumerate(lines):
                    self._centered(p, fm, x, bottom + 4 + k * fm.height(), line, QColor(70, 70, 70))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode: the text grows
            self._pixmap = None
            self.update()

    def _centered(self, p, fm, x: float, y: float, text: str, color: QColor) -> None:
        half = fm.horizontalAdvance(text) / 2 + 2
        x = min(max(x, half), self.width() - half)
        p.setPen(color)
        p.drawText(QRectF(x - half, y, 2 * half, fm.height()), Qt.AlignmentFlag.AlignCenter, text)
