"""PySide6's check of every imported module for "PySide6" (visualizer.feature_scan): the same answer, cheaper.

Each case runs in a fresh interpreter, where PySide6's own check is still in place to compare with.
"""

import os
import subprocess
import sys


def _run(code: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_the_cheap_check_gives_pysides_answer_for_every_module_start_up_imports():
    code = """
import sys
import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
pysides = feature._mod_uses_pyside
from visualizer.feature_scan import mentions_pyside
from visualizer.qt_mirror import import_pyqtgraph
import_pyqtgraph()
import visualizer.main_window, visualizer.lessons.shallow.lesson
modules = [m for m in list(sys.modules.values()) if m is not None]
differ = [m.__name__ for m in modules if pysides(m) != mentions_pyside(m)]
print(len(modules), sum(map(mentions_pyside, modules)), ",".join(differ) or "none")
"""
    count, using, differ = _run(code)
    assert int(count) > 300 and int(using) > 20  # pyqtgraph's Qt modules and the program's
    assert differ == "none"


def test_the_program_replaces_the_check_once_pyside6_is_imported():
    code = """
import sys
from visualizer.app import main
main(["--startup-probe"])
from visualizer.feature_scan import mentions_pyside
print(sys.modules["shibokensupport.feature"]._mod_uses_pyside is mentions_pyside)
"""
    assert _run(code)[-1] == "True"
