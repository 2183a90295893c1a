"""The deep-network lesson: depth, initialization scale, vanishing and exploding gradients,
bias and variance, regularization, mini-batches and optimizers, live (course 1 week 4, 002, 003)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QStackedWidget, QWidget

from core.deep_run.config import DEEP_DEFAULT
from core.deep_run.experiments import EXPERIMENTS
from core.deep_run.snapshot import DeepSnapshot
from core.deep_run.sweep import DeepSweep, DeepSweepSnapshot
from core.deep_run.trainer import DeepLessonTrainer
from core.drawing import add_point, remove_nearest
from visualizer.core_messages import translated_error
from visualizer.lessons.base import Lesson
from visualizer.lessons.deep.compare_page import ComparePage
from visualizer.lessons.deep.sidebar import DeepSidebar
from visualizer.lessons.deep.single_page import STATS_INTERVAL_S, SinglePage, pct
from visualizer.lessons.deep.texts import course_finding, experiment_title

GENERATOR_FIELDS = {"dataset", "m", "noise", "data_seed"}
_TRAINED: dict[tuple[str, int], dict] = {}  # screenshot states already trained in this process
MAPS_INTERVAL_S = 0.04  # while training, the plane's maps are recomputed 25 times a second


class DeepNetworkLesson(Lesson):
    """One L-layer run (free play or a one-run experiment), or the course's runs side by side."""

    key = "deep-network"
    title = QT_TRANSLATE_NOOP("Lesson", "Deep network")
    screenshot_steps = 1500
    saves_sessions = True
    takes_data = True
    what_to_look_at = QT_TRANSLATE_NOOP(
        "DeepNetworkLesson",
        "Add layers with + and watch ‖dW[l]‖ per layer (log axis): with sigmoid and randn · 0.01 the "
        "first layers' gradients vanish, with randn · 10 the cost starts huge. The strip shows where each "
        "layer's activations sit (all at 0: dead ReLUs; at the ends: saturated). Train and dev error give "
        "the course's diagnosis: high bias or high variance. Course: 001/004 week 4, 002, 003 parts 3-5.",
    )

    def __init__(
        self, parent: QWidget | None = None, *, engine: DeepLessonTrainer | DeepSweep | None = None
    ) -> None:
        super().__init__(parent)
        self._trainer = engine if isinstance(engine, DeepLessonTrainer) else DeepLessonTrainer(DEEP_DEFAULT)
        self._sweep = engine if isinstance(engine, DeepSweep) else None
        self._experiment = ""
        self.sidebar = DeepSidebar(self._trainer.config)
        self.single = SinglePage()
        self._compare: ComparePage | None = None  # runs side by side: built after the first paint
        self.pages = QStackedWidget()
        self.pages.addWidget(self.single)
        self.build_later(lambda: self.compare)
        scroll = QScrollArea()
        scroll.setWidget(self.sidebar)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(self.sidebar.minimumSizeHint().width() + 24)
        scroll.setMaximumWidth(self.sidebar.sizeHint().width() + 24)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scroll)
        layout.addWidget(self.pages, 1)
        self.sidebar.field_edited.connect(self._on_sidebar_field_edited)
        self.sidebar.experiment_chosen.connect(self._on_sidebar_experiment_chosen)
        self.sidebar.new_seed_requested.connect(self._on_sidebar_new_seed_requested)
        self.sidebar.dev_points_toggled.connect(self.single.boundary.show_test_points)
        self.single.boundary.plane_clicked.connect(self._on_boundary_plane_clicked)
        self.sidebar.draw_class.currentIndexChanged.connect(
            lambda _i: self.single.boundary.set_drawing(self.sidebar.draw_class.currentData() is not None)
        )
        self._show_config()

    @property
    def compare(self) -> ComparePage:
        """The page of runs side by side (an experiment's sweep), built on first use."""
        if self._compare is None:
            self._compare = ComparePage()
            self.pages.addWidget(self._compare)
        return self._compare

    # -- Lesson --------------------------------------------------------------------------------
    @property
    def engine(self) -> DeepLessonTrainer | DeepSweep:
        return self._sweep if self._sweep is not None else self._trainer

    @property
    def trainer(self) -> DeepLessonTrainer:
        """The single run (free play or a one-run experiment)."""
        return self._trainer

    def main_view(self) -> QWidget:
        """The decision boundary; with runs side by side, the page of runs as a whole."""
        page = self.pages.currentWidget()
        return self.single.boundary if page is self.single else page

    def render(self, s: DeepSnapshot | DeepSweepSnapshot) -> None:
        if isinstance(s, DeepSweepSnapshot):
            self.pages.setCurrentWidget(self.compare)
            self.compare.render(s)
        else:
            self.pages.setCurrentWidget(self.single)
            self.single.render(s, self.live)

    def status_text(self, s: DeepSnapshot | DeepSweepSnapshot) -> str:
        if isinstance(s, DeepSweepSnapshot):
            return self.tr("Iteration {0:,} · {1} runs in lockstep").format(s.step, len(s.runs))
        cost = s.train_cost if math.isfinite(s.train_cost) else float("nan")
        return self.tr("Iteration {0:,} · epoch {1:,} · J {2:.4f} · α {3:.3g} · train {4} · dev {5}").format(
            s.step, s.epoch, cost, s.learning_rate, pct(1 - s.train_error), pct(1 - s.dev_error)
        )

    # -- the user's changes ---------------------------------------------------------------------
    # Lesson.apply_changes validates, translates a refusal and says a restart; these are its hooks.
    # Runs side by side (a DeepSweep) take a change all together, as one run does; a change of what
    # they compare (the init of the initialization runs, ...) leaves them for one network.
    def new_config(self, changes: dict[str, Any]) -> Any:
        if self._sweep is not None:
            return self._sweep.changed(**changes)  # validated for every run
        return self._trainer.config.changed(**changes)

    def before_change(self, changes: dict[str, Any]) -> None:
        sweep = self._sweep
        if sweep is not None and not sweep.alters_comparison(sweep.changed(**changes)):
            return  # every run takes it (DeepSweep.apply_config); the experiment stays on screen
        if sweep is not None:  # the change is what the runs compare: one network, same data
            self._trainer = DeepLessonTrainer(sweep.config)
        self._sweep, self._experiment = None, ""
        if self._trainer.has_custom_data and GENERATOR_FIELDS & set(changes):
            self._trainer.set_data(None, None)

    def show_config(self) -> None:
        self._show_config()

    def _on_sidebar_field_edited(self, field: str, value: Any) -> None:
        self.apply_changes(**{field: value})

    def _on_sidebar_new_seed_requested(self) -> None:
        self.apply_changes(data_seed=(self._trainer.config.data_seed + 1) % 2**32)

    def _on_sidebar_experiment_chosen(self, key: str) -> None:
        self.load_experiment(key)

    def load_experiment(self, key: str) -> None:
        """Set up the course's experiment `key` ("" for free play) at step 0."""
        self._experiment = key
        experiment = EXPERIMENTS.get(key)
        if experiment is None:
            self._sweep = None
        elif len(experiment.runs) == 1:
            self._sweep = None
            self._trainer = DeepLessonTrainer(experiment.runs[0].config)
            if key == "vanishing":  # its point is the gradients: with the curves in tabs, theirs first
                self.single.curve_tabs.setCurrentWidget(self.single.grads)
        else:
            self._sweep = DeepSweep([r.config for r in experiment.runs], [r.label for r in experiment.runs])
            self.compare.set_experiment(experiment)
        self._show_config()
        if experiment is not None:
            self.message.emit(self.tr("{0}: press Run").format(experiment_title(key)))
        self.changed.emit()

    def _show_config(self) -> None:
        """The controls show the run; every engine change passes here (so it is paced here too)."""
        for trainer in self._sweep.trainers if self._sweep is not None else [self._trainer]:
            trainer.maps_interval_s = MAPS_INTERVAL_S
            trainer.stats_interval_s = STATS_INTERVAL_S  # as often as the strip and the banner draw them
        t = self._trainer
        self.sidebar.show_config(self.engine.config)  # a sweep's runs share the data
        self.sidebar.show_experiment(self._experiment)
        self.sidebar.show_custom_data(t.data[0].shape[1] if t.has_custom_data else None)
        note = self.single.experiment_note
        single_experiment = self._experiment and self._sweep is None
        note.setVisible(bool(single_experiment))
        if single_experiment:
            note.setText(f"<b>{experiment_title(self._experiment)}</b>: {course_finding(self._experiment)}")

    def _on_boundary_plane_clicked(self, x1: float, x2: float, remove: bool) -> None:
        label = self.sidebar.draw_class.currentData()
        if label is None:
            self.message.emit(self.tr("To draw points, choose a class under “Click adds”."))
            return
        split = self._trainer.split()
        try:
            if remove:
                split = remove_nearest(split, x1, x2, self.single.boundary.view_size())
            else:
                split = add_point(split, x1, x2, label)
            self._trainer.set_split(*split)
        except ValueError as exc:
            self.message.emit(self.tr("Not changed: {0}").format(translated_error(exc)))
            return
        self._show_config()
        self.changed.emit()

    # -- data, sessions, export ------------------------------------------------------------------
    def current_data(self) -> tuple[np.ndarray, np.ndarray]:
        return self._trainer.data

    def import_data(self, X: np.ndarray, Y: np.ndarray) -> None:
        self._trainer.set_data(X, Y)
        self._sweep, self._experiment = None, ""
        self._show_config()
        self.message.emit(self.tr("Training from step 0 on {0} imported points").format(X.shape[1]))
        self.changed.emit()

    def session_state(self) -> dict:
        state = {"trainer": self._trainer.state(), "experiment": self._experiment}
        if self._sweep is not None:
            state["sweep"] = self._sweep.state()
        return state

    def restore_session(self, state: dict) -> None:
        if not isinstance(state, dict) or "trainer" not in state:
            raise ValueError(self.tr("the session holds no deep-network run"))
        trainer = DeepLessonTrainer.from_state(state["trainer"])  # raises before anything changes
        sweep = DeepSweep.from_state(state["sweep"]) if state.get("sweep") is not None else None
        experiment = state.get("experiment", "")
        experiment = experiment if isinstance(experiment, str) and experiment in EXPERIMENTS else ""
        self._trainer, self._sweep, self._experiment = trainer, sweep, experiment
        if sweep is not None and self._experiment:
            self.compare.set_experiment(EXPERIMENTS[self._experiment])
        self._show_config()
        self.changed.emit()

    def trained_parameters(self) -> tuple[dict, dict]:
        if self._sweep is not None:
            s = self._sweep.snapshot()
            runs = {label: dict(r.parameters) for label, r in zip(s.labels, s.runs, strict=True)}
            return runs, {"lesson": self.key, "step": s.step, "experiment": self._experiment}
        s = self._trainer.snapshot()
        return dict(s.parameters), {
            "lesson": self.key,
            "step": s.step,
            "config": s.config.to_dict(),
            "layer_dims": list(s.layer_dims),
        }

    def cost_histories(self) -> dict[str, tuple]:
        if self._sweep is not None:
            s = self._sweep.snapshot()
            return {
                label: (r.cost_steps, r.cost_values, r.dev_steps, r.dev_values)
                for label, r in zip(s.labels, s.runs, strict=True)
            }
        s = self._trainer.snapshot()
        return {
            "layers=" + "-".join(map(str, s.layer_dims)): (
                s.cost_steps,
                s.cost_values,
                s.dev_steps,
                s.dev_values,
            )
        }

    # -- screenshots ---------------------------------------------------------------------------
    def prepare_screenshot(self) -> None:
        self._trainer = DeepLessonTrainer(DEEP_DEFAULT)
        self.load_experiment("")  # shows the new run (changed)
        super().prepare_screenshot()

    def extra_screenshots(self) -> list:
        """The course's initialization runs at its 15,000 iterations, vanishing and exploding gradients."""

        def experiment(key: str, steps: int):
            def prepare() -> None:
                self.load_experiment(key)
                saved = _TRAINED.get((key, steps))
                if saved is None:  # trained once per process: several tests take screenshots
                    self.engine.step(steps)
                    _TRAINED[(key, steps)] = self.session_state()
                else:
                    self.restore_session(saved)

            return prepare

        return [
            ("init", experiment("init", 15_000)),
            ("vanishing", experiment("vanishing", 500)),
            ("exploding", experiment("exploding", 100)),
        ]
