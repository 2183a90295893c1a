"""The decision boundary's legend sits outside the data area: it hides no point."""

from PySide6.QtWidgets import QApplication


def test_legend_is_outside_the_view_box(window):
    lesson = window.open_lesson("shallow-network")
    lesson.prepare_screenshot()
    window.controller.refresh()
    QApplication.processEvents()
    legend = lesson.boundary.legend
    view = lesson.boundary.getPlotItem().vb
    assert len(legend.items) == 4 and legend.isVisible()
    legend_rect, view_rect = legend.sceneBoundingRect(), view.sceneBoundingRect()
    assert legend_rect.height() > 10 and not legend_rect.intersects(view_rect)
    assert legend_rect.top() >= view_rect.bottom()  # under the plot
    assert lesson.boundary.sceneRect().contains(legend_rect)  # and inside the widget, not cut


def test_the_small_boundaries_have_no_legend(window):
    lesson = window.open_lesson("hidden-sizes")
    assert all(
        not hasattr(p, "legend")
        for p in lesson.findChildren(type(window.lessons["shallow-network"].boundary))
    )


def test_the_cost_maps_legend_is_under_the_map_or_absent(window):
    lesson = window.open_lesson("gradient-descent")
    lesson.prepare_screenshot()
    window.controller.refresh()
    QApplication.processEvents()
    assert lesson.contour.legend is None  # the readout under it names each optimizer in its color
    if lesson.fallback is not None:  # offscreen: the heatmap in place of the 3D view
        legend, view = lesson.fallback.legend, lesson.fallback.getPlotItem().vb
        assert len(legend.items) == len(lesson.engine.config.optimizers)
        assert not legend.sceneBoundingRect().intersects(view.sceneBoundingRect())
