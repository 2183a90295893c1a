"""One copy of the network: a map per hidden unit (the shared mosaic, identical units outlined in
the copy's colour), its weights as numbers, the decision boundary."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.activations import colour_levels
from core.symmetry import identical_units
from core.trainer import TrainSnapshot
from visualizer import scale
from visualizer.activation_info import display_name
from visualizer.cadence import Cadence
from visualizer.numbers import DASH
from visualizer.plots.boundary_plot import BoundaryPlot
from visualizer.plots.mosaic_maps import MosaicMaps
from visualizer.scale import css_pt
from visualizer.widgets.wrap_label import WrapLabel

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

TABLE_PT, TABLE_MIN_PT = 10, 7  # the table's font; smaller, down to TABLE_MIN_PT, if too wide
TABLE_MIN_HEIGHT = 150  # on a short screen (compact) 120: the first rows always show
MAPS_MIN_HEIGHT = 100  # the lesson's point: the maps never shrink to dots
BOUNDARY_MIN_WIDTH = 160  # a copy narrower than its table and this shows no boundary plot
TITLE_PT = 11  # the accuracy over the boundary: fits the 160 px plot (the shared one is sized for wide)
# While running, the weights table follows five times a second: a new one is laid out and painted
# as rich text (~1 ms a copy each time, ten rows; ~1 ms of every frame at ten a second), and
# digits that change faster than that cannot be read anyway.
TABLE_EVERY_S = 0.2
CONTOUR_TOLERANCE = 1e-3  # of the plane's width: a tenth of a pixel on a 100 px plot


class CopyPanel(QWidget):
    """Shows one TrainSnapshot: unit maps (A1 over the plane), [W1 | b1 | W2] rows, A2 > 0.5."""

    def __init__(self, title: str, color: tuple[int, int, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.title = WrapLabel(title)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setStyleSheet(f"color: rgb{color};")
        self.caption = WrapLabel()  # long lines wrap: a copy may be half of a 1024 px screen
        self.maps_view = MosaicMaps()  # the shallow lesson's unit maps: one image of every unit
        self.maps_view.set_framed(True)  # W = 0 and tanh: white maps still show their edges
        self.maps_view.setMinimumHeight(MAPS_MIN_HEIGHT)
        self._color = color  # identical units are outlined in the copy's colour
        self._n_h = 0
        self._compact = False
        self._table_fit: tuple[tuple, float] = ((), 0.0)  # (width, sizes, n_h), full width
        # the shared plot, in the other lessons' colours: training points only, no legend
        self.boundary = BoundaryPlot(compact=True)
        self.boundary.show_test_points(False)
        self.boundary.set_view_padding(0.0)  # the map fills the small plot
        self.probability_image = self.boundary.image
        self.scatters = self.boundary.train_points
        self.table = QLabel()
        mono = QFont("DejaVu Sans Mono", TABLE_PT)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.table.setFont(mono)
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # the table scrolls rather than be cut or push the window wider than a projector
        self.table_scroll = QScrollArea()
        self.table_scroll.setWidget(self.table)
        self.table_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.table_scroll.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.boundary, 1)
        bottom.addWidget(self.table_scroll, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        layout.addWidget(self.maps_view, 5)
        layout.addLayout(bottom, 4)
        self.table.installEventFilter(self)  # larger fonts (presentation mode): size it again
        self._activation = ""
        self._accuracy = ""
        self._shown_units = self._shown_plane = self._levels = None  # what the views show now
        self._drawn_plane = None  # the maps the boundary plot was last given
        self._maps_key: tuple = ()  # the unit maps' grid and levels, as last drawn
        self._snap: TrainSnapshot | None = None
        self._table_cadence = Cadence(TABLE_EVERY_S)

    def _fix_table_size(self, n_h: int) -> None:
        """Size the table for its widest numbers once: a label of fixed size can change its text
        every frame without making the whole lesson lay itself out again (~10 ms a frame)."""
        wide = -888.888
        sample = {"W1": np.full((n_h, 2), wide), "b1": np.full((n_h, 1), wide),
                  "W2": np.full((1, n_h), wide), "b2": np.full((1, 1), wide)}  # fmt: skip
        shown = self.table.text()
        self.table.setMinimumSize(0, 0)
        self.table.setMaximumSize(16777215, 16777215)
        self.table.setText(weights_table(sample))
        self.table.setFixedSize(self.table.sizeHint())
        self.table.setText(shown)
        bar = self.table_scroll.verticalScrollBar().sizeHint().width()
        self.table_scroll.setMaximumWidth(self.table.width() + bar + 2)  # no wider than the table
        self._fit_table_height()
        self.table_scroll.updateGeometry()

    def set_compact(self, compact: bool) -> None:
        """On a short screen the table keeps fewer rows in view (the rest scroll) and the maps,
        the lesson's point, take what the table gives up (60 px maps at 1280x720 presenting)."""
        if compact != self._compact:
            self._compact = compact
            self._fit_table_height()
            maps, bottom = (3, 1) if compact else (5, 4)
            self.layout().setStretchFactor(self.maps_view, maps)
            self.layout().setStretch(self.layout().count() - 1, bottom)

    def _fit_table_height(self) -> None:
        wanted = 120 if self._compact else TABLE_MIN_HEIGHT
        self.table_scroll.setMinimumHeight(min(self.table.height() + 2, wanted))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.table and event.type() == QEvent.Type.FontChange and self._n_h:
            self._fix_table_size(self._n_h)
        return False

    def apply_scale(self) -> None:
        """Presentation mode toggled: the boundary's title, and the table's size for its new font
        (the maps' unit names scale themselves: MosaicMaps.apply_scale)."""
        self._size_boundary_title()
        if self._n_h:
            self._fix_table_size(self._n_h)
            self._fit_table_font()  # the new size may not fit the copy's width

    def set_units(self, n_h: int) -> None:
        """One small map per hidden unit; the table sized again only when n_h changes."""
        if n_h == self._n_h:
            return
        self._n_h = n_h
        self._fix_table_size(n_h)
        self.maps_view.set_count(n_h)
        self._shown_units = None

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        wanted = self._fit_table_font()
        # Narrower than the table and a readable boundary: the numbers stay, the plot goes.
        shown = self.width() >= wanted + BOUNDARY_MIN_WIDTH
        if shown and self.boundary.isHidden() and self._snap is not None:
            self.boundary.setVisible(True)
            self._drawn_plane = None  # was skipped while hidden: the latest, whatever it looks like
            self._show_boundary(self._snap, QRectF(*self._snap.plane.grid.pixel_rect()))
        self.boundary.setVisible(shown)

    def _size_boundary_title(self) -> None:
        """The accuracy at TITLE_PT, times presentation mode's scale (styled here, not by the walk)."""
        label = self.boundary.getPlotItem().titleLabel
        label.nnv_self_scaled = True
        label.setText(label.text, size=css_pt(TITLE_PT))

    def _fit_table_font(self) -> float:
        """A smaller font for the table where the copy is narrower than it (at 1024x768 and
        1280x720 presenting the W2 column was reachable only by a scroll bar); returns the
        table's width at its full size."""
        wanted = scale.pt(TABLE_PT)
        key = (self.width(), wanted, self._n_h, self.table.font().pointSizeF())
        if not self._n_h or key == self._table_fit[0]:  # as fitted last time
            return self._table_fit[1]
        bar = self.table_scroll.verticalScrollBar().sizeHint().width()
        room = self.width() - 8 - bar - 4  # the margins; the boundary goes first
        points, full_width = wanted, 0.0
        for _ in range(4):  # widths do not follow the size exactly (paddings, whole pixels)
            font = QFont(self.table.font())
            font.setPointSizeF(points)
            self.table.setFont(font)
            self._fix_table_size(self._n_h)  # now the label's text has the new font
            full_width = full_width or float(self.table.width())
            if self.table.width() <= room or points <= TABLE_MIN_PT:
                break
            points = max(TABLE_MIN_PT, points * room / self.table.width() * 0.98)
        self._table_fit = (key[:3] + (self.table.font().pointSizeF(),), full_width)
        return full_width

    def maps_waiting(self, snap: TrainSnapshot) -> bool:
        """Whether `snap` carries unit maps this panel has not drawn yet; new maps equal to the
        drawn ones (`_same_maps`) are taken as drawn and take no frame's slot."""
        plane = snap.plane
        if plane is None or plane.units is self._shown_units:
            return False
        if self._same_maps(plane, colour_levels(snap.config.activation)):
            self._shown_units = plane.units
            return False
        return True

    def _same_maps(self, plane, levels: tuple[float, float]) -> bool:
        """The unit maps drawn now show `plane`'s (W = 0: every unit 0 everywhere, however long it
        trains): drawing them again would cost ~1.3 ms for the same picture."""
        drawn = self._shown_units
        key = (plane.unit_grid.pixel_rect(), plane.unit_grid.resolution, levels)
        return drawn is not None and key == self._maps_key and np.array_equal(drawn, plane.units)

    def show_snapshot(
        self, snap: TrainSnapshot, live: bool = False, table: bool | None = None, maps: bool = True
    ) -> None:
        """Redraw from `snap` and the maps core computed for it (snap.plane): every array handed
        to pyqtgraph is finite, and maps that did not change are not handed again. A hidden
        boundary is not drawn (it is when it shows again); while `live`, the table of weights
        (rich text, 1-2 ms a copy) and the boundary's accuracy title follow five times a second,
        or when `table` says (the lesson staggers its two copies), and only when they changed; new
        unit maps when `maps` says (the lesson draws them in a frame of their own)."""
        self._snap = snap
        config, params, plane = snap.config, snap.parameters, snap.plane
        self.set_units(config.n_h)
        rect = QRectF(*plane.grid.pixel_rect())
        levels = colour_levels(config.activation)  # fixed: the copies' maps stay comparable
        if levels != self._levels or (maps and plane.units is not self._shown_units):
            if levels != self._levels or not self._same_maps(plane, levels):
                self._maps_key = (plane.unit_grid.pixel_rect(), plane.unit_grid.resolution, levels)
                self.maps_view.set_maps(plane.units, plane.unit_grid, levels)
            self._shown_units, self._levels = plane.units, levels
            self.maps_view.set_marked(identical_units(params), self._color)
        if self._activation != config.activation:
            self._activation = config.activation
            self.caption.setText(_caption(config.activation, levels))
        slow = self._table_cadence.due(live) if table is None else table
        if slow:
            text = weights_table(params)
            if text != self.table.text():
                self.table.setText(text)
        if not self.boundary.isHidden():
            self._show_boundary(snap, rect, slow)

    def _show_boundary(self, snap: TrainSnapshot, rect: QRectF, title: bool = True) -> None:
        """The boundary every frame; its accuracy title only when `title` (the table's turn while
        running: a new title lays the plot out again and renders its text, ~0.4 ms a copy)."""
        plane = snap.plane
        if plane is not self._shown_plane:
            self._shown_plane = plane
            if not looks_the_same(self._drawn_plane, plane, len(self.boundary.image.lut)):
                self._drawn_plane = plane
                self.boundary.set_probabilities(
                    plane.probability, plane.grid, (plane.contour_x, plane.contour_y)
                )
        self.boundary.set_points(snap.X_train, snap.Y_train, snap.X_test, snap.Y_test)  # once a data set
        accuracy = f"{100 * snap.train_accuracy:.1f}%"
        if title and accuracy != self._accuracy:
            self._accuracy = accuracy
            title = translate("CopyPanel", "accuracy %1").replace("%1", accuracy)
            self.boundary.getPlotItem().setTitle(title)
            self._size_boundary_title()


