"""Import pyqtgraph without creating every PySide6 class at once: ~0.1 s of start-up.

pyqtgraph keeps its own copies of QtCore, QtGui and QtWidgets (pyqtgraph.Qt.QtCore, ...), filled
at import by reading every name of PySide6's modules. PySide6 creates a class (and its Python
enums) only when it is first read, so that loop created all ~720 classes and ~600 enums, of
which the program uses about a hundred: ~150 ms of CPU before the first window, the largest
single cost of start-up after the libraries' own loading.

`import_pyqtgraph()` gives pyqtgraph copies that read a name from PySide6 on its first use
instead (a module `__getattr__`), and lets the copying loop see no names. pyqtgraph's classes
see the same PySide6 objects as before. Nothing changes if pyqtgraph is already imported. The
program, the benchmarks and the tests (tests/conftest.py, at the session's start) go through here.
"""

from __future__ import annotations

import importlib
import sys
import types

from visualizer import pg_deferred

_QT_MODULES = ("QtCore", "QtGui", "QtWidgets")
_OWN = frozenset({"__path__", "__file__"})  # the copy's own: pyqtgraph's copies never took them


def import_pyqtgraph() -> types.ModuleType:
    """pyqtgraph, imported with its Qt copies reading PySide6 lazily (idempotent)."""
    if "pyqtgraph" in sys.modules:
        return sys.modules["pyqtgraph"]
    sources = {name: importlib.import_module(f"PySide6.{name}") for name in _QT_MODULES}
    mirrors = {f"pyqtgraph.Qt.{name}": _mirror(f"pyqtgraph.Qt.{name}", src) for name, src in sources.items()}
    dirs = {src: src.__dict__.get("__dir__") for src in sources.values()}
    sys.modules.update(mirrors)
    for src in sources.values():
        src.__dir__ = list  # pyqtgraph's copying loop finds no names, so it creates no class
    try:
        with pg_deferred.deferred():  # widgets the program never shows: imported on first use
            import pyqtgraph
        pg_deferred.install(pyqtgraph)
    except BaseException:
        for name in mirrors:
            sys.modules.pop(name, None)
        raise
    finally:
        for src, old in dirs.items():
            if old is None:
                del src.__dir__
            else:
                src.__dir__ = old
    return pyqtgraph


def _mirror(name: str, source: types.ModuleType) -> types.ModuleType:
    """An empty module that reads any name it lacks from `source` (and keeps it)."""
    mirror = types.ModuleType(name)

    def __getattr__(attr: str):  # noqa: N807 (the module attribute Python looks for)
        if attr in _OWN:  # the import system asks whether it is a package: it is not
            raise AttributeError(attr)
        value = getattr(source, attr)
        setattr(mirror, attr, value)
        return value

    mirror.__getattr__ = __getattr__
    return mirror
