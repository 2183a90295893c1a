"""Presentation mode: full screen, bigger text and lines everywhere, no sidebars; leaving puts back all."""

import os
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from visualizer import scale
from visualizer.main_window import MainWindow


def widget_fonts(root: QWidget) -> list:
    """Every widget's class, font size, style sheet and fixed size if it has one (widgets
    rebuilt meanwhile count alike)."""
    return sorted(
        (type(w).__name__, round(w.font().pointSizeF(), 2), w.styleSheet(), _fixed(w))
        for w in root.findChildren(QWidget)
        if not isinstance(w, QMenu)
    )


def _fixed(w: QWidget) -> tuple:
    low, high = w.minimumSize(), w.maximumSize()
    return (low.width(), low.height()) if low == high else ()


def scene_state(root: QWidget) -> list:
    """Pens, tick fonts, label styles, text sizes and marker sizes of every plot item."""
    state = []
    for view in root.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.PlotDataItem) and item.opts["pen"] is not None:
                state.append(("pen", pg.mkPen(item.opts["pen"]).widthF()))
            elif isinstance(item, pg.AxisItem):
                font = item.style["tickFont"]
                state.append(("axis", font.pointSizeF() if font else None, dict(item.labelStyle)))
            elif isinstance(item, pg.LabelItem):
                state.append(("label", item.opts.get("size")))
            elif isinstance(item, pg.ScatterPlotItem):
                state.append(("scatter", item.opts["size"]))
    return state


def layout_state(window):
    sidebars = [s.isVisibleTo(lesson) for lesson in window.lessons.built.values() for s in lesson.sidebars()]
    return widget_fonts(window), scene_state(window), sidebars, window.menuBar().isVisibleTo(window)


def settle():
    for _ in range(3):
        QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # widgets replaced meanwhile


def test_presentation_mode_enlarges_hides_and_restores_exactly(window, qtbot):
    for key in window.lessons:  # tabs build their lesson when first opened: build them all
        window.open_lesson(key).finish_building()  # and the parts built after a first paint
    lesson = window.open_lesson("shallow-network")
    lesson.engine.step(30)
    window.controller.refresh()
    settle()
    before = layout_state(window)
    geometry = window.geometry()
    app_pt = QApplication.font().pointSizeF()
    curve_width = pg.mkPen(lesson.costs.train.opts["pen"]).widthF()
    title_pt = lesson.units_title.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    settle()
    assert window.view_menu.presentation.active and window.view_menu.presentation_action.isChecked()
    assert window.isFullScreen() and not window.menuBar().isVisible()
    assert lesson.units_title.font().pointSizeF() > 1.3 * title_pt  # inherited from the window
    assert window.transport.iteration_label.font().pointSizeF() > 1.3 * app_pt
    assert pg.mkPen(lesson.costs.train.opts["pen"]).widthF() >= 2 * curve_width
    assert all(not s.isVisible() for s in lesson.sidebars())
    assert not window.look_panel.text.isVisible() and window.look_panel.button.isVisible()
    tick = lesson.boundary.getPlotItem().getAxis("bottom").style["tickFont"]
    assert tick.pointSizeF() > 12
    lesson.engine.step(10)  # training goes on while presenting: the plots keep their new sizes
    window.controller.refresh()
    assert pg.mkPen(lesson.costs.train.opts["pen"]).widthF() >= 2 * curve_width
    qtbot.keyClick(window, Qt.Key.Key_F5)
    settle()
    assert not window.view_menu.presentation.active and not window.isFullScreen()
    assert window.geometry() == geometry
    after = layout_state(window)
    assert after == before, [_diff(a, b) for a, b in zip(after, before, strict=True) if a != b]
    assert window.look_panel.text.isVisible()
    assert all(s.isVisible() for s in lesson.sidebars())
    assert scale.font_factor() == 1.0


