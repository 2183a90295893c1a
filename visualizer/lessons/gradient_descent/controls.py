"""The gradient-descent lesson's controls: surface (mode, loss, data) and race (rate, optimizers)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.descent import DescentConfig
from core.optimizers import OPTIMIZER_NAMES
from visualizer.widgets.param_slider import ParamSlider

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")
MODE_PARAMETERS = {"w_b": "w, b", "w1_w2": "w1, w2"}  # the two free parameters of each mode


def mode_label(mode: str) -> str:
    return {
        "w_b": translate("DescentControls", "1 feature: J(w, b)"),
        "w1_w2": translate("DescentControls", "2 features: J(w1, w2), b = 0"),
    }[mode]


def loss_label(loss: str) -> str:
    return {
        "cross_entropy": translate("DescentControls", "Cross-entropy (the course's loss)"),
        "squared_error": translate("DescentControls", "Squared error (a − y)² / 2"),
    }[loss]


def optimizer_label(name: str) -> str:
    """An optimizer's name in the current language (core's OPTIMIZER_LABELS are English)."""
    return {
        "gd": translate("DescentControls", "Gradient descent"),
        "momentum": translate("DescentControls", "Momentum"),
        "rmsprop": translate("DescentControls", "RMSprop"),
        "adam": translate("DescentControls", "Adam"),
    }[name]


def racer_status(diverged_at: int | None, converged_at: int | None) -> str:
    """Why a racer stopped, if it did (core's RacerSnapshot.status, translated)."""
    if diverged_at is not None:
        return translate("DescentControls", "diverged at step {0}").format(diverged_at)
    if converged_at is not None:
        return translate("DescentControls", "converged at step {0}").format(converged_at)
    return ""


class DescentControls(QWidget):
    """Reports each edit as `edited(field, value)`, a DescentConfig field name and its new value."""

    edited = Signal(str, object)
    default_start_requested = Signal()

    def __init__(self, colors: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._surface_group())
        layout.addWidget(self._race_group(colors))
        layout.addWidget(self._start_group())
        layout.addStretch(1)

    def _surface_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cost surface"))
        v = QVBoxLayout(box)
        self.mode = QComboBox()
        for key in MODE_PARAMETERS:
            self.mode.addItem(mode_label(key), key)
        self.mode.setToolTip(self.tr("Logistic regression with one feature (w and b free), or two "
                                     "features with b held at 0 (w1 and w2 free)"))  # fmt: skip
        self.loss = QComboBox()
        for key in ("cross_entropy", "squared_error"):
            self.loss.addItem(loss_label(key), key)
        self.loss.setToolTip(self.tr("Cross-entropy gives a convex bowl; squared error through the "
                                     "sigmoid does not (course §2.5.1)"))  # fmt: skip
        self.normalize = QCheckBox(self.tr("Normalize inputs: (x − μ) / σ"))
        self.normalize.setToolTip(self.tr("Subtract each feature's mean and divide by its standard "
                                          "deviation: the long valley becomes a round bowl"))  # fmt: skip
        self.separation = ParamSlider.from_range(
            "descent.separation", self.tr("Class separation"), 2.0, decimals=2,
            tooltip=self.tr("Distance between the two classes' centres"),
        )  # fmt: skip
        self.noise = ParamSlider.from_range(
            "descent.noise", self.tr("Noise (spread of each class)"), 1.0, decimals=2,
            tooltip=self.tr("Standard deviation of the points around their centre"),
        )  # fmt: skip
        for w in (QLabel(self.tr("Mode")), self.mode, QLabel(self.tr("Loss")), self.loss, self.normalize,
                  self.separation, self.noise):  # fmt: skip
            v.addWidget(w)
        self.mode.currentIndexChanged.connect(lambda _i: self.edited.emit("mode", self.mode.currentData()))
        self.loss.currentIndexChanged.connect(lambda _i: self.edited.emit("loss", self.loss.currentData()))
        self.normalize.toggled.connect(lambda on: self.edited.emit("normalize", bool(on)))
        self.separation.value_changed.connect(lambda x: self.edited.emit("separation", x))
        self.noise.value_changed.connect(lambda x: self.edited.emit("noise", x))
        return box

    def _race_group(self, colors: dict[str, str]) -> QGroupBox:
        box = QGroupBox(self.tr("Descent"))
        v = QVBoxLayout(box)
        self.learning_rate = ParamSlider.from_range("descent.learning_rate", self.tr("Learning rate α"), 1.0,
                                         decimals=3,
                                         tooltip=self.tr("Step size: w := w − α dw, b := b − α db "
                                                         "(logarithmic, 0.001 to 100)"))  # fmt: skip
        v.addWidget(self.learning_rate)
        racing = QLabel(self.tr("Optimizers racing from the same start:"))
        racing.setWordWrap(True)
        v.addWidget(racing)
        self.racers: dict[str, QCheckBox] = {}
        for name in OPTIMIZER_NAMES:
            check = QCheckBox(optimizer_label(name))
            check.setStyleSheet(f"QCheckBox {{ color: {colors[name]}; font-weight: bold; }}")
            check.setToolTip(self._racer_tips()[name])
            check.toggled.connect(self._on_racer_toggled)
            self.racers[name] = check
            v.addWidget(check)
        self.beta1 = ParamSlider.from_range(
            "descent.beta1", self.tr("β  (momentum; Adam's β1)"), 0.9, decimals=3
        )
        self.beta2 = ParamSlider.from_range("descent.beta2", self.tr("Adam's β2"), 0.999, decimals=4)
        self.beta_rmsprop = ParamSlider.from_range(
            "descent.beta_rmsprop", self.tr("RMSprop's β2"), 0.9, decimals=3
        )
        self.beta1.setToolTip(self.tr("Momentum: v := β v + (1 − β) dw, an average of recent gradients "
                                      "(Adam's β1 for its v)"))  # fmt: skip
        self.beta2.setToolTip(self.tr("Adam: s := β2 s + (1 − β2) dw², an average of squared gradients"))
        self.beta_rmsprop.setToolTip(self.tr("RMSprop: s := β2 s + (1 − β2) dw²; w := w − α dw / (√s + ε)"))
        for w in (self.beta1, self.beta2, self.beta_rmsprop):
            v.addWidget(w)
        self.learning_rate.value_changed.connect(lambda x: self.edited.emit("learning_rate", x))
        self.beta1.value_changed.connect(lambda x: self.edited.emit("beta1", x))
        self.beta2.value_changed.connect(lambda x: self.edited.emit("beta2", x))
        self.beta_rmsprop.value_changed.connect(lambda x: self.edited.emit("beta_rmsprop", x))
        return box

    def _start_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Start point"))
        v = QVBoxLayout(box)
        self.start_label = QLabel()
        self.start_label.setWordWrap(True)
        hint = QLabel(self.tr("Click the contour map to start there."))
        hint.setWordWrap(True)
        self.default_start = QPushButton(self.tr("Default start"))
        self.default_start.setToolTip(self.tr("Start every optimizer from this mode's default point again"))
        self.default_start.clicked.connect(self.default_start_requested.emit)
        for w in (self.start_label, hint, self.default_start):
            v.addWidget(w)
        return box

    def _racer_tips(self) -> dict[str, str]:
        return {
            "gd": self.tr("Gradient descent: w := w − α dw"),
            "momentum": self.tr("Momentum: v := β v + (1 − β) dw; w := w − α v"),
            "rmsprop": self.tr("RMSprop: s := β2 s + (1 − β2) dw²; w := w − α dw / (√s + ε)"),
            "adam": self.tr("Adam: momentum's v and RMSprop's s, bias-corrected: "
                            "w := w − α v̂ / (√ŝ + ε)"),
        }  # fmt: skip

    def _on_racer_toggled(self, _on: bool) -> None:
        chosen = tuple(n for n in OPTIMIZER_NAMES if self.racers[n].isChecked())
        self.edited.emit("optimizers", chosen)

    def show_config(self, config: DescentConfig) -> None:
        """Make every control show `config`, silently (no `edited`)."""
        widgets: list[Any] = [self.mode, self.loss, self.normalize, *self.racers.values()]
        for w in widgets:
            w.blockSignals(True)
        self.mode.setCurrentIndex(self.mode.findData(config.mode))
        self.loss.setCurrentIndex(self.loss.findData(config.loss))
        self.normalize.setChecked(config.normalize)
        self.normalize.setEnabled(config.mode == "w1_w2")
        for name, check in self.racers.items():
            check.setChecked(name in config.optimizers)
        for w in widgets:
            w.blockSignals(False)
        self.separation.set_value(config.separation)
        self.noise.set_value(config.noise)
        self.learning_rate.set_value(config.learning_rate)
        self.beta1.set_value(config.beta1)
        self.beta2.set_value(config.beta2)
        self.beta_rmsprop.set_value(config.beta_rmsprop)
        names = MODE_PARAMETERS[config.mode]
        x, y = config.start_point
        self.start_label.setText(f"({names}) = ({x:.2f}, {y:.2f})")
