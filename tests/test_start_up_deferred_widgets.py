"""pyqtgraph's widgets the program never shows are imported on first use (visualizer.pg_deferred).

Each case runs in a fresh interpreter: the test process imported pyqtgraph long ago.
"""

import json
import os
import subprocess
import sys

DESCRIBE = """
import json, sys, types
def describe(value):
    if isinstance(value, types.ModuleType):
        return "module " + value.__name__
    return f"{type(value).__name__} {getattr(value, '__module__', '')}.{getattr(value, '__qualname__', '')}"
"""


def _run(code: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


def test_every_name_of_pyqtgraph_is_there_and_the_same_as_in_a_plain_import():
    everything = "import pyqtgraph as pg\nprint(json.dumps({n: describe(v) for n, v in vars(pg).items()}))"
    plain = json.loads(_run(DESCRIBE + everything))
    lazy = json.loads(_run(DESCRIBE + f"""
from visualizer.qt_mirror import import_pyqtgraph
pg = import_pyqtgraph()
print(json.dumps({{n: describe(getattr(pg, n)) for n in {sorted(plain)!r}}}))
"""))  # fmt: skip
    assert lazy == plain  # pg.image's wrapper keeps the name, module and qualname of pg.image


def test_the_deferred_widgets_are_left_out_of_start_up_and_come_whole_when_used():
    code = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from visualizer.app import configure_pyqtgraph
configure_pyqtgraph()
from visualizer.main_window import MainWindow
window = MainWindow()
from visualizer.pg_deferred import DEFERRED
late = (*DEFERRED, "pyqtgraph.parametertree", "pyqtgraph.multiprocess", "multiprocessing", "pydoc")
print(",".join(m for m in late if m in sys.modules) or "none", end=" ")
import numpy as np
import pyqtgraph as pg
from pyqtgraph import DataTreeWidget
from pyqtgraph.widgets.TableWidget import TableWidget
view = pg.image(np.zeros((4, 4)))
tree = DataTreeWidget(data={"a": 1})
print(type(view).__name__, pg.ImageView is type(view), TableWidget is pg.TableWidget,
      pg.parametertree.Parameter.__name__, pg.RemoteGraphicsView.__module__)
"""
    assert _run(code) == ("none ImageView True True Parameter pyqtgraph.widgets.RemoteGraphicsView")


def test_a_name_pyqtgraph_never_had_is_still_an_attribute_error():
    code = """
from visualizer.qt_mirror import import_pyqtgraph
pg = import_pyqtgraph()
print(hasattr(pg, "NoSuchWidget"), hasattr(pg, "PlotWidget"))
"""
    assert _run(code) == "False True"
