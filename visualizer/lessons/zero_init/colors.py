"""The lesson's fixed colors: one per copy, one per class, and the map of hidden activations."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

SYMMETRIC_COLOR = (230, 97, 1)  # orange: the copy started at W = 0 (or c)
RANDOM_COLOR = (0, 114, 178)  # blue: the twin started at randn * 0.01
CLASS_COLORS = ((178, 24, 43), (33, 102, 172))  # y = 0 red, y = 1 blue, as in the course
LOG_FLOOR = 1e-18  # a log axis cannot show 0: zero differences are drawn here


def activation_colormap() -> pg.ColorMap:
    """Diverging brown - white - teal for A1; white is the middle of the levels."""
    colors = [(140, 81, 10), (246, 232, 195), (255, 255, 255), (199, 234, 229), (1, 102, 94)]
    return pg.ColorMap(np.linspace(0.0, 1.0, 5), colors)


def probability_colormap() -> pg.ColorMap:
    """Light red (A2 = 0, class 0) - white (0.5) - light blue (A2 = 1, class 1)."""
    return pg.ColorMap([0.0, 0.5, 1.0], [(239, 138, 98), (247, 247, 247), (103, 169, 207)])
