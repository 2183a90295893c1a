"""Session files: one JSON document holding a lesson's whole state, written atomically."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from core.csvdata import atomic_write_text

FORMAT = "nn-visualizer-session"
VERSION = 1
MAX_BYTES = 50 * 1024 * 1024


def save_session(path: str | os.PathLike, lesson: str, state: dict[str, Any]) -> None:
    """Write {format, version, lesson, state}; the previous file survives a crash mid-save."""
    document = {"format": FORMAT, "version": VERSION, "lesson": lesson, "state": state}
    text = json.dumps(document, allow_nan=False, separators=(",", ":"))
    atomic_write_text(Path(path), text)


def load_session(path: str | os.PathLike) -> tuple[str, dict[str, Any]]:
    """Read a session file; returns (lesson key, state). Every problem is a ValueError that says what."""
    path = Path(path)
    try:
        if os.path.getsize(path) > MAX_BYTES:
            raise ValueError(f"{path.name}: too large to be a session ({MAX_BYTES // 2**20} MB at most)")
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path.name}: not a session file (not UTF-8 text)") from None
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"{path.name}: damaged or truncated (JSON error at line {exc.lineno}: {exc.msg})"
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f"{path.name}: not an nn-visualizer session")
    if document.get("version") != VERSION:
        raise ValueError(
            f"{path.name}: session version {document.get('version')!r} is not supported "
            f"(this program reads version {VERSION})"
        )
    lesson, state = document.get("lesson"), document.get("state")
    if not isinstance(lesson, str) or not isinstance(state, dict):
        raise ValueError(f"{path.name}: the session has no lesson or no state")
    return lesson, state


def _reject_constant(name: str) -> None:
    raise ValueError(f"a session may not contain {name}")
