"""The lesson's words: the course's explanation, and one line on the case now selected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.activations import ZERO_AT_ZERO  # g(0) = 0
from core.twin import TwinConfig
from visualizer.activation_info import display_name

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def course_text() -> str:
    """seeds/004 section 3.11 and seeds/003 "random initialization", in a few sentences."""
    return translate(
        "ZeroInitTexts",
        "<b>Why not start at zero?</b> (course 3.11) With W1 = 0 every hidden unit computes "
        "the same function. In backprop each gets the same dZ1, so every row of dW1 is the "
        "same, and after W1 := W1 − α dW1 the rows are still equal. After two, three, any "
        "number of steps the units still compute the same thing: n_h units are worth one."
        "<br><br><b>The fix: random initialization</b>, W1 = np.random.randn(n_h, n_x) · 0.01 "
        "(small, so tanh and sigmoid are not saturated). Random W breaks the symmetry; b has "
        "no symmetry problem, so b1 = 0 and b2 = 0 are fine."
        "<br><br>Both copies train on all points (no test split), so the flower's classes are "
        "exactly 200 : 200 unless <i>Classes</i> thins class 1.",
    )


def case_line(config: TwinConfig, perturbed: bool) -> str:
    """What the equations say happens to the symmetric copy with these settings."""
    name, g = config.activation, display_name(config.activation)
    balanced = config.class1_share >= 1.0
    if perturbed:
        rest = (
            translate("ZeroInitTexts", "the units still at zero stay there (W2 = 0 gives them no gradient)")
            if config.init == "zeros" and name in ZERO_AT_ZERO
            else translate("ZeroInitTexts", "the units not nudged stay identical to one another")
        )
        return translate(
            "ZeroInitTexts",
            "One unit was nudged by 0.01 · randn: it gets its own gradient and parts from the rest; {0}.",
        ).format(rest)
    if config.init == "constant":
        return translate(
            "ZeroInitTexts",
            "{g}, every weight = {c:g}: all units compute {g}({c:g} x1 + {c:g} x2), get the same "
            "gradient and move together: different from the start, identical forever.",
        ).format(g=g, c=config.init_constant)
    if name in ZERO_AT_ZERO:
        if balanced:
            return translate(
                "ZeroInitTexts",
                "{g}, W = 0: A1 = {g}(0) = 0, so no weight gets a gradient; only b2 can move, "
                "and on balanced classes db2 = mean(A2 − Y) = 0.5 − 0.5 = 0: nothing moves, "
                "J stays ln 2 = 0.693147.",
            ).format(g=g)
        return translate(
            "ZeroInitTexts",
            "{g}, W = 0: A1 = 0 and W2 = 0, so dW1 = dW2 = 0; only b2 moves "
            "(db2 = 0.5 − share of class 1 ≠ 0), the units stay at zero.",
        ).format(g=g)
    if balanced:
        return translate(
            "ZeroInitTexts",
            "sigmoid, W = 0: A1 = sigmoid(0) = 0.5 for every unit; on balanced classes "
            "mean(A2 − Y) = 0, so dW2 = db2 = 0: nothing moves, J stays ln 2.",
        )
    return translate(
        "ZeroInitTexts",
        "sigmoid, W = 0: A1 = 0.5; on unbalanced classes mean(A2 − Y) ≠ 0, so W2 moves at "
        "step 1 and W1 from step 2, every unit by exactly the same amount.",
    )
