"""The "What to look at" strip: a lesson's two to four sentences, one click to fold away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget


class LookPanel(QFrame):
    """A compact strip under the plots; folded, only its button remains."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a palette and fonts, not a style sheet: style sheets pin fonts, and presentation
        # mode must be able to enlarge this text with the application's font
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#eef4fb"))
        self.setPalette(palette)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.button = QToolButton()
        self.button.setText(self.tr("What to look at"))
        self.button.setCheckable(True)
        self.button.setChecked(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(
            self.tr("Show or fold the lesson's hint: what to watch and which course section")
        )
        self.button.setAutoRaise(True)
        bold = QFont()
        bold.setBold(True)  # only the weight is set: the size still follows the application's
        self.button.setFont(bold)
        self.button.toggled.connect(self.set_expanded)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def set_text(self, text: str) -> None:
        """The open lesson's hint; a lesson without one hides the strip."""
        self.text.setText(text)
        self.setVisible(bool(text))

    def set_expanded(self, expanded: bool) -> None:
        self.button.blockSignals(True)
        self.button.setChecked(expanded)
        self.button.blockSignals(False)
        self.button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.text.setVisible(expanded)

    @property
    def expanded(self) -> bool:
        return self.text.isVisibleTo(self)
