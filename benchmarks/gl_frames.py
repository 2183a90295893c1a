"""The gradient-descent lesson's 3D pane while running, under Xvfb with Mesa's software renderer.

Frames/s counts the scenes the 3D view draws (its frameSwapped), in a 1920 x 1080 window, for
5 s of running; CPU per frame is this process's (llvmpipe's threads included) and the X
server's, so a busy machine shows in frames/s but less in CPU. Skipped without xvfb-run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from benchmarks.stats import Figure

PROBE = r"""
import json, os, sys, time
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
app = QApplication([])
from visualizer.app import configure_font, configure_pyqtgraph
configure_font(app); configure_pyqtgraph()
from visualizer.i18n import set_language
set_language("en")
from visualizer.main_window import MainWindow

def x_server_cpu():
    display = os.environ["DISPLAY"].encode()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmd = open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")
            if cmd[0].endswith(b"Xvfb") and display in cmd:
                fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
                return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError):
            continue
    return 0.0

w = MainWindow(); w.resize(1920, 1080); w.show()
lesson = w.open_lesson("gradient-descent")
start = time.perf_counter()
while time.perf_counter() - start < 1.5:
    app.processEvents()
frames = [0]
lesson.surface3d.view.frameSwapped.connect(lambda: frames.__setitem__(0, frames[0] + 1))
w.controller.run()
cpu, x_cpu, start, frames[0] = time.process_time(), x_server_cpu(), time.perf_counter(), 0
while time.perf_counter() - start < float(sys.argv[1]):
    app.processEvents()
elapsed, n = time.perf_counter() - start, max(frames[0], 1)
print(json.dumps({"fps": frames[0] / elapsed, "cpu_ms": 1000 * (time.process_time() - cpu) / n,
                  "x_ms": 1000 * (x_server_cpu() - x_cpu) / n}))
w.controller.pause()
"""


def _run(seconds: float) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "LIBGL_ALWAYS_SOFTWARE": "1"}
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", sys.executable, "-c", PROBE, str(seconds)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, timeout=300)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(times: int = 3, seconds: float = 5.0) -> list[Figure]:
    if shutil.which("xvfb-run") is None:
        print("gl frames: no xvfb-run, skipped", file=sys.stderr)
        return []
    runs = [_run(seconds) for _ in range(times)]

    def fig(name: str, key: str, unit: str, target: str = "") -> Figure:
        values = sorted(r[key] for r in runs)
        return Figure(name, values[len(values) // 2], values[0], values[-1], unit, target)

    return [
        fig("gradient descent 3D pane under Xvfb (llvmpipe), 1920x1080: frames/s", "fps", "/s", ">= 30"),
        fig("  its CPU per frame (the program, llvmpipe's threads included)", "cpu_ms", "ms"),
        fig("  the X server's CPU per frame", "x_ms", "ms"),
    ]
