"""Qt tests run headless (offscreen) unless a test asks for a real display itself.

Core tests run without Qt (DESIGN.md): nothing here imports PySide6 or pyqtgraph until a test
that uses Qt asks for it (tests/test_core_no_qt.py runs the core tests with Qt unimportable).
Long soak, leak and long-run tests are marked @pytest.mark.slow: `make test` leaves them out
(pyproject's addopts), `make soak` runs them.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

QT_FIXTURES = {"qtbot", "qapp", "window"}
_pyqtgraph_configured = False


@pytest.fixture
def window(qtbot):
    """The real main window at the screenshot size, shown (offscreen)."""
    from visualizer.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1440, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture(autouse=True)
def _pyqtgraph_options(request):
    """The same pyqtgraph options the program sets at start-up, once, before the first Qt test.

    A Qt test is one that uses a Qt fixture or runs once pyqtgraph is imported (its module
    imported it); a core test never triggers the import.
    """
    global _pyqtgraph_configured
    if _pyqtgraph_configured:
        return
    if QT_FIXTURES & set(request.fixturenames) or "pyqtgraph" in sys.modules:
        from visualizer.app import configure_pyqtgraph

        configure_pyqtgraph()
        _pyqtgraph_configured = True
