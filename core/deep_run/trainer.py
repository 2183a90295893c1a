"""The deep lesson's engine: the one Trainer, with the snapshot the lesson's views draw."""

from __future__ import annotations

from core.deep_run.config import DEEP_DEFAULT
from core.plane_maps import PlaneMapper
from core.trainer import Trainer


class DeepLessonTrainer(Trainer):
    """core.trainer.Trainer; snapshot() adds the plane's maps, histograms and the diagnosis (DeepSnapshot)."""

    steps_per_tick = None  # fill the controller's time budget
    maps_interval_s = 0.0  # a view may let snapshots reuse the plane's maps this long while training
    stats_interval_s = 0.0  # and the training and dev sets' numbers this long (core.deep_run.layer_stats)

    def __init__(self, config=None, data=None) -> None:
        self._view_cache: dict = {}
        self.plane = PlaneMapper()  # the plane's maps, as the shallow lessons' PlaneTrainer makes them
        super().__init__(config or DEEP_DEFAULT, data)

    @classmethod
    def from_state(cls, state: dict) -> DeepLessonTrainer:
        """Trainer.from_state; a session saved by the lesson's earlier DeepTrainer is migrated first."""
        from core.deep_run.legacy import is_legacy, migrate

        return super().from_state(migrate(state) if is_legacy(state) else state)

    def __getstate__(self) -> dict:
        """Pickle without the snapshot's caches (`_view_cache`: inputs, maps, set statistics, the
        start's norms): the next snapshot makes them again, exact."""
        return {**self.__dict__, "_view_cache": {}}

    def adopt_training_state(self, state) -> bool:
        """Trainer.adopt_training_state. The set statistics are reused when made at this very step
        (core.deep_run.layer_stats): a state that goes back or changes the run at the same step
        drops them."""
        stale = super().adopt_training_state(state)
        if stale:
            self._view_cache.pop("stats", None)
        return stale

    def snapshot(self):
        """An immutable picture with everything the views draw (see core.deep_run.snapshot)."""
        from core.deep_run.snapshot import take_snapshot

        return take_snapshot(self, self._view_cache)
