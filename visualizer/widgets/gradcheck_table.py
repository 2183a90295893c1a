"""The gradient check: backprop's gradient beside the finite-difference one, entry by entry."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.backprop_steps import param_label
from core.gradcheck import PARAM_KEYS, GradCheck
from visualizer.scale import pt
from visualizer.widgets.notation import MONO_FAMILY, fmt
from visualizer.widgets.wrap_label import WrapLabel

THRESHOLD = 1e-7  # the course: below this the backward pass is right
PASS_BG, PASS_FG = QColor(212, 240, 212), QColor(20, 100, 20)
FAIL_BG, FAIL_FG = QColor(248, 215, 218), QColor(160, 20, 30)
COLUMNS = (
    QT_TRANSLATE_NOOP("GradCheckTable", "gradient"),
    QT_TRANSLATE_NOOP("GradCheckTable", "backprop"),
    QT_TRANSLATE_NOOP("GradCheckTable", "numerical"),
    QT_TRANSLATE_NOOP("GradCheckTable", "difference"),
)


class GradCheckTable(QWidget):
    """One row per entry; the parameter's relative difference spans its rows, green under 1e-7."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_title = self.tr(
            "<b>Gradient check</b> of this iteration: backprop's g against two-sided "
            "differences g<sub>approx</sub> (ε = 1e-7); difference = ‖g<sub>approx</sub> − g‖₂ / "
            "(‖g<sub>approx</sub>‖₂ + ‖g‖₂), <span style='color:#146414'><b>green below "
            "1e-7</b></span>; last row: all parameters at once, the course's check."
        )
        # all its lines, whatever the splitter gives: the table scrolls instead
        title = WrapLabel(self._full_title)
        self._full_tip = self.tr(
            "A parameter whose gradient is tiny can miss 1e-7 on its own: the two-sided\n"
            "difference loses digits to round-off when J barely moves."
        )
        title.setToolTip(self._full_tip)
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 12pt;")
        self.title = title
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):  # never squeezed: a narrow table scrolls instead
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setFont(QFont(MONO_FAMILY, 11))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        self._check: GradCheck | None = None

    def set_compact(self, compact: bool) -> None:
        """Compact (a short pane): a one-line title, its full text in the tooltip."""
        short = self.tr(
            "backprop's g against g<sub>approx</sub>: <span style='color:#146414'><b>green below "
            "1e-7</b></span>"
        )
        self.title.setText(short if compact else self._full_title)
        tip = self._full_tip
        self.title.setToolTip(f"{self._full_title}<br><br>{tip}" if compact else tip)

    def apply_scale(self) -> None:
        """Presentation mode toggled: the bold cells carry their own font; fill them again."""
        check, self._check = self._check, None
        if check is not None:
            self.set_check(check)

    def set_check(self, check: GradCheck) -> None:
        """Show `check`'s own figures (formatted, never recomputed); no-op for the same one."""
        if check is self._check:
            return
        self._check = check
        t = self.table
        t.clearSpans()
        keys = [g[1:] for g in check.analytic] or list(PARAM_KEYS)  # W1, b1, ..., WL, bL
        L = len(keys) // 2
        rows = sum(check.analytic["d" + k].size for k in keys) + 1
        t.setRowCount(rows)
        row = 0
        for key in keys:
            g = "d" + key
            first = row
            for index in _indices(check.analytic[g].shape):
                t.setItem(row, 0, _item("d" + param_label(key, index, L), Qt.AlignmentFlag.AlignLeft))
                t.setItem(row, 1, _item(fmt(check.analytic[g][index], 7)))
                t.setItem(row, 2, _item(fmt(check.numerical[g][index], 7)))
                row += 1
            self._difference(first, row - first, check.differences[g])
        t.setItem(row, 0, _item(self.tr("all together"), Qt.AlignmentFlag.AlignLeft, bold=True))
        for col in (1, 2):
            t.setItem(row, col, _item(""))
        self._difference(row, 1, check.difference)
        t.resizeRowsToContents()

    def _difference(self, row: int, span: int, value: float) -> None:
        item = _item(f"{value:.2e}", Qt.AlignmentFlag.AlignCenter, bold=True)
        passed = value < THRESHOLD
        item.setBackground(QBrush(PASS_BG if passed else FAIL_BG))
        item.setForeground(QBrush(PASS_FG if passed else FAIL_FG))
        item.setToolTip(
            repr(value) + (self.tr("  < 1e-7: passes") if passed else self.tr("  >= 1e-7: check!"))
        )
        self.table.setItem(row, 3, item)
        if span > 1:
            self.table.setSpan(row, 3, span, 1)

    def cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""


def _indices(shape: tuple[int, ...]) -> list[tuple[int, int]]:
    return [(i, j) for i in range(shape[0]) for j in range(shape[1])]


def _item(text: str, align=Qt.AlignmentFlag.AlignRight, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = QFont(MONO_FAMILY)
        font.setPointSizeF(pt(11))
        font.setBold(True)
        item.setFont(font)
    return item
