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

QUOTE_LIMIT = 80  # characters of a quoted value in a message
MAX_DEPTH = 64  # JSON nesting a session may have (it needs 6)
CHUNK = 1 << 20
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def fail(path: Path, problem: str, line: int | None = None) -> ValueError:
    """A ValueError in the one form every message has: "name[, line n]: problem"."""
    where = f"{path.name}, line {line}" if line else path.name
    return ValueError(f"{where}: {problem}")


def quote(value: Any) -> str:
    """repr(value) cut to QUOTE_LIMIT characters: a 10 MB cell must not become a 10 MB message."""
    text = value if isinstance(value, str) else str(value)
    if len(text) > QUOTE_LIMIT:
        return repr(text[: QUOTE_LIMIT - 1]) + "…"
    return repr(text)


def shorten(text: str, limit: int = 4 * QUOTE_LIMIT) -> str:
    """`text` cut to `limit` characters (a message quoting a whole hand-edited value)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _os_error(path: Path, exc: OSError) -> ValueError:
    return fail(path, f"cannot be read ({exc.strerror or exc})")


def read_bytes(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; anything else is a ValueError."""
    path = Path(path)
    try:
        info = os.stat(path)  # follows a symlink: its target is what would be read
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        raise _os_error(path, exc) if isinstance(exc, OSError) else fail(path, "cannot be read") from None
    if not stat.S_ISREG(info.st_mode):
        raise fail(path, f"not a regular file ({_kind(info.st_mode)})")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_error(path, exc) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped between stat and open
            raise fail(path, "not a regular file")
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
        raise fail(path, f"larger than {limit // 2**20} MB (the most this program reads)")
    return b"".join(chunks)


def read_chunk(fd: int, size: int) -> bytes:
    """One read; tests wrap it to count the bytes a load reads (its work, not its seconds)."""
    return os.read(fd, size)


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a pipe"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket")):  # fmt: skip
        if test(mode):
            return name
    return "a special file"


def decode_text(path: Path, raw: bytes) -> str:
    """Strict UTF-8 (a UTF-8 BOM is allowed); UTF-16 and binary data are named as such."""
    if raw.startswith(UTF16_BOMS) or looks_utf16(raw):
        raise fail(path, "UTF-16 text; save it as UTF-8")
    if b"\x00" in raw:
        raise fail(path, "not a text file (it contains binary data)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise fail(path, "not UTF-8 text", line) from None


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
        raise fail(path, f"damaged (JSON error at line {line}: nested more than {MAX_DEPTH} deep)")
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except _ConstantError as exc:
        raise fail(path, f"a session may not contain {exc}") from None
    except json.JSONDecodeError as exc:
        raise fail(path, f"damaged or truncated (JSON error at line {exc.lineno}: {exc.msg})") from None
    except ValueError as exc:  # NaN/Infinity, or an integer past Python's 4300 digits
        raise fail(path, f"damaged ({_short(exc)})") from None
    except RecursionError:  # cannot happen after the depth check; kept as a last guard
        raise fail(path, "damaged (nested too deep)") from None


def _short(exc: Exception) -> str:
    text = str(exc)
    if "digits" in text:
        return "a number with more than 4,300 digits"
    return text[:QUOTE_LIMIT]


class _ConstantError(Exception):
    """NaN, Infinity or -Infinity in the text (json accepts them; a session may not)."""


def _reject_constant(name: str) -> None:
    raise _ConstantError(name)
