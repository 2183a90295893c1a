"""The probe's readout: a row per activation with a show/hide check box, g(z) and g'(z)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from core.activation_zones import ProbeValue
from core.activations import ACTIVATION_NAMES
from core.probe_sweep import DEFAULT_Z_MAX
from visualizer.activation_info import STYLES, display_name, format_value

HIDDEN = "—"
QWIDGETSIZE_MAX = 16777215  # Qt's "no maximum"
MIN_VALUE_WIDTH = 96
# The widest texts each label can show (z up to ±20, a leaky slope up to 0.3, e-notation
# below 5e-5): the labels are sized for them, so a new number never lays the panel out again.
VALUE_TEMPLATES = ("-20.0000", "-4.99e-05", "0.0000", HIDDEN)


def z_templates(z_max: float) -> tuple[str, ...]:
    """The widest z texts on -z_max..z_max (sized for the range shown, as wide as before on the
    default range: sized for ±20 it widened the panel and narrowed the plots at 1024x768)."""
    return (f"z = -{z_max:.2f}", "z = 0.00")


class SteadyLabel(QLabel):
    """Plain text of a fixed size: wide enough for `templates` in its font, sized again when the
    font changes (presentation mode). A QLabel whose size may change asks its window for a new
    layout on every setText: the table's eleven numbers did that each frame, and the layout
    moved and repainted the boxes below it (~3 ms a frame)."""

    def __init__(self, templates: Sequence[str], min_width: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._templates = tuple(templates)
        self._min_width = min_width
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.refit()

    def set_templates(self, templates: Sequence[str]) -> None:
        """Size for other widest texts (a new z range): one layout, then none per number."""
        if tuple(templates) != self._templates:
            self._templates = tuple(templates)
            self.refit()

    def refit(self) -> None:
        """The size QLabel itself asks for its widest template, fixed (the text shown is kept)."""
        shown = self.text()
        self.setMinimumSize(0, 0)
        self.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
        hints = []
        for template in self._templates:
            self.setText(template)
            hints.append(self.sizeHint())
        self.setText(shown)
        width = max(self._min_width, *(h.width() for h in hints))
        self.setFixedSize(width, max(h.height() for h in hints))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.refit()


class ProbeTable(QWidget):
    """Check boxes in each curve's color; the numbers of hidden functions are blanked out."""

    shown_changed = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self.z_label = SteadyLabel(z_templates(DEFAULT_Z_MAX))
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
                label = SteadyLabel(VALUE_TEMPLATES, MIN_VALUE_WIDTH)
                label.setText(HIDDEN)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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

    def set_range(self, z_max: float) -> None:
        """The probe now runs over -z_max..z_max: its z label is sized for that range."""
        self.z_label.set_templates(z_templates(z_max))

    def set_values(self, z: float, values: Sequence[ProbeValue]) -> None:
        self.z_label.setText(f"z = {z:.2f}")
        for v in values:
            shown = self.is_shown(v.name)
            self.g_labels[v.name].setText(format_value(v.g) if shown else HIDDEN)
            self.g_prime_labels[v.name].setText(format_value(v.g_prime) if shown else HIDDEN)
