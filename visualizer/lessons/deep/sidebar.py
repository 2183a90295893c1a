"""The deep lesson's controls: experiments, data, inputs, network, training. Reports edits only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.activations import ACTIVATION_NAMES
from core.config import TrainConfig
from core.datasets import DATASET_NAMES
from core.deep_run.config import (
    BATCH_SIZES,
    DEEP_INIT_SCHEMES,
)
from core.deep_run.experiments import EXPERIMENT_KEYS
from core.features import FEATURE_NAMES
from core.optimizers import OPTIMIZER_NAMES
from visualizer.activation_info import display_name
from visualizer.lessons.deep.diagram import FEATURE_TEXT
from visualizer.lessons.deep.layers_box import LayersBox
from visualizer.lessons.deep.texts import experiment_title, init_name, optimizer_name
from visualizer.names import dataset_label
from visualizer.widgets.draw_class import click_adds_label, draw_class_combo
from visualizer.widgets.param_slider import ParamSlider, range_spin_box


class DeepSidebar(QWidget):
    """`field_edited(name, value)` in TrainConfig's names (hidden_layers: the layers); `experiment_chosen`."""

    field_edited = Signal(str, object)
    experiment_chosen = Signal(str)
    new_seed_requested = Signal()
    dev_points_toggled = Signal(bool)

    def __init__(self, config: TrainConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        for box in (
            self._experiments_box(),
            self._data_box(),
            self._inputs_box(),
            self._network_box(),
            self._training_box(),
        ):
            layout.addWidget(box)
        layout.addStretch(1)
        for combo in self.findChildren(QComboBox):  # long names must not widen the sidebar
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.show_config(config)

    # -- helpers ------------------------------------------------------------------------------
    def _combo(self, field: str, items, label: Callable[[Any], str] = str) -> QComboBox:
        combo = QComboBox()
        for item in items:
            combo.addItem(label(item), item)
        combo.activated.connect(lambda i, c=combo: self.field_edited.emit(field, c.itemData(i)))
        return combo

    def _slider(self, field: str, label: str, value: float, range_key: str = "", **kw: Any) -> ParamSlider:
        """A slider for `field`, its span from core's RANGES (range_key, else the field's own)."""
        slider = ParamSlider.from_range(range_key or field, label, value, **kw)
        slider.value_changed.connect(lambda v: self.field_edited.emit(self._beta_field(field), v))
        return slider

    def _beta_field(self, field: str) -> str:
        """β1 is momentum's beta under momentum, β2 RMSprop's under RMSprop; else Adam's."""
        optimizer = self.optimizer.currentData() if hasattr(self, "optimizer") else None
        return {("beta1", "momentum"): "beta", ("beta2", "rmsprop"): "rms_beta"}.get(
            (field, optimizer), field
        )

    # -- boxes --------------------------------------------------------------------------------
    def _experiments_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Course experiments"))
        column = QVBoxLayout(box)
        self.experiment = QComboBox()
        self.experiment.addItem(self.tr("Your network (free play)"), "")
        for key in EXPERIMENT_KEYS:
            self.experiment.addItem(experiment_title(key), key)
        self.experiment.setToolTip(self.tr("One click sets everything as the course did; Run to watch"))
        self.experiment.activated.connect(lambda i: self.experiment_chosen.emit(self.experiment.itemData(i)))
        column.addWidget(self.experiment)
        return box

    def _data_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data"))
        column = QVBoxLayout(box)
        self.dataset = self._combo("dataset", DATASET_NAMES, dataset_label)
        self.dataset.setToolTip(self.tr("The 2-D data set; “(course)” are course 2's own circles and moons"))
        column.addWidget(self.dataset)
        self.data_note = QLabel()
        self.data_note.setWordWrap(True)
        self.data_note.setStyleSheet("color: #1f62b4; font-weight: bold")
        self.data_note.hide()
        column.addWidget(self.data_note)
        self.noise = self._slider(
            "noise",
            self.tr("Noise"),
            0.3,
            tooltip=self.tr("How far the points scatter around the shape (0: exact)"),
        )
        self.m = self._slider(
            "m",
            self.tr("Number of points m"),
            400,
            tooltip=self.tr("Examples m before the split: X has shape (2, m)"),
        )
        self.dev_ratio = self._slider(
            "test_ratio",
            self.tr("Dev (test) fraction"),
            0.2,
            tooltip=self.tr("Held out to measure the dev error (never trained on)"),
        )
        for w in (self.noise, self.m, self.dev_ratio):
            column.addWidget(w)
        self.seed_button = QPushButton(self.tr("Regenerate (new seed)"))
        self.seed_button.setToolTip(
            self.tr("Draw a new data set of the same kind (data seed + 1); starts over")
        )
        self.seed_button.clicked.connect(self.new_seed_requested.emit)
        column.addWidget(self.seed_button)
        form = QFormLayout()
        self.draw_class = draw_class_combo()
        form.addRow(click_adds_label(), self.draw_class)
        column.addLayout(form)
        self.show_dev = QCheckBox(self.tr("Show dev points"))
        self.show_dev.setChecked(True)
        self.show_dev.setToolTip(self.tr("Show the held-out dev points (open triangles) on the boundary"))
        self.show_dev.toggled.connect(self.dev_points_toggled.emit)
        column.addWidget(self.show_dev)
        return box

    def _inputs_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Input features"))
        grid = QGridLayout(box)
        self.features: dict[str, QCheckBox] = {}
        for i, name in enumerate(FEATURE_NAMES):
            check = QCheckBox(FEATURE_TEXT[name])
            check.setToolTip(
                self.tr("Feed {0} to the network as one row of A[0]; n_x follows").format(FEATURE_TEXT[name])
            )
            check.toggled.connect(lambda _on: self.field_edited.emit("features", self.chosen_features()))
            grid.addWidget(check, i // 3, i % 3)
            self.features[name] = check
        self.n_x = QLabel()
        grid.addWidget(self.n_x, 3, 0, 1, 3)
        box.setToolTip(
            self.tr("The rows of A[0] = X: with x1² and x2² even no hidden layer separates the circles")
        )
        return box

    def chosen_features(self) -> tuple[str, ...]:
        return tuple(name for name, check in self.features.items() if check.isChecked())

    def _network_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Network"))
        column = QVBoxLayout(box)
        self.layers = LayersBox()
        self.layers.hidden_edited.connect(lambda hidden: self.field_edited.emit("hidden_layers", hidden))
        column.addWidget(self.layers)
        form = QFormLayout()
        self.activation = self._combo("activation", ACTIVATION_NAMES, display_name)
        self.activation.setToolTip(self.tr("g of every hidden layer: A[l] = g(Z[l]); the output is σ"))
        self.init = self._combo("init", DEEP_INIT_SCHEMES, init_name)
        self.init.setToolTip(self.tr("How every W[l] starts (b = 0); changing it starts over"))
        self.init_seed = range_spin_box("init_seed", 3)
        self.init_seed.setToolTip(self.tr("The seed of the random start: the same seed, the same W[l]"))
        self.init_seed.valueChanged.connect(lambda v: self.field_edited.emit("init_seed", int(v)))
        form.addRow(self.tr("Hidden activation g"), self.activation)
        form.addRow(self.tr("Initialization"), self.init)
        form.addRow(self.tr("Seed"), self.init_seed)
        column.addLayout(form)
        return box

    def _training_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Training"))
        column = QVBoxLayout(box)
        self.learning_rate = self._slider(
            "learning_rate",
            self.tr("Learning rate α"),
            0.05,
            decimals=5,
            tooltip=self.tr("W[l] := W[l] − α dW[l]"),
        )
        self.lambd = self._slider(
            "lambd", self.tr("L2 regularization λ"), 0.0, tooltip=self.tr("J + λ/(2m) Σ‖W[l]‖²")
        )
        self.keep_prob = self._slider(
            "keep_prob",
            self.tr("Dropout keep_prob"),
            1.0,
            tooltip=self.tr("Inverted dropout on every hidden layer"),
        )
        self.decay_rate = self._slider(
            "decay_rate",
            self.tr("Learning-rate decay"),
            0.0,
            decimals=3,
            tooltip=self.tr("α = α0 / (1 + decay · epoch)"),
        )
        for w in (self.learning_rate, self.lambd, self.keep_prob, self.decay_rate):
            column.addWidget(w)
        form = QFormLayout()
        full = self.tr("full batch (m)")
        self.batch_size = self._combo("batch_size", BATCH_SIZES, lambda b: full if b == 0 else str(b))
        self.batch_size.setToolTip(
            self.tr(
                "Examples per update: complete mini-batches of a reshuffled epoch "
                "(the few left over wait for the next epoch)"
            )
        )
        self.optimizer = self._combo("optimizer", OPTIMIZER_NAMES, optimizer_name)
        self.optimizer.setToolTip(
            self.tr(
                "How each step uses dW: plain, an average of past dW (momentum), "
                "scaled by their size (RMSprop), or both (Adam)"
            )
        )
        form.addRow(self.tr("Mini-batch size"), self.batch_size)
        form.addRow(self.tr("Optimizer"), self.optimizer)
        column.addLayout(form)
        self.beta1 = self._slider(
            "beta1",  # momentum's own beta while momentum is chosen (see _beta_field)
            self.tr("β1 (momentum, Adam)"),
            0.9,
            range_key="beta",
            decimals=4,
            tooltip=self.tr("v = β1 v + (1 − β1) dW: the average of past gradients"),
        )
        self.beta2 = self._slider(
            "beta2",
            self.tr("β2 (RMSprop, Adam)"),
            0.999,
            range_key="beta",
            decimals=4,
            tooltip=self.tr("s = β2 s + (1 − β2) dW²: the average of squared gradients"),
        )
        column.addWidget(self.beta1)
        column.addWidget(self.beta2)
        return box

    # -- showing ------------------------------------------------------------------------------
    def show_config(self, c: TrainConfig) -> None:
        """Every control shows `c`, silently."""
        for combo, value in (
            (self.dataset, c.dataset),
            (self.activation, c.activation),
            (self.init, c.init),
            (self.batch_size, c.batch_size),
            (self.optimizer, c.optimizer),
        ):
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
        for slider, value in (
            (self.noise, c.noise),
            (self.m, c.m),
            (self.dev_ratio, c.test_ratio),
            (self.learning_rate, c.learning_rate),
            (self.lambd, c.lambd),
            (self.keep_prob, c.keep_prob),
            (self.decay_rate, c.decay_rate),
            (self.beta1, c.beta if c.optimizer == "momentum" else c.beta1),
            (self.beta2, c.rms_beta if c.optimizer == "rmsprop" else c.beta2),
        ):
            slider.set_value(value)
        for name, check in self.features.items():
            check.blockSignals(True)
            check.setChecked(name in c.input_features)
            check.blockSignals(False)
        self.n_x.setText(self.tr("n_x = {0} inputs").format(c.n_x))
        self.init_seed.blockSignals(True)
        self.init_seed.setValue(min(c.init_seed, self.init_seed.maximum()))
        self.init_seed.blockSignals(False)
        self.layers.show_hidden(c.hidden_layers)
        self.beta1.setEnabled(c.optimizer in ("momentum", "adam"))
        self.beta2.setEnabled(c.optimizer in ("rmsprop", "adam"))

    def show_experiment(self, key: str) -> None:
        self.experiment.setCurrentIndex(max(0, self.experiment.findData(key)))

    def show_custom_data(self, m: int | None) -> None:
        self.data_note.setVisible(m is not None)
        if m is not None:
            self.data_note.setText(self.tr("Your data: {0} points. Pick a data set to go back.").format(m))
