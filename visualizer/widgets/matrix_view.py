"""One matrix as on the blackboard: brackets, right-aligned numbers, what each index means."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from visualizer.scale import css_pt, pt
from visualizer.widgets.notation import MONO_FAMILY, axis_labels, fmt, rich

POSITIVE = QColor(33, 102, 172)  # blue, as the diagram's positive edges
NEGATIVE = QColor(214, 96, 77)  # orange-red, as the negative edges
INK = QColor(20, 20, 20)
FAINT = QColor(120, 120, 120)


class MatrixView(QWidget):
    """Paints a 2-D array (a 0-d one as 1 x 1) with its numbers, each cell tinted by sign.

    The numbers are the array's own, formatted to `digits` significant digits; hovering a
    cell shows it at full precision.
    """

    def __init__(self, point_size: int = 14, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._array = np.zeros((0, 0))
        self._texts: list[list[str]] = []
        self._rows: list[str] = []
        self._cols: list[str] = []
        self.set_point_size(point_size)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_matrix(self, name: str, array: np.ndarray, digits: int = 4) -> None:
        a = np.asarray(array, dtype=float)
        self._array = a.reshape(1, 1) if a.ndim == 0 else a
        self._rows, self._cols = axis_labels(name, a.shape)
        self._texts = [[fmt(v, digits) for v in row] for row in self._array]
        self._layout()
        self.updateGeometry()
        self.update()

    def set_point_size(self, point_size: int) -> None:
        """Numbers at `point_size` (the stage panel shrinks them until the widest matrix fits),
        times presentation mode's scale."""
        self._point_size = point_size
        self._font = QFont(MONO_FAMILY)
        self._font.setPointSizeF(pt(point_size))
        self._small = QFont(MONO_FAMILY)
        self._small.setPointSizeF(pt(max(point_size - 4, 7)))
        if self._texts:
            self._layout()
            self.updateGeometry()
            self.update()

    def apply_scale(self) -> None:
        self.set_point_size(self._point_size)

    @property
    def point_size(self) -> int:
        return self._point_size

    def texts(self) -> list[list[str]]:
        """The strings drawn, row by row (tests read them)."""
        return [list(row) for row in self._texts]

    def _layout(self) -> None:
        fm, sm = QFontMetrics(self._font), QFontMetrics(self._small)
        width = max((fm.horizontalAdvance(t) for row in self._texts for t in row), default=0)
        col_label = max((sm.horizontalAdvance(t) for t in self._cols), default=0)
        self._cell_w = max(width, col_label) + fm.horizontalAdvance(" ") + 4
        self._cell_h = fm.height() + 6
        self._row_label_w = max((sm.horizontalAdvance(t) for t in self._rows), default=0)
        self._row_label_w += 6 if self._row_label_w else 0
        self._top = sm.height() + 2 if any(self._cols) else 0
        self._bracket = 8

    def sizeHint(self) -> QSize:
        rows, cols = self._array.shape
        w = self._row_label_w + 2 * self._bracket + cols * self._cell_w + 4
        return QSize(int(w), int(self._top + rows * self._cell_h + 4))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _cell_rect(self, r: int, c: int) -> QRectF:
        x = self._row_label_w + self._bracket + c * self._cell_w
        return QRectF(x, self._top + 2 + r * self._cell_h, self._cell_w, self._cell_h)

    def paintEvent(self, _event) -> None:
        rows, cols = self._array.shape
        if not rows or not cols:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        biggest = float(np.max(np.abs(self._array))) if np.isfinite(self._array).all() else 0.0
        for r in range(rows):
            for c in range(cols):
                rect = self._cell_rect(r, c)
                v = self._array[r, c]
                if biggest > 0 and np.isfinite(v) and v != 0:
                    tint = QColor(POSITIVE if v > 0 else NEGATIVE)
                    tint.setAlpha(int(18 + 60 * abs(v) / biggest))
                    p.fillRect(rect.adjusted(1, 1, -1, -1), tint)
                p.setFont(self._font)
                p.setPen(INK)
                p.drawText(rect.adjusted(0, 0, -5, 0),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                           self._texts[r][c])  # fmt: skip
        p.setFont(self._small)
        p.setPen(FAINT)
        for r, label in enumerate(self._rows):
            rect = QRectF(0, self._cell_rect(r, 0).y(), self._row_label_w - 4, self._cell_h)
            p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        for c, label in enumerate(self._cols):
            rect = self._cell_rect(0, c)
            p.drawText(QRectF(rect.x(), 0, rect.width(), self._top),
                       Qt.AlignmentFlag.AlignCenter, label)  # fmt: skip
        self._draw_brackets(p, rows, cols)
        p.end()

    def _draw_brackets(self, p: QPainter, rows: int, cols: int) -> None:
        top, bottom = self._top + 2, self._top + 2 + rows * self._cell_h
        left = self._row_label_w + self._bracket - 3
        right = self._row_label_w + self._bracket + cols * self._cell_w + 3
        p.setPen(QPen(INK, 1.6 * pt(1)))
        for x, d in ((left, 5), (right, -5)):
            p.drawLine(int(x), int(top), int(x), int(bottom))
            p.drawLine(int(x), int(top), int(x + d), int(top))
            p.drawLine(int(x), int(bottom), int(x + d), int(bottom))

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        rows, cols = self._array.shape
        for r in range(rows):
            for c in range(cols):
                if self._cell_rect(r, c).contains(pos):
                    QToolTip.showText(event.globalPosition().toPoint(),
                                      repr(float(self._array[r, c])), self)  # fmt: skip
                    return
        QToolTip.hideText()


class MatrixBlock(QWidget):
    """A caption (the name in the course's notation and the shape) above a MatrixView."""

    def __init__(self, point_size: int = 14, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.view = MatrixView(point_size)
        self._shown: tuple[str, np.ndarray] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 0, Qt.AlignmentFlag.AlignHCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def apply_scale(self) -> None:
        if self._shown is not None:
            self.set_matrix(*self._shown)

    def set_matrix(self, name: str, array: np.ndarray) -> None:
        self._shown = (name, array)
        shape = self.tr("scalar") if np.ndim(array) == 0 else str(tuple(np.shape(array)))
        shown = name.replace(" (new)", self.tr(" (new)"))  # core names an update's result "W1 (new)"
        self.caption.setText(
            f"<span style='font-size:{css_pt(15)}'><b>{rich(shown)}</b></span>"
            f"&nbsp;<span style='color:#777; font-size:{css_pt(11)}'>{shape}</span>"
        )
        self.view.set_matrix(name, array)
