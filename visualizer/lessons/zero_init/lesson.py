"""The zero-initialization lesson: a symmetric copy whose units stay alike, and a random twin."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.plane_maps import MapRequest
from core.twin import TwinConfig, TwinEngine, TwinSnapshot
from visualizer.lessons.base import Lesson
from visualizer.lessons.zero_init.colors import RANDOM_COLOR, SYMMETRIC_COLOR
from visualizer.lessons.zero_init.controls import TwinControls
from visualizer.lessons.zero_init.copy_panel import TABLE_EVERY_S, CopyPanel
from visualizer.lessons.zero_init.slow_parts import SlowParts
from visualizer.lessons.zero_init.symmetry_plot import SymmetryPlots
from visualizer.lessons.zero_init.texts import case_line, course_text
from visualizer.numbers import number
from visualizer.widgets.side_scroll import SideScroll

GRID_RESOLUTION = 60
# While running, each copy's unit maps ten times a second (the boundary: every frame): twenty
# cost ~1 ms a frame more (two mosaics painted, 2 x n_h maps computed) for a change the eye
# barely follows in twelve small tiles.
UNITS_EVERY_S = 0.1
# While running, each curve plot ten times a second, in turns with the other slow parts (their
# ends move a pixel now and then; setting and painting a plot's two curves took ~2-3 ms each
# time here); the copies' boundaries every frame.
CURVES_EVERY_S = 0.1
CONTROLS_WIDTH = 330
SHORT_HEIGHT = 430  # px at NORMAL_PT (more with larger fonts): below it the curves go beside
NORMAL_PT = 11
SCREENSHOT_CONFIG = TwinConfig(init="constant", init_constant=0.5, n_h=6)


def _config_dict(config: TwinConfig) -> dict:
    return {f.name: getattr(config, f.name) for f in fields(config)}


class ZeroInitLesson(Lesson):
    """Two copies of one network side by side; the controller trains both in lockstep."""

    key = "zero-init"
    title = QT_TRANSLATE_NOOP("Lesson", "Zero initialization")
    screenshot_steps = 2000
    takes_data = True
    what_to_look_at = QT_TRANSLATE_NOOP(
        "ZeroInitLesson",
        "Left, every weight starts equal: all hidden units compute the same function and get "
        "the same gradient, so their maps stay identical however long it trains (the "
        "difference stays 0). Right, W = randn · 0.01 breaks the symmetry and the units learn "
        "different features. Course: 004 §3.11 (random initialization).",
    )

    def __init__(self, parent: QWidget | None = None, *, engine: TwinEngine | None = None) -> None:
        super().__init__(parent)
        self._engine = engine if engine is not None else TwinEngine(TwinConfig())
        self._engine.request_maps(MapRequest(GRID_RESOLUTION, GRID_RESOLUTION, UNITS_EVERY_S))
        self.controls = TwinControls()
        self.controls.show_config(self._engine.config)
        self.controls.setting_changed.connect(self._on_controls_setting_changed)
        self.controls.perturb_clicked.connect(self._on_controls_perturb_clicked)
        self.explanation = QLabel(course_text())
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 4, 4, 4)
        side_layout.addWidget(self.controls)
        side_layout.addWidget(self.explanation, 1)
        scroll = SideScroll(side, max_width=CONTROLS_WIDTH)
        self.case = QLabel()
        self.case.setWordWrap(True)
        self.case.setStyleSheet(
            "background: #fff6d5; border: 1px solid #e0c060; padding: 4px; font-size: 13pt;"
        )
        self.symmetric_panel = CopyPanel(self.tr("Symmetric copy"), SYMMETRIC_COLOR)
        self.random_panel = CopyPanel(self.tr("Random twin: W = randn · 0.01"), RANDOM_COLOR)
        # while running, at most one of these a frame (each costs 1-3 ms): a copy's new unit maps
        # (as core makes them, ten times a second), its weights table, one of the two curve plots
        self.slow = SlowParts({
            "maps symmetric": float("inf"), "maps random": float("inf"),
            "table symmetric": TABLE_EVERY_S, "table random": TABLE_EVERY_S,
            "measure": CURVES_EVERY_S, "cost": CURVES_EVERY_S,
        })  # fmt: skip
        self.copies = QWidget()  # the two copies side by side: the lesson's main picture
        panels = QHBoxLayout(self.copies)
        panels.setContentsMargins(0, 0, 0, 0)
        panels.addWidget(self.symmetric_panel)
        panels.addWidget(self.random_panel)
        self.plots = SymmetryPlots()
        # The curves go under the copies, or beside them on a short screen (large fonts on a
        # 720-line projector): squeezed under them, the copies' titles would overprint.
        self._body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.addWidget(self.copies, 5)
        self._body.addWidget(self.plots, 3)
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.addWidget(self.case)
        main.addLayout(self._body, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(main, 1)

    def main_view(self) -> QWidget:
        return self.copies

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        short = self.height() < SHORT_HEIGHT * self.font().pointSizeF() / NORMAL_PT
        direction = QBoxLayout.Direction.LeftToRight if short else QBoxLayout.Direction.TopToBottom
        if self._body.direction() != direction:
            self._body.setDirection(direction)
            self._body.setStretch(1, 1 if short else 3)  # beside: a quarter of the width
            self._body.setStretch(0, 3 if short else 5)
            self.plots.set_stacked(short)
            for panel in (self.symmetric_panel, self.random_panel):
                panel.set_compact(short)

    @property
    def engine(self) -> TwinEngine:
        return self._engine

    def render(self, snapshot: TwinSnapshot) -> None:
        config = snapshot.config
        start = (
            self.tr("W = 0")
            if config.init == "zeros"
            else self.tr("every weight = %1").replace("%1", f"{config.init_constant:g}")
        )
        self.symmetric_panel.title.setText(self.tr("Symmetric copy: {0}").format(start))
        copies = (("symmetric", self.symmetric_panel, snapshot.symmetric),
                  ("random", self.random_panel, snapshot.random))  # fmt: skip
        waiting = [f"maps {name}" for name, panel, run in copies if panel.maps_waiting(run)]
        parts = self.slow.pick(self.live, waiting)
        for name, panel, run in copies:
            panel.show_snapshot(run, self.live, f"table {name}" in parts, f"maps {name}" in parts)
        if "measure" in parts:
            self.plots.show_measure(snapshot)
        if "cost" in parts:
            self.plots.show_cost(snapshot)
        self.case.setText(case_line(config, bool(snapshot.perturbations)))

    def status_text(self, snapshot: TwinSnapshot) -> str:
        def cost(value: float) -> str:  # 6 digits: the two copies' costs differ late
            return number(value, 6)

        s, r = snapshot.symmetric, snapshot.random
        stopped = self.tr(" · stopped: a copy diverged (lower α, Reset)") if snapshot.stopped else ""
        line = self.tr("Iteration {0} · J symmetric {1}, random {2} · unit difference {3} vs {4}")
        return line.format(
            f"{snapshot.step:,}", cost(s.train_cost), cost(r.train_cost),
            f"{snapshot.symmetric_measure:.1e}", f"{snapshot.random_measure:.1e}",
        ) + stopped  # fmt: skip

    def trained_parameters(self) -> tuple[dict, dict]:
        s = self._engine.snapshot()
        runs = {"symmetric": dict(s.symmetric.parameters), "random": dict(s.random.parameters)}
        return runs, {"lesson": self.key, "step": s.step, "config": _config_dict(s.config)}

    def cost_histories(self) -> dict[str, tuple]:
        s = self._engine.snapshot()
        return {name: (r.cost_steps, r.cost_values, r.test_cost_steps, r.test_cost_values)
                for name, r in (("symmetric", s.symmetric), ("random", s.random))}  # fmt: skip

    def current_data(self) -> tuple[Any, Any]:
        return self._engine.data

    def import_data(self, X: Any, Y: Any) -> None:
        self._engine.set_data(X, Y)  # validates first: a bad set changes nothing
        self.message.emit(
            self.tr("Both copies start over on %1 imported points; pick a data set to go back.").replace(
                "%1", str(X.shape[1])
            )
        )
        self.changed.emit()

    def prepare_screenshot(self) -> None:
        """2,000 steps from every weight = 0.5: the left units have moved and are still one map
        repeated n_h times (W = 0 would show blank maps), the right ones all differ."""
        self._engine.apply_config(SCREENSHOT_CONFIG)
        self.controls.show_config(SCREENSHOT_CONFIG)
        super().prepare_screenshot()

    # -- the user's changes: Lesson.apply_changes, with these hooks -------------------------
    def show_config(self) -> None:
        self.controls.show_config(self._engine.config)

    def change_note(self, changes: dict[str, Any], restarted: bool) -> str:
        return self.tr("Started over with the new settings (both copies).") if restarted else ""

    def _on_controls_setting_changed(self, name: str, value: object) -> None:
        self.apply_changes(**{name: value})

    def _on_controls_perturb_clicked(self) -> None:
        unit = self._engine.perturb_unit()
        self.message.emit(
            self.tr("Unit %1 of the symmetric copy nudged by 0.01 · randn.").replace("%1", str(unit + 1))
        )
        self.changed.emit()
