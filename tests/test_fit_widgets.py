"""Widgets that fit whatever room they get: WrapLabel's minimum height follows its width both
ways (the backprop gradient check's heading once kept a narrow width's height: a large empty band
and a scroll bar at 1920x1080), log ticks that stay short, building blocks that shrink whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
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


def test_log_ticks_read_as_powers_of_ten(qapp):
    assert [power_label(n) for n in (-6, -4, -2, 0, 1, 2)] == ["10⁻⁶", "10⁻⁴", "10⁻²", "1", "10", "10²"]
    axis = PowerAxis("bottom")
    assert axis.logTickStrings([-6.0, -4.0, -3.5], 1.0, 2.0) == ["10⁻⁶", "10⁻⁴", ""]


def test_a_log_axis_over_many_decades_has_no_minor_ticks(qtbot):
    import pyqtgraph as pg

    plot = pg.PlotWidget(axisItems={"left": PowerAxis("left")})
    qtbot.addWidget(plot)
    plot.getPlotItem().setLogMode(x=False, y=True)
    axis = plot.getPlotItem().getAxis("left")
    wide = [v for _, values in axis.tickValues(-19.0, 2.0, 200) for v in values]
    assert wide and all(v == round(v) for v in wide)  # whole decades only (zero init's 21 decades)
    narrow = [v for _, values in axis.tickValues(-3.0, 0.0, 200) for v in values]
    assert any(v != round(v) for v in narrow)  # a few decades keep their minor ticks


def _crossed(rects) -> list:
    return [(a.getRect(), b.getRect()) for i, a in enumerate(rects) for b in rects[i + 1 :]
            if a.intersected(b).width() > 1 and a.intersected(b).height() > 1]  # fmt: skip


@pytest.mark.parametrize("L", [2, 3, 5])
@pytest.mark.parametrize("size", [(300, 110), (320, 230), (1200, 400)])
def test_building_blocks_labels_and_blocks_never_overlap(qapp, L, size):
    """At 1280x720 presenting the blocks had 130 px: the cache labels ran into each other and
    dW[l] fell off the bottom; with 3 layers at 1024x768 the arrows' labels (A[1], dA[1]) ran into
    the blocks. Laid out from its labels' sizes and zoomed to the pane, nothing overlaps and
    everything is inside the widget, whatever the stage."""
    from core.backprop_stages import Stage
    from visualizer.lessons.backprop.block_diagram import BlockDiagram

    blocks = BlockDiagram()
    blocks.resize(*size)
    for kind, name, caches in (("forward", "Z2", (("store", 2, "A1, W2, b2, Z2"),)),
                               ("backward", "dZ1", (("read", 2, "W2"), ("read", 1, "Z1"))),
                               ("update", "W1", ())):  # fmt: skip
        stage = Stage(index=9, name=name, phase=kind, equation="", shapes="", operands=(),
                      result=None, matrices=(), operators=(), nodes=frozenset(), edges=frozenset(),
                      block=(kind, 2 if kind == "forward" else 1), caches=caches)  # fmt: skip
        blocks.set_stage(stage, L, "tanh")
        blocks.grab()  # paints: places the labels
        rects = blocks.label_rects
        assert rects and _crossed(rects) == [], (kind, size)
        inside = QRectF(blocks.rect()).adjusted(-1, -1, 1, 1)
        assert all(inside.contains(r) for r in rects), (kind, size)
    if size == (1200, 400) and L == 2:  # room enough: drawn larger than its fonts, not smaller
        assert blocks._geometry().zoom > 1


def test_the_3d_view_keeps_its_field_of_view_across_the_narrower_side():
    """pyqtgraph's field of view spans the width: a wide, short 3D pane (1280x720 presenting)
    cut the surface at the top and bottom. It spans the narrower side instead."""
    import math

    from visualizer.widgets.surface_3d import FOV, field_of_view

    assert field_of_view(300, 400) == FOV  # taller than wide: as pyqtgraph has it
    wide = field_of_view(500, 280)
    vertical = 2 * math.degrees(math.atan(math.tan(math.radians(wide / 2)) * 280 / 500))
    assert math.isclose(vertical, FOV)


def test_the_network_diagrams_legend_row_fits_its_width(qapp):
    """ "width = |value|, b = bias" was cut at "width = |v" at 1024x768: the row's font shrinks
    until the row fits the diagram."""
    from PySide6.QtGui import QFont, QFontMetrics

    from visualizer.widgets.network_diagram import NetworkDiagram

    diagram = NetworkDiagram()
    for width in (300, 330, 900):
        diagram.resize(width, 300)
        font = QFont(diagram.font())
        font.setPointSizeF(diagram._legend_points(font))
        fm = QFontMetrics(font)
        texts = (diagram.tr("positive"), diagram.tr("negative"), diagram.tr("width = |value|, b = bias"))
        assert 12 + 2 * (30 + 26) + sum(fm.horizontalAdvance(t) for t in texts) <= width or width < 330
        assert font.pointSizeF() == 11 or width < 900


def test_activation_plots_keep_one_legend_when_it_takes_two_rows(qtbot):
    """The two legends are the same; each in two rows they left each plot 133 px of a 450 px
    view (110 px at 1280x720 presenting). In two rows only the top one shows."""
    from visualizer.lessons.activations.plots import ActivationPlots

    plots = ActivationPlots()
    qtbot.addWidget(plots)
    plots.resize(600, 450)
    plots.show()
    _settle()
    top, second = plots.legends
    assert top.columnCount < len(top.items) and not second.isVisible()
    assert min(plots.g_plot.height(), plots.g_prime_plot.height()) > 145
    plots.resize(1400, 450)
    _settle()
    assert top.columnCount == len(top.items) and second.isVisible()
