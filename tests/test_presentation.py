"""Presentation mode: bigger fonts, thicker lines, no sidebars; leaving puts everything back."""

import os
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget


def layout_state(window):
    """Everything presentation mode may touch, in comparable form."""
    fonts = {id(w): (type(w).__name__, w.font().pointSizeF(), w.styleSheet())
             for w in window.findChildren(QWidget) if not isinstance(w, QMenu)}  # fmt: skip
    sidebars = [s.isVisibleTo(lesson) for lesson in window.lessons.values() for s in lesson.sidebars()]
    pens, axes = [], []
    for view in window.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.PlotDataItem) and item.opts["pen"] is not None:
                pens.append(pg.mkPen(item.opts["pen"]).widthF())
            elif isinstance(item, pg.AxisItem):
                font = item.style["tickFont"]
                axes.append((font.pointSizeF() if font else None, dict(item.labelStyle)))
    return QApplication.font().pointSizeF(), fonts, sidebars, pens, axes


def test_presentation_mode_enlarges_hides_and_restores_exactly(window, qtbot):
    for key in window.lessons:  # tabs build their lesson when first opened: build them all
        window.open_lesson(key)
    lesson = window.open_lesson("shallow-network")
    lesson.engine.step(30)
    window.controller.refresh()
    before = layout_state(window)
    app_pt = QApplication.font().pointSizeF()
    curve_width = pg.mkPen(lesson.costs.train.opts["pen"]).widthF()
    title_pt = lesson.units_title.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    QApplication.processEvents()  # the application font reaches the widgets by an event
    assert window.view_menu.presentation.active and window.view_menu.presentation_action.isChecked()
    assert QApplication.font().pointSizeF() > 1.3 * app_pt
    assert lesson.units_title.font().pointSizeF() > 1.3 * title_pt
    assert pg.mkPen(lesson.costs.train.opts["pen"]).widthF() >= 2 * curve_width
    assert all(not s.isVisible() for s in lesson.sidebars())
    tick = lesson.boundary.getPlotItem().getAxis("bottom").style["tickFont"]
    assert tick.pointSizeF() > 12
    lesson.engine.step(10)  # training goes on while presenting: the plots keep their new sizes
    window.controller.refresh()
    assert pg.mkPen(lesson.costs.train.opts["pen"]).widthF() >= 2 * curve_width
    qtbot.keyClick(window, Qt.Key.Key_F5)
    QApplication.processEvents()
    assert not window.view_menu.presentation.active
    assert layout_state(window) == before
    assert all(s.isVisible() for s in lesson.sidebars())


def test_every_lesson_hides_its_sidebar(window):
    window.view_menu.presentation_action.trigger()  # before most lessons are built: they join in
    assert len(window.lessons.built) == 1
    for key, lesson in window.lessons.items():
        window.open_lesson(key)
        assert lesson.sidebars() and all(not s.isVisible() for s in lesson.sidebars()), key
    window.view_menu.presentation_action.trigger()
    for key, lesson in window.lessons.items():
        window.open_lesson(key)
        assert all(s.isVisible() for s in lesson.sidebars()), key


def test_presentation_screenshots(window, tmp_path):
    """Render each lesson in presentation mode (NNVIS_SHOTS=dir keeps the PNGs to look at)."""
    out = Path(os.environ.get("NNVIS_SHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    window.view_menu.presentation.set_active(True)
    for key, lesson in window.lessons.items():
        window.open_lesson(key)
        lesson.prepare_screenshot()
        window.controller.refresh()
        for _ in range(3):
            QApplication.processEvents()
        path = out / f"{key}-presentation.png"
        assert window.grab().save(str(path))
        assert path.stat().st_size > 10_000


def test_what_to_look_at_follows_the_open_lesson(window, qtbot):
    panel = window.look_panel
    for key, lesson in window.lessons.items():
        window.open_lesson(key)
        assert lesson.what_to_look_at, f"{key} has no 'what to look at' text"
        assert panel.text.text() == lesson.look_text() and panel.isVisible()
        assert "Course" in panel.text.text()
    window.open_lesson("zero-init")
    assert "004 §3.11" in panel.text.text()
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)  # fold it
    assert not panel.text.isVisible() and not window.view_menu.look_action.isChecked()
    window.view_menu.look_action.trigger()
    assert panel.text.isVisible() and panel.button.isChecked()
