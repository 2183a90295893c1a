"""A descent path is drawn with one point per pixel of arc: what a pixel cannot show is dropped."""

from __future__ import annotations

import numpy as np

from visualizer.lessons.gradient_descent.cost_map import thin_path


def test_steps_closer_than_a_pixel_collapse_and_the_ends_stay():
    far = np.c_[np.arange(5.0), np.zeros(5)]  # steps of 1
    near = np.c_[4.0 + np.arange(1, 101) * 1e-4, np.zeros(100)]  # 100 steps inside one pixel
    path = np.vstack([far, near])
    x, y = thin_path(path, 0.05)
    assert x[0] == 0.0 and x[-1] == path[-1, 0]
    assert len(x) == 5 + 1  # the five far points and the last: the pile is inside one pixel
    x, y = thin_path(path, 0.0)
    np.testing.assert_array_equal(np.c_[x, y], path)
