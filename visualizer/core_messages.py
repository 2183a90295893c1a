"""core's error messages (English, core never imports Qt) in the interface's language.

A user meets them on bad files (CSV data, sessions) and refused edits. core raises a
CoreError with a stable id and its parameters (core.messages); here each id has a
translated template, filled with the parameters formatted as core's English formats them
(a nested CoreError, the problem of a located message, is translated the same way). A
message without a known id is shown as it is, never lost.
"""

from __future__ import annotations

from string import Formatter
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.messages import MESSAGES
from core.validation import CoreError
from visualizer import i18n
from visualizer.core_file_messages import Templates, file_templates, session_templates, value_kind
from visualizer.core_run_messages import graph_templates, run_templates
from visualizer.field_labels import field_label

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")
NAMED_SETTING = ("value.", "layers.")  # ids whose `name` is a setting: shown by its label


def value_templates() -> Templates:
    """A setting's refused value, a configuration, and where a problem was met."""
    return {
        "value.choice": (
            translate("CoreMessages", "{0} must be one of {1}; got {2}"),
            ("name", "choices", "value"),
        ),
        "value.number": (translate("CoreMessages", "{0} must be a number, got {1}"), ("name", "value")),
        "value.whole": (translate("CoreMessages", "{0} must be a whole number, got {1}"), ("name", "value")),
        "value.range": (
            translate("CoreMessages", "{0} must be between {1} and {2}, got {3}"),
            ("name", "lo", "hi", "value"),
        ),
        "value.finite_range": (
            translate("CoreMessages", "{0} must be a finite number between {1} and {2}, got {3}"),
            ("name", "lo", "hi", "value"),
        ),
        "value.type": (
            translate("CoreMessages", "{0} must be of type {1}, got {2}"),
            ("name", "type", "value"),
        ),
        "value.bool": (translate("CoreMessages", "{0} must be true or false, got {1}"), ("name", "value")),
        "value.list": (translate("CoreMessages", "{0} must be a list, got {1}"), ("name", "value")),
        "config.not_object": (translate("CoreMessages", "a configuration must be a JSON object"), ()),
        "config.json": (translate("CoreMessages", "not valid JSON: {0}"), ("error",)),
        "config.version": (
            translate("CoreMessages", "configuration version {0} is not supported"),
            ("version",),
        ),
        "config.unknown_keys": (translate("CoreMessages", "unknown configuration keys: {0}"), ("keys",)),
        "layers.count": (
            translate("CoreMessages", "there must be {0} to {1} hidden layers, got {2}"),
            ("lo", "hi", "count"),
        ),
        "layers.activations": (
            translate("CoreMessages", "name one activation per hidden layer ({0}), got {1}"),
            ("layers", "count"),
        ),
        "sweep.fixed": (translate("CoreMessages", "the sweep does not vary {0}"), ("names",)),
        "features.none": (translate("CoreMessages", "choose at least one input feature"), ()),
        "descent.optimizer_twice": (translate("CoreMessages", "each optimizer may race once"), ()),
        "descent.start": (translate("CoreMessages", "the start point must be two finite numbers"), ()),
        "backprop.overflow": (
            translate("CoreMessages", "iteration {0} would overflow: lower α or the edited weights"),
            ("iteration",),
        ),
        "file.at": (translate("CoreMessages", "{0}: {1}"), ("file", "problem")),
        "file.at_line": (translate("CoreMessages", "{0}, line {1}: {2}"), ("file", "line", "problem")),
        "field": (translate("CoreMessages", "field {0}: {1}"), ("name", "problem")),
    }


def _param(error: CoreError, name: str, spec: str, conversion: str | None) -> str:
    """One parameter as core's English shows it (its format spec), translated where it is words."""
    value: Any = error.params[name]
    if isinstance(value, CoreError):
        return _render(value)
    if name == "kind":
        return value_kind(str(value))
    if name == "name" and error.id.startswith(NAMED_SETTING):
        return field_label(str(value))
    if conversion == "r":
        value = repr(value)
    elif conversion == "s":
        value = str(value)
    return format(value, spec or "")


def _render(error: CoreError) -> str:
    template = _templates().get(error.id)
    if template is None or error.id not in MESSAGES:
        return str(error)  # an id this interface does not know: core's own words
    text, names = template
    fields = {
        f: _param(error, f, spec, conv) for _, f, spec, conv in Formatter().parse(MESSAGES[error.id]) if f
    }
    return text.format(*(fields[n] for n in names))


def _templates() -> Templates:
    return {
        **value_templates(),
        **file_templates(),
        **session_templates(),
        **run_templates(),
        **graph_templates(),
    }


def translated_error(exc: Exception | str) -> str:
    """The message of `exc` in the current language (core's own words in English)."""
    if i18n.current_language() == i18n.ENGLISH or not isinstance(exc, CoreError):
        return str(exc)
    return _render(exc)
