"""How the activations lesson shows each function: color, dash, the course's formulas, advice."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from core.activations import ACTIVATION_NAMES

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


@dataclass(frozen=True)
class Style:
    """A curve's look: Okabe-Ito colors (colorblind-safe); dashes tell apart the three

    functions that coincide for z > 0 (ReLU, leaky ReLU and linear all give g = z, g' = 1).
    """

    color: str
    dash: Qt.PenStyle
    z_order: int


STYLES: dict[str, Style] = {
    "sigmoid": Style("#0072B2", Qt.PenStyle.SolidLine, 4),  # blue
    "tanh": Style("#D55E00", Qt.PenStyle.SolidLine, 3),  # vermillion
    "relu": Style("#009E73", Qt.PenStyle.SolidLine, 2),  # bluish green
    "leaky_relu": Style("#CC79A7", Qt.PenStyle.DashLine, 5),  # reddish purple, over ReLU
    "linear": Style("#666666", Qt.PenStyle.DotLine, 1),  # grey, under the others
}
assert tuple(STYLES) == ACTIVATION_NAMES


def display_name(name: str) -> str:
    """The course's name for an activation."""
    return {
        "sigmoid": translate("ActivationInfo", "sigmoid"),
        "tanh": translate("ActivationInfo", "tanh"),
        "relu": translate("ActivationInfo", "ReLU"),
        "leaky_relu": translate("ActivationInfo", "leaky ReLU"),
        "linear": translate("ActivationInfo", "linear"),
    }[name]


def formula_html(name: str, slope: float) -> str:
    """g(z) and g'(z) as in the course, as Qt rich text; piecewise slopes as two cases."""
    a = f"{slope:g}"
    g, g_prime = {
        "sigmoid": ("σ(z) = 1 / (1 + e<sup>−z</sup>)", "σ′(z) = σ(z) (1 − σ(z))"),
        "tanh": (
            "tanh(z) = (e<sup>z</sup> − e<sup>−z</sup>) / (e<sup>z</sup> + e<sup>−z</sup>)",
            "tanh′(z) = 1 − tanh<sup>2</sup>(z)",
        ),
        "relu": ("ReLU(z) = max(0, z)", _cases("ReLU′(z) =", "1", "0")),
        "leaky_relu": (f"leaky ReLU(z) = max({a} z, z)", _cases("leaky ReLU′(z) =", "1", a)),
        "linear": ("g(z) = z", "g′(z) = 1"),
    }[name]
    if not g_prime.startswith("<table"):
        g_prime = f"<p style='margin:0'>{g_prime}</p>"
    return f"<p style='margin:0'>{g}</p>{g_prime}"


def _cases(lhs: str, positive: str, non_positive: str) -> str:
    """lhs followed by two stacked cases, for z > 0 and for z <= 0."""
    when_pos, when_non_pos = (
        translate("ActivationInfo", "if z &gt; 0"),
        translate("ActivationInfo", "if z ≤ 0"),
    )
    return (
        "<table cellspacing='0' cellpadding='0'><tr>"
        f"<td rowspan='2' valign='middle'>{lhs}&nbsp;</td>"
        f"<td>{positive}</td><td>&nbsp;&nbsp;{when_pos}</td></tr>"
        f"<tr><td>{non_positive}</td><td>&nbsp;&nbsp;{when_non_pos}</td></tr></table>"
    )


def advice(name: str) -> str:
    """When the course recommends the function (seeds 003 激活函数, 004 §3.6-3.7)."""
    return {
        "sigmoid": translate(
            "ActivationInfo",
            "Use it for the output layer of binary classification: ŷ lies in (0, 1). "
            "Avoid it in hidden layers: its slope is at most 0.25 and vanishes for large |z|.",
        ),
        "tanh": translate(
            "ActivationInfo",
            "Better than sigmoid in hidden layers: its outputs are centred on 0 (mean near 0, "
            "not 0.5), which makes the next layer's learning easier. It still saturates.",
        ),
        "relu": translate(
            "ActivationInfo",
            "The default for hidden layers: the slope stays 1 for every z > 0, so it learns "
            "fast. For z ≤ 0 the slope is 0: a unit stuck there is dead.",
        ),
        "leaky_relu": translate(
            "ActivationInfo",
            "Fixes dead ReLUs: a small slope for z ≤ 0 keeps the gradient flowing. "
            "Often a little better than ReLU, though used less.",
        ),
        "linear": translate(
            "ActivationInfo",
            "Only for the output of regression (y a real number). In hidden layers it is "
            "useless: linear layers compose to one linear map (course §3.7).",
        ),
    }[name]


def zone_label(kind: str) -> str:
    """The word written in a shaded zone (kinds from core.activation_zones)."""
    return {
        "saturated": translate("ActivationInfo", "saturated"),
        "dead": translate("ActivationInfo", "dead"),
        "small slope": translate("ActivationInfo", "small slope,\nnot dead"),
    }[kind]


def format_value(v: float) -> str:
    """4 decimals; a tiny non-zero value in e-notation, so that 0.0000 always means exactly 0."""
    if v != 0.0 and abs(v) < 5e-5:
        return f"{v:.2e}"
    return f"{v:.4f}"
