"""What presentation mode does to widgets and plots nobody styles for it: scale, remember, restore.

It walks widgets and the pyqtgraph items of every plot and enlarges their fonts and lines,
remembering each original so that leaving puts exactly that back. Whatever has a method
`apply_scale()` (see visualizer.scale) styles itself instead: the walk only calls it.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPen
from PySide6.QtWidgets import QApplication, QWidget

from visualizer import scale

_PT = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)pt")
SIZE_RESOLVED = 0x0002  # QFont::SizeResolved: the font's size was set, not inherited


def scale_css_pt(text: str, factor: float) -> str:
    """Every "font-size: N pt" in a style sheet or a size option, scaled by `factor`."""
    return _PT.sub(lambda m: f"{m.group(1)}{float(m.group(2)) * factor:.3g}pt", text)


def _scaled_size(size: Any, factor: float) -> Any:
    """pyqtgraph sizes are strings like "14pt"."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)pt\s*", str(size)) if size else None
    return f"{float(match.group(1)) * factor:.3g}pt" if match else size


def scaled_font(font: QFont, factor: float) -> QFont:
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


def _default_pt() -> str:
    """The size of pyqtgraph text that has none of its own (it follows the application's font)."""
    return f"{QApplication.font().pointSizeF():.3g}pt"


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


def _set_label_size(label: pg.LabelItem, size: Any) -> None:
    if size is None:
        label.opts.pop("size", None)  # back to following the application's font
        label.setText(label.text)
    else:
        label.setText(label.text, size=size)


def _with_font_size(sheet: str, size: str) -> str:
    """`sheet` plus a font size: one more rule, or one more declaration in a bare list."""
    if "{" in sheet:
        return f"{sheet}\n* {{ font-size: {size}; }}"
    return f"{sheet.rstrip().rstrip(';')}; font-size: {size};"


def self_styled(obj: Any) -> bool:
    """Styles itself from visualizer.scale, or is styled by a parent that does."""
    if hasattr(obj, "apply_scale") or getattr(obj, "nnv_self_scaled", False):
        return True
    parent = obj.parentItem() if hasattr(obj, "parentItem") else None
    return parent is not None and hasattr(parent, "apply_scale")


class Walk:
    """Scales what it is given and keeps an undo list; `undo()` restores in reverse order."""

    def __init__(self) -> None:
        self._undo: list[tuple] = []  # (restore function, its arguments)

    def remember(self, restore, *args) -> None:
        self._undo.append((restore, *args))

    def undo(self) -> None:
        for restore, *args in reversed(self._undo):
            targets = (getattr(restore, "__self__", None), *args)
            if any(isinstance(t, shiboken6.Object) and not shiboken6.isValid(t) for t in targets):
                continue  # rebuilt while presenting (a unit's label): nothing to restore
            with contextlib.suppress(RuntimeError):  # deleted meanwhile (rebuilt while presenting)
                restore(*args)
        self._undo = []

    def widgets(self, widgets: list[QWidget]) -> None:
        """Fonts set with their own size, and point sizes in style sheets. Every original is read
        before anything changes, so a child never scales a size its parent already scaled."""
        plan = []
        for widget in widgets:
            if self_styled(widget):
                continue
            own = widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
            font = QFont(widget.font())
            plan.append((widget, font if own and font.resolveMask() & SIZE_RESOLVED else None))
        for widget, font in plan:
            if font is not None:
                self.remember(widget.setFont, font)
                widget.setFont(scaled_font(font, scale.FONT_SCALE))
            sheet = widget.styleSheet()
            if "font-size" in sheet:  # sizes in a style sheet: scale them there
                self.remember(widget.setStyleSheet, sheet)
                widget.setStyleSheet(scale_css_pt(sheet, scale.FONT_SCALE))
            elif "font" in sheet:  # a sheet that sets a weight pins the size too: give it one
                self.remember(widget.setStyleSheet, sheet)
                widget.setStyleSheet(_with_font_size(sheet, _scaled_size(_default_pt(), scale.FONT_SCALE)))

    def view(self, view: pg.GraphicsView) -> None:
        for item in view.scene().items():
            if hasattr(item, "apply_scale"):
                item.apply_scale()
            elif not self_styled(item):
                self.item(item)

    def item(self, item: Any) -> None:
        if isinstance(item, pg.PlotDataItem):
            self._data_item(item)
        elif isinstance(item, (pg.PlotCurveItem, pg.InfiniteLine)):
            if isinstance(item, pg.PlotCurveItem) and isinstance(item.parentItem(), pg.PlotDataItem):
                return  # its PlotDataItem owns the pen (and re-applies it on setData)
            pen = QPen(item.opts["pen"] if isinstance(item, pg.PlotCurveItem) else item.pen)
            self.remember(item.setPen, pen)
            item.setPen(_scaled_pen(pen, scale.LINE_SCALE))
        elif isinstance(item, pg.ScatterPlotItem):
            self._scatter(item)
        elif isinstance(item, pg.AxisItem):
            self._axis(item)
        elif isinstance(item, pg.LabelItem) and not isinstance(item.parentItem(), pg.LegendItem):
            size = item.opts.get("size")
            self.remember(_set_label_size, item, size)
            item.setText(item.text, size=_scaled_size(size or _default_pt(), scale.FONT_SCALE))
            if size:
                _fit_width(item, size)
        elif isinstance(item, pg.LegendItem):
            size = item.opts["labelTextSize"]
            self.remember(_set_legend_size, item, size)
            _set_legend_size(item, _scaled_size(size, scale.FONT_SCALE))
        elif isinstance(item, pg.TextItem):
            font = item.textItem.font()
            self.remember(item.setFont, QFont(font))
            item.setFont(scaled_font(font, scale.FONT_SCALE))

    def _data_item(self, item: pg.PlotDataItem) -> None:
        pen = item.opts.get("pen")
        if pen is not None:
            pen = pg.mkPen(pen)
            self.remember(item.setPen, QPen(pen))
            item.setPen(_scaled_pen(pen, scale.LINE_SCALE))

    def _scatter(self, item: pg.ScatterPlotItem) -> None:
        if isinstance(item.parentItem(), pg.PlotDataItem):
            return  # a PlotDataItem's symbols: its own options
        size, pen = item.opts["size"], QPen(pg.mkPen(item.opts["pen"]))
        self.remember(item.setSize, size)
        self.remember(item.setPen, pen)
        item.setSize(size * scale.FONT_SCALE)
        item.setPen(_scaled_pen(pen, scale.FONT_SCALE))

    def _axis(self, axis: pg.AxisItem) -> None:
        style = dict(axis.labelStyle)  # before setPen, which writes a color into it

        def restore_label(a: pg.AxisItem, s: dict) -> None:
            a.labelStyle = s
            a._updateLabel()

        self.remember(restore_label, axis, style)  # undone last, after the pen
        font = axis.style["tickFont"] or QFont()
        self.remember(axis.setTickFont, axis.style["tickFont"])
        axis.setTickFont(scaled_font(font, scale.FONT_SCALE))
        pen = QPen(axis.pen())
        self.remember(axis.setPen, pen)
        axis.setPen(_scaled_pen(pen, scale.LINE_SCALE / 1.5))
        size = style.get("font-size") or _default_pt()  # "x1" without a size follows the app's font
        axis.labelStyle = {**axis.labelStyle, "font-size": _scaled_size(size, scale.FONT_SCALE)}
        axis._updateLabel()
