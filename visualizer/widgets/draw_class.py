"""The "Click adds" choice shared by the lessons whose boundary plot takes drawn points."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

translate = QCoreApplication.translate


def draw_class_combo() -> QComboBox:
    """off / class 0 / class 1: the class a click on the boundary plot adds (None: no drawing)."""
    combo = QComboBox()
    combo.addItem(translate("DrawClass", "off"), None)
    combo.addItem(translate("DrawClass", "class 0 (orange)"), 0)
    combo.addItem(translate("DrawClass", "class 1 (blue)"), 1)
    combo.setToolTip(
        translate(
            "DrawClass",
            "Click the boundary plot to add a training point of this class; "
            "right-click or Shift+click removes the nearest point.",
        )
    )
    return combo


def click_adds_label() -> str:
    return translate("DrawClass", "Click adds")
