"""Axes and text that rarely change paint from a cached pixmap, not again under every new image."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QGraphicsView, QWidget

CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
# Every cached item keeps a pixmap of its size on screen in QPixmapCache, whose default limit
# is 10 MB: a lesson's curves, points and axes at 1440 x 900 need more, and past the limit
# the cache evicted and re-rendered them every frame (the activations' curves: 41 ms a frame
# instead of 6). Least recently used pixmaps (other lessons') still go first.
PIXMAP_CACHE_KB = 160 * 1024


def make_room() -> None:
    """Let QPixmapCache hold every cached item of the open lesson (idempotent)."""
    if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
        QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)


def cache_static_items(root: QWidget) -> int:
    """Give every axis and text item in the pyqtgraph views under `root` a device pixmap cache.

    A plot repaints whatever overlaps a changed item: an axis (its ticks reach into the
    view, its grid spans it) and a title or unit label over a map replayed their text on
    every frame (QPicture.play, the largest single cost in the zero-initialization
    lesson's profile). Cached, they are drawn again only when they change. Returns how many
    items it set (idempotent).
    """
    make_room()
    views = root.findChildren(QGraphicsView)
    if isinstance(root, QGraphicsView):
        views.append(root)
    count = 0
    for view in views:
        keep_caches_when_hidden(view)
        for item in view.items():
            if isinstance(item, pg.AxisItem | QGraphicsTextItem) and item.cacheMode() != CACHE:
                item.setCacheMode(CACHE)
                count += 1
    return count


_ACTIVATION = (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate)


class _KeepCaches(QObject):
    """Drops the activation events a view sends its scene when the view is hidden or shown.

    QGraphicsView tells its scene the window was deactivated when the view is hidden (a tab
    left) and activated when it is shown again; the scene passes that to its items, and each
    QGraphicsWidget calls update(), which throws away its pixmap cache. So every visit of a tab
    painted every axis and label again (~2 ms an axis; 4 in activations, 13 in the deep lesson:
    later visits 43 -> 31 and 60 -> 30 ms of CPU on a busy machine). Nothing in the
    plots looks different when the window is inactive, so the scene keeps its state across a
    visit; the window's own activation changes still reach it.

    The scene is filtered only from a show or hide until the activation event it sends: a
    filter there for good ran Python for every event the scene gets (its queued redraws: 1.6 a
    frame in the running shallow lesson, whose three plots each had one).
    """

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        # compared by identity, never called: events still arrive while the view is destroyed
        self._viewport = view.viewport()
        self._scene = view.scene()
        self._viewport.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if obj is self._viewport:
            # Qt's own conditions (QGraphicsView::viewportEvent) for sending one to the scene
            shown = kind == QEvent.Type.Show or (kind == QEvent.Type.Hide and not event.spontaneous())
            if shown and obj.isActiveWindow() and shiboken6.isValid(self._scene):
                self._scene.installEventFilter(self)  # until the one it sends next (installed once)
            return False
        if kind in _ACTIVATION:
            obj.removeEventFilter(self)
            return True
        return False


def keep_caches_when_hidden(view: QGraphicsView) -> bool:
    """Let `view`'s cached items keep their pixmaps while its tab is away (idempotent).
    Returns whether it was added now."""
    if view.scene() is None or view.findChild(_KeepCaches, options=Qt.FindChildOption.FindDirectChildrenOnly):
        return False
    _KeepCaches(view)
    return True


@contextmanager
def uncached(root: QWidget) -> Iterator[None]:
    """Paint without the pixmap caches for a while: an export wants vector text and lines."""
    items = [
        item
        for view in [*root.findChildren(QGraphicsView), *([root] if isinstance(root, QGraphicsView) else [])]
        for item in view.items()
        if item.cacheMode() == CACHE
    ]
    for item in items:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item in items:
            item.setCacheMode(CACHE)
