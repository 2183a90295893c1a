"""Qt tests run headless (offscreen) unless a test asks for a real display itself."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The program's settings (window geometry, lesson, language) go to a throw-away folder: no test
# reads or writes the user's, in this process or in a program it launches.
SETTINGS_DIR = tempfile.mkdtemp(prefix="nn-visualizer-settings-")
os.environ["XDG_CONFIG_HOME"] = SETTINGS_DIR

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
def _throwaway_settings():
    """QSettings' user scope in SETTINGS_DIR on every platform (XDG_CONFIG_HOME is Linux's)."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, SETTINGS_DIR)


@pytest.fixture(scope="session", autouse=True)
def _pyqtgraph_options():
    """The same pyqtgraph options the program sets at start-up."""
    from visualizer.app import configure_pyqtgraph

    configure_pyqtgraph()
