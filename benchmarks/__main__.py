"""`make bench`: every benchmark, one table (median of repeats and spread), and the machine."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import deep, deep_frames, engine, frames, gl_frames, hidden_sizes, memory, startup, tabs  # noqa: E402
from benchmarks.stats import machine, table  # noqa: E402


def main() -> int:
    figures = []
    runs = (("engine", engine, 7), ("deep engine", deep, 5), ("frames", frames, 3),
            ("deep frames", deep_frames, 3), ("hidden-layer size", hidden_sizes, 3),
            ("start-up", startup, 5), ("tabs", tabs, 3), ("3D pane under Xvfb", gl_frames, 3),
            ("memory", memory, 1))  # fmt: skip
    for name, module, times in runs:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        figures += module.run(times)
    print(f"Machine: {machine()}\n")
    print(table(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
