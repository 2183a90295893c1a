"""The deep lesson's words for core's names: initializations, optimizers, experiments, diagnoses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def init_name(scheme: str) -> str:
    return {
        "zeros": translate("DeepTexts", "zeros"),
        "random": translate("DeepTexts", "randn · 0.01"),
        "large": translate("DeepTexts", "randn · 10 (large)"),
        "xavier": translate("DeepTexts", "Xavier (√(1/n[l-1]))"),
        "he": translate("DeepTexts", "He (√(2/n[l-1]))"),
    }.get(scheme, scheme)


def optimizer_name(name: str) -> str:
    return {
        "gd": translate("DeepTexts", "gradient descent"),
        "momentum": translate("DeepTexts", "momentum"),
        "rmsprop": translate("DeepTexts", "RMSprop"),
        "adam": translate("DeepTexts", "Adam"),
    }.get(name, name)


def experiment_title(key: str) -> str:
    return {
        "init": translate("DeepTexts", "Initialization: zeros vs large vs He (circles)"),
        "optimizers": translate("DeepTexts", "Mini-batch GD vs momentum vs Adam (moons)"),
        "regularization": translate("DeepTexts", "L2 and dropout against overfitting"),
        "vanishing": translate("DeepTexts", "8 sigmoid layers, randn · 0.01: vanishing gradients"),
        "exploding": translate(
            "DeepTexts", "8 linear layers, Xavier vs He vs randn · 10: exploding gradients"
        ),
        "depth": translate("DeepTexts", "Depth 1 vs 3 vs 6 on the spiral"),
    }.get(key, key)


def course_finding(key: str) -> str:
    """What the course found, in a sentence or two."""
    return {
        "init": translate(
            "DeepTexts",
            "Course 2 week 1: with zeros every unit stays the same, the cost stays ln 2 = 0.693 and "
            "accuracy 50%; randn · 10 starts with a huge cost and ends with a poor boundary (83% train); "
            "He reaches about 99% train, 96% test.",
        ),
        "optimizers": translate(
            "DeepTexts",
            "Course 2 week 2 (moons, mini-batches of 64, α = 0.0007): mini-batch gradient descent and "
            "momentum reach about 79.7% after 10,000 epochs; Adam reaches 94%.",
        ),
        "regularization": translate(
            "DeepTexts",
            "Course 2 week 1: without regularization the network fits the training set's noise "
            "(94.8% train, 91.5% test); L2 with λ = 0.7 gives 93.8% / 93%, dropout with keep_prob = 0.86 "
            "92.9% / 95%: the gap between train and test closes. Here a small noisy xor set and a "
            "32-32-32 network overfit the same way.",
        ),
        "vanishing": translate(
            "DeepTexts",
            "003 part 3: with randn · 0.01 in a deep network the cost stays at 0.693 (−log 0.5); each "
            "sigmoid layer multiplies the gradient by at most 0.25 · |W|, so the first layers' ‖dW‖ "
            "falls to 1e-10 and below and they do not learn.",
        ),
        "exploding": translate(
            "DeepTexts",
            "003 part 4 (6): in a very deep network the weights multiply again and again, so activations "
            "and gradients grow (or shrink) exponentially with depth. In linear layers Xavier's "
            "√(1/n[l-1]) keeps each layer's scale (the identity's), He's √(2/n[l-1]) is a little above "
            "(about ×1.4 a layer), randn · 10 far above: the first J and every ‖dW[l]‖ explode and the "
            "run diverges. The cure is the initialization's scale.",
        ),
        "depth": translate(
            "DeepTexts",
            "004 §4.5: the first layer draws lines, deeper layers combine them into corners and curls; "
            "with the same 5 units per layer, more layers fit the spiral better.",
        ),
    }.get(key, "")


def run_label(label: str) -> str:
    """core.deep_run.experiments' run labels in the interface's language."""
    return {
        "zeros": translate("DeepTexts", "zeros"),
        "large (randn·10)": translate("DeepTexts", "randn · 10"),
        "He": translate("DeepTexts", "He"),
        "mini-batch GD": translate("DeepTexts", "mini-batch GD"),
        "momentum": translate("DeepTexts", "momentum"),
        "Adam": translate("DeepTexts", "Adam"),
        "no regularization": translate("DeepTexts", "no regularization"),
        "L2, λ = 3": translate("DeepTexts", "L2, λ = 3"),
        "dropout, keep_prob = 0.86": translate("DeepTexts", "dropout, keep_prob = 0.86"),
        "8 sigmoid layers, randn·0.01": translate("DeepTexts", "8 sigmoid layers, randn · 0.01"),
        "8 linear layers, Xavier": translate("DeepTexts", "Xavier"),
        "8 linear layers, He": translate("DeepTexts", "He"),
        "8 linear layers, randn·10": translate("DeepTexts", "randn · 10"),
        "1 hidden layer": translate("DeepTexts", "1 hidden layer"),
        "3 hidden layers": translate("DeepTexts", "3 hidden layers"),
        "6 hidden layers": translate("DeepTexts", "6 hidden layers"),
    }.get(label, label)


def diagnosis_text(kind: str) -> tuple[str, str]:
    """(the diagnosis, the course's recipe) for core.deep_run.diagnosis' kinds (003 part 4 (2))."""
    return {
        "high_bias": (
            translate("DeepTexts", "High bias (underfitting)"),
            translate(
                "DeepTexts",
                "Recipe: a bigger network (more layers or units), train longer, a better optimizer.",
            ),
        ),
        "high_variance": (
            translate("DeepTexts", "High variance (overfitting)"),
            translate("DeepTexts", "Recipe: more data, or regularization (L2 λ, dropout)."),
        ),
        "both": (
            translate("DeepTexts", "High bias and high variance"),
            translate(
                "DeepTexts",
                "Recipe: first fix the bias (bigger network, longer training), "
                "then the variance (more data, regularization).",
            ),
        ),
        "neither": (
            translate("DeepTexts", "Neither: just right"),
            translate("DeepTexts", "Low train error and a small dev gap: done."),
        ),
        "unknown": (
            translate("DeepTexts", "Variance unknown"),
            translate("DeepTexts", "Set a dev fraction above 0 to measure the dev error."),
        ),
    }.get(kind, (kind, ""))
