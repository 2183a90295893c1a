"""Colors, pens and fonts shared by the plots, chosen to read on a projector and in slides."""

from __future__ import annotations

from functools import partial

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont

from visualizer import scale

CLASS_COLORS = ("#d95f02", "#1f62b4")  # y = 0 orange-red, y = 1 blue (colorblind-safe pair)
TRAIN_COLOR = "#1f62b4"
TEST_COLOR = "#d95f02"
BOUNDARY_COLOR = "#111111"
AXIS_FONT_PT = 12
TITLE_SIZE = "14pt"


def _three_stop_lut(low, middle, high, n: int) -> np.ndarray:
    """(n, 4) uint8 lookup table blending linearly low -> middle -> high (RGB stops)."""
    stops = np.array([low, middle, high], dtype=float)
    t = np.linspace(0.0, 2.0, n)
    i = np.minimum(t.astype(int), 1)
    f = (t - i)[:, None]
    rgb = stops[i] * (1 - f) + stops[i + 1] * f
    return np.hstack([rgb, np.full((n, 1), 255.0)]).astype(np.ubyte)


def probability_lut(n: int = 256) -> np.ndarray:
    """Light orange at p = 0, white at 0.5, light blue at p = 1 (the two classes' colors)."""
    return _three_stop_lut([246, 190, 150], [255, 255, 255], [160, 196, 240], n)


def diverging_lut(n: int = 256) -> np.ndarray:
    """Purple for low, white for zero, green for high (hidden activations)."""
    return _three_stop_lut([118, 42, 131], [247, 247, 247], [27, 120, 55], n)


def style_plot(plot: pg.PlotItem, title: str = "", x: str = "", y: str = "") -> None:
    """Large tick labels and axis titles for the back row of a lecture hall.

    The axes style themselves from visualizer.scale (`apply_scale`, which presentation mode
    calls): a plot styled again while presenting, or built then, is presented too.
    """
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.apply_scale = partial(_style_axis, axis)
        _style_axis(axis)
    if title:
        plot.setTitle(title, size=TITLE_SIZE)
    label_style = {"font-size": scale.css_pt(AXIS_FONT_PT)}
    if x:
        plot.setLabel("bottom", x, **label_style)
    if y:
        plot.setLabel("left", y, **label_style)


def _style_axis(axis: pg.AxisItem) -> None:
    font = QFont()
    font.setPointSizeF(scale.pt(AXIS_FONT_PT))
    axis.setTickFont(font)
    axis.setPen(pg.mkPen("#333333", width=scale.width(1)))
    axis.setTextPen(pg.mkPen("#111111"))
    axis.labelStyle = {"font-size": scale.css_pt(AXIS_FONT_PT)}  # as setLabel leaves it (no color)
    axis._updateLabel()
