"""The activations lesson: g(z) and g'(z) of five functions, a probe, and where gradients vanish."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.activation_zones import SATURATION_FRACTION, ProbeValue, sample_curves, saturation_zones
from core.activations import ACTIVATION_NAMES, LEAKY_SLOPE
from core.probe_sweep import DEFAULT_Z_MAX, ProbeSnapshot, ProbeSweep
from visualizer.activation_info import (
    advice,
    display_name,
    format_value,
    formula_html,
)
from visualizer.cadence import Cadence
from visualizer.lessons.activations.plots import ActivationPlots
from visualizer.lessons.activations.probe_table import ProbeTable
from visualizer.lessons.base import Lesson
from visualizer.widgets.param_slider import ParamSlider
from visualizer.widgets.side_scroll import SideScroll
from visualizer.widgets.wrap_button import WrapButton

PANEL_WIDTH = 450
PANEL_PT = 14
FORMULA_PT = 17
SCREENSHOT_FUNCTION = "sigmoid"
LINEAR_REQUEST = ("shallow-network", {"activation": "linear"})
TABLE_EVERY_S = 0.1  # the probe's numbers while running: read, not watched (the dots move every frame)
# The probe slider while running: every other frame (it moves a pixel or two a frame; its
# repaint takes its box and the panel behind it along, six widgets)
SLIDER_EVERY_S = 0.03


class ActivationsLesson(Lesson):
    """Plots on the left; on the right the probe's readout and the controls.

    The engine (core.probe_sweep) owns z, the range and the leaky slope; which curves are
    shown and which function is selected are the view's own state.
    """

    key = "activations"
    title = QT_TRANSLATE_NOOP("Lesson", "Activations")
    screenshot_steps = 400  # 0 -> 6 -> -6 -> -4: inside sigmoid's and tanh's saturated zones
    what_to_look_at = QT_TRANSLATE_NOOP(
        "ActivationsLesson",
        "Compare g(z) on top with its slope g′(z) below. Where a curve goes flat (the shaded "
        "zones of sigmoid and tanh for large |z|) g′(z) is near 0, so gradients vanish and "
        "learning slows; ReLU keeps g′ = 1 for z > 0. Move the probe to read g and g′. "
        "Course: 004 §3.6-3.8 (activation functions and their derivatives).",
    )

    def __init__(self, parent: QWidget | None = None, *, engine: ProbeSweep | None = None) -> None:
        super().__init__(parent)
        self._engine = engine if engine is not None else ProbeSweep()
        self._drawn: tuple[float, float, float] | None = None  # (z_min, z_max, slope) sampled
        self._snapshot: ProbeSnapshot | None = None
        self._table_cadence = Cadence(TABLE_EVERY_S)
        self._slider_cadence = Cadence(SLIDER_EVERY_S)
        self.plots = ActivationPlots()
        self.table = ProbeTable()
        z_max, slope = self._engine.z_max, self._engine.slope
        self.probe_slider = ParamSlider(
            self.tr("Probe z"),
            -z_max,
            z_max,
            0.0,
            decimals=2,
            tooltip=self.tr("Move the probe (or drag the dashed line in the plots)"),
        )
        self.range_slider = ParamSlider.from_range(
            "probe.z_max", self.tr("z range: from −z to +z"), z_max, decimals=1
        )
        self.slope_slider = ParamSlider.from_range(
            "probe.slope", self.tr("Leaky ReLU slope for z ≤ 0"), slope, decimals=3
        )
        self.function_combo = QComboBox()
        self.function_combo.setToolTip(
            self.tr("The function whose formula, advice and saturated zones (shaded in both plots) are shown")
        )
        self.range_slider.setToolTip(
            self.tr("The z axis runs from −z to +z; widen it to see sigmoid and tanh flatten out")
        )
        self.slope_slider.setToolTip(
            self.tr(
                "Leaky ReLU: g(z) = max(a·z, z), so g′(z) = a for z ≤ 0 and 1 for z > 0 (course: a = 0.01)"
            )
        )
        for name in ACTIVATION_NAMES:
            self.function_combo.addItem(display_name(name), name)
        self.formula_label = QLabel()
        self.formula_label.setTextFormat(Qt.TextFormat.RichText)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.zone_note = QLabel()
        self.zone_note.setWordWrap(True)
        self.nonlinear_button = WrapButton(self.tr("Why nonlinear?  Open the shallow network"))
        self.nonlinear_button.setToolTip(
            self.tr("Train the shallow network with g(z) = z in its hidden layer: the decision "
                    "boundary stays a straight line (course §3.7)")
        )  # fmt: skip
        self.nonlinear_note = QLabel(
            self.tr("With g(z) = z: a<sup>[2]</sup> = W<sup>[2]</sup>(W<sup>[1]</sup>x + "
                    "b<sup>[1]</sup>) + b<sup>[2]</sup> = W′x + b′, one linear map.")
        )  # fmt: skip
        self.nonlinear_note.setWordWrap(True)
        self._build_layout()
        self._connect()
        self.render(self._engine.snapshot())

    # -- Lesson -----------------------------------------------------------------------

    @property
    def engine(self) -> ProbeSweep:
        return self._engine

    def render(self, snapshot: ProbeSnapshot) -> None:
        self._snapshot = snapshot
        drawn = (snapshot.z_min, snapshot.z_max, snapshot.slope)
        if drawn != self._drawn:  # resample only when the range or the slope changed
            self._drawn = drawn
            curves = sample_curves(snapshot.z_min, snapshot.z_max, slope=snapshot.slope)
            self.plots.set_curves(curves)
            self.probe_slider.set_range(snapshot.z_min, snapshot.z_max)
            self.table.set_range(snapshot.z_max)
            self.range_slider.set_value(snapshot.z_max)
            self.slope_slider.set_value(snapshot.slope)
            self._show_selected(snapshot)
        if self._slider_cadence.due(self.live):
            self.probe_slider.set_value(snapshot.z)
        self.plots.set_probe(snapshot.z, snapshot.values)
        if self._table_cadence.due(self.live):  # a step, a drag or the pause: at once
            self.table.set_values(snapshot.z, snapshot.values)

    def status_text(self, snapshot: ProbeSnapshot) -> str:
        parts = [f"z = {snapshot.z:.2f}"]
        for v in self._shown_values(snapshot):
            g, g_prime = format_value(v.g), format_value(v.g_prime)
            parts.append(f"{display_name(v.name)}: g = {g}, g′ = {g_prime}")
        return "   ".join(parts)

    def prepare_screenshot(self) -> None:
        """All five curves, sigmoid selected, the default range and slope; then the sweep."""
        for name in ACTIVATION_NAMES:
            self.table.checks[name].setChecked(True)
        self.function_combo.setCurrentIndex(ACTIVATION_NAMES.index(SCREENSHOT_FUNCTION))
        self._engine.set_z_max(DEFAULT_Z_MAX)
        self._engine.set_slope(LEAKY_SLOPE)
        super().prepare_screenshot()
        self.changed.emit()

    # -- building ------------------------------------------------------------------------

    def _build_layout(self) -> None:
        panel = QWidget()
        font = panel.font()
        font.setPointSize(PANEL_PT)
        panel.setFont(font)
        formula_font = self.formula_label.font()
        formula_font.setPointSize(FORMULA_PT)
        self.formula_label.setFont(formula_font)
        z_font = QFont(formula_font)  # plain text in bold: no rich-text layout per number
        z_font.setBold(True)
        self.table.z_label.setFont(z_font)
        column = QVBoxLayout(panel)
        column.setContentsMargins(6, 2, 6, 2)
        column.setSpacing(4)
        probe_box = QGroupBox(self.tr("At the probe"))
        probe_layout = QVBoxLayout(probe_box)
        probe_layout.setContentsMargins(6, 2, 6, 4)
        probe_layout.setSpacing(2)
        probe_layout.addWidget(self.table)
        probe_layout.addWidget(self.probe_slider)
        column.addWidget(probe_box)
        selected_box = QGroupBox(self.tr("Selected function (shaded zones)"))
        selected_layout = QVBoxLayout(selected_box)
        selected_layout.setContentsMargins(6, 4, 6, 4)
        selected_layout.addWidget(self.function_combo)
        selected_layout.addWidget(self.formula_label)
        selected_layout.addWidget(self.advice_label)
        selected_layout.addWidget(self.zone_note)
        column.addWidget(selected_box)
        column.addWidget(self.range_slider)
        column.addWidget(self.slope_slider)
        column.addWidget(self.nonlinear_button)
        column.addWidget(self.nonlinear_note)
        column.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.plots, 1)
        scroll = SideScroll(panel, max_width=PANEL_WIDTH)  # a short screen scrolls it, never clips
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        row.addWidget(scroll)

    def main_view(self) -> QWidget:
        return self.plots

    def _connect(self) -> None:
        self.plots.probe_dragged.connect(self._on_probe_moved)
        self.plots.visibility_toggled.connect(self._on_plots_visibility_toggled)
        self.table.shown_changed.connect(self._on_table_shown_changed)
        self.probe_slider.value_changed.connect(self._on_probe_moved)
        self.range_slider.value_changed.connect(self._on_range_slider_value_changed)
        self.slope_slider.value_changed.connect(self._on_slope_slider_value_changed)
        self.function_combo.currentIndexChanged.connect(self._on_function_combo_changed)
        self.nonlinear_button.clicked.connect(self._on_nonlinear_button_clicked)

    # -- view state ------------------------------------------------------------------------

    @property
    def selected(self) -> str:
        return self.function_combo.currentData()

    def _shown_values(self, snapshot: ProbeSnapshot) -> list[ProbeValue]:
        return [v for v in snapshot.values if self.table.is_shown(v.name)]

    def _show_selected(self, snapshot: ProbeSnapshot) -> None:
        """Formula, advice and shaded zones of the selected function, at the snapshot's slope."""
        name = self.selected
        self.formula_label.setText(formula_html(name, snapshot.slope))
        self.advice_label.setText(advice(name))
        zones = saturation_zones(name, snapshot.z_min, snapshot.z_max, slope=snapshot.slope)
        self.plots.set_zones(zones, name)
        percent = f"{100 * SATURATION_FRACTION:g}%"
        if zones:
            note = self.tr("Shaded: |g′(z)| below {p} of its peak, where gradients vanish.")
        else:
            note = self.tr("No zone on this range: |g′(z)| stays above {p} of its peak.")
        self.zone_note.setText(f"<i>{note.format(p=percent)}</i>")

    # -- slots -------------------------------------------------------------------------------

    def _on_probe_moved(self, z: float) -> None:
        """The probe line was dragged or the probe slider moved."""
        self._engine.set_z(z)
        self.changed.emit()

    def _on_range_slider_value_changed(self, z_max: float) -> None:
        self.apply_changes(z_max=z_max)  # Lesson's one path: validated in core, refused with a note

    def _on_slope_slider_value_changed(self, slope: float) -> None:
        self.apply_changes(slope=slope)

    def show_config(self) -> None:
        self.range_slider.set_value(self._engine.z_max)
        self.slope_slider.set_value(self._engine.slope)

    def _on_table_shown_changed(self, name: str, shown: bool) -> None:
        self.plots.set_shown(name, shown)
        self.changed.emit()  # the probe's dots, table and status line follow

    def _on_plots_visibility_toggled(self, name: str, shown: bool) -> None:
        self.table.set_shown(name, shown)
        self.plots.set_shown(name, shown)
        self.changed.emit()

    def _on_function_combo_changed(self, _index: int) -> None:
        if self._snapshot is not None:
            self._show_selected(self._snapshot)

    def _on_nonlinear_button_clicked(self) -> None:
        self.navigate.emit(*LINEAR_REQUEST)
