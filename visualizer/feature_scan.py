"""PySide6's check of every imported module, made cheap: ~50 ms of start-up's CPU time here.

Once PySide6 is imported, it asks of every module imported after it whether its source mentions
"PySide6" (shibokensupport.feature._mod_uses_pyside, for its opt-in `from __feature__ import
snake_case`). It reads the source with inspect.getsource: linecache decodes the whole file and
splits it into lines, ~0.1 ms a module, and start-up imports ~350 modules after PySide6
(pyqtgraph and the program). `apply()` gives the same answer from the file's bytes: the same
modules are marked as using PySide6, in a quarter of the time (363 modules: 30 ms -> 7 ms). An
interleaved A/B of whole launches (7 each): CPU to the first paint 0.78 -> 0.73 s (medians).
"""

from __future__ import annotations

import sys
import types


def apply() -> None:
    """Replace the check (idempotent; nothing happens where PySide6 is not imported or differs)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = mentions_pyside


def mentions_pyside(module: types.ModuleType) -> bool:
    """Whether the module's source file contains "PySide6" (False without a .py file)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False
