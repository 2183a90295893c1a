"""The lesson's words in the interface's language: core's refusals (by their stable code) and
what each kind of stage does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.compgraph_ops import GraphError

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def _templates() -> dict[str, str]:
    """core.compgraph_ops.MESSAGES, translated: the same {placeholders}."""
    return {
        "not_finite": translate("CompGraphMessages", "{formula} is not a finite number at these values"),
        "slope_not_finite": translate(
            "CompGraphMessages", "the derivative with respect to {variable} is not finite at these values"
        ),
        "value_range": translate(
            "CompGraphMessages", "{name} must be a finite number between {lo} and {hi}, got {value}"
        ),
        "not_a_number": translate("CompGraphMessages", "“{text}” is not a number"),
        "label": translate("CompGraphMessages", "the label y must be 0 or 1, got {value}"),
        "unknown_variable": translate(
            "CompGraphMessages", "there is no variable {name} to nudge in this graph"
        ),
        "empty": translate("CompGraphMessages", "type a formula in a, b and c, e.g. 3*(a + b*c)"),
        "too_long": translate(
            "CompGraphMessages", "the formula is {length} characters long; at most {limit}"
        ),
        "syntax": translate("CompGraphMessages", "not a formula: {detail}"),
        "name": translate("CompGraphMessages", "unknown name “{name}”: the variables are a, b and c"),
        "call": translate(
            "CompGraphMessages", "“{name}” is not allowed: the functions are exp, log, sigmoid and tanh"
        ),
        "call_form": translate("CompGraphMessages", "{name} takes exactly one argument, e.g. {name}(a)"),
        "attribute": translate("CompGraphMessages", "attribute access (the dot in “{text}”) is not allowed"),
        "node": translate("CompGraphMessages", "“{what}” is not allowed in a formula"),
        "xor": translate("CompGraphMessages", "^ is not a power here: write a**2"),
        "power_exponent": translate("CompGraphMessages", "the exponent must be a number, e.g. a**2"),
        "power_range": translate(
            "CompGraphMessages", "the exponent {value} is too large: at most {limit} in size"
        ),
        "constant_range": translate(
            "CompGraphMessages", "the number {value} is too large: at most {limit} in size"
        ),
        "too_deep": translate(
            "CompGraphMessages", "the formula is nested too deeply (at most {limit} levels)"
        ),
        "too_many": translate("CompGraphMessages", "the formula has {count} operations; at most {limit}"),
        "no_variable": translate("CompGraphMessages", "the formula must use at least one of a, b and c"),
    }


def error_text(err: GraphError) -> str:
    """`err` in the current language (its code's template, filled with its parameters)."""
    template = _templates().get(err.code)
    return template.format(**err.params) if template else str(err)


def stage_explanation(kind: str, output: str) -> str:
    """What a stage of `kind` does, in a sentence or two."""
    texts = {
        "input": translate(
            "CompGraphLesson",
            "The inputs, the leaves of the graph: type new values on the left. Nothing is computed yet.",
        ),
        "forward": translate(
            "CompGraphLesson",
            "Forward (blue arrows, left to right): this node's value from the values of its inputs.",
        ),
        "backward": translate(
            "CompGraphLesson",
            "Backward (red arrows, right to left), the chain rule: d{0}/dx is the sum, over the nodes "
            "that use x, of d{0}/d(node) times the local derivative d(node)/dx.",
        ).format(output),
        "update": translate(
            "CompGraphLesson",
            "Gradient descent: each parameter moves against its derivative, scaled by the learning rate α.",
        ),
        "new_loss": translate(
            "CompGraphLesson",
            "The loss again, forward from the updated parameters: one step of gradient descent downhill.",
        ),
    }
    return texts.get(kind, "")


def phase_text(phase: str) -> str:
    return {
        "input": translate("CompGraphLesson", "input"),
        "forward": translate("CompGraphLesson", "forward"),
        "backward": translate("CompGraphLesson", "backward"),
        "update": translate("CompGraphLesson", "update"),
    }.get(phase, phase)


def kind_label(kind: str) -> str:
    """The graph's name in the chooser."""
    return {
        "course": translate("CompGraphLesson", "J = 3(a + bc), the course's example"),
        "logreg": translate("CompGraphLesson", "Logistic regression, one example"),
        "expression": translate("CompGraphLesson", "Your formula in a, b, c"),
    }[kind]
