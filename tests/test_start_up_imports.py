"""What start-up imports: pyqtgraph without every Qt class, no file or export modules before use.

Each case runs in a fresh interpreter (the test process has imported everything long ago).
"""

import os
import subprocess
import sys

UNUSED_CLASS = "QPdfWriter"  # a PySide6 class the program never uses at start-up


def _words(code: str) -> list[str]:
    """What `code`, run in a fresh interpreter, printed, word by word."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def _run(code: str) -> str:
    return _words(code)[-1]


def _created(import_line: str) -> str:
    """Whether PySide6 created the unused class while pyqtgraph was imported."""
    return _run(f"import PySide6.QtGui as G\n{import_line}\nprint({UNUSED_CLASS!r} in G.__dict__)")


def test_a_plain_import_of_pyqtgraph_creates_every_qt_class():
    assert _created("import pyqtgraph") == "True"  # what the lazy copies avoid


def test_the_programs_import_of_pyqtgraph_creates_only_what_is_used():
    assert _created("from visualizer.qt_mirror import import_pyqtgraph; import_pyqtgraph()") == "False"


def test_pyqtgraph_through_the_lazy_copies_sees_the_same_qt_and_draws():
    code = f"""
import PySide6.QtGui as G, PySide6.QtWidgets as W
from visualizer.qt_mirror import import_pyqtgraph
pg = import_pyqtgraph()
from pyqtgraph.Qt import QtGui, QtWidgets
assert QtGui.{UNUSED_CLASS} is G.{UNUSED_CLASS} and QtWidgets.QWidget is W.QWidget
assert pg.Qt.QtCore.__version__ and not hasattr(pg.Qt.QtCore, "__path__")
assert import_pyqtgraph() is pg
app = W.QApplication([])
plot = pg.PlotWidget()
plot.plot([0, 1, 2], [2, 0, 1])
plot.resize(200, 150)
image = plot.grab().toImage()
print(len({{image.pixel(x, y) for x in range(0, 200, 5) for y in range(0, 150, 5)}}))
"""
    assert int(_run(code)) > 2  # background, axes, curve, their antialiased edges


def test_start_up_leaves_the_file_and_export_modules_for_their_first_use():
    code = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from visualizer.app import configure_pyqtgraph
configure_pyqtgraph()
from visualizer.main_window import MainWindow
window = MainWindow()
late = ("core.session", "pyqtgraph.exporters", "xml.dom.minidom")
print(",".join(m for m in late if m in sys.modules) or "none")
"""
    assert _run(code) == "none"


def test_the_start_up_probe_reports_after_the_lessons_plots_painted():
    code = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QGraphicsView
app = QApplication([])
class PlotPaints(QObject):
    n = 0
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj.parent(), QGraphicsView):
            self.n += 1  # a plot's viewport
        return False
paints = PlotPaints()
app.installEventFilter(paints)
lines, real = [], sys.stdout
class Out:
    def write(self, text):
        if text.strip():
            lines.append(f"{text.strip()}:{paints.n}")
    def flush(self):
        pass
sys.stdout = Out()
from visualizer.app import main
code = main(["--startup-probe"])
sys.stdout = real
print(code, lines[0] if len(lines) == 1 else lines)
"""
    returned, line = _words(code)[-2:]
    assert returned == "0"
    what, plots_painted = line.split(":")
    assert what == "first-paint" and int(plots_painted) >= 2  # the boundary and the cost plot


def test_the_program_imports_numpy_before_qt_reads_every_later_modules_source():
    code = """
import sys
from visualizer.app import main
main(["--startup-probe"])
order = list(sys.modules)
print(order.index("numpy") < order.index("PySide6"))
"""
    assert _run(code) == "True"
