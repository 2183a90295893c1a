"""The boundary's contour item: bounds that hold the line, no repaint for the same line."""

from __future__ import annotations

import numpy as np

from visualizer.plots.boundary_plot import BoundaryPlot
from visualizer.plots.contour_item import ContourItem


def _shown_plot(qtbot) -> BoundaryPlot:
    plot = BoundaryPlot(compact=True)
    qtbot.addWidget(plot)
    plot.resize(300, 300)
    plot.show()
    qtbot.waitExposed(plot)
    return plot


def _paints_after(qtbot, plot: BoundaryPlot, change) -> int:
    plot.repaint()
    qtbot.wait(20)
    before = plot.contour.paints
    change()
    qtbot.wait(50)  # the scene paints what is dirty: nothing if nothing changed
    return plot.contour.paints - before


def test_the_boundary_draws_its_contour_with_the_light_item(qtbot):
    plot = _shown_plot(qtbot)
    assert isinstance(plot.contour, ContourItem)
    x = np.array([-1.0, 0.0, 0.0, 1.0])
    y = np.array([0.0, 0.5, 0.5, 0.0])
    plot.contour.setData(x, y)
    got_x, got_y = plot.contour.getData()
    assert np.array_equal(got_x, x) and np.array_equal(got_y, y)
    rect = plot.contour.boundingRect()
    assert (
        rect.left() < -1.0 and rect.right() > 1.0 and rect.top() < 0.0 and rect.bottom() > 0.5
    )  # the pen's width


def test_a_new_line_is_painted_the_same_line_is_not_painted_again(qtbot):
    plot = _shown_plot(qtbot)
    vb = plot.getPlotItem().vb
    vb.setRange(xRange=(-2, 2), yRange=(-2, 2), padding=0)
    x, y = np.array([-1.0, 1.0]), np.array([0.0, 0.0])
    plot.contour.setData(x, y)
    assert _paints_after(qtbot, plot, lambda: plot.contour.setData(x, y + 0.5)) >= 1
    assert _paints_after(qtbot, plot, lambda: plot.contour.setData(x.copy(), y + 0.5)) == 0


def test_an_empty_contour_paints_nothing_and_has_empty_bounds(qtbot):
    plot = _shown_plot(qtbot)
    plot.contour.setData(np.zeros(0), np.zeros(0))
    assert plot.contour.boundingRect().isEmpty()
    plot.contour.setData(np.array([np.nan, np.nan]), np.array([np.nan, np.nan]))
    assert plot.contour.boundingRect().isEmpty()
