"""What the plane's plots draw, computed in core: A^[L] over the plane, its 0.5 contour, and the
map of every unit of every hidden layer with its colour levels.

Views used to run the model on a grid at render time, each lesson with its own grid cache, and
the deep lesson's snapshot had a second copy of this. Here one engine-side mapper per run
computes them when the snapshot is taken, at the cadence the view asked for (`MapRequest`): the
boundary with every snapshot (or every `every_s` while live), unit maps only a few times a
second while the timer drives the run, everything when a snapshot must be exact (a step, a
reset, a pause: `live=False`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from core import logistic, models
from core.activations import activation_facts, colour_levels
from core.config import TrainConfig
from core.contour import contour_segments
from core.deep_layers import activation_forward, output_sigmoid, per_layer
from core.exact import equal_units, unit_matmul
from core.plane import DISPLAY_LIMIT, PlaneGrid, plane_grid

Array = np.ndarray
Levels = tuple[float, float]
SMALL_PRODUCT = 128  # rows x columns of a W multiplied without BLAS (`_product`)


@dataclass(frozen=True)
class MapRequest:
    """What a view draws of the plane. A resolution of 0 means that map is not wanted.

    units_every_s: while live, the unit maps are recomputed at most this often (0: with
    every snapshot); between, a snapshot carries the last ones (`units_step` says whose).
    every_s: while live, all the maps are kept this long (0: a new boundary every snapshot).
    contour: whether the A^[L] = 0.5 line is wanted with the probability map.
    """

    resolution: int = 100
    unit_resolution: int = 0
    units_every_s: float = 0.0
    every_s: float = 0.0
    contour: bool = True

    def __post_init__(self) -> None:
        for name in ("resolution", "unit_resolution"):
            value = getattr(self, name)
            if not (isinstance(value, int) and (value == 0 or 2 <= value <= 1000)):
                raise ValueError(f"{name} must be 0 or a whole number in 2..1000, got {value!r}")
        for name in ("units_every_s", "every_s"):
            if not getattr(self, name) >= 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)!r}")


def _frozen(a: Array) -> Array:
    a.flags.writeable = False
    return a


EMPTY_IMAGE = _frozen(np.zeros((0, 0), dtype=np.float32))
EMPTY_UNITS = _frozen(np.zeros((0, 0, 0), dtype=np.float32))
EMPTY_LINE = _frozen(np.zeros(0))


@dataclass(frozen=True)
class PlaneMaps:
    """The plane's pictures of one run at one step (read-only arrays).

    probability (r, r) is A^[L] on `grid` (row-major image, values in [0, 1]); contour_x/_y the
    A^[L] = 0.5 level set as segment pairs in plane coordinates; unit_layers, per hidden layer
    l, (n^[l], r', r') each unit's A^[l] on `unit_grid` (finite, clipped for display), with the
    layer's colour levels in unit_levels (the activation registry's), taken at `units_step`.
    """

    step: int
    grid: PlaneGrid | None = None
    probability: Array = field(default_factory=lambda: EMPTY_IMAGE)
    contour_x: Array = field(default_factory=lambda: EMPTY_LINE)
    contour_y: Array = field(default_factory=lambda: EMPTY_LINE)
    unit_grid: PlaneGrid | None = None
    unit_layers: tuple[Array, ...] = ()
    unit_levels: tuple[Levels, ...] = ()
    units_step: int = -1

    @property
    def units(self) -> Array:
        """The first hidden layer's maps (n^[1], r', r'): a shallow network's only hidden layer."""
        return self.unit_layers[0] if self.unit_layers else EMPTY_UNITS


def unit_levels(maps: list[Array] | tuple[Array, ...], activations: tuple[str, ...]) -> tuple[Levels, ...]:
    """Each layer's colour levels: g's own range when bounded (white at g(0)), else -peak..peak
    with peak the largest |A| of the layer's maps."""
    return tuple(
        colour_levels(g)
        if activation_facts(g).colour_levels is not None
        else colour_levels(g, float(np.max(np.abs(A))) if A.size else 1.0)
        for A, g in zip(maps, activations, strict=True)
    )


