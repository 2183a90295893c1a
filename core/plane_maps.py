"""What the plane's plots draw, computed in core: A2 over the plane, its 0.5 contour, each unit's map.

Views used to run the model on a grid at render time, each lesson with its own grid cache.
Here one engine-side mapper per run computes them when the snapshot is taken, at the
cadence the view asked for (`MapRequest`): the boundary with every snapshot, many unit maps
only a few times a second while the timer drives the run, everything when a snapshot must
be exact (a step, a reset, a pause: `live=False`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from core import models
from core.config import TrainConfig
from core.contour import contour_segments
from core.plane import DISPLAY_LIMIT, PlaneGrid, plane_grid

Array = np.ndarray


@dataclass(frozen=True)
class MapRequest:
    """What a view draws of the plane. A resolution of 0 means that map is not wanted.

    units_every_s: while live, the unit maps are recomputed at most this often (0: with
    every snapshot); between, a snapshot carries the last ones (`units_step` says whose).
    """

    resolution: int = 100
    unit_resolution: int = 0
    units_every_s: float = 0.0

    def __post_init__(self) -> None:
        for name in ("resolution", "unit_resolution"):
            value = getattr(self, name)
            if not (isinstance(value, int) and (value == 0 or 2 <= value <= 1000)):
                raise ValueError(f"{name} must be 0 or a whole number in 2..1000, got {value!r}")
        if not self.units_every_s >= 0:
            raise ValueError(f"units_every_s must be >= 0, got {self.units_every_s!r}")


def _frozen(a: Array) -> Array:
    a.flags.writeable = False
    return a


EMPTY_IMAGE = _frozen(np.zeros((0, 0), dtype=np.float32))
EMPTY_UNITS = _frozen(np.zeros((0, 0, 0), dtype=np.float32))
EMPTY_LINE = _frozen(np.zeros(0))


@dataclass(frozen=True)
class PlaneMaps:
    """The plane's pictures of one run at one step (read-only arrays).

    probability (r, r) is A2 on `grid` (row-major image, values in [0, 1]); contour_x/_y the
    A2 = 0.5 level set as segment pairs in plane coordinates; units (n^[1], r', r') each
    hidden unit's A^[1] on `unit_grid` (finite, clipped for display), taken at `units_step`.
    """

    step: int
    grid: PlaneGrid | None = None
    probability: Array = field(default_factory=lambda: EMPTY_IMAGE)
    contour_x: Array = field(default_factory=lambda: EMPTY_LINE)
    contour_y: Array = field(default_factory=lambda: EMPTY_LINE)
    unit_grid: PlaneGrid | None = None
    units: Array = field(default_factory=lambda: EMPTY_UNITS)
    units_step: int = -1


class GridCache:
    """Plane grids by data set and resolution: runs on the same data share one grid."""

    MAX_ALIASES = 16

    def __init__(self) -> None:
        self._data: list[Array] = []  # the arrays known to hold this data set (read-only, never edited)
        self._grids: dict[int, PlaneGrid] = {}

    def grid(self, X: Array, resolution: int) -> PlaneGrid:
        if not any(X is known for known in self._data):
            first = self._data[0] if self._data else None
            if first is not None and first.shape == X.shape and np.array_equal(first, X, equal_nan=True):
                self._data = self._data[: self.MAX_ALIASES - 1] + [X]  # the same points, another array
            else:
                self._data, self._grids = [X], {}
        grid = self._grids.get(resolution)
        if grid is None:
            grid = self._grids[resolution] = plane_grid(X, resolution)
        return grid


@dataclass
class _Units:
    maps: Array = field(default_factory=lambda: EMPTY_UNITS)
    step: int = -1
    at: float = -float("inf")
    key: tuple = (None, None)  # (X, config) they were made for


class PlaneMapper:
    """Computes PlaneMaps for one run as the view requested; None until a view asks (`request`)."""

    def __init__(self, grids: GridCache | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.grids = grids or GridCache()
        self.wanted: MapRequest | None = None
        self.clock = clock  # injectable: tests drive the cadence
        self._units = _Units()
        self._last: tuple | None = None  # (X, (config, step), parameters, maps)

    @property
    def last(self) -> PlaneMaps | None:
        """The maps computed last (None before the first, or after a new request)."""
        return None if self._last is None else self._last[3]

    def request(self, wanted: MapRequest | None) -> None:
        """What the view draws from now on (None: nothing, and nothing is computed)."""
        if wanted != self.wanted:
            self.wanted = wanted
            self._units = _Units()
            self._last = None

    def maps(self, parameters: dict[str, Array], config: TrainConfig, X: Array, step: int,
             live: bool = False) -> PlaneMaps | None:  # fmt: skip
        """The maps of `parameters` (trained on data X (2, m)) at `step`.

        The same parameters at the same step give the same object back (a repeated snapshot
        costs nothing and tells the view there is nothing new to draw).
        """
        wanted = self.wanted
        if wanted is None:
            return None
        last = self._last
        if last is not None and last[0] is X and last[1] == (config, step) and _same(last[2], parameters):
            stale_units = not live and last[3].units_step != step and wanted.unit_resolution
            if not stale_units:
                return last[3]
        units = bool(wanted.unit_resolution) and config.model != "logistic"
        with np.errstate(all="ignore"):
            A2, A1 = self._forward(parameters, config, X, units and self._units_due(X, config, step, live))
            out = PlaneMaps(step=step)
            if wanted.resolution:
                grid = self.grids.grid(X, wanted.resolution)
                image = _frozen(grid.as_image(np.nan_to_num(A2, nan=0.5))[0])
                x, y = grid.to_data(*contour_segments(image, 0.5))
                out = PlaneMaps(step, grid, image, _frozen(np.asarray(x)), _frozen(np.asarray(y)))
            if A1 is not None:
                grid = self.grids.grid(X, wanted.unit_resolution)
                maps = _frozen(grid.as_image(np.clip(np.nan_to_num(A1), -DISPLAY_LIMIT, DISPLAY_LIMIT)))
                self._units = _Units(maps, step, self.clock(), (X, config))
        if units:
            u = self._units
            out = replace(
                out, unit_grid=self.grids.grid(X, wanted.unit_resolution), units=u.maps, units_step=u.step
            )
        self._last = (X, (config, step), parameters, out)
        return out

    def _units_due(self, X: Array, config: TrainConfig, step: int, live: bool) -> bool:
        u = self._units
        if not live or step < u.step or u.key[0] is not X or u.key[1] != config:
            return True
        return self.clock() - u.at >= self.wanted.units_every_s

    def _forward(
        self, parameters, config: TrainConfig, X: Array, units: bool
    ) -> tuple[Array | None, Array | None]:
        """A2 on the boundary's grid and, when `units`, A^[1] on the units' grid: one forward
        pass when both grids are the same."""
        wanted = self.wanted
        A2 = A1 = None
        parameters, dtype = _for_display(parameters)
        if wanted.resolution:
            points = self.grids.grid(X, wanted.resolution).points.astype(dtype, copy=False)
            if config.model == "logistic":
                A2 = models.probabilities(parameters, points, config)
            else:
                A2, caches = models.forward(parameters, points, config)
                if units and wanted.unit_resolution == wanted.resolution:
                    return A2, caches[0].A
        if units:
            points = self.grids.grid(X, wanted.unit_resolution).points.astype(dtype, copy=False)
            A1 = models.hidden_activations(parameters, points, config, 1)
        return A2, A1


def _for_display(parameters: dict[str, Array]) -> tuple[dict[str, Array], type]:
    """The parameters in float32 when that loses nothing a picture shows (about twice as fast on
    the grid; the maps are float32 images anyway); a diverging run's huge weights stay float64."""
    if all(v.dtype == np.float64 and v.size and np.abs(v).max() < 1e30 for v in parameters.values()):
        return {k: v.astype(np.float32) for k, v in parameters.items()}, np.float32
    return parameters, np.float64


def _same(a: dict[str, Array], b: dict[str, Array]) -> bool:
    if a is b:
        return True
    return a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)
