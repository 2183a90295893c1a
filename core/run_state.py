"""RunState: everything of a Trainer's run that changes as it trains, as public fields.

The Trainer owns one (`trainer.run`) and is the only one that advances it; core.trainer_state
reads and writes these fields to save and restore a session, nothing private.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.history import CostHistory

Array = np.ndarray


@dataclass
class RunState:
    """One run between two resets.

    stepper: the model's parameters and optimizer averages (core.models' steppers);
    rng: the run's generator (dropout masks, then each epoch's mini-batch order);
    order: the columns of this epoch not yet used; step: updates made; epoch: finished
    epochs; epoch_sum: [sum of m_t J_t, sum of m_t] over this epoch's mini-batches;
    norm_histories: ||dW^[l]|| per layer, sampled; changed_mid_run: the settings changed
    while it trained (an export from step 0 with one config would not reproduce it).
    """

    stepper: Any
    rng: np.random.Generator
    order: Array = field(default_factory=lambda: np.arange(0))
    step: int = 0
    diverged_at: int | None = None
    epoch: int = 0
    epoch_sum: list[float] = field(default_factory=lambda: [0.0, 0])
    history: CostHistory = field(default_factory=CostHistory)
    test_history: CostHistory = field(default_factory=CostHistory)
    epoch_history: CostHistory = field(default_factory=CostHistory)
    norm_histories: list[CostHistory] = field(default_factory=list)
    changed_mid_run: bool = False
