"""Presentation mode for a projector: larger fonts, thicker lines, no sidebars; leaving restores all.

Generic: it walks the window's widgets and the pyqtgraph items of every plot, remembers what
it changes, and puts exactly that back. Lessons only say which widgets are their sidebars
(Lesson.sidebars()). Plots built while presenting keep their normal sizes.
"""

from __future__ import annotations

import re
from typing import Any

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QPen
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

FONT_SCALE = 1.45
LINE_SCALE = 2.0
_PT = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)pt")


def scale_css_pt(text: str, factor: float) -> str:
    """Every "font-size: N pt" in a style sheet or a size option, scaled by `factor`."""
    return _PT.sub(lambda m: f"{m.group(1)}{float(m.group(2)) * factor:.3g}pt", text)


def _scaled_size(size: Any, factor: float) -> Any:
    """pyqtgraph sizes are strings like "14pt"."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)pt\s*", str(size)) if size else None
    return f"{float(match.group(1)) * factor:.3g}pt" if match else size


def _scaled_font(font: QFont, factor: float) -> QFont:
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    else:
        scaled.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return scaled


def _scaled_pen(pen: QPen, factor: float) -> QPen:
    scaled = QPen(pen)
    scaled.setWidthF(max(pen.widthF(), 1.0) * factor)  # width 0 is a 1-pixel cosmetic pen
    return scaled


def _fit_width(label: pg.LabelItem, normal_size: str) -> None:
    """Shrink a scaled title (not below its normal size) until it fits its plot's width."""
    parent = label.parentItem()
    available = parent.boundingRect().width() - 10 if parent is not None else 0
    width = label.item.boundingRect().width()
    if available <= 0 or width <= available:
        return
    scaled = float(str(label.opts["size"])[:-2])
    fitted = max(float(normal_size[:-2]), scaled * available / width)
    label.setText(label.text, size=f"{fitted:.3g}pt")


def _set_legend_size(legend: pg.LegendItem, size: str) -> None:
    """setLabelTextSize only stores the size: re-render each label and resize the legend."""
    legend.setLabelTextSize(size)
    for _, label in legend.items:
        label.setText(label.text)
    legend.updateSize()


class Presentation(QObject):
    """Toggles presentation mode on a main window whose lessons expose `sidebars()`."""

    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, lessons: dict) -> None:
        super().__init__(window)
        self._window = window
        self._lessons = lessons
        self._undo: list[tuple] = []  # (restore function, its arguments), applied in reverse
        self.active = False

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        if on:
            self._enter()
        else:
            for restore, *args in reversed(self._undo):
                targets = (getattr(restore, "__self__", None), *args)
                if any(isinstance(t, shiboken6.Object) and not shiboken6.isValid(t) for t in targets):
                    continue  # rebuilt while presenting (a unit's label): nothing to restore
                restore(*args)
            self._undo = []
        self.active = on
        self.toggled.emit(on)

    def toggle(self) -> None:
        self.set_active(not self.active)

    def _remember(self, restore, *args) -> None:
        self._undo.append((restore, *args))

    def _enter(self) -> None:
        app = QApplication.instance()
        self._remember(app.setFont, app.font())
        self._scale_widgets([self._window, *self._window.findChildren(QWidget)])
        app.setFont(_scaled_font(app.font(), FONT_SCALE))
        for view in self._window.findChildren(pg.GraphicsView):
            self._scale_view(view)
        for lesson in self._built_lessons():
            self._hide_sidebars(lesson)

    def adopt(self, lesson: QWidget) -> None:
        """A lesson built while presenting (tabs are built when first opened) joins in."""
        if not self.active:
            return
        self._scale_widgets([lesson, *lesson.findChildren(QWidget)])
        for view in lesson.findChildren(pg.GraphicsView):
            self._scale_view(view)
        self._hide_sidebars(lesson)

    def _built_lessons(self) -> list:
        built = getattr(self._lessons, "built", self._lessons)  # a LessonBook builds on access
        return list(built.values())

    def _scale_widgets(self, widgets: list[QWidget]) -> None:
        for widget in widgets:
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                self._remember(widget.setFont, widget.font())
                widget.setFont(_scaled_font(widget.font(), FONT_SCALE))
            sheet = widget.styleSheet()
            if "font-size" in sheet:  # sizes in a style sheet: scale them there
                self._remember(widget.setStyleSheet, sheet)
                widget.setStyleSheet(scale_css_pt(sheet, FONT_SCALE))

    def _scale_view(self, view: pg.GraphicsView) -> None:
        for item in view.scene().items():
            self._scale_item(item)

    def _hide_sidebars(self, lesson) -> None:
        for sidebar in lesson.sidebars():
            self._remember(sidebar.setVisible, sidebar.isVisibleTo(lesson))
            sidebar.setVisible(False)

    def _scale_item(self, item: Any) -> None:
        if isinstance(item, pg.PlotDataItem):
            pen = item.opts.get("pen")
            if pen is not None:
                pen = pg.mkPen(pen)
                self._remember(item.setPen, QPen(pen))
                item.setPen(_scaled_pen(pen, LINE_SCALE))
        elif isinstance(item, (pg.PlotCurveItem, pg.InfiniteLine)):
            if isinstance(item, pg.PlotCurveItem) and isinstance(item.parentItem(), pg.PlotDataItem):
                return  # its PlotDataItem owns the pen (and re-applies it on setData)
            pen = QPen(item.opts["pen"] if isinstance(item, pg.PlotCurveItem) else item.pen)
            self._remember(item.setPen, pen)
            item.setPen(_scaled_pen(pen, LINE_SCALE))
        elif isinstance(item, pg.AxisItem):
            self._scale_axis(item)
        elif isinstance(item, pg.LabelItem) and not isinstance(item.parentItem(), pg.LegendItem):
            size = item.opts.get("size")
            if size:
                self._remember(lambda it, s: it.setText(it.text, size=s), item, size)
                item.setText(item.text, size=_scaled_size(size, FONT_SCALE))
                _fit_width(item, size)
        elif isinstance(item, pg.LegendItem):
            size = item.opts["labelTextSize"]
            self._remember(_set_legend_size, item, size)
            _set_legend_size(item, _scaled_size(size, FONT_SCALE))
        elif isinstance(item, pg.TextItem):
            font = item.textItem.font()
            self._remember(item.setFont, QFont(font))
            item.setFont(_scaled_font(font, FONT_SCALE))

    def _scale_axis(self, axis: pg.AxisItem) -> None:
        style = dict(axis.labelStyle)  # before setPen, which writes a color into it

        def restore_label(a: pg.AxisItem, s: dict) -> None:
            a.labelStyle = s
            a._updateLabel()

        self._remember(restore_label, axis, style)  # undone last, after the pen
        font = axis.style["tickFont"] or QFont()
        self._remember(axis.setTickFont, axis.style["tickFont"])
        axis.setTickFont(_scaled_font(font, FONT_SCALE))
        pen = QPen(axis.pen())
        self._remember(axis.setPen, pen)
        axis.setPen(_scaled_pen(pen, LINE_SCALE / 1.5))
        if "font-size" in style:
            axis.labelStyle = {**axis.labelStyle, "font-size": _scaled_size(style["font-size"], FONT_SCALE)}
            axis._updateLabel()
