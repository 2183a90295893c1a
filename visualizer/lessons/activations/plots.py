"""g(z) above g'(z) on one linked z axis, a draggable probe line, shaded saturation zones."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from core.activation_zones import Curves, ProbeValue, Zone
from core.activations import ACTIVATION_NAMES
from visualizer.activation_info import STYLES, display_name, zone_label
from visualizer.lessons.activations.curve_layer import CurveLayer
from visualizer.lessons.activations.probe_marks import ProbeDots, ProbeLine
from visualizer.plots.fit import fit_legend_rows, refit
from visualizer.plots.paint_cache import CACHE

QWIDGETSIZE_MAX = 16777215.0  # Qt's "no maximum"

LINE_WIDTH = 3
TICK_PT, LABEL_PT, TITLE_PT, LEGEND_PT = 13, 14, 16, 13
G_Y_RANGE = (-1.5, 1.5)  # sigmoid and tanh fill it; ReLU and linear leave through the top
G_PRIME_Y_RANGE = (-0.1, 1.25)
MAX_ZONES = 2  # sigmoid and tanh saturate on both sides
ZONE_ALPHA = 55


class ActivationPlots(pg.GraphicsLayoutWidget):
    """Two plots sharing z; reports a probe drag and a legend click, draws what it is given."""

    probe_dragged = Signal(float)
    visibility_toggled = Signal(str, bool)  # a legend entry was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placing_probe = False
        # Each plot under a row holding its title and its legend, so no legend hides a curve.
        self.legends, self.titles = [], []
        for row, title in ((0, self.tr("Activation g(z)")), (2, self.tr("Its slope g′(z)"))):
            self.titles.append(
                self.addLabel(title, row=row, col=0, size=f"{TITLE_PT}pt", bold=True, color="k")
            )
            self.legends.append(self._legend(row))
        self.g_plot = self.addPlot(row=1, col=0, colspan=2)
        self.g_prime_plot = self.addPlot(row=3, col=0, colspan=2)
        self.g_prime_plot.setXLink(self.g_plot)
        self._style_plot(self.g_plot, "g(z)", G_Y_RANGE)
        self._style_plot(self.g_prime_plot, "g′(z)", G_PRIME_Y_RANGE)
        self.g_curves: dict[str, pg.PlotDataItem] = {}
        self.g_prime_curves: dict[str, pg.PlotDataItem] = {}
        for name in ACTIVATION_NAMES:
            style = STYLES[name]
            pen = pg.mkPen(style.color, width=LINE_WIDTH, style=style.dash)
            for plot, curves, legend in (
                (self.g_plot, self.g_curves, self.legends[0]),
                (self.g_prime_plot, self.g_prime_curves, self.legends[1]),
            ):
                curve = pg.PlotDataItem(pen=pen)  # drawn by its plot's CurveLayer
                curve.setZValue(style.z_order)
                plot.addItem(curve)
                legend.addItem(curve, display_name(name))
                curves[name] = curve
        self.curve_layers = []  # one cached pixmap for a plot's curves, still while the probe moves
        for plot, curves in ((self.g_plot, self.g_curves), (self.g_prime_plot, self.g_prime_curves)):
            layer = CurveLayer(list(curves.values()))
            plot.vb.addItem(layer, ignoreBounds=True)
            self.curve_layers.append(layer)
        self.zones = {plot: self._zone_items(plot) for plot in self._plots}
        self.zone_labels = [self._zone_label() for _ in range(MAX_ZONES)]
        self.probe_lines = [self._probe_line(plot) for plot in self._plots]
        self.probe_lines[0].label = pg.InfLineLabel(
            self.probe_lines[0],
            "z = {value:.2f}",
            position=0.93,
            color="k",
            fill=(255, 255, 255, 230),
            border=pg.mkPen("#888888"),
            anchors=[(0, 0.5), (0, 0.5)],
        )
        self.probe_lines[0].label.setFont(_font(LABEL_PT, bold=True))
        colors = {name: STYLES[name].color for name in ACTIVATION_NAMES}
        self.probe_dots = [ProbeDots(plot, colors) for plot in self._plots]

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_legends()

    def fit_legends(self) -> None:
        """Each legend in one row beside its title where that fits, else in two rows: in one
        row at 1024x768 it made the plots 725 px wide in a 608 px view (curves and z cut)."""
        changed = False
        for legend, title in zip(getattr(self, "legends", ()), getattr(self, "titles", ()), strict=True):
            text = title.item.boundingRect().width()  # its text: its cell grows with a 2-row legend
            changed |= fit_legend_rows(legend, self.width() - text - 60)
        if changed:
            self._one_legend_if_two_rows()
            refit(self)

    def _one_legend_if_two_rows(self) -> None:
        """In two rows, only the top legend (its colours are the slope's too; a click hides a
        function in both plots): at 1280x720 presenting the two legends' four rows left each
        plot 110 px."""
        top, second = self.legends
        collapse = top.columnCount < len(top.items)
        second.setVisible(not collapse)
        second.setMaximumHeight(0 if collapse else QWIDGETSIZE_MAX)  # a hidden item keeps its room

    @property
    def _plots(self) -> tuple[pg.PlotItem, pg.PlotItem]:
        return self.g_plot, self.g_prime_plot

    # -- construction -------------------------------------------------------------------

    def _style_plot(self, plot: pg.PlotItem, y_label: str, y_range) -> None:
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setTickFont(_font(TICK_PT))
            axis.setTextPen("k")
            axis.setPen(pg.mkPen("k", width=1.5))
        plot.setLabel("left", y_label, **{"font-size": f"{LABEL_PT}pt"})
        plot.setLabel("bottom", "z", **{"font-size": f"{LABEL_PT}pt"})
        plot.showGrid(x=True, y=True, alpha=0.18)
        plot.setYRange(*y_range, padding=0)
        plot.setMouseEnabled(x=False, y=True)  # z is the range control's; y may be zoomed
        zero = pg.InfiniteLine(0, angle=0, pen=pg.mkPen("#999999", width=1))
        zero.setCacheMode(CACHE)
        plot.addItem(zero)

    def _legend(self, row: int) -> pg.LegendItem:
        legend = pg.LegendItem(
            labelTextSize=f"{LEGEND_PT}pt",
            colCount=len(ACTIVATION_NAMES),
            horSpacing=8,
            frame=False,
        )
        self.addItem(legend, row=row, col=1)
        legend.sigSampleClicked.connect(self._on_legend_sample_clicked)
        return legend

    def _zone_items(self, plot: pg.PlotItem) -> list[pg.LinearRegionItem]:
        items = []
        for _ in range(MAX_ZONES):
            region = pg.LinearRegionItem(movable=False, pen=pg.mkPen(None))
            region.setCacheMode(CACHE)
            region.setZValue(-10)
            region.setVisible(False)
            plot.addItem(region)
            items.append(region)
        return items

    def _zone_label(self) -> pg.TextItem:
        label = pg.TextItem("", color="k", anchor=(0.5, 0.5))
        label.setFont(_font(LABEL_PT, bold=True))
        label.setVisible(False)
        self.g_prime_plot.addItem(label)
        return label

    def _probe_line(self, plot: pg.PlotItem) -> ProbeLine:
        line = ProbeLine(
            0.0,
            angle=90,
            movable=True,
            pen=pg.mkPen("k", width=2, style=Qt.PenStyle.DashLine),
            hoverPen=pg.mkPen("#E69F00", width=4),
        )
        line.setZValue(15)
        line.setToolTip(self.tr("Drag the probe along z"))
        line.sigPositionChanged.connect(self._on_probe_line_position_changed)
        plot.addItem(line)
        return line

    # -- updates ------------------------------------------------------------------------

    def set_curves(self, curves: Curves) -> None:
        """New samples (after the z range or the leaky slope changed)."""
        for name in ACTIVATION_NAMES:
            self.g_curves[name].setData(curves.z, curves.g[name])
            self.g_prime_curves[name].setData(curves.z, curves.g_prime[name], connect=curves.connect[name])
        for layer in self.curve_layers:
            layer.refresh()
        z_min, z_max = float(curves.z[0]), float(curves.z[-1])
        self.g_plot.setXRange(z_min, z_max, padding=0.02)
        for line in self.probe_lines:
            line.setBounds((z_min, z_max))

    def set_shown(self, name: str, shown: bool) -> None:
        self.g_curves[name].setVisible(shown)
        self.g_prime_curves[name].setVisible(shown)
        for layer in self.curve_layers:
            layer.refresh()
        for legend in self.legends:
            legend.update()

    def set_zones(self, zones: Sequence[Zone], name: str) -> None:
        """Shade `zones` in `name`'s color in both plots and write their kind in g'(z)."""
        color = QColor(STYLES[name].color)
        color.setAlpha(ZONE_ALPHA)
        y = 0.5 * (G_PRIME_Y_RANGE[0] + G_PRIME_Y_RANGE[1])
        for i in range(MAX_ZONES):
            zone = zones[i] if i < len(zones) else None
            for plot in self._plots:
                region = self.zones[plot][i]
                region.setVisible(zone is not None)
                if zone is not None:
                    region.setBrush(color)
                    region.setRegion((zone.lo, zone.hi))
            label = self.zone_labels[i]
            label.setVisible(zone is not None)
            if zone is not None:
                label.setText(zone_label(zone.kind))
                label.setPos(0.5 * (zone.lo + zone.hi), y)

    def set_probe(self, z: float, values: Sequence[ProbeValue]) -> None:
        """Move both probe lines to z and mark each shown curve there with a dot."""
        self._placing_probe = True  # a move from code, not a drag: do not report it
        try:
            for line in self.probe_lines:
                line.setValue(z)
        finally:
            self._placing_probe = False
        shown = [v for v in values if self.g_curves[v.name].isVisible()]
        self.probe_dots[0].place(z, {v.name: v.g for v in shown})
        self.probe_dots[1].place(z, {v.name: v.g_prime for v in shown})

    # -- slots ----------------------------------------------------------------------------

    def _on_probe_line_position_changed(self, line: pg.InfiniteLine) -> None:
        if not self._placing_probe:
            self.probe_dragged.emit(float(line.value()))

    def _on_legend_sample_clicked(self, item: pg.PlotDataItem) -> None:
        for name in ACTIVATION_NAMES:
            if item in (self.g_curves[name], self.g_prime_curves[name]):
                self.visibility_toggled.emit(name, item.isVisible())


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font
