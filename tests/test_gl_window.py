"""No window re-creation (a visible flash) when the gradient-descent lesson's GL view arrives."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtOpenGLWidgets import QOpenGLWidget

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


def test_the_window_is_made_gl_capable_before_it_is_shown(qtbot, monkeypatch):
    """Offscreen there is no GL: check the mechanism (a hidden QOpenGLWidget from the start)."""
    import visualizer.gl_window as gl_window
    from visualizer.main_window import MainWindow

    plain = MainWindow()
    qtbot.addWidget(plain)
    assert plain.gl_keeper is None  # no OpenGL here: nothing added
    monkeypatch.setattr(gl_window, "opengl_available", lambda: True)
    window = MainWindow()
    qtbot.addWidget(window)
    keeper = window.gl_keeper
    assert isinstance(keeper, QOpenGLWidget) and keeper.parent() is window
    assert not keeper.isVisibleTo(window) and keeper.size().width() == 1
