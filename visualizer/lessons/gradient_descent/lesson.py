"""The gradient-descent lesson: logistic regression's cost J as a 3D bowl and a contour map, with the
descent paths of several optimizers drawn step by step (seeds/000 §2.5, 003 "成本函数3D", "归一化输入").
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.descent import DescentConfig, DescentEngine, DescentSnapshot, Surface
from visualizer.cadence import Cadence
from visualizer.lessons.base import Lesson
from visualizer.lessons.gradient_descent.controls import DescentControls, optimizer_label, racer_status
from visualizer.lessons.gradient_descent.cost_levels import color_scale, contour_levels
from visualizer.lessons.gradient_descent.cost_map import CostMap
from visualizer.lessons.gradient_descent.readout import ReadoutSlot
from visualizer.numbers import number
from visualizer.widgets.side_scroll import SideScroll
from visualizer.widgets.surface_3d import Surface3D, opengl_available
from visualizer.widgets.wrap_label import WrapLabel

COLORS = {"gd": "#e6194b", "momentum": "#ff9f1c", "rmsprop": "#00c2ff", "adam": "#f032e6"}
COLORMAP = "viridis"
NO_GL_NOTE = QT_TRANSLATE_NOOP("GradientDescentLesson", "3D view needs OpenGL; showing J as a heatmap")
# A learning rate that works in each mode: the raw 2-feature bowl needs a small one.
MODE_RATES = {"w_b": 1.0, "w1_w2": 0.05}
# The 3D camera (elevation, azimuth): from the low corner across the bowl; for two features,
# from high up along the valley (it runs along w1 until the inputs are normalized).
CAMERAS = {"w_b": (30.0, -50.0), "w1_w2": (50.0, -160.0)}
SCREENSHOT_CONFIG = DescentConfig(
    learning_rate=0.8, optimizers=("gd", "momentum", "rmsprop", "adam"), start=(-4.5, 5.5)
)
SCREENSHOT_STEPS = 40
READOUT_EVERY_S = 0.2  # while running, the table of numbers follows five times a second
# Without OpenGL the heatmap standing in for the 3D pane repeats the contour map's paths: while
# running it follows 20 times a second (its paths cost ~2 ms a frame), the contour map every frame.
FALLBACK_EVERY_S = 0.05


def _rgba(hex_color: str) -> tuple[float, float, float, float]:
    c = pg.mkColor(hex_color)
    return (c.redF(), c.greenF(), c.blueF(), 1.0)


class GradientDescentLesson(Lesson):
    """Start anywhere on J and watch each step; several optimizers race in distinct colors."""

    key = "gradient-descent"
    title = QT_TRANSLATE_NOOP("Lesson", "Gradient descent")
    screenshot_steps = SCREENSHOT_STEPS
    what_to_look_at = QT_TRANSLATE_NOOP(
        "GradientDescentLesson",
        "Each step moves against the gradient: w := w − α dw, b := b − α db. With "
        "cross-entropy J(w, b) is one convex bowl, so every start reaches the minimum; too "
        "large an α overshoots or diverges. Compare how the optimizers' paths differ. Course: "
        "000 §2.5 (gradient descent).",
    )

    def __init__(self, parent: QWidget | None = None, *, engine: DescentEngine | None = None) -> None:
        super().__init__(parent)
        self._engine = engine if engine is not None else DescentEngine()
        self._shown_surface: Surface | None = None
        self._readout_cadence = Cadence(READOUT_EVERY_S)
        self._fallback_cadence = Cadence(FALLBACK_EVERY_S)
        cmap = pg.colormap.get(COLORMAP)
        self._lut = cmap.getLookupTable(0.0, 1.0, 256)
        self._cmap = cmap
        self.controls = DescentControls(COLORS)
        self.controls.edited.connect(self._on_controls_edited)
        self.controls.default_start_requested.connect(self._on_controls_default_start_requested)
        self.contour = CostMap(contours=True, clickable=True, legend=False)  # the readout names them
        self.contour.point_clicked.connect(self._on_contour_point_clicked)
        self.has_gl = opengl_available()
        self.surface3d: Surface3D | None = None
        self.fallback: CostMap | None = None
        if self.has_gl:
            self.surface3d = Surface3D()
            left = self._titled(self.tr("J in 3D (drag to rotate, wheel to zoom)"), self.surface3d)
        else:
            self.fallback = CostMap(contours=False, clickable=False)
            left = self._titled(self.tr(NO_GL_NOTE), self.fallback)
        right = self._titled(self.tr("Contour map (click to choose the start)"), self.contour)
        self.readout_slot = ReadoutSlot()  # its new text repaints the table alone (readout.py)
        self.readout = self.readout_slot.label
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._build_layout(left, right)
        self.controls.show_config(self._engine.config)
        self._update_note()

    # -- layout ----------------------------------------------------------------------------
    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        label = WrapLabel(title)  # wraps, rather than set the lesson's minimum width
        bold = label.font()
        bold.setBold(True)  # a font, not a style sheet: presentation mode can enlarge it
        label.setFont(bold)
        v.addWidget(label)
        v.addWidget(widget, 1)
        box.title_label = label  # type: ignore[attr-defined]
        return box

    def _build_layout(self, left: QWidget, right: QWidget) -> None:
        # The contour map, where the paths are drawn and the start is chosen, is the main
        # picture: it is the wider of the two; the readout runs under both.
        scroll = SideScroll(self.controls)
        plots = QHBoxLayout()
        plots.addWidget(left, 2)
        plots.addWidget(right, 3)
        column = QVBoxLayout()
        column.addWidget(self.note)
        column.addLayout(plots, 1)
        column.addWidget(self.readout_slot)
        outer = QHBoxLayout(self)
        outer.addWidget(scroll)
        outer.addLayout(column, 1)

    def main_view(self) -> QWidget:
        return self.contour

    # -- Lesson interface -----------------------------------------------------------------
    @property
    def engine(self) -> DescentEngine:
        return self._engine

    def render(self, snapshot: DescentSnapshot) -> None:
        if snapshot.surface is not self._shown_surface:
            self._show_surface(snapshot.surface)
        colors = [COLORS[r.name] for r in snapshot.racers]
        racers2d = [
            (optimizer_label(r.name), np.asarray(r.path), np.array([snapshot.start_gradient, r.gradient]), c)
            for r, c in zip(snapshot.racers, colors, strict=True)
        ]
        self.contour.set_racers(racers2d, snapshot.start)
        if self.fallback is not None and self._fallback_cadence.due(self.live):
            self.fallback.set_racers(racers2d, snapshot.start)
        if self.surface3d is not None:
            J0 = snapshot.racers[0].costs[0] if snapshot.racers else snapshot.surface.J_min
            paths = [
                (np.asarray(r.path), np.asarray(r.costs), _rgba(c))
                for r, c in zip(snapshot.racers, colors, strict=True)
            ]
            self.surface3d.set_paths(paths, snapshot.start, J0)
        if self._readout_cadence.due(self.live):  # numbers to read, not to watch: 5 times a second
            self.readout_slot.set_text(self._readout_html(snapshot), live=self.live)

    def status_text(self, snapshot: DescentSnapshot) -> str:
        parts = [self.tr("Step {0}").format(snapshot.step)]
        for r in snapshot.racers:
            label, status = optimizer_label(r.name), racer_status(r.diverged_at, r.converged_at)
            parts.append(f"{label}: {status}" if status else f"{label} J = {number(r.cost)}")
        return "   ·   ".join(parts)

    def prepare_screenshot(self) -> None:
        """A fixed start, three racers, a fixed number of steps."""
        self.set_config(SCREENSHOT_CONFIG)
        self._engine.step(self.screenshot_steps)

    # -- changes --------------------------------------------------------------------------
    def set_config(self, config: DescentConfig) -> None:
        """Adopt `config` (controls follow silently) and restart the race."""
        self._engine.apply_config(config)
        self.show_config()
        self.changed.emit()

    def show_config(self) -> None:
        """The controls and the note follow the engine's config (Lesson.apply_changes' hook)."""
        self.controls.show_config(self._engine.config)
        self._update_note()

    def change_note(self, changes: dict[str, Any], restarted: bool) -> str:
        return ""  # every change restarts the race where the user sees it: nothing to say

    def _on_controls_edited(self, field: str, value: Any) -> None:
        changes: dict[str, Any] = {field: value}
        if field == "mode":  # a new square: its own start, its own workable rate
            changes.update(start=None, normalize=False, learning_rate=MODE_RATES[value])
        self.apply_changes(**changes)

    def _on_contour_point_clicked(self, x: float, y: float) -> None:
        self.set_config(self._engine.config.changed(start=(round(x, 3), round(y, 3))))
        self.message.emit(self.tr("Start moved to ({0:.2f}, {1:.2f})").format(x, y))

    def _on_controls_default_start_requested(self) -> None:
        self.set_config(self._engine.config.changed(start=None))

    # -- drawing helpers ------------------------------------------------------------------
    def _show_surface(self, surface: Surface) -> None:
        J = np.asarray(surface.J)
        J_min, J_max = float(J.min()), float(J.max())
        t = color_scale(J, J_min, J_max)
        levels = contour_levels(J_min, J_max)
        args = (surface.p1, surface.p2, J)
        self.contour.set_surface(*args, t, self._lut, levels, surface.names, surface.minimum)
        if self.fallback is not None:
            linear = (J - J_min) / max(J_max - J_min, 1e-12)
            self.fallback.set_surface(*args, linear, self._lut, levels, surface.names,
                                      surface.minimum)  # fmt: skip
        if self.surface3d is not None:
            rgba = self._cmap.map(t.ravel(), mode="float").reshape(*t.shape, -1)
            camera = CAMERAS[self._engine.config.mode]
            self.surface3d.set_surface(*args, rgba, surface.names, camera=camera)
        self._shown_surface = surface

    def _update_note(self) -> None:
        c = self._engine.config
        if c.loss == "squared_error":
            text = self.tr("Squared error through the sigmoid is <b>not convex</b>: far from the "
                           "minimum J goes flat, and a path can stall on a plateau. That is why the "
                           "course uses cross-entropy.")  # fmt: skip
        elif c.mode == "w1_w2" and not c.normalize:
            text = self.tr(
                "x2 is 8 times larger than x1: J(w1, w2) is a long narrow valley, so only a "
                "small α is stable. Tick <i>Normalize inputs</i> to make the bowl round."
            )
        elif c.mode == "w1_w2":
            text = self.tr("Normalized inputs (mean 0, standard deviation 1): the bowl is round, and a "
                           "much larger α converges.")  # fmt: skip
        else:
            text = self.tr("Cross-entropy makes J(w, b) a convex bowl: every start slides down to the "
                           "one minimum (+). Each step: w := w − α dw, b := b − α db.")  # fmt: skip
        self.note.setText(text)

    def _readout_html(self, s: DescentSnapshot) -> str:
        n1, n2 = s.surface.names
        heads = (self.tr("optimizer"), self.tr("steps"), n1, n2, "J", "|∇J|", "")
        head = "".join(f"<th align='{'left' if not i else 'right'}'>&nbsp;{h}&nbsp;</th>"
                       for i, h in enumerate(heads))  # fmt: skip
        rows = []
        for r in s.racers:
            style = "color:#c00000; font-weight:bold;" if r.diverged_at is not None else ""
            cells = [str(len(r.path) - 1), number(r.theta[0]), number(r.theta[1]), number(r.cost),
                     number(r.grad_norm, 3)]  # fmt: skip
            tds = "".join(f"<td align='right'>&nbsp;{c}&nbsp;</td>" for c in cells)
            label, status = optimizer_label(r.name), racer_status(r.diverged_at, r.converged_at)
            rows.append(
                f"<tr><td style='color:{COLORS[r.name]}; font-weight:bold;'>&nbsp;{label}</td>"
                f"{tds}<td style='{style}'>&nbsp;{status}</td></tr>"
            )
        if not rows:
            none = self.tr("Tick an optimizer to start a race.")
            rows.append(f"<tr><td colspan='7'>&nbsp;{none}</td></tr>")
        step = self.tr("Step {0}").format(s.step)
        legend = self.tr(
            "Arrows point downhill (−∇J) from each current point; + marks the minimum, ○ the start."
        )
        return (
            f"<b>{step}</b> &nbsp; α = {s.config.learning_rate:g}"
            f"<table cellspacing='0'><tr>{head}</tr>{''.join(rows)}</table>"
            f"<span style='color:#555;'>{legend}</span>"
        )
