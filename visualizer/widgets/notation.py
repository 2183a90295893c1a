"""How numbers and the course's symbols are written on screen: formatting only, never math."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication

# W1, db2, Z1, A2, A0 ... -> W<sup>[1]</sup>: the course writes the layer as a superscript.
_LAYERED = re.compile(r"(?<![A-Za-z0-9_])(d?)([WbZA])([0-9])(?![0-9A-Za-z_])")
_DATA = re.compile(r"(?<![A-Za-z0-9_.])([XY])(?![A-Za-z0-9_])")

MONO_FAMILY = "DejaVu Sans Mono"
SERIF_FAMILY = "DejaVu Serif"


def fmt(value: float, digits: int = 4) -> str:
    """`digits` significant digits; e-notation below 0.001 or from 100000 on; never "-0"."""
    v = float(value)
    if not math.isfinite(v):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    if v == 0.0:
        return "0"
    plain = 1e-3 <= abs(v) < 1e5
    text = f"{v:.{digits}g}" if plain else f"{v:.{max(digits - 2, 1)}e}"
    return "0" if text in ("-0", "-0.0") else text


def rich(text: str) -> str:
    """The course's typography for `text`: W<sup>[1]</sup>, dZ<sup>[2]</sup>, italic X and Y."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _LAYERED.sub(r"\1<i>\2</i><sup>[\3]</sup>", text)
    return _DATA.sub(r"<i>\1</i>", text)


def axis_labels(name: str, shape: tuple[int, ...]) -> tuple[list[str], list[str]]:
    """Row and column labels for matrix `name` (h1.., x1.., ex 1..): what each index means."""
    if len(shape) != 2:
        return [], []
    rows, cols = shape
    base = name.split(" ")[0]  # "W1 (new)" -> "W1"
    transposed = base.endswith("ᵀ")
    base = base.rstrip("ᵀ").removeprefix("g′(").removesuffix(")")
    if len(base) > 1 and base.startswith("d"):  # a gradient is laid out like its variable
        base = base[1:]
    kinds = {"X": ("x", "ex"), "Y": ("y", "ex"), "W1": ("h", "x"), "b1": ("h", ""),
             "W2": ("", "h"), "b2": ("", ""), "Z1": ("h", "ex"), "A1": ("h", "ex"),
             "Z2": ("", "ex"), "A2": ("", "ex"), "J": ("", "")}  # fmt: skip
    row_kind, col_kind = kinds.get(base, ("", ""))
    if transposed:
        row_kind, col_kind = col_kind, row_kind
    return _labels(row_kind, rows), _labels(col_kind, cols)


def _labels(kind: str, n: int) -> list[str]:
    if kind == "ex":  # example i, a column of X
        return [QCoreApplication.translate("Notation", "ex {0}").format(i + 1) for i in range(n)]
    if kind in ("x", "h"):
        return [f"{kind}{i + 1}" for i in range(n)]
    return [""] * n
