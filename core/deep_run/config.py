"""The deep lesson's settings on the one TrainConfig: its default run and the choices its controls offer."""

from __future__ import annotations

from typing import Any

from core.config import TrainConfig
from core.validation import RANGES

# The starts the lesson offers (core.deep's schemes without "constant"): "random" is the
# course's randn * 0.01, "large" its deliberately bad randn * 10.
DEEP_INIT_SCHEMES: tuple[str, ...] = ("zeros", "random", "large", "xavier", "he")
MAX_HIDDEN_LAYERS = int(RANGES["hidden_layers"].hi)
UNITS_RANGE = RANGES["units"].slider  # what the lesson offers; core accepts up to n_h's 50
LEARNING_RATE_RANGE = RANGES["learning_rate"].bounds
LAMBD_RANGE = RANGES["lambd"].bounds
KEEP_PROB_RANGE = RANGES["keep_prob"].bounds
DEV_RATIO_RANGE = RANGES["test_ratio"].bounds
DECAY_RANGE = RANGES["decay_rate"].slider
BETA_RANGE = RANGES["beta"].bounds
BATCH_SIZES: tuple[int, ...] = (1, 16, 32, 64, 128, 256, 0)  # 0: the full batch (all m)


def deep_config(hidden: tuple[int, ...] = (8, 8, 8), **fields: Any) -> TrainConfig:
    """A TrainConfig with the deep lesson's defaults: circles, [2, 8, 8, 8, 1] ReLU, He, alpha 0.05.

    Learning-rate decay is on with rate 0 (alpha0 / (1 + 0 * epoch) = alpha0, exactly), so the
    lesson's decay slider acts at once without choosing a form.
    """
    defaults: dict[str, Any] = dict(
        dataset="circles", m=400, noise=0.3, test_ratio=0.2, data_seed=1, activation="relu", init="he",
        init_seed=3, learning_rate=0.05, decay="inverse", decay_rate=0.0,
    )  # fmt: skip
    defaults.update(fields)
    return TrainConfig(**defaults).changed(hidden_layers=tuple(hidden))


DEEP_DEFAULT = deep_config()
