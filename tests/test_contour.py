"""The 0.5 contour: same segments as pyqtgraph's isocurve, endpoints exactly on the level."""

import numpy as np
import pyqtgraph as pg
import pytest

from core.contour import contour_segments


def segments(x, y):
    key = lambda a, b: tuple(sorted([tuple(np.round(a, 9)), tuple(np.round(b, 9))]))  # noqa: E731
    return {key((x[i], y[i]), (x[i + 1], y[i + 1])) for i in range(0, len(x), 2)}


def smooth_image():
    yy, xx = np.mgrid[0:60, 0:80] / 10.0
    return 0.5 + 0.5 * np.sin(xx) * np.cos(1.3 * yy) + 0.05 * np.sin(3 * xx + yy)


def test_matches_pyqtgraphs_isocurve_on_a_smooth_field():
    img = smooth_image()
    mine = segments(*contour_segments(img, 0.5))
    # pyqtgraph puts pixel centers at +0.5 and lists (row, column)
    ref = set()
    for (r0, c0), (r1, c1) in pg.functions.isocurve(img, 0.5, connected=False):
        ref |= segments(np.array([c0 - 0.5, c1 - 0.5]), np.array([r0 - 0.5, r1 - 0.5]))
    assert len(mine) > 100 and mine == ref


@pytest.mark.parametrize("seed", range(3))
def test_every_endpoint_interpolates_to_the_level(seed):
    img = np.random.default_rng(seed).random((25, 35))  # noise: many saddle cells too
    x, y = contour_segments(img, 0.4)
    assert len(x) % 2 == 0 and len(x) > 0
    for px, py in zip(x, y, strict=True):
        j, i = int(np.floor(px)), int(np.floor(py))
        if px == j:  # on a vertical edge: interpolate down the column
            i = min(i, img.shape[0] - 2)
            value = img[i, j] + (py - i) * (img[i + 1, j] - img[i, j])
        else:  # on a horizontal edge
            j = min(j, img.shape[1] - 2)
            value = img[i, j] + (px - j) * (img[i, j + 1] - img[i, j])
        assert value == pytest.approx(0.4, abs=1e-9)


def test_a_linear_field_gives_a_straight_line():
    cols = np.arange(50)
    img = np.tile((cols - 20.3) / 10.0, (40, 1)) + 0.5  # 0.5 where column = 20.3
    x, y = contour_segments(img, 0.5)
    np.testing.assert_allclose(x, 20.3)
    assert y.min() == 0 and y.max() == 39


def test_constant_or_tiny_images_have_no_contour():
    assert contour_segments(np.full((10, 10), 0.7), 0.5)[0].size == 0
    assert contour_segments(np.zeros((1, 5)), 0.5)[0].size == 0
