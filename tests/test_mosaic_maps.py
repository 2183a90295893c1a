"""The shallow lesson's unit maps as tiles of one image."""

from __future__ import annotations

import numpy as np


def test_the_mosaic_puts_tile_i_at_its_row_and_column_from_the_top():
    from visualizer.plots.mosaic_maps import mosaic

    maps = np.arange(5 * 4 * 4, dtype=np.float32).reshape(5, 4, 4)
    image, step = mosaic(maps, 3, -1.0)
    assert step == 5 and image.shape == (2 * 5 - 1, 3 * 5 - 1)
    np.testing.assert_array_equal(image[5:9, 0:4], maps[0])  # first row of tiles: the image's top
    np.testing.assert_array_equal(image[5:9, 10:14], maps[2])
    np.testing.assert_array_equal(image[0:4, 5:9], maps[4])
    assert (image[4] == -1.0).all() and (image[0:4, 10:14] == -1.0).all()  # a gap, an empty tile


def test_a_band_above_each_row_of_tiles_leaves_room_for_their_names():
    from visualizer.plots.mosaic_maps import mosaic

    maps = np.arange(5 * 4 * 4, dtype=np.float32).reshape(5, 4, 4)
    image, step = mosaic(maps, 3, -1.0, band=2)
    assert step == 5 and image.shape == (2 * 7 - 1, 3 * 5 - 1)
    np.testing.assert_array_equal(image[7:11, 0:4], maps[0])  # the top row under its band
    np.testing.assert_array_equal(image[0:4, 5:9], maps[4])
    assert (image[11:13] == -1.0).all() and (image[4:7] == -1.0).all()  # bands and the gap


def test_the_last_row_fill_counts_a_short_last_row():
    from visualizer.plots.mosaic_maps import last_row_fill

    assert last_row_fill(6, 3) == last_row_fill(6, 6) == 1.0
    assert last_row_fill(6, 5) == 0.2 and last_row_fill(7, 4) == 0.75


def test_six_units_take_a_balanced_grid_as_large_as_any(qtbot):
    """At 1280x720 presenting six units took 5 + 1 tiles where 3 + 3 (or one row) were as large."""
    from visualizer.plots.mosaic_maps import BALANCE_SLACK, MosaicMaps, last_row_fill

    view = MosaicMaps()
    qtbot.addWidget(view)
    maps = np.zeros((6, 60, 60), dtype=np.float32)
    for size in ((455, 203), (530, 209), (300, 300), (900, 150), (260, 420), (700, 260)):
        view.resize(*size)
        view.set_maps(maps, None, (-1.0, 1.0))
        columns = view._columns[0]
        sizes = {c: view._tile_px(c) for c in range(1, 7)}
        assert last_row_fill(6, columns) == 1.0, (size, columns)  # 6, 3 + 3, 2 + 2 + 2 or a column
        assert sizes[columns] >= max(sizes.values()) * (1 - BALANCE_SLACK), (size, sizes)
