"""The lesson's own colors, one per copy (maps and boundaries take the shared ones: plots.style)."""

from __future__ import annotations

SYMMETRIC_COLOR = (230, 97, 1)  # orange: the copy started at W = 0 (or c)
RANDOM_COLOR = (0, 114, 178)  # blue: the twin started at randn * 0.01
LOG_FLOOR = 1e-18  # a log axis cannot show 0: zero differences are drawn here
