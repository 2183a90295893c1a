"""Every control a user can touch explains itself: a tooltip on it (or on its ParamSlider)."""

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QWidget,
)

from visualizer.main_window import MainWindow
from visualizer.widgets.param_slider import ParamSlider

CONTROL_TYPES = (QAbstractSlider, QComboBox, QAbstractButton, QAbstractSpinBox)


@pytest.fixture(scope="module")
def window():
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    w = MainWindow()
    yield w
    w.close()
    w.deleteLater()


def tooltip_of(control: QWidget) -> str:
    """The control's own tooltip, else its ParamSlider's (the slider and the box share it)."""
    if control.toolTip().strip():
        return control.toolTip()
    parent = control.parentWidget()
    while parent is not None and not isinstance(parent, ParamSlider):
        parent = parent.parentWidget()
    return parent.toolTip() if parent is not None else ""


def controls_in(root: QWidget) -> list[QWidget]:
    found = [w for w in root.findChildren(QWidget) if isinstance(w, CONTROL_TYPES)]
    # scroll bars and the tool bar's own overflow button are Qt's, not ours
    return [w for w in found if not isinstance(w, QScrollBar) and w.objectName() != "qt_toolbar_ext_button"]


def test_every_lesson_control_has_a_tooltip(window):
    missing = []
    checked = 0
    for key, lesson in window.lessons.items():
        sidebars = lesson.sidebars()
        assert sidebars, f"{key} exposes no control area"
        for sidebar in sidebars:
            for control in controls_in(sidebar):
                checked += 1
                if not tooltip_of(control).strip():
                    label = getattr(control, "text", lambda: "")() or control.objectName()
                    missing.append(f"{key}: {type(control).__name__} {label!r}")
    assert checked > 40  # the walk really saw the controls
    assert not missing, "controls without a tooltip:\n" + "\n".join(missing)


def test_transport_bar_controls_have_tooltips(window):
    controls = controls_in(window.transport)
    assert len(controls) >= 4
    assert all(tooltip_of(c).strip() for c in controls), [c.text() for c in controls if not c.toolTip()]


def test_formulas_are_in_the_tooltips(window):
    shallow = window.lessons["shallow-network"].sidebar
    assert "W := W − α dW" in tooltip_of(shallow.learning_rate.slider)
    assert "λ/(2m)" in tooltip_of(shallow.lambd.box)
    assert "g(Z1)" in tooltip_of(shallow.activation)
