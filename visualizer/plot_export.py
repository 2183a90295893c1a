"""Pictures of plots for slides: PNG at a chosen width, SVG, the clipboard; right-click on any plot.

pyqtgraph 0.14's SVGExporter is broken (DESIGN.md), so SVG is the widget painted into a
QSvgGenerator: pyqtgraph items paint vector paths there. A GL view (no QGraphicsScene) is
grabbed as a picture instead.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from visualizer.plots.paint_cache import uncached

PNG_WIDTH_RANGE = (200, 8000)


def plot_views(root: QWidget) -> list[QWidget]:
    """The plots inside `root`: pyqtgraph views and GL views (anything with a scene or a GL surface)."""
    views: list[QWidget] = list(root.findChildren(pg.GraphicsView))
    views += [w for w in root.findChildren(QWidget) if _is_gl(w)]
    return views


def _is_gl(view: QWidget) -> bool:
    """A pyqtgraph 3D view (GLViewWidget, or the lessons' offscreen one: both have its mixin)."""
    return any(c.__name__ in ("GLViewWidget", "GLViewMixin") for c in type(view).__mro__)


def _paint(view: QWidget, painter: QPainter) -> None:
    """Paint `view` into `painter`: a pyqtgraph scene as vector items, a widget by its paintEvent."""
    if isinstance(view, pg.GraphicsView):
        with uncached(view):  # vector text and lines, not the screen's cached pixmaps
            view.render(painter)
    else:
        QWidget.render(view, painter, QPoint(0, 0))


def _scene_item(view: QWidget):
    """What ImageExporter should draw: the view's central item (a PlotItem or a layout)."""
    return getattr(view, "centralWidget", None) if isinstance(view, pg.GraphicsView) else None


def render_image(view: QWidget, width: int) -> QImage:
    """The plot as an image `width` pixels wide, the height following the plot's aspect ratio."""
    width = int(min(max(width, PNG_WIDTH_RANGE[0]), PNG_WIDTH_RANGE[1]))
    item = _scene_item(view)
    if item is not None:
        # pyqtgraph.exporters (~10 ms, xml.dom and more) loads on a first export, not at start-up
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(item)
        exporter.parameters()["width"] = width  # the height follows (exporter's own rule)
        with uncached(view):
            image = exporter.export(toBytes=True)
        if image.width() != width:  # the exporter rounds the height; keep the width exact
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return image
    if _is_gl(view):
        image = view.grab().toImage()  # GL views: their framebuffer, scaled
        return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    scale = width / max(view.width(), 1)  # a painted widget: painted again at the new size
    image = QImage(width, max(1, round(view.height() * scale)), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    _paint(view, painter)
    painter.end()
    return image


def save_png(view: QWidget, path: str | Path, width: int) -> None:
    """Write the plot as a PNG `width` pixels wide; raises OSError if it cannot be written."""
    if not render_image(view, width).save(str(path), "PNG"):
        raise OSError(f"could not write {Path(path).name}")


def save_svg(view: QWidget, path: str | Path, title: str = "") -> None:
    """Write the plot as SVG, its size the widget's size in pixels."""
    from PySide6.QtSvg import QSvgGenerator  # a library of its own, loaded on a first export

    size = view.size()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(size.width(), size.height()))
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title or "nn-visualizer plot")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write {Path(path).name}")
    try:
        if not _is_gl(view):
            _paint(view, painter)  # vector paths for every pyqtgraph item or painted widget
        else:
            painter.drawImage(QRect(0, 0, size.width(), size.height()), view.grab().toImage())
    finally:
        painter.end()
    if not Path(path).exists():
        raise OSError(f"could not write {Path(path).name}")


def copy_to_clipboard(view: QWidget, width: int | None = None) -> QImage:
    """Put the plot on the clipboard as an image (twice the on-screen width: sharp in slides)."""
    image = render_image(view, width or 2 * max(view.width(), 1))
    QApplication.clipboard().setImage(image)
    return image


class PlotMenus(QObject):
    """Right-click on a plot: copy it, save it as PNG or SVG, or reset its view.

    pyqtgraph's own menus are switched off (their "Export…" offers the broken SVG
    exporter); a click an item already took (e.g. a drawn point being removed on the
    boundary plot) gets no menu. `exporter` is the object that asks for file names.
    """

    def __init__(self, exporter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exporter = exporter
        self._views: set[int] = set()
        self.last_menu: QMenu | None = None  # the menu shown last (tests close it)

    def install(self, views: list[QWidget]) -> None:
        """Give every plot in `views` the menu (once per plot)."""
        for view in views:
            if id(view) in self._views:
                continue
            self._views.add(id(view))
            if isinstance(view, pg.GraphicsView):
                view.viewport().installEventFilter(self)
                view.scene().sigMouseClicked.connect(lambda ev, v=view: self._on_scene_clicked(v, ev))
            else:
                view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                view.customContextMenuRequested.connect(
                    lambda pos, v=view: self._popup(v, v.mapToGlobal(pos))
                )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.RightButton:
            view = obj.parent()
            if isinstance(view, pg.GraphicsView):
                disable_pyqtgraph_menus(view)  # also on items added since (new unit maps)
        return False

    def _on_scene_clicked(self, view: QWidget, event) -> None:
        if event.button() != Qt.MouseButton.RightButton or event.isAccepted():
            return
        event.accept()
        self._popup(view, event.screenPos().toPoint())

    def _popup(self, view: QWidget, where) -> None:
        self.last_menu = self.menu_for(view)
        self.last_menu.popup(where)

    def menu_for(self, view: QWidget) -> QMenu:
        """The menu for `view` (built fresh: it is small)."""
        menu = QMenu(view)
        menu.addAction(self.tr("Copy plot to clipboard"), lambda: self._exporter.copy_plot(view))
        menu.addAction(self.tr("Save plot as PNG…"), lambda: self._exporter.save_png_dialog(view))
        menu.addAction(self.tr("Save plot as SVG…"), lambda: self._exporter.save_svg_dialog(view))
        if isinstance(view, pg.GraphicsView):
            menu.addSeparator()
            menu.addAction(self.tr("Show everything (auto range)"), lambda: _auto_range(view))
        return menu


def disable_pyqtgraph_menus(view: pg.GraphicsView) -> None:
    for item in view.scene().items():
        if isinstance(item, (pg.ViewBox, pg.PlotItem)) and item.menuEnabled():
            item.setMenuEnabled(False)


def _auto_range(view: pg.GraphicsView) -> None:
    for item in view.scene().items():
        if isinstance(item, pg.ViewBox):
            item.autoRange()
