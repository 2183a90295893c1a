"""Axes and text that rarely change paint from a cached pixmap, not again under every new image."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pyqtgraph as pg
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
        for item in view.items():
            if isinstance(item, pg.AxisItem | QGraphicsTextItem) and item.cacheMode() != CACHE:
                item.setCacheMode(CACHE)
                count += 1
    return count


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