class GridCache:
    """Plane grids (and their input features) by data set and resolution: runs on the same data
    share one grid."""

    MAX_ALIASES = 16

    def __init__(self) -> None:
        self._data: list[Array] = []  # the arrays known to hold this data set (read-only, never edited)
        self._grids: dict[int, PlaneGrid] = {}
        self._inputs: dict[tuple, Array] = {}

    def __getstate__(self) -> dict:
        """Pickle an empty cache: the grids and their inputs (r x r points each) are made again
        on the first map. The object itself stays shared by the runs that share it."""
        return {"_data": [], "_grids": {}, "_inputs": {}}

    def grid(self, X: Array, resolution: int) -> PlaneGrid:
        if not any(X is known for known in self._data):
            first = self._data[0] if self._data else None
            if first is not None and first.shape == X.shape and np.array_equal(first, X, equal_nan=True):
                self._data = self._data[: self.MAX_ALIASES - 1] + [X]  # the same points, another array
            else:
                self._data, self._grids, self._inputs = [X], {}, {}
        grid = self._grids.get(resolution)
        if grid is None:
            grid = self._grids[resolution] = plane_grid(X, resolution)
        return grid

    def inputs(self, X: Array, resolution: int, config: TrainConfig, dtype: type) -> Array:
        """A^[0] (n_x, r * r) of the grid's points in `dtype`: the points or the config's features."""
        grid = self.grid(X, resolution)
        key = (resolution, config.features, dtype)
        A0 = self._inputs.get(key)
        if A0 is None:
            A0 = self._inputs[key] = _frozen(models.inputs(grid.points.astype(dtype, copy=False), config))
        return A0


@dataclass
class _Units:
    maps: tuple[Array, ...] = ()
    levels: tuple[Levels, ...] = ()
    step: int = -1
    at: float = -float("inf")
    key: tuple = (None, None)  # (X, config) they were made for


def _drawn(request: MapRequest) -> MapRequest:
    """What `request` draws, without its pace."""
    return replace(request, every_s=0.0, units_every_s=0.0)


