"""pyqtgraph's widgets the program never shows, imported on first use instead of at start-up: ~30 ms.

pyqtgraph's __init__ imports every widget it has. Eight the program never uses, and with them
its parameter tree, multiprocess, multiprocessing, pydoc: ~50 modules, the costliest part of
pyqtgraph's import after its plots. `deferred()` lets that import find empty stand-ins for them;
once it is over the stand-ins are gone, and pyqtgraph gets each of their names on its first
use (a module __getattr__): `pg.ImageView`, `from pyqtgraph import DataTreeWidget`,
`pg.parametertree`, `import pyqtgraph.widgets.TableWidget` all give the real thing, imported then.
Interleaved A/B of whole launches (7 each): CPU to the first paint 0.74 -> 0.71 s (medians). The
other 16 widgets the program never uses were tried too: no difference a paired run could see.
"""

from __future__ import annotations

import functools
import importlib
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager

# module -> the names pyqtgraph's __init__ takes from it (each module's __all__)
DEFERRED = {
    "pyqtgraph.widgets.ColorMapWidget": ("ColorMapWidget", "ColorMapParameter"),
    "pyqtgraph.widgets.DataFilterWidget": ("DataFilterWidget",),
    "pyqtgraph.widgets.ScatterPlotWidget": ("ScatterPlotWidget",),
    "pyqtgraph.widgets.RemoteGraphicsView": ("RemoteGraphicsView",),
    "pyqtgraph.widgets.DataTreeWidget": ("DataTreeWidget",),
    "pyqtgraph.widgets.DiffTreeWidget": ("DiffTreeWidget",),
    "pyqtgraph.widgets.TableWidget": ("TableWidget",),
    "pyqtgraph.imageview": ("ImageView",),
}
# pyqtgraph's attributes these imports used to set: its subpackages the widgets imported
SUBPACKAGES = ("imageview", "parametertree", "multiprocess")
_STANDIN = object()  # what `from ... import RemoteGraphicsView` finds during the import


@contextmanager
def deferred() -> Iterator[None]:
    """While pyqtgraph is imported: the deferred modules are empty stand-ins."""
    standins = {name: _standin(name, names) for name, names in DEFERRED.items() if name not in sys.modules}
    sys.modules.update(standins)
    try:
        yield
    finally:
        for name, module in standins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def install(pg: types.ModuleType) -> None:
    """After the import: pyqtgraph reads the deferred names on their first use."""
    where = {name: module for module, names in DEFERRED.items() for name in names}
    where.update((name, f"pyqtgraph.{name}") for name in SUBPACKAGES)
    for name in where:
        if pg.__dict__.get(name) is _STANDIN:
            delattr(pg, name)
    earlier = pg.__dict__.get("__getattr__")

    def __getattr__(name: str):  # noqa: N807 (the module attribute Python looks for)
        if name not in where:
            if earlier is not None:
                return earlier(name)
            raise AttributeError(f"module 'pyqtgraph' has no attribute {name!r}")
        module = importlib.import_module(where[name])
        value = module if name in SUBPACKAGES else getattr(module, name)
        setattr(pg, name, value)  # also where pyqtgraph's own functions look for it (pg.image)
        return value

    pg.__getattr__ = __getattr__
    _image_finds_image_view(pg)


def _standin(name: str, names: tuple[str, ...]) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__all__ = []  # `from ... import *` takes nothing
    for attr in names:
        setattr(module, attr, _STANDIN)
    return module


def _image_finds_image_view(pg: types.ModuleType) -> None:
    """pg.image() names ImageView as a global of pyqtgraph, which no __getattr__ serves: read it first."""
    image = pg.__dict__.get("image")
    if not callable(image):
        return

    @functools.wraps(image)
    def image_with_view(*args, **kwargs):
        pg.ImageView  # noqa: B018 (imported into pyqtgraph's namespace)
        return image(*args, **kwargs)

    pg.image = image_with_view
