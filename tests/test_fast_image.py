"""FastImage draws the same pixels as pyqtgraph's ImageItem, by the cheap path."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage

from visualizer.plots.fast_image import FastImage, rgb32_table
from visualizer.plots.style import diverging_lut, probability_lut


def pixels(widget) -> np.ndarray:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return np.array(image.constBits(), copy=True).reshape(image.height(), image.width(), 4)


def shown(qtbot, item, data, lut, levels) -> pg.PlotWidget:
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(300, 260)
    item.setLookupTable(lut)
    item.setImage(data, autoLevels=False, levels=levels)
    item.setRect(-1.0, -2.0, 3.0, 4.0)
    plot.addItem(item)
    plot.setRange(xRange=(-1, 2), yRange=(-2, 2), padding=0)
    plot.show()
    qtbot.waitExposed(plot)
    return plot


@pytest.mark.parametrize(("lut", "levels"), [(probability_lut(), (0.0, 1.0)), (diverging_lut(), (-1.0, 1.0))])
def test_the_same_pixels_as_pyqtgraphs_image_item(qtbot, lut, levels):
    rng = np.random.default_rng(0)
    data = rng.uniform(levels[0] - 0.2, levels[1] + 0.2, size=(30, 40)).astype(np.float32)
    data[0, :] = levels[1]  # the top row bright: a flip would show
    ours = pixels(shown(qtbot, FastImage(), data, lut, levels))
    theirs = pixels(shown(qtbot, pg.ImageItem(axisOrder="row-major"), data, lut, levels))
    assert ours.shape == theirs.shape
    differs = np.abs(ours.astype(int) - theirs.astype(int)).max(axis=2) > 2
    assert differs.mean() < 0.002  # at most a few edge pixels


def test_the_image_goes_to_qt_as_rgb32_and_nan_falls_back(qtbot):
    item = FastImage()
    plot = shown(qtbot, item, np.zeros((5, 5), np.float32), probability_lut(), (0.0, 1.0))  # noqa: F841 (kept alive)
    item.render()
    assert item.qimage.format() == QImage.Format.Format_RGB32
    item.setImage(np.full((5, 5), np.nan, np.float32), autoLevels=False, levels=(0.0, 1.0))
    item.render()  # pyqtgraph's own path draws NaN see-through
    assert item.qimage.format() != QImage.Format.Format_RGB32


def test_a_translucent_table_is_premultiplied():
    words, translucent = rgb32_table(np.array([[255, 0, 0, 128], [0, 0, 255, 255]], np.uint8))
    assert translucent and words[0] == (128 << 24 | 128 << 16) and words[1] == 0xFF0000FF
