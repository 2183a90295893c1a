"""The probe's readout: a row per activation with a show/hide check box, g(z) and g'(z)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from core.activation_zones import ProbeValue
from core.activations import ACTIVATION_NAMES
from visualizer.activation_info import STYLES, display_name, format_value

HIDDEN = "—"


class ProbeTable(QWidget):
    """Check boxes in each curve's color; the numbers of hidden functions are blanked out."""

    shown_changed = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self.z_label = QLabel()
        self.z_label.setObjectName("probeZ")
        grid.addWidget(self.z_label, 0, 0)
        for col, text in ((1, "g(z)"), (2, "g′(z)")):
            header = QLabel(f"<b>{text}</b>")
            header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(header, 0, col)
        self.checks: dict[str, QCheckBox] = {}
        self.g_labels: dict[str, QLabel] = {}
        self.g_prime_labels: dict[str, QLabel] = {}
        for row, name in enumerate(ACTIVATION_NAMES, start=1):
            check = QCheckBox(display_name(name))
            check.setChecked(True)
            check.setStyleSheet(f"QCheckBox {{ color: {STYLES[name].color}; font-weight: bold; }}")
            check.setToolTip(self.tr("Show or hide this function in both plots"))
            check.toggled.connect(lambda on, name=name: self.shown_changed.emit(name, on))
            grid.addWidget(check, row, 0)
            self.checks[name] = check
            for col, labels in ((1, self.g_labels), (2, self.g_prime_labels)):
                label = QLabel(HIDDEN)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setMinimumWidth(96)
                grid.addWidget(label, row, col)
                labels[name] = label
        grid.setColumnStretch(0, 1)

    def is_shown(self, name: str) -> bool:
        return self.checks[name].isChecked()

    def set_shown(self, name: str, shown: bool) -> None:
        """Check or uncheck without emitting (the view already follows)."""
        check = self.checks[name]
        check.blockSignals(True)
        check.setChecked(shown)
        check.blockSignals(False)

    def set_values(self, z: float, values: Sequence[ProbeValue]) -> None:
        self.z_label.setText(f"<b>z = {z:.2f}</b>")
        for v in values:
            shown = self.is_shown(v.name)
            self.g_labels[v.name].setText(format_value(v.g) if shown else HIDDEN)
            self.g_prime_labels[v.name].setText(format_value(v.g_prime) if shown else HIDDEN)
