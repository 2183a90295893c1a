"""core's messages about files, CSV data and session fields, by id, in the interface's language.

Kept apart from core_messages (which renders them) so each table stays readable; the context
is the same, "CoreMessages". Each entry: id (core.messages) -> (translated template with
positional fields, the names of core's parameters in that order).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

Templates = dict[str, tuple[str, tuple[str, ...]]]


def file_templates() -> Templates:
    """Reading a file (core.userfile), CSV data (core.csvdata) and what data can be held."""
    return {
        "file.unreadable": (translate("CoreMessages", "cannot be read"), ()),
        "file.unreadable_because": (translate("CoreMessages", "cannot be read ({0})"), ("reason",)),
        "file.not_regular": (translate("CoreMessages", "not a regular file"), ()),
        "file.folder": (translate("CoreMessages", "not a regular file (a folder)"), ()),
        "file.pipe": (translate("CoreMessages", "not a regular file (a pipe)"), ()),
        "file.device": (translate("CoreMessages", "not a regular file (a device)"), ()),
        "file.socket": (translate("CoreMessages", "not a regular file (a socket)"), ()),
        "file.special": (translate("CoreMessages", "not a regular file"), ()),
        "file.too_large": (
            translate("CoreMessages", "larger than {0} MB (the most this program reads)"),
            ("mb",),
        ),
        "file.utf16": (translate("CoreMessages", "UTF-16 text; save it as UTF-8"), ()),
        "file.binary": (translate("CoreMessages", "not a text file (it contains binary data)"), ()),
        "file.not_utf8": (translate("CoreMessages", "not UTF-8 text"), ()),
        "json.too_deep": (
            translate("CoreMessages", "damaged (JSON error at line {0}: nested more than {1} deep)"),
            ("line", "depth"),
        ),
        "json.constant": (translate("CoreMessages", "a session may not contain {0}"), ("name",)),
        "json.syntax": (
            translate("CoreMessages", "damaged or truncated (JSON error at line {0}: {1})"),
            ("line", "error"),
        ),
        "json.huge_number": (translate("CoreMessages", "damaged (a number with more than 4,300 digits)"), ()),
        "json.damaged": (translate("CoreMessages", "damaged ({0})"), ("error",)),
        "json.nested": (translate("CoreMessages", "damaged (nested too deep)"), ()),
        "csv.line_long": (translate("CoreMessages", "the line is longer than {0} characters"), ("limit",)),
        "csv.row": (translate("CoreMessages", "not a CSV row ({0})"), ("error",)),
        "csv.semicolons": (translate("CoreMessages", "separated by ';': use commas (x1, x2, y)"), ()),
        "csv.tabs": (translate("CoreMessages", "separated by tabs: use commas (x1, x2, y)"), ()),
        "csv.columns": (translate("CoreMessages", "expected 3 columns (x1, x2, y), found {0}"), ("found",)),
        "csv.not_number": (translate("CoreMessages", "{0} is not a number: {1}"), ("column", "cell")),
        "csv.not_finite": (translate("CoreMessages", "{0} must be finite, got {1}"), ("column", "cell")),
        "csv.too_large": (
            translate("CoreMessages", "{0} is too large to draw (at most ±{1}), got {2}"),
            ("column", "limit", "cell"),
        ),
        "csv.label": (translate("CoreMessages", "the label y must be 0 or 1, got {0}"), ("cell",)),
        "csv.rows": (translate("CoreMessages", "more than {0} rows"), ("limit",)),
        "csv.empty": (translate("CoreMessages", "no data rows"), ()),
        "csv.one_class": (
            translate("CoreMessages", "every label is {0}; a classifier needs both classes 0 and 1"),
            ("label",),
        ),
        "data.points": (translate("CoreMessages", "more than {0} points"), ("limit",)),
        "data.not_finite": (translate("CoreMessages", "the data contains NaN or infinite values"), ()),
        "data.far": (
            translate("CoreMessages", "coordinates beyond ±{0} cannot be drawn; rescale the data"),
            ("limit",),
        ),
        "data.labels": (translate("CoreMessages", "labels must be 0 or 1, with both classes present"), ()),
        "data.both_classes": (translate("CoreMessages", "the training set needs points of both classes"), ()),
    }


def session_templates() -> Templates:
    """Session files (core.session) and the fields core.session_schema names."""
    return {
        "session.not_utf8": (translate("CoreMessages", "not a session file (not UTF-8 text)"), ()),
        "session.format": (translate("CoreMessages", "not an nn-visualizer session"), ()),
        "session.version": (
            translate(
                "CoreMessages", "session version {0} is not supported (this program reads version {1})"
            ),
            ("version", "supported"),
        ),
        "session.empty": (translate("CoreMessages", "the session has no lesson or no state"), ()),
        "field.missing": (translate("CoreMessages", "missing"), ()),
        "field.unknown": (translate("CoreMessages", "unknown key"), ()),
        "field.object": (translate("CoreMessages", "must be a JSON object"), ()),
        "field.whole": (translate("CoreMessages", "must be a whole number, got {0}"), ("kind",)),
        "field.between": (translate("CoreMessages", "must be between {0} and {1}"), ("lo", "hi")),
        "field.rows": (translate("CoreMessages", "must be a list of {0} rows"), ("rows",)),
        "field.numbers": (translate("CoreMessages", "must be a list of numbers"), ()),
        "field.equal_rows": (translate("CoreMessages", "must be rows of equal length"), ()),
        "field.too_many": (translate("CoreMessages", "holds more than {0} values"), ("limit",)),
        "field.numbers_only": (translate("CoreMessages", "must hold numbers only"), ()),
        "field.number_too_large": (translate("CoreMessages", "holds a number too large"), ()),
        "field.not_finite": (translate("CoreMessages", "holds a number too large (or not finite)"), ()),
        "field.limits": (translate("CoreMessages", "must be between the setting's limits"), ()),
        "field.pcg64": (translate("CoreMessages", "must be PCG64"), ()),
        "field.odd": (translate("CoreMessages", "must be odd (numpy never makes an even one)"), ()),
        "field.order_list": (
            translate("CoreMessages", "must be a list of at most {0} whole numbers"),
            ("limit",),
        ),
        "field.order_range": (
            translate("CoreMessages", "must hold whole numbers between 0 and the number of points"),
            (),
        ),
        "field.order_repeat": (
            translate("CoreMessages", "must not repeat a point (it is part of a permutation)"),
            (),
        ),
        "field.even": (translate("CoreMessages", "must be even"), ()),
        "field.power_of_two": (translate("CoreMessages", "must be a power of two"), ()),
        "field.history_length": (translate("CoreMessages", "must be a list no longer than the capacity"), ()),
        "field.history_steps": (
            translate("CoreMessages", "must be whole numbers between 0 and the step"),
            (),
        ),
        "field.increase": (translate("CoreMessages", "must increase"), ()),
        "field.per_step": (translate("CoreMessages", "must have one value per step"), ()),
        "field.histories": (translate("CoreMessages", "must be a list of at most {0} histories"), ("limit",)),
        "field.averages": (
            translate("CoreMessages", "must be a JSON object of at most one entry per parameter"),
            (),
        ),
    }


def value_kind(kind: str) -> str:
    """The words session_schema uses for a value's type."""
    words = {
        "true/false": translate("CoreMessages", "true/false"),
        "a decimal number": translate("CoreMessages", "a decimal number"),
        "text": translate("CoreMessages", "text"),
        "a list": translate("CoreMessages", "a list"),
        "an object": translate("CoreMessages", "an object"),
        "null": translate("CoreMessages", "null"),
        "something else": translate("CoreMessages", "something else"),
    }
    return words.get(kind, kind)
