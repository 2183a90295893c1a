"""The network's hidden layers: + and − buttons (0 to 8 layers) and one compact spin per layer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from core.deep_run.config import MAX_HIDDEN_LAYERS
from visualizer.widgets.param_slider import range_spin_box

COLUMNS = 3
NEW_LAYER_UNITS = 8


class LayersBox(QWidget):
    """Emits `hidden_edited(tuple)`: the hidden sizes n^[1], ..., n^[L-1] the user asked for."""

    hidden_edited = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = QLabel()
        self.remove_button = QPushButton("−")
        self.add_button = QPushButton("+")
        for button, tip in (
            (self.remove_button, self.tr("Remove the last hidden layer")),
            (self.add_button, self.tr("Add a hidden layer (8 units) before the output")),
        ):
            button.setToolTip(tip)
            button.setFixedWidth(36)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.spins: list[QSpinBox] = []
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        for l in range(MAX_HIDDEN_LAYERS):
            spin = range_spin_box("units", 8)  # n^[l]: its span from core's RANGES
            spin.setPrefix(f"n[{l + 1}] ")
            spin.setToolTip(self.tr("Units in hidden layer {0}: W[{0}] has n[{0}] rows").format(l + 1))
            spin.valueChanged.connect(lambda _v: self.hidden_edited.emit(self.hidden()))
            grid.addWidget(spin, l // COLUMNS, l % COLUMNS)
            self.spins.append(spin)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.count, 1)
        row.addWidget(self.remove_button)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(grid)
        self._layers = 0

    def hidden(self) -> tuple[int, ...]:
        return tuple(spin.value() for spin in self.spins[: self._layers])

    def show_hidden(self, hidden: tuple[int, ...]) -> None:
        """Show these sizes without emitting."""
        self._layers = len(hidden)
        for l, spin in enumerate(self.spins):
            spin.blockSignals(True)
            if l < len(hidden):
                spin.setValue(hidden[l])
            spin.setVisible(l < len(hidden))
            spin.blockSignals(False)
        self.count.setText(self.tr("Hidden layers: {0} (L = {1})").format(len(hidden), len(hidden) + 1))
        self.add_button.setEnabled(len(hidden) < MAX_HIDDEN_LAYERS)
        self.remove_button.setEnabled(len(hidden) > 0)

    def _on_add_clicked(self) -> None:
        if self._layers < MAX_HIDDEN_LAYERS:
            self.hidden_edited.emit((*self.hidden(), NEW_LAYER_UNITS))

    def _on_remove_clicked(self) -> None:
        if self._layers:
            self.hidden_edited.emit(self.hidden()[:-1])
