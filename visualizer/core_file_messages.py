"""core's messages about hostile files and session fields, in the interface's language.

Kept apart from core_messages (which matches them) so each list stays readable; the
context is the same, "CoreMessages".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def file_problems() -> list[tuple[str, str]]:
    """(pattern, template) pairs for the reading path (core.userfile, core.csvdata, data limits)."""
    return [
        (r"not a regular file \(a folder\)", translate("CoreMessages", "not a regular file (a folder)")),
        (r"not a regular file \(a pipe\)", translate("CoreMessages", "not a regular file (a pipe)")),
        (r"not a regular file \(a device\)", translate("CoreMessages", "not a regular file (a device)")),
        (r"not a regular file \(a socket\)", translate("CoreMessages", "not a regular file (a socket)")),
        (r"not a regular file(?: \(a special file\))?", translate("CoreMessages", "not a regular file")),
        (r"cannot be read", translate("CoreMessages", "cannot be read")),
        (r"larger than (\d+) MB \(the most this program reads\)",
         translate("CoreMessages", "larger than {0} MB (the most this program reads)")),
        (r"UTF-16 text; save it as UTF-8", translate("CoreMessages", "UTF-16 text; save it as UTF-8")),
        (r"damaged \(JSON error at line (\d+): nested more than (\d+) deep\)",
         translate("CoreMessages", "damaged (JSON error at line {0}: nested more than {1} deep)")),
        (r"damaged \(a number with more than 4,300 digits\)",
         translate("CoreMessages", "damaged (a number with more than 4,300 digits)")),
        (r"the line is longer than ([\d,]+) characters",
         translate("CoreMessages", "the line is longer than {0} characters")),
        (r"not a CSV row \((.*)\)", translate("CoreMessages", "not a CSV row ({0})")),
        (r"separated by ';': use commas \(x1, x2, y\)",
         translate("CoreMessages", "separated by ';': use commas (x1, x2, y)")),
        (r"separated by tabs: use commas \(x1, x2, y\)",
         translate("CoreMessages", "separated by tabs: use commas (x1, x2, y)")),
        (r"(x1|x2|y) is too large to draw \(at most ±(\S+)\), got (.*)",
         translate("CoreMessages", "{0} is too large to draw (at most ±{1}), got {2}")),
        (r"more than ([\d,]+) points", translate("CoreMessages", "more than {0} points")),
        (r"the data contains NaN or infinite values",
         translate("CoreMessages", "the data contains NaN or infinite values")),
        (r"coordinates beyond ±(\S+) cannot be drawn; rescale the data",
         translate("CoreMessages", "coordinates beyond ±{0} cannot be drawn; rescale the data")),
        (r"labels must be 0 or 1, with both classes present",
         translate("CoreMessages", "labels must be 0 or 1, with both classes present")),
    ]  # fmt: skip


def field_problems() -> list[tuple[str, str]]:
    """(pattern, template) pairs for what core.session_schema says after "field <name>: "."""
    return [
        (r"missing", translate("CoreMessages", "missing")),
        (r"unknown key", translate("CoreMessages", "unknown key")),
        (r"must be a JSON object", translate("CoreMessages", "must be a JSON object")),
        (r"must be a whole number, got (.*)", translate("CoreMessages", "must be a whole number, got {0}")),
        (r"must be between (\S+) and (\S+)", translate("CoreMessages", "must be between {0} and {1}")),
        (r"must be a list of (\d+) rows", translate("CoreMessages", "must be a list of {0} rows")),
        (r"must be a list of numbers", translate("CoreMessages", "must be a list of numbers")),
        (r"must be rows of equal length", translate("CoreMessages", "must be rows of equal length")),
        (r"holds more than ([\d,]+) values", translate("CoreMessages", "holds more than {0} values")),
        (r"must hold numbers only", translate("CoreMessages", "must hold numbers only")),
        (r"holds a number too large", translate("CoreMessages", "holds a number too large")),
        (r"holds a number too large \(or not finite\)",
         translate("CoreMessages", "holds a number too large (or not finite)")),
        (r"must be between the setting's limits",
         translate("CoreMessages", "must be between the setting's limits")),
        (r"must be PCG64", translate("CoreMessages", "must be PCG64")),
        (r"must be odd \(numpy never makes an even one\)",
         translate("CoreMessages", "must be odd (numpy never makes an even one)")),
        (r"must be a list of at most ([\d,]+) whole numbers",
         translate("CoreMessages", "must be a list of at most {0} whole numbers")),
        (r"must hold whole numbers between 0 and the number of points",
         translate("CoreMessages", "must hold whole numbers between 0 and the number of points")),
        (r"must not repeat a point \(it is part of a permutation\)",
         translate("CoreMessages", "must not repeat a point (it is part of a permutation)")),
        (r"must be even", translate("CoreMessages", "must be even")),
        (r"must be a power of two", translate("CoreMessages", "must be a power of two")),
        (r"must be a list no longer than the capacity",
         translate("CoreMessages", "must be a list no longer than the capacity")),
        (r"must be whole numbers between 0 and the step",
         translate("CoreMessages", "must be whole numbers between 0 and the step")),
        (r"must increase", translate("CoreMessages", "must increase")),
        (r"must have one value per step", translate("CoreMessages", "must have one value per step")),
        (r"must be a list of at most (\d+) histories",
         translate("CoreMessages", "must be a list of at most {0} histories")),
    ]  # fmt: skip


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
