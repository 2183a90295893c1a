"""A Trainer whose snapshots carry the plane's maps (core.plane_maps), as the lesson's view asked."""

from __future__ import annotations

from dataclasses import replace

from core.plane_maps import GridCache, MapRequest, PlaneMapper
from core.trainer import Trainer
from core.trainer_snapshot import TrainSnapshot


class PlaneTrainer(Trainer):
    """Trainer + one PlaneMapper: `snapshot()` is exact, `live_snapshot()` (the running timer's)
    may carry unit maps a few frames old, at the cadence of the request."""

    def __init__(self, *args, grids: GridCache | None = None, **kwargs) -> None:
        self.plane = PlaneMapper(grids)
        super().__init__(*args, **kwargs)

    def request_maps(self, wanted: MapRequest | None) -> None:
        """What the view draws of the plane from now on (None: no maps)."""
        self.plane.request(wanted)

    def snapshot(self, live: bool = False) -> TrainSnapshot:
        """The run now, with the maps the view asked for (`live`: unit maps may be a few frames
        old, and no layer histograms or W norms: the lessons on this trainer draw neither, and
        they cost a forward pass with caches and a histogram per layer every frame)."""
        s = super().snapshot(diagnose=not live)
        if self.plane.wanted is None:
            return s
        return replace(s, plane=self.plane.maps(s.parameters, s.config, self.data[0], s.step, live))

    def live_snapshot(self) -> TrainSnapshot:
        return self.snapshot(live=True)
