"""A long loop of Qt calls returning None: PySide6 6.12.0 on CPython 3.11 aborts on it.

DESIGN.md: that build corrupts None's reference count and the process dies with
"none_dealloc" after ~5,000 such calls. Run in a subprocess so an abort is a test failure,
not a crashed test run.
"""

import os
import subprocess
import sys

import pytest

SOAK = r"""
import numpy as np
from PySide6.QtWidgets import QApplication
import pyqtgraph as pg
from core.trainer import Trainer
from visualizer.plots.cost_plot import CostPlot
app = QApplication([])
plot = CostPlot()
trainer = Trainer()
calls = 0
for i in range(6000):
    trainer.step(1)
    s = trainer.snapshot()
    plot.set_curves(s.cost_steps, s.cost_values, s.test_cost_steps, s.test_cost_values)
    plot.setTitle(f"{i}")          # returns None
    plot.getPlotItem().setLabel("bottom", "iteration")  # returns None
    app.processEvents()             # returns None
    calls += 5
print("calls", calls)
"""


@pytest.mark.slow  # a soak (30,000 calls, ~10 s): `make soak` runs it
def test_tens_of_thousands_of_plot_updates_do_not_abort():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", SOAK], env=env, capture_output=True, text=True,
                         timeout=300)  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    assert int(out.stdout.split()[-1]) >= 30000
