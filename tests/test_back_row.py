"""What the back row reads: text that shrinks to fit stays at least the program's font.

Uses test_screen_fit's windows (one per projector size, both modes). Each check here failed on
the code before its fix.
"""

from __future__ import annotations

import pytest

from tests.test_screen_fit import PROGRAM_PT, _open, screen  # noqa: F401 (a fixture)
from visualizer import scale
from visualizer.plots.mosaic_maps import TEXT_MARGIN
from visualizer.widgets.network_diagram import CROWDED


@pytest.mark.parametrize("present", [False, True], ids=["normal", "presenting"])
def test_hidden_sizes_table_is_readable(screen, present):  # noqa: F811 (the fixture)
    """The table in the eighth cell keeps the program's font (it shrank to 8.6 pt at 1024x768:
    four columns in a quarter of the plots' width) and never scrolls sideways."""
    window, size = screen
    lesson = _open(window, size, "hidden-sizes", present)
    assert lesson.table.font().pointSizeF() >= scale.pt(PROGRAM_PT) - 0.1
    assert not lesson.table_cell.horizontalScrollBar().isVisible()
    assert lesson.table.width() <= lesson.table_cell.viewport().width()
    if size.width() >= 1920:  # a roomy cell shows it larger (13 pt left half of it empty)
        assert lesson.table.font().pointSizeF() >= scale.pt(16)


@pytest.mark.parametrize("present", [False, True], ids=["normal", "presenting"])
def test_shallow_unit_names_sit_above_their_maps(screen, present):  # noqa: F811 (the fixture)
    """Each named tile's "unit i" is drawn above its map, not on it (presenting at 1024x768 the
    names covered the maps' top thirds)."""
    window, size = screen
    units = _open(window, size, "shallow-network", present).units
    named = [label for label in units.labels if label.isVisible()]
    assert named or size.width() < 1280  # the course's 4 units are named on the larger screens
    for i, label in enumerate(units.labels):
        if not label.isVisible():
            continue
        text = label.textItem.mapRectToScene(label.textItem.boundingRect())
        tile = units.view.mapViewToScene(units.tile_rect(i)).boundingRect()
        glyphs = text.adjusted(0, 0, 0, -TEXT_MARGIN)  # the text item's margin below its text
        assert glyphs.bottom() <= tile.top() + 1, (i, glyphs, tile)


@pytest.mark.parametrize("present", [False, True], ids=["normal", "presenting"])
def test_backprop_deep_diagram_labels_never_cover_each_other(screen, present):  # noqa: F811
    """With 3 layers the L-layer diagram's value labels sat at fixed spots along their edges:
    at Z1 and dW2 (1024x768) they were printed on top of each other. Now each label takes a spot
    free of nodes and other labels (a corner may touch: the diagrams' CROWDED share), or is left
    to the tooltip and the matrices."""
    from core.backprop_steps import BackpropConfig

    window, size = screen
    lesson = _open(window, size, "backprop", present)
    diagram = lesson.deep.diagram
    try:
        for steps in (1, 3, 5, 12, 14, 20):
            lesson._walk_from_start(steps, BackpropConfig(deeper=(3,)))
            window.controller.refresh()
            diagram.grab()  # paints: places the labels
            rects = diagram.label_rects
            crossed = [(a.getRect(), b.getRect()) for i, a in enumerate(rects) for b in rects[i + 1 :]
                       if _area(a.intersected(b)) > CROWDED * max(_area(a), _area(b))]  # fmt: skip
            assert crossed == [], steps
            captions = diagram.caption_rects  # "n[0] = 2n[1] = 4" presenting with 3 layers
            assert all(a.right() <= b.left() for a, b in zip(captions, captions[1:], strict=False))
            assert rects or steps == 5  # (Z3's few labels may all be crowded out on a short pane)
    finally:
        lesson.prepare_screenshot()
        window.controller.refresh()


NODE_MIN_H = 60  # px: a logistic-regression node's formula, value and derivative at a readable size


@pytest.mark.parametrize("present", [False, True], ids=["normal", "presenting"])
def test_computation_graph_operation_boxes_hold_their_lines(screen, present):  # noqa: F811
    """Logistic regression's z, a and L boxes get the height their column allows: all boxes
    had the five stacked inputs' height (36 px at 1024x768), their three lines drawn at 6 pt."""
    window, size = screen
    lesson = _open(window, size, "computation-graph", present)
    try:
        lesson._walk("logreg", 6)
        window.controller.refresh()
        rects = lesson.view.node_rects()
        assert {n: rects[n].height() for n in ("z", "a", "L") if rects[n].height() < NODE_MIN_H} == {}
        boxes = list(rects.values())
        crossed = [(a.getRect(), b.getRect()) for i, a in enumerate(boxes) for b in boxes[i + 1 :]
                   if a.intersected(b).width() > 0 and a.intersected(b).height() > 0]  # fmt: skip
        assert crossed == []
    finally:
        lesson.prepare_screenshot()
        window.controller.refresh()


def _area(rect) -> float:
    return max(rect.width(), 0.0) * max(rect.height(), 0.0)
