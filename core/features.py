"""Engineered input features (TensorFlow Playground's): the plane's X (2, m) mapped to n_x input rows."""

from __future__ import annotations

import numpy as np

from core.validation import CoreError

Array = np.ndarray

# name -> row of the mapped input; the order is the order of the rows of A^[0].
FEATURES: dict[str, object] = {
    "x1": lambda X: X[0],
    "x2": lambda X: X[1],
    "x1^2": lambda X: X[0] * X[0],
    "x2^2": lambda X: X[1] * X[1],
    "x1*x2": lambda X: X[0] * X[1],
    "sin_x1": lambda X: np.sin(X[0]),
    "sin_x2": lambda X: np.sin(X[1]),
}
FEATURE_NAMES: tuple[str, ...] = tuple(FEATURES)


def check_features(features: tuple[str, ...]) -> None:
    if not features:
        raise CoreError("features.none")
    unknown = [f for f in features if not isinstance(f, str) or f not in FEATURES]  # a list is not a name
    if unknown or len(set(features)) != len(features):
        raise CoreError("features.names", names=", ".join(FEATURE_NAMES))


def map_features(X: Array, features: tuple[str, ...]) -> Array:
    """A^[0] (n_x, m): one row per chosen feature of the plane's points X (2, m), in FEATURE_NAMES order."""
    check_features(features)
    ordered = [f for f in FEATURE_NAMES if f in features]
    return np.vstack([FEATURES[f](X) for f in ordered]) if X.shape[1] else np.zeros((len(ordered), 0))
