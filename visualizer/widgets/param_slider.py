"""A labelled slider with a spin box, linear or logarithmic, for one hyperparameter."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QSlider, QSpinBox, QVBoxLayout, QWidget

from core.validation import RANGES

TICKS = 1000


class ParamSlider(QWidget):
    """Slider + spin box over [lo, hi]; `log=True` spaces the slider by powers of ten.

    Emits `value_changed(float)` only when the user moves the slider or edits the box;
    `set_value` from code is silent.
    """

    value_changed = Signal(object)  # int for integer sliders, float otherwise
    range_key = ""  # the core.validation.RANGES entry it was built from ("": its own numbers)

    @classmethod
    def from_range(cls, key: str, label: str, value: float, **kw: object) -> ParamSlider:
        """A slider for setting `key`: span, whole numbers and log scale from core's RANGES."""
        r = RANGES[key]
        slider = cls(label, *r.slider, value, log=r.log, integer=r.integer, **kw)
        slider.range_key = key
        return slider

    def __init__(
        self,
        label: str,
        lo: float,
        hi: float,
        value: float,
        *,
        log: bool = False,
        decimals: int = 2,
        integer: bool = False,
        tooltip: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lo, self._hi, self._log, self._integer = lo, hi, log, integer
        self.label = QLabel(label)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, int(hi - lo) if integer else TICKS)
        self.box = QDoubleSpinBox()
        self.box.setRange(lo, hi)
        self.box.setDecimals(0 if integer else decimals)
        self.box.setKeyboardTracking(False)  # commit on Enter / focus-out, not per keystroke
        if log:
            self.box.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.box.setMinimumWidth(80)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0 if not tooltip else 0, 2)
        layout.setSpacing(1)
        layout.addWidget(self.label)
        layout.addLayout(row)
        if tooltip:
            self.setToolTip(tooltip)
        self.set_value(value)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.box.valueChanged.connect(self._on_box_value_changed)

    def value(self) -> float:
        return int(self.box.value()) if self._integer else self.box.value()

    def set_value(self, value: float) -> None:
        """Show `value` (clamped to the range) without emitting."""
        value = min(max(value, self._lo), self._hi)
        for w in (self.slider, self.box):
            w.blockSignals(True)
        self.box.setValue(value)
        self.slider.setValue(self._to_tick(value))
        for w in (self.slider, self.box):
            w.blockSignals(False)

    def set_range(self, lo: float, hi: float) -> None:
        """Offer [lo, hi] from now on (a probe whose axis was rescaled); silent, like set_value."""
        value = self.value()
        self._lo, self._hi = lo, hi
        self.box.blockSignals(True)
        self.box.setRange(lo, hi)
        self.box.blockSignals(False)
        if self._integer:
            self.slider.blockSignals(True)
            self.slider.setRange(0, int(hi - lo))
            self.slider.blockSignals(False)
        self.set_value(value)

    def _to_tick(self, value: float) -> int:
        if self._integer:
            return int(round(value - self._lo))
        if self._log:
            f = (math.log10(value) - math.log10(self._lo)) / (math.log10(self._hi) - math.log10(self._lo))
        else:
            f = (value - self._lo) / (self._hi - self._lo)
        return int(round(f * TICKS))

    def _from_tick(self, tick: int) -> float:
        if self._integer:
            return self._lo + tick
        f = tick / TICKS
        if self._log:
            exponent = math.log10(self._lo) + f * (math.log10(self._hi) - math.log10(self._lo))
            return float(f"{10**exponent:.3g}")  # round to 3 significant digits: 0.0123, 1.2
        return self._lo + f * (self._hi - self._lo)

    def _on_slider_value_changed(self, tick: int) -> None:
        value = self._from_tick(tick)
        self.box.blockSignals(True)
        self.box.setValue(value)
        self.box.blockSignals(False)
        self.value_changed.emit(self.value())

    def _on_box_value_changed(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(self._to_tick(value))
        self.slider.blockSignals(False)
        self.value_changed.emit(self.value())


def range_spin_box(key: str, value: int) -> QSpinBox:
    """A whole-number spin box for setting `key`, its span from core's RANGES."""
    box = QSpinBox()
    box.setRange(*(int(x) for x in RANGES[key].slider))
    box.setValue(value)
    box.setKeyboardTracking(False)
    box.setProperty("range_key", key)
    return box
