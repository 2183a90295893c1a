"""A left axis for log10 values that writes its ticks as powers of ten (1e-6, 0.01, 1)."""

from __future__ import annotations

import math

import pyqtgraph as pg

FLOOR = -20.0  # log10 of the smallest norm drawn; exact zeros sit here


def power_label(exponent: float) -> str:
    k = round(exponent)
    if abs(exponent - k) > 1e-6:
        return ""
    if -2 <= k <= 2:
        return f"{10.0**k:g}"
    return f"1e{k}"


class LogTickAxis(pg.AxisItem):
    """Ticks only at whole powers of ten, labelled 1e-8, 0.01, 1, 100."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 (pyqtgraph's names)
        lo, hi = math.floor(minVal), math.ceil(maxVal)
        span = max(hi - lo, 1)
        step = max(1, math.ceil(span / 6))
        return [(step, [float(k) for k in range(lo - lo % step, hi + 1, step) if minVal <= k <= maxVal])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [power_label(v) for v in values]
