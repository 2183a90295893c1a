"""Take the run home: a lesson's run as a numpy script or a Jupyter notebook in the course's notation.

    run = describe(engine)                  # None for a lesson that trains nothing
    save_export("run.ipynb", run, lang="zh_CN")

Run, the exported code prints "Cost after iteration k: J" with the program's own numbers.
"""

from core.take_home.run import (
    DeepLessonRun,
    DeepRun,
    DescentRun,
    NetworkRun,
    can_export,
    describe,
    export_refusal,
    network_run,
)
from core.take_home.write import FORMATS, cells, export_text, save_export, script_text

__all__ = [
    "FORMATS", "DeepLessonRun", "DeepRun", "DescentRun", "NetworkRun", "can_export", "cells", "describe",
    "export_refusal", "export_text", "network_run", "save_export", "script_text",
]  # fmt: skip
