"""core's messages about saved runs, data, drawn points, parameters files and the computation graph,
by id, in the interface's language.

Kept apart from core_messages (which renders them) and core_file_messages so each table stays
readable; the context is the same, "CoreMessages". Each entry: id (core.messages) -> (translated
template with positional fields, the names of core's parameters in that order).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from visualizer.core_file_messages import Templates

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def run_templates() -> Templates:
    """A saved run that does not hold together (met on opening a session), data and drawn points."""
    return {
        "field.bool": (translate("CoreMessages", "must be true or false"), ()),
        "field.split": (
            translate("CoreMessages", "must be four arrays: X_train, Y_train, X_test, Y_test"),
            (),
        ),
        "state.malformed": (translate("CoreMessages", "missing or malformed entry: {0}"), ("entry",)),
        "state.shape": (
            translate("CoreMessages", "{0} has shape {1}, expected {2}"),
            ("name", "shape", "expected"),
        ),
        "state.not_finite": (translate("CoreMessages", "{0} contains NaN or infinite values"), ("name",)),
        "state.order": (translate("CoreMessages", "the mini-batch order does not fit the data"), ()),
        "state.natural": (
            translate("CoreMessages", "{0} must be a whole number >= 0, got {1}"),
            ("name", "value"),
        ),
        "state.version": (
            translate("CoreMessages", "trainer state version {0} is not supported"),
            ("version",),
        ),
        "state.norms": (translate("CoreMessages", "the gradient-norm histories do not match the layers"), ()),
        "state.averages": (
            translate("CoreMessages", "the optimizer's averages do not match the parameters"),
            (),
        ),
        "state.parameters": (translate("CoreMessages", "parameters must be {0}"), ("keys",)),
        "state.sweep_labels": (translate("CoreMessages", "a sweep needs one label per configuration"), ()),
        "history.capacity": (translate("CoreMessages", "capacity must be an even number >= 4"), ()),
        "history.arrays": (translate("CoreMessages", "cost history arrays do not match"), ()),
        "history.values": (translate("CoreMessages", "cost history values are out of range"), ()),
        "data.m": (
            translate("CoreMessages", "number of points m must be in {0}..{1}, got {2}"),
            ("lo", "hi", "value"),
        ),
        "data.unknown": (
            translate("CoreMessages", "unknown data set {0}; expected one of: {1}"),
            ("name", "choices"),
        ),
        "data.noise": (translate("CoreMessages", "noise must be a finite number >= 0, got {0}"), ("value",)),
        "data.test_ratio": (translate("CoreMessages", "test ratio must be in [0, 1), got {0}"), ("value",)),
        "data.shape": (
            translate("CoreMessages", "data must be X (2, m) and Y (1, m) with m >= 2; got {0}, {1}"),
            ("x_shape", "y_shape"),
        ),
        "draw.label": (translate("CoreMessages", "a label is 0 or 1, got {0}"), ("label",)),
        "features.names": (
            translate("CoreMessages", "input features must be distinct names from {0}"),
            ("names",),
        ),
        "draw.finite": (translate("CoreMessages", "a point needs finite coordinates"), ()),
        "parameters.not_finite": (
            translate("CoreMessages", "the parameters are not finite (the run diverged)"),
            (),
        ),
        "parameters.entry": (translate("CoreMessages", "not a parameters file: unexpected entry"), ()),
        "parameters.format": (translate("CoreMessages", "not an nn-visualizer parameters file"), ()),
    }


def graph_templates() -> Templates:
    """The computation graph's refused values and formulas (core.compgraph_ops.GraphError)."""
    return {
        "graph.not_finite": (
            translate("CoreMessages", "{0} is not a finite number at these values"),
            ("formula",),
        ),
        "graph.slope_not_finite": (
            translate("CoreMessages", "the derivative with respect to {0} is not finite at these values"),
            ("variable",),
        ),
        "graph.value_range": (
            translate("CoreMessages", "{0} must be a finite number between {1} and {2}, got {3}"),
            ("name", "lo", "hi", "value"),
        ),
        "graph.not_a_number": (translate("CoreMessages", "“{0}” is not a number"), ("text",)),
        "graph.label": (translate("CoreMessages", "the label y must be 0 or 1, got {0}"), ("value",)),
        "graph.unknown_variable": (
            translate("CoreMessages", "there is no variable {0} to nudge in this graph"),
            ("name",),
        ),
        "graph.empty": (translate("CoreMessages", "type a formula in a, b and c, e.g. 3*(a + b*c)"), ()),
        "graph.too_long": (
            translate("CoreMessages", "the formula is {0} characters long; at most {1}"),
            ("length", "limit"),
        ),
        "graph.syntax": (translate("CoreMessages", "not a formula: {0}"), ("detail",)),
        "graph.name": (
            translate("CoreMessages", "unknown name “{0}”: the variables are a, b and c"),
            ("name",),
        ),
        "graph.call": (
            translate("CoreMessages", "“{0}” is not allowed: the functions are exp, log, sigmoid and tanh"),
            ("name",),
        ),
        "graph.call_form": (
            translate("CoreMessages", "{0} takes exactly one argument, e.g. {0}(a)"),
            ("name",),
        ),
        "graph.attribute": (
            translate("CoreMessages", "attribute access (the dot in “{0}”) is not allowed"),
            ("text",),
        ),
        "graph.node": (translate("CoreMessages", "“{0}” is not allowed in a formula"), ("what",)),
        "graph.xor": (translate("CoreMessages", "^ is not a power here: write a**2"), ()),
        "graph.power_exponent": (translate("CoreMessages", "the exponent must be a number, e.g. a**2"), ()),
        "graph.power_range": (
            translate("CoreMessages", "the exponent {0} is too large: at most {1} in size"),
            ("value", "limit"),
        ),
        "graph.constant_range": (
            translate("CoreMessages", "the number {0} is too large: at most {1} in size"),
            ("value", "limit"),
        ),
        "graph.too_deep": (
            translate("CoreMessages", "the formula is nested too deeply (at most {0} levels)"),
            ("limit",),
        ),
        "graph.too_many": (
            translate("CoreMessages", "the formula has {0} operations; at most {1}"),
            ("count", "limit"),
        ),
        "graph.no_variable": (
            translate("CoreMessages", "the formula must use at least one of a, b and c"),
            (),
        ),
    }
