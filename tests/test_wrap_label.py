"""WrapLabel: its minimum height follows its width both ways, and a scroll area around it
scrolls only for the lines its real width has (the backprop gradient check's heading once kept
a narrow width's height: a large empty band and a scroll bar at 1920x1080)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea, QTableWidget, QVBoxLayout, QWidget

from visualizer.plots.power_axis import PowerAxis, power_label
from visualizer.widgets.wrap_label import WrapLabel

TEXT = "<b>Gradient check</b> of this iteration: " + "backprop's g against two-sided differences " * 4


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def test_the_minimum_height_shrinks_again_when_the_label_widens(qapp):
    label = WrapLabel(TEXT)
    label.resize(150, 10)
    label.show()
    _settle()
    narrow = label.minimumHeight()
    label.resize(900, narrow)
    _settle()
    wide = label.minimumHeight()
    assert wide < narrow / 2, (narrow, wide)
    assert wide == label.lines_height(900)
    assert label.sizeHint().height() == wide  # what the layout hands out follows too
    label.close()


def test_a_scroll_area_scrolls_only_for_the_lines_the_real_width_has(qapp):
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 0, 0)
    label = WrapLabel(TEXT)
    table = QTableWidget(3, 2)
    column.addWidget(label)
    column.addWidget(table, 1)
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.resize(200, 300)  # narrow first, as a splitter's first layout may be
    area.show()
    _settle()
    area.resize(1000, 300)
    _settle()
    assert label.height() <= label.lines_height(label.width()) + 2
    assert not area.verticalScrollBar().isVisible()
    assert table.height() > 300 - label.height() - 20  # the table has the rest
    area.close()


def test_log_ticks_read_as_powers_of_ten():
    assert [power_label(n) for n in (-6, -4, -2, 0, 1, 2)] == ["10⁻⁶", "10⁻⁴", "10⁻²", "1", "10", "10²"]
    axis = PowerAxis("bottom")
    assert axis.logTickStrings([-6.0, -4.0, -3.5], 1.0, 2.0) == ["10⁻⁶", "10⁻⁴", ""]
