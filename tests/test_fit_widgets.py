"""Widgets that fit whatever room they get: WrapLabel's minimum height follows its width both
ways (the backprop gradient check's heading once kept a narrow width's height: a large empty band
and a scroll bar at 1920x1080), log ticks that stay short, building blocks that shrink whole."""

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


def test_squeezed_building_blocks_shrink_instead_of_overlapping(qapp):
    """At 1280x720 presenting the blocks had 130 px: the cache labels ran into each other and
    dW[l] fell off the bottom. Squeezed, the diagram is laid out at the size its labels need
    and drawn smaller."""
    from PySide6.QtGui import QFontMetrics

    from core.backprop_stages import Stage
    from visualizer.lessons.backprop.block_diagram import BlockDiagram

    stage = Stage(index=9, name="dZ1", phase="backward", equation="", shapes="", operands=(),
                  result=None, matrices=(), operators=(), nodes=frozenset(), edges=frozenset(),
                  block=("backward", 1), caches=(("read", 1, "Z1"),))  # fmt: skip
    blocks = BlockDiagram()
    blocks.set_stage(stage, 2, "tanh")
    blocks.resize(300, 110)
    width, height = blocks._canvas()
    label = QFontMetrics(blocks._font(0.8, bold=True)).horizontalAdvance("cache[2] ← Z1")
    assert width / (2 + 1.6) >= label + 12  # a column holds its cache label
    assert height > 110
    blocks.resize(1200, 400)
    assert blocks._canvas() == (1200.0, 400.0)  # room enough: drawn at its own size
    blocks.grab()  # paints without error either way


def test_the_3d_view_keeps_its_field_of_view_across_the_narrower_side():
    """pyqtgraph's field of view spans the width: a wide, short 3D pane (1280x720 presenting)
    cut the surface at the top and bottom. It spans the narrower side instead."""
    import math

    from visualizer.widgets.surface_3d import FOV, field_of_view

    assert field_of_view(300, 400) == FOV  # taller than wide: as pyqtgraph has it
    wide = field_of_view(500, 280)
    vertical = 2 * math.degrees(math.atan(math.tan(math.radians(wide / 2)) * 280 / 500))
    assert math.isclose(vertical, FOV)
