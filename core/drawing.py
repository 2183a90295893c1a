"""Drawing data by hand: add a point of a class, remove the point nearest a click."""

from __future__ import annotations

import numpy as np

from core.validation import CoreError

Array = np.ndarray
Split = tuple[Array, Array, Array, Array]  # X_train (2, m), Y_train (1, m), X_test, Y_test


def add_point(split: Split, x1: float, x2: float, label: int) -> Split:
    """A new training example (x1, x2) with label 0 or 1; the test set is untouched."""
    if label not in (0, 1):
        raise CoreError("draw.label", label=label)
    if not (np.isfinite(x1) and np.isfinite(x2)):
        raise CoreError("draw.finite")
    X_train, Y_train, X_test, Y_test = split
    X_train = np.hstack([X_train, [[x1], [x2]]])
    Y_train = np.hstack([Y_train, [[float(label)]]])
    return X_train, Y_train, X_test, Y_test


def remove_nearest(split: Split, x1: float, x2: float, scale: tuple[float, float] = (1.0, 1.0)) -> Split:
    """Remove the example (training or test) nearest to (x1, x2); distances in units of `scale`.

    Raises ValueError when the training set would lose one of its two classes.
    """
    X_train, Y_train, X_test, Y_test = split
    sx, sy = scale
    X_all = np.hstack([X_train, X_test])
    d2 = ((X_all[0] - x1) / sx) ** 2 + ((X_all[1] - x2) / sy) ** 2
    k = int(np.argmin(d2))
    m = X_train.shape[1]
    if k >= m:
        keep = np.arange(X_test.shape[1]) != k - m
        return X_train, Y_train, X_test[:, keep], Y_test[:, keep]
    keep = np.arange(m) != k
    if len(np.unique(Y_train[0, keep])) < 2:
        raise CoreError("data.both_classes")
    return X_train[:, keep], Y_train[:, keep], X_test, Y_test
