"""A plot's cached axes survive its tab being left and opened again (paint_cache.keep_caches_when_hidden)."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QTabWidget

from visualizer.plots import paint_cache
from visualizer.plots.paint_cache import CACHE, cache_static_items, keep_caches_when_hidden


@pytest.fixture
def axis_paints(monkeypatch):
    """How many times an AxisItem painted itself (not a blit of its cached pixmap)."""
    count = {"n": 0}
    paint = pg.AxisItem.paint

    def counted(self, *args):
        count["n"] += 1
        return paint(self, *args)

    monkeypatch.setattr(pg.AxisItem, "paint", counted)
    return count


def _two_tabs(qtbot, keep: bool) -> tuple[QTabWidget, list[pg.PlotWidget]]:
    tabs, plots = QTabWidget(), []
    qtbot.addWidget(tabs)
    for i in range(2):
        plot = pg.PlotWidget()
        plot.plot([0, 1, 2], [1, 0, 2])
        tabs.addTab(plot, str(i))
        plots.append(plot)
        if keep:
            cache_static_items(plot)
        else:  # the caches alone, as before
            for item in plot.items():
                if isinstance(item, pg.AxisItem):
                    item.setCacheMode(CACHE)
    tabs.resize(600, 400)
    tabs.show()
    tabs.activateWindow()
    qtbot.waitUntil(tabs.isActiveWindow)  # Qt tells the scene only in an active window
    return tabs, plots


def _open(qtbot, tabs: QTabWidget, index: int, plot: pg.PlotWidget) -> None:
    painted = []
    plot.scene().sigPrepareForPaint.connect(lambda: painted.append(True))
    tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: bool(painted))


def _visit_back(qtbot, tabs, plots, axis_paints) -> int:
    _open(qtbot, tabs, 1, plots[1])
    _open(qtbot, tabs, 0, plots[0])  # its axes painted on the first visit: cached since
    _open(qtbot, tabs, 1, plots[1])
    axis_paints["n"] = 0
    _open(qtbot, tabs, 0, plots[0])
    return axis_paints["n"]


def test_a_later_visit_blits_the_axes_it_cached(qtbot, axis_paints):
    tabs, plots = _two_tabs(qtbot, keep=True)
    assert _visit_back(qtbot, tabs, plots, axis_paints) == 0
    assert plots[0].scene().isActive()  # the scene's own state went on as before


def test_without_it_qt_repaints_every_cached_axis_on_each_visit(qtbot, axis_paints):
    tabs, plots = _two_tabs(qtbot, keep=False)
    assert _visit_back(qtbot, tabs, plots, axis_paints) >= 2  # what the filter saves


def test_keeping_the_caches_is_installed_once_per_view(qtbot):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    assert keep_caches_when_hidden(plot)
    assert not keep_caches_when_hidden(plot)
    cache_static_items(plot)  # the lesson's parts built later pass the same views again
    assert not keep_caches_when_hidden(plot)


def test_the_scene_is_filtered_only_around_a_visit(qtbot, monkeypatch):
    """Between visits the scene's events (a redraw each frame) reach no Python filter; the window's
    own deactivation still reaches the scene."""
    seen = []
    keep_filter = paint_cache._KeepCaches.eventFilter

    def counted(self, obj, event):
        if obj is not self._viewport:
            seen.append(event.type())
        return keep_filter(self, obj, event)

    monkeypatch.setattr(paint_cache._KeepCaches, "eventFilter", counted)
    tabs, plots = _two_tabs(qtbot, keep=True)
    _open(qtbot, tabs, 1, plots[1])
    _open(qtbot, tabs, 0, plots[0])
    seen.clear()
    curve = plots[0].getPlotItem().listDataItems()[0]
    painted = []
    plots[0].scene().sigPrepareForPaint.connect(lambda: painted.append(True))
    for i in range(5):  # frames: new data, a repaint
        curve.setData([0, 1, 2], [i, 0, 2])
        qtbot.waitUntil(lambda n=i: len(painted) > n)
    assert seen == []
    QCoreApplication.sendEvent(plots[0].scene(), QEvent(QEvent.Type.WindowDeactivate))
    assert not plots[0].scene().isActive()
