"""Qt tests run headless (offscreen) unless a test asks for a real display itself.

Core tests run without Qt (DESIGN.md): tests/test_core_no_qt.py runs them with Qt unimportable.
Where Qt is there, pyqtgraph is imported at the session's start the way the program imports it.
Long soak, leak and long-run tests are marked @pytest.mark.slow: `make test` leaves them out
(pyproject's addopts), `make soak` runs them.
"""

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The program's settings (window geometry, lesson, language) go to a throw-away folder: no test
# reads or writes the user's, in this process or in a program it launches.
SETTINGS_DIR = tempfile.mkdtemp(prefix="nn-visualizer-settings-")
os.environ["XDG_CONFIG_HOME"] = SETTINGS_DIR

import pytest  # noqa: E402

QT_FIXTURES = {"qtbot", "qapp", "window"}
_pyqtgraph_configured = False


def pytest_sessionstart(session):
    """pyqtgraph imported as the program imports it (visualizer.qt_mirror: its copies of Qt's
    modules read PySide6 lazily), before any test module imports it plainly: the tests run the
    program's pyqtgraph. Where Qt cannot be imported (core's tests without the GUI stack), nothing."""
    from visualizer.qt_mirror import import_pyqtgraph  # imports no Qt itself

    try:
        import_pyqtgraph()
    except ImportError:
        return


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
        from PySide6.QtCore import QSettings

        from visualizer.app import configure_pyqtgraph

        # QSettings' user scope in SETTINGS_DIR on every platform (XDG_CONFIG_HOME is Linux's)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, SETTINGS_DIR)
        configure_pyqtgraph()
        _pyqtgraph_configured = True
