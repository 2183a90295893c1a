"""The shallow-network lesson's controls: data, architecture, and training hyperparameters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.activations import ACTIVATION_NAMES
from core.config import TrainConfig
from core.datasets import DATASET_NAMES
from core.network import INIT_SCHEMES
from visualizer.activation_info import display_name
from visualizer.names import dataset_label, init_label
from visualizer.widgets.draw_class import click_adds_label, draw_class_combo
from visualizer.widgets.param_slider import ParamSlider
from visualizer.widgets.wrap_check import wrapped_check

BATCH_SIZES = (0, 16, 32, 64, 128, 256)


class ShallowSidebar(QWidget):
    """Reports each edit as `field_edited(name, value)`; the lesson decides what it means."""

    field_edited = Signal(str, object)
    new_seed_requested = Signal()
    test_points_toggled = Signal(bool)

    def __init__(self, config: TrainConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self._data_box())
        layout.addWidget(self._model_box())
        layout.addWidget(self._training_box())
        layout.addStretch(1)
        self.show_config(config)

    def _combo(self, field: str, items: tuple, label: Callable[[Any], str] = str) -> QComboBox:
        combo = QComboBox()
        for item in items:
            combo.addItem(label(item), item)
        combo.activated.connect(lambda i, c=combo: self.field_edited.emit(field, c.itemData(i)))
        return combo

    def _slider(self, field: str, label: str, value: float, **kw: Any) -> ParamSlider:
        slider = ParamSlider.from_range(field, label, value, **kw)  # span from core's RANGES
        slider.value_changed.connect(lambda v: self.field_edited.emit(field, v))
        return slider

    def _data_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data"))
        form = QVBoxLayout(box)
        self.dataset = self._combo("dataset", DATASET_NAMES, dataset_label)
        self.dataset.setToolTip(self.tr("The 2-D data set; flower is the course's planar data"))
        form.addWidget(self.dataset)
        self.data_note = QLabel()
        self.data_note.setWordWrap(True)
        self.data_note.setStyleSheet("color: #1f62b4; font-weight: bold")
        self.data_note.hide()
        form.addWidget(self.data_note)
        self.noise = self._slider("noise", self.tr("Noise"), 0.2)
        self.m = self._slider("m", self.tr("Number of points m"), 400)
        self.test_ratio = self._slider("test_ratio", self.tr("Test fraction"), 0.2)
        self.noise.setToolTip(self.tr("How far the points scatter around the data set's shape (0: exact)"))
        self.m.setToolTip(self.tr("Number of examples m: X has shape (2, m), Y (1, m), before the split"))
        self.test_ratio.setToolTip(
            self.tr("Fraction of the m points held out as the test set (never trained on)")
        )
        for w in (self.noise, self.m, self.test_ratio):
            form.addWidget(w)
        self.seed_button = QPushButton(self.tr("Regenerate (new seed)"))
        self.seed_button.setToolTip(
            self.tr("Draw a new data set of the same kind (data seed + 1); training restarts")
        )
        self.seed_button.clicked.connect(self.new_seed_requested.emit)
        form.addWidget(self.seed_button)
        draw = QFormLayout()
        self.draw_class = draw_class_combo()
        draw.addRow(click_adds_label(), self.draw_class)
        form.addLayout(draw)
        self.show_test = QCheckBox(self.tr("Show test points"))
        self.show_test.setChecked(True)
        self.show_test.setToolTip(
            self.tr("Show the held-out test points (open triangles) on the boundary plot")
        )
        self.show_test.toggled.connect(self.test_points_toggled.emit)
        form.addWidget(self.show_test)
        return box

    def _model_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Network"))
        form = QVBoxLayout(box)
        self.baseline = QCheckBox()
        self.baseline.setToolTip(
            self.tr("Train logistic regression instead: a = σ(wᵀx + b), whose boundary is a straight line")
        )
        self.baseline.toggled.connect(
            lambda on: self.field_edited.emit("model", "logistic" if on else "network")
        )
        baseline_text = self.tr("Logistic regression baseline (no hidden layer)")
        form.addWidget(wrapped_check(self.baseline, baseline_text))
        self.n_h = self._slider("n_h", self.tr("Hidden units n_h"), 4)
        self.n_h.setToolTip(self.tr("Hidden units n_h: W1 is (n_h, 2), b1 (n_h, 1), W2 (1, n_h)"))
        form.addWidget(self.n_h)
        grid = QFormLayout()
        self.activation = self._combo("activation", ACTIVATION_NAMES, display_name)
        self.init = self._combo("init", INIT_SCHEMES, init_label)
        self.activation.setToolTip(
            self.tr("Hidden activation g: A1 = g(Z1) with Z1 = W1 X + b1; the output is A2 = σ(Z2)")
        )
        self.init.setToolTip(
            self.tr("How W1 and W2 start (b = 0): random W = randn · 0.01 breaks the symmetry; "
                    "zeros or a constant keep every hidden unit identical; Xavier/He scale by 1/√n")
        )  # fmt: skip
        grid.addRow(self.tr("Hidden activation g"), self.activation)
        grid.addRow(self.tr("Initialization"), self.init)
        form.addLayout(grid)
        return box

    def _training_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Training"))
        form = QVBoxLayout(box)
        self.learning_rate = self._slider(
            "learning_rate", self.tr("Learning rate α"), 1.2, decimals=4, tooltip=self.tr("W := W − α dW"),
        )  # fmt: skip
        self.lambd = self._slider("lambd", self.tr("L2 regularization λ"), 0.0,
                                  tooltip=self.tr("J + λ/(2m) Σ‖W‖²"))  # fmt: skip
        self.keep_prob = self._slider(
            "keep_prob", self.tr("Dropout keep_prob"), 1.0,
            tooltip=self.tr("Inverted dropout on A1: A1 · D1 / keep_prob"),
        )  # fmt: skip
        for w in (self.learning_rate, self.lambd, self.keep_prob):
            form.addWidget(w)
        grid = QFormLayout()
        full = self.tr("full batch")
        self.batch_size = self._combo(
            "batch_size", BATCH_SIZES, lambda size: full if size == 0 else str(size)
        )
        self.batch_size.setToolTip(
            self.tr("Examples per gradient step: the full batch (all m, the course's default) or "
                    "mini-batches of a reshuffled epoch")
        )  # fmt: skip
        grid.addRow(self.tr("Batch size"), self.batch_size)
        form.addLayout(grid)
        self.seed_label = QLabel()
        form.addWidget(self.seed_label)
        return box

    def show_config(self, c: TrainConfig) -> None:
        """Make every control show `c` without emitting anything."""
        for combo, value in ((self.dataset, c.dataset), (self.activation, c.activation),
                             (self.init, c.init), (self.batch_size, c.batch_size)):  # fmt: skip
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else 0)
        for slider, value in ((self.noise, c.noise), (self.m, c.m), (self.test_ratio, c.test_ratio),
                              (self.n_h, c.n_h), (self.learning_rate, c.learning_rate),
                              (self.lambd, c.lambd), (self.keep_prob, c.keep_prob)):  # fmt: skip
            slider.set_value(value)
        self.baseline.blockSignals(True)
        self.baseline.setChecked(c.model == "logistic")
        self.baseline.blockSignals(False)
        network_only = c.model == "network"
        for w in (self.n_h, self.activation, self.init, self.keep_prob):
            w.setEnabled(network_only)
        self.seed_label.setText(self.tr("Data seed: {0}").format(c.data_seed))

    def show_custom_data(self, m: int | None) -> None:
        """Say when the data are the user's own (imported or drawn) rather than generated."""
        self.data_note.setVisible(m is not None)
        if m is not None:
            self.data_note.setText(self.tr("Your data: {0} points. Pick a data set to go back.").format(m))
