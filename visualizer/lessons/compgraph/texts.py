"""The lesson's words in the interface's language: core's refusals (by their id, through
visualizer.core_messages like every lesson's) and what each kind of stage does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.compgraph_ops import GraphError

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def error_text(err: GraphError) -> str:
    """`err` in the current language: a CoreError (id "graph." + code), translated by its id."""
    from visualizer.core_messages import translated_error

    return translated_error(err)


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
