"""The presentation scale: how much larger text and lines are drawn right now (1 normally).

Presentation mode sets it; whatever styles itself reads it, at build time and whenever it
styles itself again (a path whose pen is set every frame, HTML with point sizes, a painted
matrix). Such a widget or pyqtgraph item says so with a method `apply_scale()`, which
presentation mode calls on every toggle and which restyles from the normal sizes times the
current factors, so calling it twice changes nothing. Everything else (plain Qt fonts,
pyqtgraph items nobody restyles) is scaled by presentation mode itself, which remembers and
restores it.
"""

from __future__ import annotations

FONT_SCALE = 1.45  # text in presentation mode
LINE_SCALE = 2.0  # lines in presentation mode

_factors = {"font": 1.0, "line": 1.0}


def set_presenting(on: bool) -> None:
    _factors["font"], _factors["line"] = (FONT_SCALE, LINE_SCALE) if on else (1.0, 1.0)


def presenting() -> bool:
    return _factors["font"] != 1.0


def font_factor() -> float:
    return _factors["font"]


def line_factor() -> float:
    return _factors["line"]


def pt(points: float) -> float:
    """A font size in points, scaled."""
    return points * _factors["font"]


def css_pt(points: float) -> str:
    """A font size for HTML and style sheets: "14pt" normally, "20.3pt" while presenting."""
    return f"{points * _factors['font']:.3g}pt"


def width(pixels: float) -> float:
    """A pen width, scaled (a cosmetic width 0 counts as 1 pixel)."""
    return max(pixels, 1.0) * _factors["line"] if _factors["line"] != 1.0 else pixels


def size(pixels: float) -> float:
    """A marker's size in pixels (points of a scatter plot, arrow heads), scaled like text."""
    return pixels * _factors["font"]