def looks_the_same(drawn, plane, colours: int) -> bool:
    """Whether `plane` would draw the boundary plot as `drawn` (PlaneMaps) does: the same grid,
    every probability in the same one of `colours` (as FastImage looks them up, levels 0-1), the
    A2 = 0.5 line within CONTOUR_TOLERANCE of the plane's width. A copy that cannot learn (W = 0:
    one probability everywhere) or has settled then costs no repaint of its plot (~1 ms here)."""
    if drawn is None or drawn.grid is None or plane.grid is None:
        return False
    if drawn.grid.resolution != plane.grid.resolution or drawn.grid.pixel_rect() != plane.grid.pixel_rect():
        return False
    lines = (drawn.contour_x, drawn.contour_y), (plane.contour_x, plane.contour_y)
    if any(a.shape != b.shape for a, b in zip(*lines, strict=True)):
        return False
    tolerance = CONTOUR_TOLERANCE * (plane.grid.x_max - plane.grid.x_min)
    for a, b in zip(*lines, strict=True):  # not np.allclose: ~0.2 ms a call, every frame
        if a.size and not np.abs(a - b).max() <= tolerance:
            return False

    def index(p: np.ndarray) -> np.ndarray:
        return np.clip(p * colours, 0, colours - 1).astype(np.intp)

    return np.array_equal(index(drawn.probability), index(plane.probability))


