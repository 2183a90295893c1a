"""Qt tests run headless (offscreen) unless a test asks for a real display itself."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


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


@pytest.fixture(scope="session", autouse=True)
def _pyqtgraph_options():
    """The same pyqtgraph options the program sets at start-up."""
    from visualizer.app import configure_pyqtgraph

    configure_pyqtgraph()
