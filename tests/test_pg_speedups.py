"""pyqtgraph made cheaper to build (visualizer.plots.pg_speedups): the same plots, the same labels."""

import pyqtgraph as pg

from visualizer.plots import pg_speedups


def test_plots_start_without_pyqtgraphs_menus_and_can_still_have_them(qtbot):
    pg_speedups.apply()
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    item = plot.getPlotItem()
    assert not item.menuEnabled() and item.vb.menu is None  # never built: nobody sees it
    assert pg.ViewBox().menu is None
    item.vb.setMenuEnabled(True)  # asked for explicitly, it is there
    assert item.vb.menu is not None


def test_an_axis_label_follows_every_change_of_text_units_and_prefix(qtbot):
    pg_speedups.apply()
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    axis = plot.getPlotItem().getAxis("left")
    axis.setLabel("cost", units="J")
    assert axis.label.toPlainText() == "cost (J)"
    axis.setLabel("cost", units="J")  # the same text again: nothing to lay out
    assert axis.label.toPlainText() == "cost (J)"
    axis.setRange(0, 2e-3)  # a small range with units: an SI prefix appears
    assert axis.label.toPlainText() == "cost (mJ)"
    axis.setRange(0, 2)
    assert axis.label.toPlainText() == "cost (J)"
    axis.setLabel("J")
    assert axis.label.toPlainText().strip() == "J"  # pyqtgraph keeps a space where units were
