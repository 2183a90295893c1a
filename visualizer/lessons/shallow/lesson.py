"""Shallow-network lesson: a 2-n_h-1 net learns 2-D data; boundary, costs and hidden units live."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from core.config import TrainConfig
from core.drawing import add_point, remove_nearest
from core.plane_maps import MapRequest, PlaneMaps
from core.plane_trainer import PlaneTrainer
from core.trainer import Trainer, TrainSnapshot
from visualizer.cadence import Cadence
from visualizer.core_messages import translated_error
from visualizer.lessons.base import Lesson
from visualizer.lessons.shallow.sidebar import ShallowSidebar
from visualizer.numbers import number, percent
from visualizer.plots.boundary_plot import BoundaryPlot
from visualizer.plots.cost_plot import CostPlot
from visualizer.plots.mosaic_maps import MosaicMaps
from visualizer.widgets.fixed_label import FixedLabel
from visualizer.widgets.side_scroll import SideScroll
from visualizer.widgets.wrap_label import WrapLabel

BOUNDARY_RESOLUTION = 100
UNIT_RESOLUTION = 50
READOUT_WIDTH = 300  # at READOUT_PT; wider in proportion when the font grows
READOUT_PT = 15
COST_MIN_HEIGHT = 120
UNITS_MIN_HEIGHT = 24
MANY_UNITS = 10  # more hidden units than this: their maps are redrawn at UNITS_EVERY_S while running
UNITS_EVERY_S = 0.1
FEW_UNITS_EVERY_S = 0.05  # fewer: twenty times a second (every frame cost ~1 ms of render and paint)
BOUNDARY_EVERY_S = 0.05  # more hidden units than MANY_UNITS: the boundary twenty times a second
COST_EVERY_S = 0.05  # while running: the cost curves twenty times a second (each redraw ~2 ms here)
READOUT_EVERY_S = 0.1  # while running: accuracies and J ten times a second (rich text paints twice)
GENERATOR_FIELDS = {"dataset", "m", "noise", "data_seed"}  # they describe generated data


class ShallowNetworkLesson(Lesson):
    """The lesson a student opens first: the course's flower and a one-hidden-layer network."""

    key = "shallow-network"
    title = QT_TRANSLATE_NOOP("Lesson", "Shallow network")
    screenshot_steps = 5000
    saves_sessions = True
    takes_data = True
    what_to_look_at = QT_TRANSLATE_NOOP(
        "ShallowNetworkLesson",
        "Watch the decision boundary (black, A2 = 0.5) bend around the flower's petals as J "
        "falls, and compare training with test accuracy. Each hidden unit draws one soft line "
        "(the maps below); the output combines them. The logistic-regression baseline can "
        "only draw a straight line. Course: 004 §3.9, 003 part 2 (shallow neural networks).",
    )

    def __init__(self, parent: QWidget | None = None, *, engine: Trainer | None = None) -> None:
        super().__init__(parent)
        self._trainer = _plane_trainer(engine)
        self._shown: PlaneMaps | None = None  # the maps drawn last
        self._readout_cadence = Cadence(READOUT_EVERY_S)
        self._cost_cadence = Cadence(COST_EVERY_S)  # the boundary, the main picture, follows every frame
        self.sidebar = ShallowSidebar(self._trainer.config)
        self.boundary = BoundaryPlot()
        self.costs = CostPlot()
        self.units = MosaicMaps()
        self._readout_diverged = False  # the readout is sized for the divergence note only with one
        self.readout = FixedLabel(self._longest_readout, READOUT_WIDTH)
        font = self.readout.font()
        font.setPointSize(READOUT_PT)
        self.readout.setFont(font)  # a widget font, so presentation mode can enlarge it
        self.units_title = WrapLabel()  # a long sentence must not set the window's minimum width
        self._build_layout()
        self.sidebar.field_edited.connect(self._on_sidebar_field_edited)
        self.sidebar.new_seed_requested.connect(self._on_sidebar_new_seed_requested)
        self.sidebar.test_points_toggled.connect(self.boundary.show_test_points)
        self.boundary.plane_clicked.connect(self._on_boundary_plane_clicked)
        self.sidebar.draw_class.currentIndexChanged.connect(
            lambda _i: self.boundary.set_drawing(self.sidebar.draw_class.currentData() is not None)
        )
        self.show_config()  # an engine handed over may hold the user's own data

    def _build_layout(self) -> None:
        # The boundary, the lesson's main picture, fills the left column from top to bottom;
        # the cost, the readout and the unit maps share the narrower right column.
        scroll = SideScroll(self.sidebar)
        left = QVBoxLayout()  # two columns, each as tall as the lesson: their rows need not align
        left.addWidget(self.boundary, 1)
        left.addWidget(self.units_title)
        right = QVBoxLayout()
        right.addWidget(self.costs, 3)
        right.addWidget(self.readout)
        right.addWidget(self.units, 2)
        self.costs.setMinimumHeight(COST_MIN_HEIGHT)  # its axes and legend need this much
        self.units.setMinimumHeight(UNITS_MIN_HEIGHT)  # gives way first when the screen is short
        main = QHBoxLayout()
        main.addLayout(left, 3)
        main.addLayout(right, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(main, 1)

    def main_view(self) -> QWidget:
        return self.boundary

    def _longest_readout(self) -> str:
        """The readout's longest text (the widest cost, the divergence note while there is one), to
        size its label by. Reserved always, the note's empty lines squeezed the cost plot to a strip
        on a 720-line projector."""
        diverged_at = 10**9 if self._readout_diverged else None
        snapshot = self._trainer.snapshot()
        return self._readout_html(snapshot, diverged_at=diverged_at, step=10**9, cost=-8.888e-300)

    @property
    def engine(self) -> Trainer:
        return self._trainer

    def _request_maps(self) -> None:
        """Ask core for the boundary every frame and the unit maps twenty times a second while
        running, ten when there are many (n_h = 50 drew 50 maps a frame); with many units the
        boundary too only twenty times a second (100 x 100 points through 50 units cost ~9 ms);
        a pause or a step shows the final state exactly (core's exact snapshot)."""
        many = self._trainer.config.n_h > MANY_UNITS
        every_s, boundary_s = (UNITS_EVERY_S, BOUNDARY_EVERY_S) if many else (FEW_UNITS_EVERY_S, 0.0)
        self._trainer.request_maps(
            MapRequest(BOUNDARY_RESOLUTION, UNIT_RESOLUTION, every_s, every_s=boundary_s)
        )

    def render(self, s: TrainSnapshot) -> None:
        """Draws the maps core computed (s.plane): the view never runs the model."""
        maps, shown = s.plane, self._shown
        if maps is not None and maps is not shown:
            self.boundary.set_probabilities(maps.probability, maps.grid, (maps.contour_x, maps.contour_y))
        self.boundary.set_points(s.X_train, s.Y_train, s.X_test, s.Y_test)
        if self._cost_cadence.due(self.live):  # a curve grows a pixel or two a frame: drawn less often
            self.costs.set_curves(s.cost_steps, s.cost_values, s.test_cost_steps, s.test_cost_values)
        if s.config.model == "logistic" or maps is None:
            self._render_units(s, None)
        elif shown is None or maps.units is not shown.units:
            self._render_units(s, maps)  # new unit maps (many: ten times a second while running)
        self._shown = maps
        if (s.diverged_at is not None) != self._readout_diverged:  # rare: a run diverges or restarts
            self._readout_diverged = s.diverged_at is not None
            self.readout.refit()
            self.readout.setText(self._readout_html(s))
        elif self._readout_cadence.due(self.live):  # numbers nobody reads sixty times a second
            self.readout.setText(self._readout_html(s))

    def _render_units(self, s: TrainSnapshot, plane: PlaneMaps | None) -> None:
        if s.config.model == "logistic" or plane is None:
            self.units.set_count(0)
            self.units_title.setText(self.tr("Logistic regression has no hidden units: "
                                             "its boundary w·x + b = 0 is a straight line."))  # fmt: skip
            return
        self.units.set_maps(plane.units, plane.unit_grid, plane.unit_levels[0])  # levels: core's registry
        self.units_title.setText(
            self.tr(
                "Hidden units: each map is one unit's activation a = g(w·x + b) over the plane "
                "(green high, purple low). The output combines them."
            )  # fmt: skip
        )

    def _readout_html(
        self,
        s: TrainSnapshot,
        diverged_at: int | None = None,
        step: int | None = None,
        cost: float | None = None,
    ) -> str:
        pct, cost = percent, number(s.train_cost if cost is None else cost)
        lines = (
            self.tr("Training accuracy: <b>{0}</b>").format(pct(s.train_accuracy)),
            self.tr("Test accuracy: <b>{0}</b>").format(pct(s.test_accuracy)),
            # "iteration&nbsp;5,000": wrapped as one (the number alone went to the next line)
            self.tr("Cost J = <b>{0}</b> &nbsp; iteration&nbsp;{1:,}").format(cost, step or s.step),
        )
        html = f"<div>{'<br>'.join(lines)}</div>"
        diverged_at = s.diverged_at if diverged_at is None else diverged_at
        if diverged_at is not None:
            html += (
                "<div style='color:#c00000'><b>"
                + self.tr("Diverged at step {0}").format(diverged_at)
                + "</b>: "
                + self.tr("the cost is no longer finite. Lower the learning rate and press Reset.")
                + "</div>"
            )
        return html

    def status_text(self, s: TrainSnapshot) -> str:
        return self.tr("Iteration {0:,} · cost {1} · train {2} · test {3}").format(
            s.step, number(s.train_cost), percent(s.train_accuracy), percent(s.test_accuracy)
        )

    # -- the user's changes: Lesson.apply_changes, with these hooks -------------------------
    def before_change(self, changes: dict[str, Any]) -> None:
        if self._trainer.has_custom_data and GENERATOR_FIELDS & set(changes):
            self._trainer.set_data(None, None)  # a generator setting: back to generated data

    def _on_sidebar_field_edited(self, field: str, value: Any) -> None:
        self.apply_changes(**{field: value})

    def _on_sidebar_new_seed_requested(self) -> None:
        self.apply_changes(data_seed=(self._trainer.config.data_seed + 1) % 2**32)

    def show_config(self) -> None:
        self._request_maps()
        t = self._trainer
        self.sidebar.show_config(t.config)
        self.sidebar.show_custom_data(t.data[0].shape[1] if t.has_custom_data else None)

    def trained_parameters(self) -> tuple[dict, dict]:
        s = self._trainer.snapshot()
        return dict(s.parameters), {"lesson": self.key, "step": s.step, "config": s.config.to_dict()}

    def cost_histories(self) -> dict[str, tuple]:
        s = self._trainer.snapshot()
        run = "logistic" if s.config.model == "logistic" else f"n_h={s.config.n_h}"
        return {run: (s.cost_steps, s.cost_values, s.test_cost_steps, s.test_cost_values)}

    # -- the user's own data and sessions -----------------------------------------------------
    def current_data(self) -> tuple[np.ndarray, np.ndarray]:
        return self._trainer.data

    def import_data(self, X: np.ndarray, Y: np.ndarray) -> None:
        self._trainer.set_data(X, Y)  # validates first: a bad set changes nothing
        self.show_config()
        self.message.emit(self.tr("Training from step 0 on {0} imported points").format(X.shape[1]))
        self.changed.emit()

    def session_state(self) -> dict:
        return {"trainer": self._trainer.state()}

    def restore_session(self, state: dict) -> None:
        if not isinstance(state, dict) or "trainer" not in state:
            raise ValueError(self.tr("the session holds no shallow-network run"))
        self._trainer = PlaneTrainer.from_state(state["trainer"])  # raises before anything changes
        self.show_config()
        self.changed.emit()

    def _on_boundary_plane_clicked(self, x1: float, x2: float, remove: bool) -> None:
        label = self.sidebar.draw_class.currentData()
        if label is None:
            self.message.emit(self.tr("To draw points, choose a class under “Click adds”."))
            return
        split = self._trainer.split()
        try:
            if remove:
                split = remove_nearest(split, x1, x2, self.boundary.view_size())
            else:
                split = add_point(split, x1, x2, label)
            self._trainer.set_split(*split)
        except ValueError as exc:
            self.message.emit(self.tr("Not changed: {0}").format(translated_error(exc)))
            return
        self.show_config()
        self.changed.emit()

    def accept_request(self, request: Any) -> None:
        """From another lesson: e.g. {"activation": "linear"} for "Why nonlinear?"."""
        if isinstance(request, dict) and request:
            self.apply_changes(**request)


def _plane_trainer(engine: Trainer | None) -> PlaneTrainer:
    """The lesson's engine: a PlaneTrainer (its snapshots carry the maps); a plain Trainer handed
    over goes on where it was."""
    if isinstance(engine, PlaneTrainer):
        return engine
    return PlaneTrainer(TrainConfig()) if engine is None else PlaneTrainer.from_state(engine.state())
