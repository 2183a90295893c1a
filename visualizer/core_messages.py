"""core's error messages (English, core never imports Qt) in the interface's language.

A user meets them on bad files (CSV data, sessions) and refused edits. Each known message is
matched by its pattern and rebuilt from a translated template; an unknown one is shown as is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from visualizer import i18n
from visualizer.core_file_messages import field_problems, file_problems, value_kind

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

_WHERE = re.compile(r"^(?P<file>[^:\n]+?)(?:, line (?P<line>\d+))?: (?P<problem>.+)$", re.DOTALL)


def _problems() -> list[tuple[str, str]]:
    """(pattern of core's problem text, its template in the current language) pairs."""
    return [
        (r"the file is (\d+) MB; at most (\d+) MB",
         translate("CoreMessages", "the file is {0} MB; at most {1} MB")),
        (r"cannot be read \((.*)\)", translate("CoreMessages", "cannot be read ({0})")),
        (r"not a text file \(it contains binary data\)",
         translate("CoreMessages", "not a text file (it contains binary data)")),
        (r"not UTF-8 text", translate("CoreMessages", "not UTF-8 text")),
        (r"expected 3 columns \(x1, x2, y\), found (\d+)",
         translate("CoreMessages", "expected 3 columns (x1, x2, y), found {0}")),
        (r"(x1|x2|y) is not a number: (.*)", translate("CoreMessages", "{0} is not a number: {1}")),
        (r"(x1|x2|y) must be finite, got (.*)", translate("CoreMessages", "{0} must be finite, got {1}")),
        (r"the label y must be 0 or 1, got (.*)",
         translate("CoreMessages", "the label y must be 0 or 1, got {0}")),
        (r"more than ([\d,]+) rows", translate("CoreMessages", "more than {0} rows")),
        (r"no data rows", translate("CoreMessages", "no data rows")),
        (r"every label is (\S+); a classifier needs both classes 0 and 1",
         translate("CoreMessages", "every label is {0}; a classifier needs both classes 0 and 1")),
        (r"too large to be a session \((\d+) MB at most\)",
         translate("CoreMessages", "too large to be a session ({0} MB at most)")),
        (r"not a session file \(not UTF-8 text\)",
         translate("CoreMessages", "not a session file (not UTF-8 text)")),
        (r"damaged or truncated \(JSON error at line (\d+): (.*)\)",
         translate("CoreMessages", "damaged or truncated (JSON error at line {0}: {1})")),
        (r"not an nn-visualizer session", translate("CoreMessages", "not an nn-visualizer session")),
        (r"session version (.*) is not supported \(this program reads version (.*)\)",
         translate("CoreMessages", "session version {0} is not supported (this program reads version {1})")),
        (r"the session has no lesson or no state",
         translate("CoreMessages", "the session has no lesson or no state")),
        (r"a session may not contain (.*)", translate("CoreMessages", "a session may not contain {0}")),
        (r"iteration (\d+) would overflow: lower α or the edited weights",
         translate("CoreMessages", "iteration {0} would overflow: lower α or the edited weights")),
        (r"(\S+) must be a finite number between (\S+) and (\S+), got (\S+)",
         translate("CoreMessages", "{0} must be a finite number between {1} and {2}, got {3}")),
        (r"the training set needs points of both classes",
         translate("CoreMessages", "the training set needs points of both classes")),
        (r"choose at least one input feature",
         translate("CoreMessages", "choose at least one input feature")),
    ]  # fmt: skip


_FIELD = re.compile(r"field (?P<name>[^:\s]+): (?P<problem>.+)", re.DOTALL)


def _match(text: str, pairs: list[tuple[str, str]]) -> str | None:
    for pattern, template in pairs:
        match = re.fullmatch(pattern, text, re.DOTALL)
        if match:
            return template.format(*(value_kind(g) if g else g for g in match.groups()))
    return None


def _problem(text: str) -> str | None:
    field = _FIELD.fullmatch(text)
    if field:  # "field history.capacity: must be between 4 and 65,536"
        inner = _match(field["problem"], field_problems()) or _problem(field["problem"]) or field["problem"]
        return translate("CoreMessages", "field {0}: {1}").format(field["name"], inner)
    return _match(text, _problems() + file_problems())


def translated_error(exc: Exception | str) -> str:
    """The message of `exc` in the current language (core's own words in English)."""
    text = str(exc)
    if i18n.current_language() == i18n.ENGLISH:
        return text
    whole = _problem(text)
    if whole is not None:
        return whole
    where = _WHERE.match(text)
    problem = _problem(where["problem"]) if where else None
    if problem is None:
        return text
    if where["line"]:
        return translate("CoreMessages", "{0}, line {1}: {2}").format(where["file"], where["line"], problem)
    return translate("CoreMessages", "{0}: {1}").format(where["file"], problem)
