"""The lesson's controls: they report what the user chose, as TwinConfig field changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.activations import ACTIVATION_NAMES
from core.datasets import DATASET_NAMES
from core.twin import TwinConfig
from visualizer.activation_info import display_name
from visualizer.names import dataset_label
from visualizer.widgets.param_slider import ParamSlider

CLASS_SHARES = (1.0, 0.75, 0.5, 0.25)  # kept fraction of class 1: 200 : 200 ... 200 : 50


class TwinControls(QWidget):
    """n_h, g, α, the symmetric start (0 or c), data and class balance, and the perturb button."""

    setting_changed = Signal(str, object)  # a TwinConfig field and its new value
    perturb_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        net = QGroupBox(self.tr("Both copies"))
        self.n_h = ParamSlider.from_range("twin.n_h", self.tr("Hidden units n_h"), 4)
        self.activation = QComboBox()
        for name in ACTIVATION_NAMES:
            self.activation.addItem(display_name(name), name)
        self.learning_rate = ParamSlider.from_range(
            "learning_rate", self.tr("Learning rate α"), 1.2, decimals=4
        )
        self.dataset = QComboBox()
        for name in DATASET_NAMES:
            self.dataset.addItem(dataset_label(name), name)
        self.n_h.setToolTip(self.tr("Hidden units n_h of both copies: W1 is (n_h, 2), W2 (1, n_h)"))
        self.activation.setToolTip(self.tr("Hidden activation g of both copies: A1 = g(W1 X + b1)"))
        self.learning_rate.setToolTip(self.tr("The same α for both copies: W := W − α dW"))
        self.dataset.setToolTip(self.tr("The 2-D data both copies learn (all points, no test split)"))
        self.classes = QComboBox()
        for share in CLASS_SHARES:
            text = self.tr("balanced 200 : 200") if share == 1 else f"200 : {round(200 * share)}"
            self.classes.addItem(text, share)
        self.classes.setToolTip(self.tr("Keep only part of class 1, so db2 = mean(A2 − Y) ≠ 0"))
        form = QFormLayout(net)
        form.addRow(self.n_h)
        form.addRow(self.tr("Activation g"), self.activation)
        form.addRow(self.learning_rate)
        form.addRow(self.tr("Data set"), self.dataset)
        form.addRow(self.tr("Classes 0 : 1"), self.classes)
        start = QGroupBox(self.tr("Symmetric copy starts at"))
        self.init = QComboBox()
        self.init.addItem(self.tr("W = 0 (zeros)"), "zeros")
        self.init.addItem(self.tr("every weight = c"), "constant")
        self.init.setToolTip(
            self.tr("The symmetric copy's start: W1 = 0, W2 = 0, or every weight equal to c (b = 0)")
        )
        self.constant = ParamSlider.from_range("init_constant", self.tr("c"), 0.5, decimals=2)
        self.constant.setToolTip(self.tr("The value c that every weight of the symmetric copy starts at"))
        self.perturb = QPushButton(self.tr("Perturb one unit"))
        self.perturb.setToolTip(
            self.tr("Add 0.01 · randn to the next unit's row of W1 in the symmetric copy")
        )
        box = QVBoxLayout(start)
        box.addWidget(self.init)
        box.addWidget(self.constant)
        box.addWidget(self.perturb)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(net)
        layout.addWidget(start)
        self.n_h.value_changed.connect(lambda v: self.setting_changed.emit("n_h", int(v)))
        self.learning_rate.value_changed.connect(
            lambda v: self.setting_changed.emit("learning_rate", float(v))
        )
        self.constant.value_changed.connect(lambda v: self.setting_changed.emit("init_constant", float(v)))
        self.activation.activated.connect(
            lambda i: self.setting_changed.emit("activation", self.activation.itemData(i))
        )
        self.dataset.activated.connect(
            lambda i: self.setting_changed.emit("dataset", self.dataset.itemData(i))
        )
        self.classes.activated.connect(
            lambda i: self.setting_changed.emit("class1_share", self.classes.itemData(i))
        )
        self.init.activated.connect(lambda i: self.setting_changed.emit("init", self.init.itemData(i)))
        self.perturb.clicked.connect(self.perturb_clicked.emit)

    def show_config(self, config: TwinConfig) -> None:
        """Show `config` without emitting anything."""
        self.n_h.set_value(config.n_h)
        self.learning_rate.set_value(config.learning_rate)
        self.constant.set_value(config.init_constant)
        self.constant.setEnabled(config.init == "constant")
        self.activation.setCurrentIndex(max(0, self.activation.findData(config.activation)))
        self.dataset.setCurrentIndex(max(0, self.dataset.findData(config.dataset)))
        self.classes.setCurrentIndex(max(0, self.classes.findData(config.class1_share)))
        self.init.setCurrentIndex(max(0, self.init.findData(config.init)))
