"""The gradient-descent lesson's window: plots follow the steps, clicks move the start, the 3D pane
renders under a real GL context (Xvfb + Mesa) and falls back to a heatmap where there is none."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

if QApplication.instance() is None:  # as app.py does: GL views share pyqtgraph's shaders
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

from core import descent  # noqa: E402
from core.descent import DescentConfig  # noqa: E402
from tests.ticks import tick_until  # noqa: E402
from visualizer.lessons.gradient_descent.lesson import SCREENSHOT_STEPS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def lesson(qtbot):
    from visualizer.app import configure_pyqtgraph
    from visualizer.lessons.gradient_descent.lesson import GradientDescentLesson

    configure_pyqtgraph()
    widget = GradientDescentLesson()
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    widget.show()
    widget.render(widget.engine.snapshot())
    return widget


def _show(lesson):
    lesson.render(lesson.engine.snapshot())
    QApplication.processEvents()
    return lesson.engine.snapshot()


def _all_plot_data_finite(lesson):
    for items in lesson.contour.racer_items:
        for key in ("outline", "line", "shaft"):
            x, y = items[key].getData()
            if x is not None and (not np.all(np.isfinite(x)) or not np.all(np.isfinite(y))):
                return False
    return True


def test_the_lesson_is_registered_with_its_key_and_title():
    from visualizer.lessons import LESSON_CLASSES

    keys = {cls.key: cls.title for cls in LESSON_CLASSES}
    assert keys.get("gradient-descent") == "Gradient descent"


def test_paths_follow_every_step_on_both_panes(lesson):
    lesson.set_config(DescentConfig(optimizers=("gd", "adam")))
    _show(lesson)
    assert lesson.contour.path_point_count(0) == 1
    lesson.engine.step(1)
    _show(lesson)
    assert lesson.contour.path_point_count(0) == 2
    lesson.engine.step(7)
    s = _show(lesson)
    for i in range(2):
        assert lesson.contour.path_point_count(i) == 9
    x, y = lesson.contour.racer_items[0]["line"].getData()
    np.testing.assert_allclose(np.c_[x, y], s.racers[0].path)
    if lesson.surface3d is not None:
        assert lesson.surface3d.path_point_count(0) == 9
    else:
        assert lesson.fallback.path_point_count(0) == 9
    assert "Step 8" in lesson.readout.text()
    assert f"{s.racers[0].cost:.4g}" in lesson.readout.text()


def test_a_gradient_arrow_sits_at_the_current_point_and_points_downhill(lesson):
    lesson.engine.step(3)
    s = _show(lesson)
    r = s.racers[0]
    items = lesson.contour.racer_items[0]
    x, y = items["shaft"].getData()
    assert (x[0], y[0]) == pytest.approx(tuple(r.theta))
    direction = np.array([x[1] - x[0], y[1] - y[0]])
    cos = -direction @ r.gradient / (np.linalg.norm(direction) * r.grad_norm)
    assert cos == pytest.approx(1.0)
    assert items["arrow"].isVisible()


def test_a_shaft_repaints_only_the_pixels_around_it(lesson):
    """Its pen is cosmetic (pixels): its bounds grow by a few pixels, not by its width in data
    units (~90 pixels of repainted band around the arrow, every frame)."""
    lesson.engine.step(3)
    _show(lesson)
    shaft = lesson.contour.racer_items[0]["shaft"]
    view = lesson.contour

    def pixels(rect):
        return view.mapFromScene(shaft.mapRectToScene(rect)).boundingRect()

    line = shaft.line()
    bounds, drawn = pixels(shaft.boundingRect()), pixels(QRectF(line.p1(), line.p2()).normalized())
    pad = shaft.pen().widthF() / 2 + 3  # half the pen, a pixel, and rounding
    assert bounds.width() <= drawn.width() + 2 * pad and bounds.height() <= drawn.height() + 2 * pad
    assert bounds.contains(drawn)


def test_a_head_is_a_disc_of_fixed_pixels_at_the_current_point(lesson):
    from visualizer import scale

    lesson.engine.step(5)
    s = _show(lesson)
    view, head = lesson.contour, lesson.contour.racer_items[1]["head"]
    assert (head.pos().x(), head.pos().y()) == pytest.approx(tuple(s.racers[1].theta))
    pixels = head.deviceTransform(view.viewportTransform()).mapRect(head.boundingRect())
    size = scale.size(11)
    assert size <= pixels.width() <= size + 4 and size <= pixels.height() <= size + 4  # + the pen
    assert head.brush().color().name() == "#ff9f1c"  # momentum's colour


def test_clicking_the_contour_map_moves_the_start_and_resets_the_paths(lesson, qtbot):
    lesson.engine.step(10)
    _show(lesson)
    vb = lesson.contour.getViewBox()
    target = (1.0, 2.0)
    scene_point = vb.mapViewToScene(pg_point(*target))
    widget_point = lesson.contour.mapFromScene(scene_point)
    qtbot.mouseClick(lesson.contour.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    s = _show(lesson)
    assert s.step == 0
    assert s.start == pytest.approx(np.array(target), abs=0.15)
    for r in s.racers:
        assert len(r.path) == 1
    assert lesson.contour.path_point_count(0) == 1
    assert "(w, b) = (1.0" in lesson.controls.start_label.text()


def pg_point(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_a_click_outside_the_square_is_ignored(lesson, qtbot):
    before = lesson.engine.config.start_point
    qtbot.mouseClick(lesson.contour.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert lesson.engine.config.start_point == before


def test_divergence_is_reported_and_the_plots_stay_finite(lesson):
    lesson.set_config(DescentConfig(learning_rate=80.0, optimizers=("gd",), start=(2.6, -0.8)))
    lesson.engine.step(descent.MAX_STEPS)
    s = _show(lesson)
    k = s.racers[0].diverged_at
    assert k is not None
    assert f"diverged at step {k}" in lesson.readout.text()
    assert f"diverged at step {k}" in lesson.status_text(s)
    assert _all_plot_data_finite(lesson)
    lesson.engine.reset()
    s = _show(lesson)
    assert "diverged" not in lesson.readout.text() and s.racers[0].diverged_at is None


def test_controls_change_the_engine(lesson):
    c = lesson.controls
    c.learning_rate.box.setValue(0.25)
    assert lesson.engine.config.learning_rate == pytest.approx(0.25)
    c.racers["rmsprop"].setChecked(True)
    assert "rmsprop" in lesson.engine.config.optimizers
    assert not c.normalize.isEnabled()
    c.mode.setCurrentIndex(c.mode.findData("w1_w2"))
    cfg = lesson.engine.config
    assert cfg.mode == "w1_w2" and cfg.learning_rate == pytest.approx(0.05)
    assert c.normalize.isEnabled()
    s = _show(lesson)
    assert s.surface.names == ("w1", "w2")
    assert lesson.contour.getPlotItem().getAxis("bottom").labelText == "w1"
    c.normalize.setChecked(True)
    assert lesson.engine.config.normalize
    assert "round" in lesson.note.text()
    c.loss.setCurrentIndex(c.loss.findData("squared_error"))
    assert lesson.engine.config.loss == "squared_error"
    assert "not convex" in lesson.note.text()
    c.separation.box.setValue(3.0)
    c.noise.box.setValue(0.8)
    c.beta1.box.setValue(0.5)
    cfg = lesson.engine.config
    assert (cfg.separation, cfg.noise, cfg.beta1) == (3.0, 0.8, 0.5)


def test_the_surface_is_redrawn_only_when_j_changes(lesson):
    shown = lesson._shown_surface
    lesson.controls.learning_rate.box.setValue(0.3)
    _show(lesson)
    assert lesson._shown_surface is shown
    lesson.controls.noise.box.setValue(1.5)
    _show(lesson)
    assert lesson._shown_surface is not shown
    image = lesson.contour.image.image
    assert image.shape[0] >= 150 and image.shape[1] >= 150 and np.all(np.isfinite(image))


def test_run_through_the_window_animates_a_few_steps_per_tick(qtbot):
    from visualizer.app import configure_pyqtgraph
    from visualizer.main_window import MainWindow

    configure_pyqtgraph()
    window = MainWindow()
    qtbot.addWidget(window)
    lesson = window.open_lesson("gradient-descent")
    assert window.controller.engine is lesson.engine
    window.controller.set_speed(1.0)
    assert window.controller.steps_for_this_tick() == lesson.engine.steps_per_tick
    window.controller.run()
    tick_until(window.controller, lambda: lesson.engine.step_count >= 10, max_ticks=10)  # paced: >= 1 a tick
    window.controller.pause()
    n = lesson.engine.step_count
    assert lesson.contour.path_point_count(0) == n + 1
    window.controller.reset()
    assert lesson.engine.step_count == 0 and lesson.contour.path_point_count(0) == 1


def test_run_stops_by_itself_when_every_racer_has_diverged(qtbot):
    from visualizer.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    lesson = window.open_lesson("gradient-descent")
    lesson.set_config(DescentConfig(learning_rate=80.0, optimizers=("gd",), start=(2.6, -0.8)))
    window.controller.set_speed(10.0)
    window.controller.run()
    tick_until(window.controller, lambda: not window.controller.running, max_ticks=descent.MAX_STEPS + 1)
    assert "diverged at step" in window.status_label.text()


# -- the 3D pane: real OpenGL under Xvfb, and the offscreen fallback (subprocesses) -------------

_RENDER_3D = textwrap.dedent(
    """
    import json, sys
    import numpy as np
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from visualizer.app import configure_pyqtgraph
    configure_pyqtgraph()
    from visualizer.lessons.gradient_descent.lesson import GradientDescentLesson
    lesson = GradientDescentLesson()
    lesson.resize(1400, 850)
    lesson.show()
    lesson.prepare_screenshot()
    lesson.render(lesson.engine.snapshot())
    for _ in range(5):
        app.processEvents()
    out = {"has_gl": lesson.has_gl, "fallback": lesson.fallback is not None}
    if lesson.surface3d is not None:
        img = lesson.surface3d.view.grabFramebuffer().convertToFormat(
            lesson.surface3d.view.grabFramebuffer().Format.Format_RGBA8888)
        a = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)
        rgb = a[:, : img.width(), :3].astype(int)
        out["size"] = [img.width(), img.height()]
        out["non_white"] = float((rgb.sum(axis=2) < 700).mean())
        # viridis: the floor of the bowl is dark purple, its walls yellow-green
        purple = (rgb[..., 2] > rgb[..., 1] + 40) & (rgb[..., 0] < 110) & (rgb[..., 2] > 60)
        yellow = (rgb[..., 0] > 170) & (rgb[..., 1] > 170) & (rgb[..., 2] < 90)
        red = (rgb[..., 0] > 180) & (rgb[..., 1] < 80) & (rgb[..., 2] < 110)
        out["purple"] = float(purple.mean())
        out["yellow"] = float(yellow.mean())
        out["red"] = int(red.sum())
        out["colors"] = int(len(np.unique(rgb.reshape(-1, 3) // 8, axis=0)))
        win = lesson.grab().toImage()
        out["grab_ok"] = not win.isNull()
    print(json.dumps(out))
    """
)


def _run(code, platform):
    env = dict(os.environ, QT_QPA_PLATFORM=platform, LIBGL_ALWAYS_SOFTWARE="1")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.gl
def test_3d_pane_renders_the_surface_and_paths_under_a_real_gl_context():
    if not os.environ.get("DISPLAY"):
        if os.environ.get("CI"):
            pytest.fail("CI must run the tests under Xvfb (xvfb-run) so the 3D pane is checked")
        pytest.skip("no DISPLAY: run under xvfb-run to check the 3D pane")
    result = _run(_RENDER_3D, "xcb")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    print(out)
    assert out["has_gl"] and not out["fallback"], out
    assert out["non_white"] > 0.08, out  # the surface fills a good part of the pane
    assert out["purple"] > 0.005 and out["yellow"] > 0.01, out  # both ends of the color map
    assert out["red"] > 20, out  # gradient descent's red path is drawn on it
    assert out["colors"] > 50, out  # shaded per vertex, not one flat color
    assert out["grab_ok"]
    assert "Traceback" not in result.stderr, result.stderr
    assert "Error while drawing" not in result.stderr, result.stderr  # GL errors are only printed


def test_offscreen_gives_the_2d_fallback_without_error():
    code = textwrap.dedent(
        """
        import json
        import numpy as np
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        from visualizer.lessons.gradient_descent.lesson import GradientDescentLesson, NO_GL_NOTE
        lesson = GradientDescentLesson()
        lesson.resize(1200, 800)
        lesson.show()
        lesson.prepare_screenshot()
        lesson.render(lesson.engine.snapshot())
        app.processEvents()
        img = lesson.fallback.grab().toImage()
        print(json.dumps({
            "has_gl": lesson.has_gl,
            "surface3d": lesson.surface3d is not None,
            "note": any(w.text() == NO_GL_NOTE for w in lesson.findChildren(QLabel)),
            "points": lesson.fallback.path_point_count(0),
            "image": list(lesson.fallback.image.image.shape),
            "gl_imported": "pyqtgraph.opengl" in __import__("sys").modules,
            "grab": [img.width(), img.height()],
        }))
        """
    )
    result = _run(code, "offscreen")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert not out["has_gl"] and not out["surface3d"]
    assert out["note"]
    assert out["points"] == 1 + SCREENSHOT_STEPS  # the screenshot's steps, drawn on the heatmap
    assert min(out["image"]) >= 150
    assert not out["gl_imported"]  # the 85 ms import is skipped where it cannot be used
    assert min(out["grab"]) > 100