def test_twice_f5_and_escape(window, qtbot):
    before = layout_state(window)
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_F5)
        qtbot.keyClick(window, Qt.Key.Key_F5)
    settle()
    assert layout_state(window) == before
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.view_menu.presentation.active and not window.look_panel.text.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F1)  # the teacher opens the hint while presenting
    assert window.look_panel.text.isVisible()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    settle()
    assert not window.view_menu.presentation.active and not window.isFullScreen()
    assert layout_state(window) == before
    assert not window.view_menu.leave_action.isEnabled()  # Esc is free again for everything else


def test_a_maximized_window_is_maximized_again(window):
    window.showMaximized()
    settle()
    window.view_menu.presentation.set_active(True)
    settle()
    window.view_menu.presentation.set_active(False)
    settle()
    assert window.isMaximized() and not window.isFullScreen()


def _built_normally(qtbot, key):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1440, 900)
    w.show()
    w.open_lesson(key)
    settle()
    return w


@pytest.mark.parametrize("key", ["backprop", "gradient-descent", "zero-init"])
def test_a_lesson_first_opened_while_presenting_is_presented_then_restored(window, qtbot, key):
    window.view_menu.presentation.set_active(True)
    lesson = window.open_lesson(key)  # built now, while presenting
    window.controller.refresh()
    settle()
    fonts_presenting = widget_fonts(lesson)
    window.view_menu.presentation.set_active(False)
    settle()
    window.controller.refresh()
    settle()
    normal = _built_normally(qtbot, key)
    reference = normal.lessons[key]
    assert widget_fonts(lesson) == widget_fonts(reference)
    assert scene_state(lesson) == scene_state(reference)
    sizes = sorted(f[1] for f in fonts_presenting)
    normal_sizes = sorted(f[1] for f in widget_fonts(reference))
    assert sizes[len(sizes) // 2] > 1.3 * normal_sizes[len(normal_sizes) // 2]  # larger while presenting


def test_self_styled_parts_scale(window, qtbot):
    """Matrices, the diagram's labels, the gradient check's bold cells, the optimizer boxes."""
    backprop = window.open_lesson("backprop")
    descent = window.open_lesson("gradient-descent")
    window.open_lesson("backprop")
    settle()
    block = backprop.stage_panel.blocks[0]
    matrix_pt = block.view._font.pointSizeF()
    check_box = descent.controls.racers["gd"]
    box_pt = check_box.font().pointSizeF()
    bold_cells = [backprop.gradcheck.table.item(r, 3) for r in range(backprop.gradcheck.table.rowCount())]
    bold_pt = next(c.font().pointSizeF() for c in bold_cells if c is not None)
    window.view_menu.presentation.set_active(True)
    settle()
    block = backprop.stage_panel.blocks[0]
    assert block.view._font.pointSizeF() > 1.3 * matrix_pt * 0.65  # fitted to the width, but larger
    assert check_box.font().pointSizeF() > 1.3 * box_pt
    cell = next(c for c in (backprop.gradcheck.table.item(r, 3) for r in range(20)) if c is not None)
    assert cell.font().pointSizeF() > 1.3 * bold_pt
    window.view_menu.presentation.set_active(False)
    settle()
    assert check_box.font().pointSizeF() == box_pt
    cell = next(c for c in (backprop.gradcheck.table.item(r, 3) for r in range(20)) if c is not None)
    assert cell.font().pointSizeF() == bold_pt


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


def test_closing_while_presenting_leaves_it_first(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.view_menu.presentation.set_active(True)
    w.close()
    assert not w.view_menu.presentation.active and scale.font_factor() == 1.0


def test_presentation_screenshots(window, tmp_path):
    """Render each lesson in presentation mode (NNVIS_SHOTS=dir keeps the PNGs to look at)."""
    out = Path(os.environ.get("NNVIS_SHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    window.view_menu.presentation.set_active(True)
    for key, lesson in window.lessons.items():
        window.open_lesson(key)
        lesson.prepare_screenshot()
        window.controller.refresh()
        settle()
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


def _diff(a, b):
    if isinstance(a, dict):
        return [(k, a.get(k), b.get(k)) for k in set(a) | set(b) if a.get(k) != b.get(k)][:8]
    if isinstance(a, list):
        return [(i, x, y) for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y][:8] + [
            len(a),
            len(b),
        ]
    return (a, b)