def _caption(activation: str, levels: tuple[float, float]) -> str:
    lo, hi = levels
    clipped = activation in ("relu", "leaky_relu", "linear")
    text = translate("CopyPanel", "A1 = %1(W1 x + b1) over the plane: purple %2 · white %3 · green %4")
    for i, v in enumerate((display_name(activation), f"{lo:g}", f"{(lo + hi) / 2:g}", f"{hi:g}"), start=1):
        text = text.replace(f"%{i}", v)
    text += translate("CopyPanel", " (beyond is clipped)") if clipped else ""
    return text + translate("CopyPanel", ". Outlined: units identical to another.")


def weights_table(params: dict[str, np.ndarray]) -> str:
    """Rows of [W1 | b1] and the entries of W2, one line per unit, 3 decimals."""
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    unit, row = translate("CopyPanel", "unit"), translate("CopyPanel", "W1 row")
    head = f"<tr><th>{unit}</th><th colspan=2>{row}</th><th>b1</th><th>W2</th></tr>"
    rows = []
    for i in range(W1.shape[0]):
        cells = [*W1[i], b1[i, 0], W2[0, i]]
        tds = "".join(f"<td align=right>&nbsp;{_num(v)}</td>" for v in cells)
        rows.append(f"<tr><td align=center>{i + 1}</td>{tds}</tr>")
    b2 = f"<tr><td colspan=5>b2 = {_num(params['b2'][0, 0])}</td></tr>"
    return f"<table cellspacing=0 cellpadding=1>{head}{''.join(rows)}{b2}</table>"


def _num(v: float) -> str:
    if not np.isfinite(v):
        return DASH
    return f"{v:+.3f}" if abs(v) < 1000 else f"{v:+.2e}"
