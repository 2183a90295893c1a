"""Run what the take-home export writes and read back the costs it prints."""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np

COST = re.compile(r"Cost after iteration (\d+): (\S+)")
BLOCK = re.compile(r"^--- (.+?) ---$", re.MULTILINE)
TOLERANCE = 1e-9


def printed_costs(output: str) -> dict[str, dict[int, float]]:
    """{block name: {iteration: J}}; a run without "--- name ---" headers is the block ""."""
    parts = BLOCK.split(output)
    blocks = {"": parts[0]} if len(parts) == 1 else dict(zip(parts[1::2], parts[2::2], strict=True))
    return {name: {int(k): float(v) for k, v in COST.findall(body)} for name, body in blocks.items()}


def printed_accuracies(output: str) -> list[float]:
    return [float(v) for v in re.findall(r"accuracy[^:]*: (\S+) %", output)]


# Runs the script as if matplotlib were not installed: the plot cell's guard, and a fast test.
WITHOUT_MATPLOTLIB = (
    "import runpy, sys; sys.modules['matplotlib'] = None; runpy.run_path(sys.argv[1], run_name='__main__')"
)


def run_script(path: Path, plots: bool = False, timeout: float = 120) -> str:
    """Run an exported script with this interpreter; its stdout. With plots, matplotlib draws headless."""
    env = {**os.environ, "MPLBACKEND": "Agg"}
    command = [sys.executable, str(path)] if plots else [sys.executable, "-c", WITHOUT_MATPLOTLIB, str(path)]
    done = subprocess.run(command, capture_output=True, text=True, env=env,
                          cwd=path.parent, timeout=timeout, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def max_difference(printed: dict[int, float], steps, values) -> float:
    """max |J printed - J of the engine| over the printed iterations (the engine must have each one).

    With print_every=1 every iteration the engine recorded must have been printed.
    """
    recorded = dict(zip(np.asarray(steps).tolist(), np.asarray(values, dtype=float).tolist(), strict=True))
    assert printed and set(printed) <= set(recorded), "the export printed iterations the program did not run"
    order = sorted(printed)
    if len(order) > 1 and min(b - a for a, b in zip(order, order[1:], strict=False)) == 1:
        assert set(printed) == set(recorded), "print_every=1 must print every iteration"
    return max(abs(printed[k] - recorded[k]) for k in printed)


def exec_cells(source: str) -> dict:
    """Run a script's code in this process, without its plot cell; its variables."""
    code = "\n# %%".join(cell for cell in source.split("\n# %%") if "matplotlib" not in cell)
    namespace: dict = {}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(code, "<export>", "exec"), namespace)  # noqa: S102 - our own generated code
    return namespace
