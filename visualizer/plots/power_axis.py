"""A log axis whose ticks all read 10ⁿ: pyqtgraph writes 1e-4 as "0.0001" beside "10⁻⁶", and
on a narrow plot the long decimals run into their neighbours."""

from __future__ import annotations

import math

import pyqtgraph as pg

SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_label(exponent: float) -> str:
    """10ⁿ for a whole exponent; pyqtgraph's own label (e.g. "3·10⁻⁵") between them."""
    if exponent != round(exponent):
        return ""
    n = int(round(exponent))
    return {0: "1", 1: "10"}.get(n, "10" + str(n).translate(SUPERSCRIPT))


MINOR_DECADES = 6  # over more decades than this, no minor ticks (nor their grid lines)


class PowerAxis(pg.AxisItem):
    """Log mode: every whole decade as 10ⁿ (1 and 10 as themselves), minor ticks unlabelled,
    and none at all over a wide span (nine a decade, they are a grey wash and slow to paint)."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802, N803 (pyqtgraph's names)
        levels = super().logTickValues(minVal, maxVal, size, stdTicks)
        return levels[:1] if maxVal - minVal > MINOR_DECADES else levels

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        out = []
        for value in values:
            exponent = value + math.log10(scale) if scale > 0 else value
            out.append(power_label(round(exponent, 6)))
        return out
