"""The course's bias/variance reading (003 part 4 (2)): train error decides bias, the dev gap variance."""

from __future__ import annotations

import math
from dataclasses import dataclass

# The course assumes an optimal (Bayes) error near 0%: 15% train error is high bias, a dev
# error 14 points above the train error is high variance, 1% / 2% is "just right".
BIAS_THRESHOLD = 0.05
VARIANCE_THRESHOLD = 0.05
DIAGNOSES: tuple[str, ...] = ("high_bias", "high_variance", "both", "neither", "unknown")


@dataclass(frozen=True)
class Diagnosis:
    """`kind` is one of DIAGNOSES; "unknown" while there is no dev set (variance is then unmeasured)."""

    kind: str
    train_error: float
    dev_error: float
    high_bias: bool
    high_variance: bool | None


def diagnose(
    train_error: float,
    dev_error: float,
    bias_threshold: float = BIAS_THRESHOLD,
    variance_threshold: float = VARIANCE_THRESHOLD,
) -> Diagnosis:
    """Step 1: is the train error high (bias)? Step 2: is the dev error far above it (variance)?"""
    high_bias = bool(math.isfinite(train_error) and train_error > bias_threshold)
    if not math.isfinite(dev_error):
        return Diagnosis("high_bias" if high_bias else "unknown", train_error, dev_error, high_bias, None)
    high_variance = bool(dev_error - train_error > variance_threshold)
    kind = {
        (True, True): "both",
        (True, False): "high_bias",
        (False, True): "high_variance",
        (False, False): "neither",
    }[(high_bias, high_variance)]
    return Diagnosis(kind, train_error, dev_error, high_bias, high_variance)
