"""The decision-boundary plot frames its map: no blank axis range beside a locked-aspect map."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from core.plane import plane_grid
from visualizer.plots.boundary_plot import BoundaryPlot, spare_around

PADDING = 0.05


def _shown(qtbot, width: int, height: int, compact: bool) -> tuple[BoundaryPlot, tuple, tuple]:
    plot = BoundaryPlot(compact=compact)
    if compact:
        plot.getPlotItem().setTitle("n_h = 4")  # a small multiple's title (a long one sets a least width)
    qtbot.addWidget(plot)
    plot.resize(width, height)
    plot.show()
    plot.set_view_padding(PADDING)
    X = np.random.default_rng(0).uniform(-4, 4, (2, 200))
    Y = (X[:1] > 0).astype(float)
    grid = plane_grid(X, 40)
    plot.set_points(X, Y, X[:, :0], Y[:, :0])
    plot.set_probabilities(np.full((40, 40), 0.3, dtype=np.float32), grid)
    for _ in range(3):
        QApplication.processEvents()
    x, y, w, h = grid.pixel_rect()
    return plot, (x, x + w, y, y + h), plot.getPlotItem().vb.viewRange()


@pytest.mark.parametrize(
    ("width", "height", "compact"), [(300, 640, False), (900, 440, False), (200, 330, True), (330, 200, True)]
)
def test_the_view_spans_the_map_and_no_more_in_a_tall_or_a_wide_plot(qtbot, width, height, compact):
    plot, (x0, x1, y0, y1), ((vx0, vx1), (vy0, vy1)) = _shown(qtbot, width, height, compact)
    for lo, hi, vlo, vhi in ((x0, x1, vx0, vx1), (y0, y1, vy0, vy1)):
        assert vlo <= lo and vhi >= hi  # the whole map in view
        # the margin the padding asks for, not a blank band (a 640 px tall plot showed twice the map)
        assert (vhi - vlo) <= (hi - lo) * (1 + 2 * PADDING) * 1.03
    vb = plot.getPlotItem().vb
    assert vb.width() <= plot.width() and vb.height() <= plot.height()  # inside the widget


def test_the_spare_room_leaves_a_box_of_the_maps_shape_and_respects_a_least_size():
    assert spare_around((400, 300), 1.0, (0, 0)) == (100, 0)
    assert spare_around((300, 500), 1.5, (0, 0)) == (0, 300)
    assert spare_around((400, 300), 1.0, (350, 0)) == (50, 0)  # a legend as wide as 350 px
    assert spare_around((400, 300), 2.0, (0, 250)) == (0, 50)  # a box kept 250 px high
    assert spare_around((0, 300), 1.0, (0, 0)) == (0, 0)


def test_a_smaller_widget_gives_back_the_margins(qtbot):
    """Margins made for a tall plot must not hold the plot taller than the widget after a resize."""
    plot, *_ = _shown(qtbot, 300, 640, False)
    plot.resize(300, 260)
    for _ in range(3):
        QApplication.processEvents()
    item = plot.getPlotItem()
    assert item.height() <= plot.height() + 1 and item.vb.height() < 260
    (vx0, vx1), (vy0, vy1) = item.vb.viewRange()
    assert (vx1 - vx0) / (vy1 - vy0) > 1.0  # now wider than tall: the x range is framed, y has room


@pytest.mark.parametrize(("width", "height"), [(760, 300), (300, 600)])
def test_the_descent_cost_map_spans_its_square_and_no_more(qtbot, width, height):
    from visualizer.lessons.gradient_descent.cost_map import CostMap

    cost_map = CostMap(legend=False)
    qtbot.addWidget(cost_map)
    cost_map.resize(width, height)
    cost_map.show()
    p1, p2 = np.linspace(-6.0, 8.0, 30), np.linspace(-7.0, 7.0, 30)
    J = np.add.outer(p2**2, p1**2)  # rows follow b, columns w
    lut = np.stack([np.arange(256)] * 3, axis=1).astype(np.uint8)
    cost_map.set_surface(p1, p2, J, J / J.max(), lut, np.array([10.0, 40.0]), ("w", "b"), np.zeros(2))
    for _ in range(3):
        QApplication.processEvents()
    (vx0, vx1), (vy0, vy1) = cost_map.getPlotItem().vb.viewRange()
    # at 1280 x 720 presenting w ran from -18 to 21 around the square from -6 to 8
    assert vx1 - vx0 <= 14 * 1.08 and vy1 - vy0 <= 14 * 1.08  # a pixel or two of margin, no band
    assert vx0 <= -6 + 1e-6 and vx1 >= 8 - 1e-6
