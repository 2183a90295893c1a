"""Session files: one JSON document holding a lesson's whole state, written atomically."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from core.csvdata import atomic_write_text
from core.userfile import QUOTE_LIMIT, UTF16_BOMS, fail, load_json, looks_utf16, read_bytes, short_problem
from core.validation import CoreError

FORMAT = "nn-visualizer-session"
VERSION = 1
MAX_BYTES = 50 * 1024 * 1024
T = TypeVar("T")


def save_session(path: str | os.PathLike, lesson: str, state: dict[str, Any]) -> None:
    """Write {format, version, lesson, state}; the previous file survives a crash mid-save."""
    document = {"format": FORMAT, "version": VERSION, "lesson": lesson, "state": state}
    text = json.dumps(document, allow_nan=False, separators=(",", ":"))
    atomic_write_text(Path(path), text)


def load_session(path: str | os.PathLike) -> tuple[str, dict[str, Any]]:
    """Read a session file; returns (lesson key, state). Every problem is a ValueError that says what.

    The state's fields are checked by the lesson's engine (core.session_schema); here the
    file: a regular file, at most MAX_BYTES, UTF-8, JSON nested at most a few levels deep.
    """
    path = Path(path)
    raw = read_bytes(path, MAX_BYTES)
    if raw.startswith(UTF16_BOMS) or looks_utf16(raw):
        raise fail(path, CoreError("file.utf16"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise fail(path, CoreError("session.not_utf8")) from None
    document = load_json(path, text)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise fail(path, CoreError("session.format"))
    version = document.get("version")
    if type(version) is not int or version != VERSION:  # true and 1.0 are not 1
        raise fail(
            path, CoreError("session.version", version=json.dumps(version)[:QUOTE_LIMIT], supported=VERSION)
        )
    lesson, state = document.get("lesson"), document.get("state")
    if not isinstance(lesson, str) or not isinstance(state, dict):
        raise fail(path, CoreError("session.empty"))
    return lesson, state


def open_session(path: str | os.PathLike, restore: Callable[[str, dict[str, Any]], T]) -> T:
    """load_session, then `restore(lesson, state)`; its ValueError gets the file's name too."""
    lesson, state = load_session(path)
    try:
        return restore(lesson, state)
    except ValueError as exc:
        raise fail(Path(path), short_problem(exc)) from None
