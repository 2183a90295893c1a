"""Test helper: every array a window hands to pyqtgraph, to check that all of it is finite."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget


def plotted_arrays(root: QWidget):
    """Yield (description, array) for the data of every pyqtgraph item under `root`."""
    for view in root.findChildren(pg.GraphicsView):
        scene = view.scene()
        if scene is None:
            continue
        for item in scene.items():
            if isinstance(item, pg.PlotCurveItem | pg.PlotDataItem | pg.ScatterPlotItem):
                x, y = item.getData()
                for name, a in (("x", x), ("y", y)):
                    if a is not None:
                        yield f"{type(item).__name__}.{name}", np.asarray(a, dtype=float)
            elif isinstance(item, pg.ImageItem) and item.image is not None:
                yield "ImageItem", np.asarray(item.image, dtype=float)


def non_finite(root: QWidget) -> list[str]:
    """Descriptions of plotted arrays holding NaN or inf (an empty list is the goal)."""
    return [name for name, a in plotted_arrays(root) if a.size and not np.isfinite(a).all()]
