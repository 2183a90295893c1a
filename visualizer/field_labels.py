"""What a configuration field is called on screen: "the data seed", not "data_seed".

One mapping for every lesson's config (TrainConfig, TwinConfig, DescentConfig, the size
sweep's), translated when asked for, so status messages read like the sidebar does.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LABELS = {
    "dataset": QT_TRANSLATE_NOOP("FieldLabels", "the data set"),
    "m": QT_TRANSLATE_NOOP("FieldLabels", "the number of points m"),
    "noise": QT_TRANSLATE_NOOP("FieldLabels", "the noise"),
    "test_ratio": QT_TRANSLATE_NOOP("FieldLabels", "the test share"),
    "data_seed": QT_TRANSLATE_NOOP("FieldLabels", "the data seed"),
    "model": QT_TRANSLATE_NOOP("FieldLabels", "the model"),
    "n_h": QT_TRANSLATE_NOOP("FieldLabels", "the hidden-layer size n_h"),
    "activation": QT_TRANSLATE_NOOP("FieldLabels", "the activation g"),
    "leaky_slope": QT_TRANSLATE_NOOP("FieldLabels", "the leaky ReLU slope"),
    "init": QT_TRANSLATE_NOOP("FieldLabels", "the initialization"),
    "init_constant": QT_TRANSLATE_NOOP("FieldLabels", "the constant c"),
    "init_seed": QT_TRANSLATE_NOOP("FieldLabels", "the initialization seed"),
    "learning_rate": QT_TRANSLATE_NOOP("FieldLabels", "the learning rate α"),
    "lambd": QT_TRANSLATE_NOOP("FieldLabels", "the L2 strength λ"),
    "keep_prob": QT_TRANSLATE_NOOP("FieldLabels", "the keep probability"),
    "batch_size": QT_TRANSLATE_NOOP("FieldLabels", "the batch size"),
    "dropout_seed": QT_TRANSLATE_NOOP("FieldLabels", "the dropout seed"),
    "class1_share": QT_TRANSLATE_NOOP("FieldLabels", "the share of class 1"),
    "mode": QT_TRANSLATE_NOOP("FieldLabels", "the mode"),
    "loss": QT_TRANSLATE_NOOP("FieldLabels", "the loss"),
    "separation": QT_TRANSLATE_NOOP("FieldLabels", "the class separation"),
    "normalize": QT_TRANSLATE_NOOP("FieldLabels", "input normalization"),
    "beta1": QT_TRANSLATE_NOOP("FieldLabels", "β1"),
    "beta2": QT_TRANSLATE_NOOP("FieldLabels", "Adam's β2"),
    "beta_rmsprop": QT_TRANSLATE_NOOP("FieldLabels", "RMSprop's β2"),
    "optimizers": QT_TRANSLATE_NOOP("FieldLabels", "the optimizers"),
    "start": QT_TRANSLATE_NOOP("FieldLabels", "the start point"),
    # the L-layer Trainer's (TrainConfig version 2)
    "hidden_sizes": QT_TRANSLATE_NOOP("FieldLabels", "the hidden-layer sizes"),
    "hidden_activations": QT_TRANSLATE_NOOP("FieldLabels", "the activation of each hidden layer"),
    "optimizer": QT_TRANSLATE_NOOP("FieldLabels", "the optimizer"),
    "beta": QT_TRANSLATE_NOOP("FieldLabels", "momentum's β"),
    "rms_beta": QT_TRANSLATE_NOOP("FieldLabels", "RMSprop's β2"),
    "epsilon": QT_TRANSLATE_NOOP("FieldLabels", "ε"),
    "decay": QT_TRANSLATE_NOOP("FieldLabels", "the learning-rate decay"),
    "decay_rate": QT_TRANSLATE_NOOP("FieldLabels", "the decay rate"),
    "decay_interval": QT_TRANSLATE_NOOP("FieldLabels", "the decay interval (epochs)"),
    "legacy_init": QT_TRANSLATE_NOOP("FieldLabels", "the course's own random draws"),
    # the deep-network lesson's (TrainConfig.changed(hidden_layers=...), TrainConfig.features)
    "hidden_layers": QT_TRANSLATE_NOOP("FieldLabels", "the hidden layers"),
    "features": QT_TRANSLATE_NOOP("FieldLabels", "the input features"),
}


def field_label(field: str) -> str:
    """`field`'s label in the current language; an unknown field keeps its own name."""
    text = LABELS.get(field)
    return QCoreApplication.translate("FieldLabels", text) if text else field


def field_labels(fields: Iterable[str]) -> str:
    """Several fields' labels, joined with the language's list separator."""
    return QCoreApplication.translate("FieldLabels", ", ").join(field_label(f) for f in fields)
