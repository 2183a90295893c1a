"""Cells to a plain Python script (percent cells: `# %%`) or to a Jupyter notebook (nbformat)."""

from __future__ import annotations

import math
import os
from pathlib import Path

from core.csvdata import atomic_write_text
from core.take_home.looks import look_text
from core.take_home.run import DeepLessonRun, DeepRun, DescentRun, Run

Cell = tuple[str, str]
FORMATS = ("py", "ipynb")


def default_print_every(iterations: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, ... giving at most about ten printed costs."""
    target = max(1.0, iterations / 10)
    power = 10 ** math.floor(math.log10(target))
    return next(k * power for k in (1, 2, 5, 10) if k * power >= target)


def cells(run: Run, lang: str = "en", look: str | None = None, print_every: int | None = None) -> list[Cell]:
    """The export's cells; `look` is the lesson's What-to-look-at text (default: core's)."""
    from core.take_home.descent_cells import descent_cells
    from core.take_home.network_cells import network_cells

    look = look if look is not None else look_text(run.lesson, lang)
    every = print_every or default_print_every(run.iterations)
    if every < 1:
        raise ValueError("print_every must be >= 1")
    if isinstance(run, DescentRun):
        return descent_cells(run, lang, look, every)
    if isinstance(run, DeepLessonRun):
        from core.take_home.deep_lesson_cells import deep_lesson_cells

        return deep_lesson_cells(run, lang, look, every)
    if isinstance(run, DeepRun):
        from core.take_home.deep_cells import deep_cells

        return deep_cells(run, lang, look, every)
    return network_cells(run, lang, look, every)


def script_text(cell_list: list[Cell]) -> str:
    """Plain Python: markdown as comments, each cell opened by `# %%` (editors run them as cells)."""
    parts = []
    for kind, source in cell_list:
        if kind == "markdown":
            body = "\n".join(("# " + line).rstrip() for line in source.splitlines())
            parts.append("# %% [markdown]\n" + body + "\n")
        else:
            parts.append("# %%\n" + source.rstrip("\n") + "\n")
    return "\n\n".join(parts)


def notebook_text(cell_list: list[Cell], lang: str = "en") -> str:
    """A valid nbformat 4 notebook (Python 3 kernel), validated before it is returned."""
    import nbformat
    from nbformat import v4

    nb = v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    for kind, source in cell_list:
        make = v4.new_markdown_cell if kind == "markdown" else v4.new_code_cell
        nb.cells.append(make(source.rstrip("\n")))
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"


def export_text(run: Run, fmt: str, lang: str = "en", look: str | None = None,
                print_every: int | None = None) -> str:  # fmt: skip
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}; got {fmt!r}")
    cell_list = cells(run, lang, look, print_every)
    return script_text(cell_list) if fmt == "py" else notebook_text(cell_list, lang)


def save_export(path: str | os.PathLike, run: Run, fmt: str | None = None, lang: str = "en",
                look: str | None = None, print_every: int | None = None) -> None:  # fmt: skip
    """Write the script or notebook atomically; the format follows the suffix unless given."""
    path = Path(path)
    fmt = fmt or ("ipynb" if path.suffix == ".ipynb" else "py")
    atomic_write_text(path, export_text(run, fmt, lang, look, print_every))
