"""How costs and other values are written in the status bar, readouts and tables: one rule.

4 significant digits; scientific notation for huge or tiny values (a diverged run's 1e+305
is not a 300-digit integer); "–" for a value that does not exist yet or is no longer a
number (iteration 0, after a restart, after divergence), never "nan", which reads as
"diverged" to a student.
"""

from __future__ import annotations

import math

DASH = "–"
PLAIN_LOW = 1e-3  # below: scientific notation


def number(value: float | None, digits: int = 4) -> str:
    """`value` to `digits` significant digits, e.g. 0.6931, 12.35, 1.235e+305, 1.000e-05, –."""
    if value is None:
        return DASH
    v = float(value)
    if not math.isfinite(v):
        return DASH
    if v == 0.0:
        return "0"
    plain = PLAIN_LOW <= abs(v) < 10**digits
    text = f"{v:.{digits}g}" if plain else f"{v:.{digits - 1}e}"
    return "0" if text in ("-0", "-0.0") else text


def percent(value: float | None, decimals: int = 1) -> str:
    """A fraction as a percentage (0.905 -> 90.5%), or "–"."""
    if value is None or not math.isfinite(float(value)):
        return DASH
    return f"{100 * float(value):.{decimals}f}%"
