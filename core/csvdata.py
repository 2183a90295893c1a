"""The user's own 2-D data as CSV (x1, x2, y): strict loading with messages that name file and line."""

from __future__ import annotations

import csv
import io
import math
import os
from pathlib import Path

import numpy as np

Array = np.ndarray
MAX_ROWS = 100_000
MAX_BYTES = 20 * 1024 * 1024
HEADER = ("x1", "x2", "y")


def _fail(path: Path, line: int | None, problem: str) -> ValueError:
    where = f"{path.name}, line {line}" if line else path.name
    return ValueError(f"{where}: {problem}")


def _read_text(path: Path) -> str:
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise _fail(path, None, f"the file is {size / 2**20:.0f} MB; at most {MAX_BYTES // 2**20} MB")
        raw = path.read_bytes()
    except OSError as exc:
        raise _fail(path, None, f"cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in raw:
        raise _fail(path, None, "not a text file (it contains binary data)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _fail(path, line, "not UTF-8 text") from None


def _is_header(cells: list[str]) -> bool:
    try:
        [float(c) for c in cells]
    except ValueError:
        return True
    return False


def _parse_row(path: Path, line: int, cells: list[str]) -> tuple[float, float, float]:
    if len(cells) != 3:
        raise _fail(path, line, f"expected 3 columns (x1, x2, y), found {len(cells)}")
    values = []
    for name, cell in zip(HEADER, cells, strict=True):
        try:
            value = float(cell)
        except ValueError:
            raise _fail(path, line, f"{name} is not a number: {cell.strip()!r}") from None
        if not math.isfinite(value):
            raise _fail(path, line, f"{name} must be finite, got {cell.strip()!r}")
        values.append(value)
    if values[2] not in (0.0, 1.0):
        raise _fail(path, line, f"the label y must be 0 or 1, got {cells[2].strip()!r}")
    return values[0], values[1], values[2]


def load_csv(path: str | os.PathLike, max_rows: int = MAX_ROWS) -> tuple[Array, Array]:
    """Read x1, x2, y rows (header optional, comma separated) into X (2, m) and Y (1, m).

    Raises
    ------
    ValueError
        Naming the file and the line: not text, wrong number of columns, a non-numeric,
        NaN or infinite cell, a label other than 0/1, a single class, no rows, or more
        than `max_rows` rows.
    """
    path = Path(path)
    rows: list[tuple[float, float, float]] = []
    reader = csv.reader(io.StringIO(_read_text(path)))
    for index, cells in enumerate(reader, start=1):
        if not cells or all(not c.strip() for c in cells):
            continue  # blank lines are harmless
        if index == 1 and _is_header(cells):
            continue
        if len(rows) == max_rows:
            raise _fail(path, reader.line_num, f"more than {max_rows:,} rows")
        rows.append(_parse_row(path, reader.line_num, cells))
    if not rows:
        raise _fail(path, None, "no data rows")
    data = np.array(rows, dtype=float)
    if len(np.unique(data[:, 2])) < 2:
        raise _fail(path, None, f"every label is {data[0, 2]:g}; a classifier needs both classes 0 and 1")
    return np.ascontiguousarray(data[:, :2].T), data[:, 2][np.newaxis, :].copy()


def save_csv(path: str | os.PathLike, X: Array, Y: Array) -> None:
    """Write X (2, m), Y (1, m) as "x1,x2,y" rows with a header; load_csv reads it back exactly."""
    buffer = io.StringIO()
    buffer.write(",".join(HEADER) + "\n")
    for (x1, x2), y in zip(X.T, Y[0], strict=True):
        buffer.write(f"{float(x1)!r},{float(x2)!r},{int(y)}\n")  # repr: exact round trip
    atomic_write_text(Path(path), buffer.getvalue())


def atomic_write_text(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: a crash never leaves half a file."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
