"""The one reading path for files a user picks: regular files only, a hard byte limit, strict text.

A FIFO, a device or a symlink to /dev/zero reports a size of 0 and never ends; a file may
grow while it is read. So the target is checked with os.stat (S_ISREG) before it is
opened, opened with O_NONBLOCK (a FIFO swapped in between cannot block the open), checked
again with fstat, and read up to `limit + 1` bytes whatever size it claims. Every failure
is a ValueError that starts with the file's name.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from core.validation import CoreError

QUOTE_LIMIT = 80  # characters of a quoted value in a message
MAX_DEPTH = 64  # JSON nesting a session may have (it needs 6)
CHUNK = 1 << 20
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def fail(path: Path, problem: CoreError | str, line: int | None = None) -> CoreError:
    """A CoreError in the one form every message has: "name[, line n]: problem".

    `problem` is a CoreError(id, ...) without the file (or, from outside core, plain text).
    """
    if line:
        return CoreError("file.at_line", file=path.name, line=line, problem=problem)
    return CoreError("file.at", file=path.name, problem=problem)


def quote(value: Any) -> str:
    """repr(value) cut to QUOTE_LIMIT characters: a 10 MB cell must not become a 10 MB message."""
    text = value if isinstance(value, str) else str(value)
    if len(text) > QUOTE_LIMIT:
        return repr(text[: QUOTE_LIMIT - 1]) + "…"
    return repr(text)


def shorten(text: str, limit: int = 4 * QUOTE_LIMIT) -> str:
    """`text` cut to `limit` characters (a message quoting a whole hand-edited value)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def short_problem(exc: Exception) -> CoreError | str:
    """`exc` as the problem of a located message: the CoreError itself (translatable by its id)
    while its text is short, else its text cut by `shorten` (a huge quoted value)."""
    text = str(exc)
    return exc if isinstance(exc, CoreError) and len(text) <= 4 * QUOTE_LIMIT else shorten(text)


def _os_error(path: Path, exc: OSError) -> ValueError:
    return fail(path, CoreError("file.unreadable_because", reason=exc.strerror or str(exc)))


def read_bytes(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; anything else is a ValueError."""
    path = Path(path)
    try:
        info = os.stat(path)  # follows a symlink: its target is what would be read
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        raise (
            _os_error(path, exc) if isinstance(exc, OSError) else fail(path, CoreError("file.unreadable"))
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise fail(path, CoreError(_kind(info.st_mode)))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_error(path, exc) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped between stat and open
            raise fail(path, CoreError("file.not_regular"))
        return _read_at_most(path, fd, limit)
    except OSError as exc:
        raise _os_error(path, exc) from None
    finally:
        os.close(fd)


def _read_at_most(path: Path, fd: int, limit: int) -> bytes:
    chunks, total = [], 0
    while total <= limit:
        chunk = read_chunk(fd, min(CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise fail(path, CoreError("file.too_large", mb=limit // 2**20))
    return b"".join(chunks)


def read_chunk(fd: int, size: int) -> bytes:
    """One read; tests wrap it to count the bytes a load reads (its work, not its seconds)."""
    return os.read(fd, size)


def _kind(mode: int) -> str:
    """The id of the message naming what the path is instead of a regular file."""
    for test, name in ((stat.S_ISDIR, "file.folder"), (stat.S_ISFIFO, "file.pipe"),
                       (stat.S_ISCHR, "file.device"), (stat.S_ISBLK, "file.device"),
                       (stat.S_ISSOCK, "file.socket")):  # fmt: skip
        if test(mode):
            return name
    return "file.special"


def decode_text(path: Path, raw: bytes) -> str:
    """Strict UTF-8 (a UTF-8 BOM is allowed); UTF-16 and binary data are named as such."""
    if raw.startswith(UTF16_BOMS) or looks_utf16(raw):
        raise fail(path, CoreError("file.utf16"))
    if b"\x00" in raw:
        raise fail(path, CoreError("file.binary"))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise fail(path, CoreError("file.not_utf8"), line) from None


def looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte-order mark: ASCII text with every other byte NUL."""
    head = raw[:4096]
    half = len(head) // 2
    return half >= 2 and max(head[0::2].count(0), head[1::2].count(0)) >= 0.9 * half


def read_text(path: str | os.PathLike, limit: int) -> str:
    """read_bytes, then decode_text."""
    path = Path(path)
    return decode_text(path, read_bytes(path, limit))


def json_depth_line(text: str, limit: int = MAX_DEPTH) -> int | None:
    """The line where `text` nests deeper than `limit` (brackets outside strings), else None.

    Runs before json.loads, whose recursion would otherwise end in a RecursionError.
    """
    depth, in_string, escaped = 0, False, False
    for index, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return text.count("\n", 0, index) + 1
        elif ch in "]}":
            depth -= 1
    return None


def load_json(path: Path, text: str) -> Any:
    """json.loads with every failure as a located ValueError: syntax, depth, NaN, huge integers."""
    line = json_depth_line(text)
    if line is not None:
        raise fail(path, CoreError("json.too_deep", line=line, depth=MAX_DEPTH))
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except _ConstantError as exc:
        raise fail(path, CoreError("json.constant", name=str(exc))) from None
    except json.JSONDecodeError as exc:
        raise fail(path, CoreError("json.syntax", line=exc.lineno, error=exc.msg)) from None
    except ValueError as exc:  # NaN/Infinity, or an integer past Python's 4300 digits
        raise fail(path, _damaged(exc)) from None
    except RecursionError:  # cannot happen after the depth check; kept as a last guard
        raise fail(path, CoreError("json.nested")) from None


def _damaged(exc: Exception) -> CoreError:
    text = str(exc)
    if "digits" in text:
        return CoreError("json.huge_number")
    return CoreError("json.damaged", error=text[:QUOTE_LIMIT])


class _ConstantError(Exception):
    """NaN, Infinity or -Infinity in the text (json accepts them; a session may not)."""


def _reject_constant(name: str) -> None:
    raise _ConstantError(name)
