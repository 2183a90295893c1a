"""Plane geometry the painted diagrams share: how much two label boxes overlap, how near a
pointer is to an edge; and the font their labels are painted in."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont


def rect_area(rect: QRectF) -> float:
    """The area of `rect`, 0 for an empty one (an intersection that is not there)."""
    return max(rect.width(), 0.0) * max(rect.height(), 0.0)


def distance_to_segment(p: QPointF, a: QPointF, b: QPointF) -> float:
    """The distance from p to the nearest point of the segment a-b."""
    ab, ap = b - a, p - a
    length2 = ab.x() ** 2 + ab.y() ** 2
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, (ap.x() * ab.x() + ap.y() * ab.y()) / length2))
    closest = a + ab * t
    return math.hypot(p.x() - closest.x(), p.y() - closest.y())


def scaled_font(base: QFont, scale: float, bold: bool = False, least_pt: float = 7.0) -> QFont:
    """`base` times `scale`, never below `least_pt` points (a squeezed diagram stays legible)."""
    font = QFont(base)
    font.setPointSizeF(max(least_pt, base.pointSizeF() * scale))
    font.setBold(bold)
    return font
