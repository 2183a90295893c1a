"""What the back row reads: text that shrinks to fit stays at least the program's font.

Uses test_screen_fit's windows (one per projector size, both modes). Each check here failed on
the code before its fix.
"""

from __future__ import annotations

import pytest

from tests.test_screen_fit import PROGRAM_PT, _open, screen  # noqa: F401 (a fixture)
from visualizer import scale


@pytest.mark.parametrize("present", [False, True], ids=["normal", "presenting"])
def test_hidden_sizes_table_is_readable(screen, present):  # noqa: F811 (the fixture)
    """The table in the eighth cell keeps the program's font (it shrank to 8.6 pt at 1024x768:
    four columns in a quarter of the plots' width) and never scrolls sideways."""
    window, size = screen
    lesson = _open(window, size, "hidden-sizes", present)
    assert lesson.table.font().pointSizeF() >= scale.pt(PROGRAM_PT) - 0.1
    assert not lesson.table_cell.horizontalScrollBar().isVisible()
    assert lesson.table.width() <= lesson.table_cell.viewport().width()
