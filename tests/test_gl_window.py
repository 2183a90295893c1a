"""The 3D view under real OpenGL: no window re-creation (a flash) when it arrives, and cheap frames."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtOpenGLWidgets import QOpenGLWidget

from visualizer.widgets.surface_3d import MESH_N

ROOT = Path(__file__).resolve().parents[1]

_OPEN_GD = textwrap.dedent(
    """
    import json
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication([])
    from visualizer.app import configure_pyqtgraph
    configure_pyqtgraph()
    from visualizer.main_window import MainWindow
    w = MainWindow()
    w.resize(1280, 720)
    w.show()
    for _ in range(5):
        app.processEvents()

    class Watch(QObject):
        events = 0
        def eventFilter(self, obj, event):
            if event.type() in (QEvent.Type.PlatformSurface, QEvent.Type.WinIdChange):
                Watch.events += 1
            return False

    watch = Watch()
    w.installEventFilter(watch)
    before = int(w.winId())
    lesson = w.open_lesson("gradient-descent")
    for _ in range(5):
        app.processEvents()
    print(json.dumps({"has_gl": lesson.has_gl, "same": int(w.winId()) == before, "events": Watch.events}))
    """
)


@pytest.mark.gl
def test_the_top_level_window_survives_the_gl_view():
    if not os.environ.get("DISPLAY"):
        pytest.skip("no DISPLAY: run under xvfb-run to check the native window")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", LIBGL_ALWAYS_SOFTWARE="1")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    result = subprocess.run(
        [sys.executable, "-c", _OPEN_GD], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["has_gl"], out
    assert out["same"] and out["events"] == 0, out  # winId() unchanged, no surface destroyed


_FRAMES = textwrap.dedent(
    """
    import json
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtOpenGLWidgets import QOpenGLWidget
    from PySide6.QtWidgets import QApplication
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication([])
    from visualizer.app import configure_pyqtgraph
    configure_pyqtgraph()
    from visualizer.main_window import MainWindow
    w = MainWindow()
    w.resize(1280, 720)
    w.show()
    lesson = w.open_lesson("gradient-descent")
    for _ in range(5):
        app.processEvents()
    surface, view = lesson.surface3d.surface_item, lesson.surface3d.view
    uploads = []
    upload = surface.upload_vertex_buffers
    surface.upload_vertex_buffers = lambda bits: (uploads.append(int(bits)), upload(bits))
    frames, counts = view.frames, []
    for _ in range(4):
        lesson.engine.step(1)
        w.controller.refresh()
        view.repaint()
        counts.append(lesson.surface3d.path_point_count(0))
    still = view.frames
    view.repaint()  # nothing in the scene changed: the picture already drawn is shown
    still = view.frames - still
    pixels = view.grabFramebuffer()
    print(json.dumps({
        "still": still,
        "uploads": uploads, "frames": view.frames - frames, "counts": counts,
        "gl_widgets": len(w.findChildren(QOpenGLWidget)),
        "mesh_vertices": int(surface.vertexes.shape[0]),
        "size": [pixels.width(), pixels.height()], "view": [view.width(), view.height()],
    }))
    """
)


@pytest.mark.gl
def test_a_frame_draws_the_paths_and_never_uploads_the_mesh_again():
    """The bowl is uploaded once per surface; a step redraws the scene with longer paths only, and
    the window holds no QOpenGLWidget (it would make Qt compose every repaint through GL)."""
    if not os.environ.get("DISPLAY"):
        pytest.skip("no DISPLAY: run under xvfb-run to draw with OpenGL")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", LIBGL_ALWAYS_SOFTWARE="1")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    result = subprocess.run(
        [sys.executable, "-c", _FRAMES], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["uploads"] == [], out  # the mesh stayed on the GPU
    assert out["frames"] >= 4 and out["counts"] == sorted(set(out["counts"])), out
    assert out["gl_widgets"] == 0, out
    assert out["still"] == 0, out
    assert out["mesh_vertices"] <= MESH_N * MESH_N, out  # thinned from the contour map's grid
    assert out["size"] == out["view"], out


def test_the_3d_view_is_a_plain_widget_not_a_qopenglwidget(qtbot):
    """Offscreen there is no GL: check the mechanism. The view draws into its own framebuffer and
    paints the picture, so the window never becomes GL-composed (no flash, no slow repaints)."""
    from visualizer.main_window import MainWindow
    from visualizer.widgets.offscreen_gl import offscreen_view_class

    view_class = offscreen_view_class()
    assert not issubclass(view_class, QOpenGLWidget)
    assert any(c.__name__ == "GLViewMixin" for c in view_class.__mro__)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_lesson("gradient-descent")
    assert window.findChildren(QOpenGLWidget) == []


def test_the_mesh_is_thinned_to_at_most_mesh_n_samples_a_side():
    import numpy as np

    from visualizer.widgets.surface_3d import _thinned

    p1, p2 = np.linspace(-1, 1, 160), np.linspace(0, 2, 120)
    J = p2[:, None] + p1[None, :]
    rgba = np.zeros((120, 160, 4))
    q1, q2, K, colors = _thinned(p1, p2, J, rgba)
    assert len(q1) == MESH_N and len(q2) == MESH_N
    assert (q1[0], q1[-1], q2[0], q2[-1]) == (p1[0], p1[-1], p2[0], p2[-1])  # the same square
    assert K.shape == (MESH_N, MESH_N) and colors.shape == (MESH_N, MESH_N, 4)
    np.testing.assert_allclose(K, q2[:, None] + q1[None, :])  # samples of J, not a blur
