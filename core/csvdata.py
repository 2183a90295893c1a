"""The user's own 2-D data as CSV (x1, x2, y): strict loading with messages that name file and line."""

from __future__ import annotations

import csv
import io
import math
import os
import re
import secrets
import time
from pathlib import Path

import numpy as np

from core.data_limits import COORDINATE_LIMIT, MAX_POINTS
from core.userfile import fail, quote, read_text
from core.validation import CoreError

Array = np.ndarray
MAX_ROWS = MAX_POINTS
MAX_BYTES = 20 * 1024 * 1024
HEADER = ("x1", "x2", "y")
TEMPORARY_MARK = ".nnv-tmp-"
STALE_AFTER_S = 10.0  # a save in progress elsewhere is younger; a killed one is older


SEPARATORS = {";": "csv.semicolons", "\t": "csv.tabs"}  # the id of the message naming it
MAX_LINE = 1000  # characters: three numbers need a few dozen
_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")  # ASCII digits only
_NUM = r"\s*([+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\s*"
_PLAIN_ROW = re.compile(rf"{_NUM},{_NUM},\s*([01](?:\.0*)?)\s*")  # the common case, one match a row
_NOT_FINITE = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)
_LINE_END = re.compile(r"\r\n|\r|\n")  # old Mac files end lines with a bare CR


def _fail(path: Path, line: int | None, id: str, **params: object) -> CoreError:  # noqa: A002
    return fail(path, CoreError(id, **params), line)


def _number(cell: str) -> float | None:
    """Plain decimal or scientific notation (no 1_000, no non-ASCII digits); None if not."""
    text = cell.strip()
    if _NUMBER.fullmatch(text) or _NOT_FINITE.fullmatch(text):
        return float(text)
    return None


def _is_header(cells: list[str]) -> bool:
    return any(_number(c) is None for c in cells)


def _cells(path: Path, line: int, text: str) -> list[str]:
    if len(text) > MAX_LINE:
        raise _fail(path, line, "csv.line_long", limit=MAX_LINE)
    if '"' not in text:
        return text.split(",")
    try:
        return next(csv.reader([text], strict=True))
    except (csv.Error, StopIteration) as exc:
        raise _fail(path, line, "csv.row", error=str(exc)) from None


def _parse_row(path: Path, line: int, cells: list[str]) -> tuple[float, float, float]:
    if len(cells) != 3:
        for sep, id in SEPARATORS.items():  # noqa: A001
            if len(cells) == 1 and sep in cells[0]:
                raise _fail(path, line, id)
        raise _fail(path, line, "csv.columns", found=len(cells))
    values = []
    for name, cell in zip(HEADER, cells, strict=True):
        value = _number(cell)
        if value is None:
            raise _fail(path, line, "csv.not_number", column=name, cell=quote(cell.strip()))
        if not math.isfinite(value):
            raise _fail(path, line, "csv.not_finite", column=name, cell=quote(cell.strip()))
        if abs(value) > COORDINATE_LIMIT:
            raise _fail(
                path, line, "csv.too_large", column=name, limit=COORDINATE_LIMIT, cell=quote(cell.strip())
            )
        values.append(value)
    if values[2] not in (0.0, 1.0):
        raise _fail(path, line, "csv.label", cell=quote(cells[2].strip()))
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
    text = read_text(path, MAX_BYTES)
    for line, row in enumerate(_LINE_END.split(text), start=1):
        if not row.strip():
            continue  # blank lines are harmless
        plain = _PLAIN_ROW.fullmatch(row) if len(row) <= MAX_LINE else None
        if plain and len(rows) < max_rows:
            x1, x2 = float(plain[1]), float(plain[2])
            if abs(x1) <= COORDINATE_LIMIT and abs(x2) <= COORDINATE_LIMIT:  # (inf is not <=)
                rows.append((x1, x2, float(plain[3])))
                continue
        cells = _cells(path, line, row)
        if line == 1 and _is_header(cells):
            continue
        if len(rows) == max_rows:
            raise _fail(path, line, "csv.rows", limit=max_rows)
        rows.append(_parse_row(path, line, cells))
    if not rows:
        raise _fail(path, None, "csv.empty")
    data = np.array(rows, dtype=float)
    if len(np.unique(data[:, 2])) < 2:
        raise _fail(path, None, "csv.one_class", label=float(data[0, 2]))
    return np.ascontiguousarray(data[:, :2].T), data[:, 2][np.newaxis, :].copy()


def save_csv(path: str | os.PathLike, X: Array, Y: Array) -> None:
    """Write X (2, m), Y (1, m) as "x1,x2,y" rows with a header; load_csv reads it back exactly."""
    buffer = io.StringIO()
    buffer.write(",".join(HEADER) + "\n")
    for (x1, x2), y in zip(X.T, Y[0], strict=True):
        buffer.write(f"{float(x1)!r},{float(x2)!r},{int(y)}\n")  # repr: exact round trip
    atomic_write_text(Path(path), buffer.getvalue())


def atomic_write_text(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: a crash never leaves half a file.

    The temporary file is named ".<name>.nnv-tmp-XXXXXXXX"; one left by a save that was
    killed is removed by the next save of the same file. A symlink is followed: its target
    is rewritten and the link stays a link.
    """
    path = Path(os.path.realpath(path))
    remove_stale_temporaries(path)
    prefix = temporary_prefix(path)
    for _ in range(100):
        tmp = path.with_name(prefix + secrets.token_hex(4))
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            break
        except FileExistsError:
            continue
    else:
        raise OSError(f"cannot create a temporary file beside {path.name}")
    try:
        with open(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def temporary_prefix(path: Path) -> str:
    return f".{path.name}{TEMPORARY_MARK}"


def remove_stale_temporaries(path: Path, older_than_s: float = STALE_AFTER_S) -> list[str]:
    """Remove ".<name>.nnv-tmp-*" files beside `path` older than `older_than_s`; their names."""
    prefix, removed = temporary_prefix(path), []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > older_than_s:
                os.unlink(entry.path)
                removed.append(entry.name)
        except OSError:
            pass  # someone else's, or gone already
    return removed