class PlaneMapper:
    """Computes PlaneMaps for one run as the view requested; None until a view asks (`request`)."""

    def __init__(self, grids: GridCache | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.grids = grids or GridCache()
        self.wanted: MapRequest | None = None
        self.clock = clock  # injectable: tests drive the cadence
        self._units = _Units()
        self._last: tuple | None = None  # (X, (config, step), parameters, maps, when)

    def __getstate__(self) -> dict:
        """Pickle what the view asked (`wanted`), the clock and the grids, not the maps made: the
        next snapshot computes them again (the same pictures, from the same parameters)."""
        return {**self.__dict__, "_units": _Units(), "_last": None}

    @property
    def last(self) -> PlaneMaps | None:
        """The maps computed last (None before the first, or after a new request)."""
        return None if self._last is None else self._last[3]

    def request(self, wanted: MapRequest | None) -> None:
        """What the view draws from now on (None: nothing, and nothing is computed). A change of
        pace only (every_s, units_every_s) keeps the maps made: they are still right."""
        if wanted is not None and self.wanted is not None and _drawn(wanted) == _drawn(self.wanted):
            self.wanted = wanted
        elif wanted != self.wanted:
            self.wanted = wanted
            self._units = _Units()
            self._last = None

    def maps(self, parameters: dict[str, Array], config: TrainConfig, X: Array, step: int,
             live: bool = False) -> PlaneMaps | None:  # fmt: skip
        """The maps of `parameters` (trained on data X (2, m)) at `step`.

        The same parameters at the same step give the same object back (a repeated snapshot
        costs nothing and tells the view there is nothing new to draw); so do any while live
        within `every_s` of the last maps.
        """
        wanted = self.wanted
        if wanted is None:
            return None
        reused = self._reusable(parameters, config, X, step, live)
        if reused is not None:
            return reused
        units = bool(wanted.unit_resolution) and config.model != "logistic"
        with np.errstate(all="ignore"):
            due = units and self._units_due(X, config, step, live)
            AL, hidden = self._forward(parameters, config, X, due)
            out = PlaneMaps(step=step)
            if wanted.resolution:
                grid = self.grids.grid(X, wanted.resolution)
                image = _frozen(grid.as_image(np.nan_to_num(AL, nan=0.5))[0])
                x, y = (EMPTY_LINE, EMPTY_LINE)
                if wanted.contour:
                    x, y = grid.to_data(*contour_segments(image, 0.5))
                out = PlaneMaps(step, grid, image, _frozen(np.asarray(x)), _frozen(np.asarray(y)))
            if hidden is not None:
                grid = self.grids.grid(X, wanted.unit_resolution)
                maps = tuple(
                    _frozen(grid.as_image(np.clip(np.nan_to_num(A), -DISPLAY_LIMIT, DISPLAY_LIMIT)))
                    for A in hidden
                )
                levels = unit_levels(maps, config.activations)
                self._units = _Units(maps, levels, step, self.clock(), (X, config))
        if units:
            u = self._units
            out = replace(out, unit_grid=self.grids.grid(X, wanted.unit_resolution), unit_layers=u.maps,
                          unit_levels=u.levels, units_step=u.step)  # fmt: skip
        self._last = (X, (config, step), parameters, out, self.clock())
        return out

    def _reusable(self, parameters, config: TrainConfig, X: Array, step: int, live: bool) -> PlaneMaps | None:
        """The last maps when they still show this run: the same step and parameters (unless an
        exact snapshot wants newer unit maps), or, while live, ones younger than `every_s`."""
        last, wanted = self._last, self.wanted
        if last is None or last[0] is not X or last[1][0] != config:
            return None
        if last[1][1] == step and _same(last[2], parameters):
            stale_units = not live and last[3].units_step != step and wanted.unit_resolution
            return None if stale_units else last[3]
        if live and wanted.every_s and step >= last[1][1] and self.clock() - last[4] < wanted.every_s:
            return last[3]
        return None

    def _units_due(self, X: Array, config: TrainConfig, step: int, live: bool) -> bool:
        u = self._units
        if not live or step < u.step or u.key[0] is not X or u.key[1] != config:
            return True
        return self.clock() - u.at >= self.wanted.units_every_s

    def _forward(
        self, parameters, config: TrainConfig, X: Array, units: bool
    ) -> tuple[Array | None, list[Array] | None]:
        """A^[L] on the boundary's grid and, when `units`, every hidden A^[l] on the units' grid
        (one forward pass when both grids are the same). In float32 when that loses nothing a
        picture shows (about twice as fast); again in float64 where float32 overflowed."""
        shown, dtype = _for_display(parameters)
        AL, hidden = self._forward_in(shown, config, X, units, dtype)
        shown_arrays = [A for A in (AL, *(hidden or ())) if A is not None]
        if dtype is np.float32 and not all(np.isfinite(A.sum()) for A in shown_arrays):  # an inf or a nan
            AL, hidden = self._forward_in(parameters, config, X, units, np.float64)
        return AL, hidden

    def _forward_in(self, parameters, config: TrainConfig, X: Array, units: bool, dtype: type):
        wanted = self.wanted
        AL = hidden = None

        def forward(A0: Array) -> tuple[Array, list]:
            return display_forward(A0, parameters, config.activations, config.leaky_slope)

        if wanted.resolution:
            A0 = self.grids.inputs(X, wanted.resolution, config, dtype)
            if config.model == "logistic":
                return logistic.predict_proba(parameters, A0), None
            AL, hidden = forward(A0)
            if units and wanted.unit_resolution == wanted.resolution:
                return AL, hidden
        if units:
            hidden = forward(self.grids.inputs(X, wanted.unit_resolution, config, dtype))[1]
        return AL, None if not units else hidden


def display_forward(
    A0: Array, parameters: dict[str, Array], activations, leaky_slope: float
) -> tuple[Array, list]:
    """A^[L] (1, r * r) and every hidden A^[l] on a grid's points A0: L_model_forward's math (no
    dropout), with small products through `_product`."""
    L = len(parameters) // 2
    acts = per_layer(activations, L - 1, "activations")
    hidden: list[Array] = []
    A = A0
    for l in range(1, L + 1):
        Z = _product(parameters[f"W{l}"], A)  # Z^[l] = W^[l] A^[l-1] + b^[l]
        Z += parameters[f"b{l}"]
        if l == L:
            return output_sigmoid(Z), hidden  # A^[L] = sigmoid(Z^[L])
        A = activation_forward(Z, acts[l - 1], leaky_slope)
        hidden.append(A)
    raise ValueError("parameters need W1 and b1")


def _product(W: Array, A: Array) -> Array:
    """W A for a picture. A small W (n_h = 50: (50, 2), then (1, 50)) through einsum's own loop:
    OpenBLAS hands such a product over 10,000 grid points to its threads, and waking them next to
    training cost ~25 ms of CPU a map here, einsum ~3 ms. Large layers keep BLAS (and
    unit_matmul's identical rows for identical units, as L_model_forward)."""
    if W.shape[0] * W.shape[1] <= SMALL_PRODUCT:
        return np.einsum("ij,jk->ik", W, A)
    return unit_matmul(W, A) if W.shape[0] > 1 and equal_units(W) else W @ A


def _for_display(parameters: dict[str, Array]) -> tuple[dict[str, Array], type]:
    """The parameters in float32 when that loses nothing a picture shows (the maps are float32
    images anyway); a diverging run's huge weights stay float64."""
    if all(v.dtype == np.float64 and v.size and np.abs(v).max() < 1e30 for v in parameters.values()):
        return {k: v.astype(np.float32) for k, v in parameters.items()}, np.float32
    return parameters, np.float64


def _same(a: dict[str, Array], b: dict[str, Array]) -> bool:
    if a is b:
        return True
    return a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)
