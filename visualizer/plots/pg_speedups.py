"""Cheaper pyqtgraph plots: no context menus nobody sees, no axis label laid out again unchanged.

A PlotWidget cost ~16 ms to build here, and a lesson builds up to 17 of them on its first
visit. Two costs were pure waste in this program:

- every ViewBox built its right-click menu (a QMenu of sub-widgets, ~4 ms), which
  `plot_export.disable_pyqtgraph_menus` then switched off (the program's own menu replaces it);
- every AxisItem set its label's HTML again on each pen, style, range and SI-prefix update
  (~30 QGraphicsTextItem.setHtml calls a plot, ~0.3 ms each), nearly always to the same text.

`apply()` makes ViewBox and PlotItem start with their menus off (whoever wants one still calls
setMenuEnabled(True)) and lets an axis skip setHtml when the label's text did not change.
"""

from __future__ import annotations

import pyqtgraph as pg

_applied = False


def apply() -> None:
    """Install both changes (idempotent)."""
    global _applied
    if _applied:
        return
    _applied = True
    _menus_off_by_default(pg.ViewBox.__init__)
    _menus_off_by_default(pg.PlotItem.__init__)
    if hasattr(pg.AxisItem, "_updateLabel") and hasattr(pg.AxisItem, "labelString"):
        pg.AxisItem._updateLabel = _update_label


def _menus_off_by_default(init) -> None:
    """enableMenu=False as the default of `init` (a keyword or positional parameter)."""
    code = init.__code__
    names = code.co_varnames[: code.co_argcount]
    if init.__kwdefaults__ and "enableMenu" in init.__kwdefaults__:
        init.__kwdefaults__["enableMenu"] = False
    elif "enableMenu" in names and init.__defaults__:
        first = len(names) - len(init.__defaults__)
        defaults = list(init.__defaults__)
        defaults[names.index("enableMenu") - first] = False
        init.__defaults__ = tuple(defaults)


def _update_label(self: pg.AxisItem) -> None:
    """pyqtgraph's AxisItem._updateLabel, without setHtml when the text is the same."""
    html = self.labelString()
    if html != getattr(self, "_nnv_label_html", None):
        self._nnv_label_html = html
        self.label.setHtml(html)
    self._adjustSize()
    self.picture = None
    self.update()
