"""The input plane as a grid: where the views evaluate the decision boundary and each hidden unit."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core import models
from core.config import TrainConfig

Array = np.ndarray
DISPLAY_LIMIT = 1e6  # activations are clipped here before becoming float32 images


@dataclass(frozen=True)
class PlaneGrid:
    """A resolution x resolution grid over the data's bounding box (plus a margin).

    `points` is (2, resolution**2), row-major: point k sits at row k // resolution
    (x2 = y) and column k % resolution (x1 = x), the layout of an image.
    """

    x_min: float
    x_max: float
    y_min: float
    y_max: float
    resolution: int
    points: Array

    def pixel_rect(self) -> tuple[float, float, float, float]:
        """(x, y, width, height) that puts each image pixel's center on its grid point."""
        dx = (self.x_max - self.x_min) / (self.resolution - 1)
        dy = (self.y_max - self.y_min) / (self.resolution - 1)
        return (self.x_min - dx / 2, self.y_min - dy / 2,
                self.x_max - self.x_min + dx, self.y_max - self.y_min + dy)  # fmt: skip

    def to_data(self, col: Array, row: Array) -> tuple[Array, Array]:
        """Pixel coordinates (fractional column, row) to plane coordinates (x1, x2)."""
        dx = (self.x_max - self.x_min) / (self.resolution - 1)
        dy = (self.y_max - self.y_min) / (self.resolution - 1)
        return self.x_min + col * dx, self.y_min + row * dy

    def as_image(self, values: Array) -> Array:
        """Reshape (..., resolution**2) values to (..., resolution, resolution) float32 images."""
        shape = values.shape[:-1] + (self.resolution, self.resolution)
        return values.reshape(shape).astype(np.float32)


def plane_grid(X: Array, resolution: int = 100, margin: float = 0.1) -> PlaneGrid:
    """Grid over X's bounding box, widened by `margin` of its span on every side.

    Parameters
    ----------
    X : (2, m) the data; an empty or degenerate X gets the square [-1, 1]^2.
    """
    finite = X[:, np.isfinite(X).all(axis=0)] if X.size else X
    if finite.shape[1] == 0:
        lo, hi = np.array([-1.0, -1.0]), np.array([1.0, 1.0])
    else:
        lo, hi = finite.min(axis=1), finite.max(axis=1)
    span = np.maximum(hi - lo, 1e-6)
    lo, hi = lo - margin * span, hi + margin * span
    xs = np.linspace(lo[0], hi[0], resolution)
    ys = np.linspace(lo[1], hi[1], resolution)
    gx, gy = np.meshgrid(xs, ys)  # (resolution, resolution), rows follow y
    points = np.vstack([gx.ravel(), gy.ravel()])
    return PlaneGrid(lo[0], hi[0], lo[1], hi[1], resolution, points)


def probability_map(parameters: dict[str, Array], config: TrainConfig, grid: PlaneGrid) -> Array:
    """A2 over the grid as a (resolution, resolution) float32 image, values in [0, 1]."""
    with np.errstate(all="ignore"):
        A2 = models.probabilities(parameters, grid.points, config)
    return grid.as_image(np.nan_to_num(A2, nan=0.5))[0]


def hidden_maps(parameters: dict[str, Array], config: TrainConfig, grid: PlaneGrid, layer: int = 1) -> Array:
    """A^[layer] over the grid, one (resolution, resolution) float32 image per unit: (n^[layer], r, r)."""
    with np.errstate(all="ignore"):
        A = models.hidden_activations(parameters, grid.points, config, layer)
    return _image(grid, A)


def layer_maps(parameters: dict[str, Array], config: TrainConfig, grid: PlaneGrid) -> list[Array]:
    """hidden_maps of every hidden layer from one forward pass: [(n^[1], r, r), ..., (n^[L-1], r, r)]."""
    if config.model == "logistic":
        return []
    with np.errstate(all="ignore"):
        _, caches = models.forward(parameters, grid.points, config)
    return [_image(grid, cache.A) for cache in caches[:-1]]


def _image(grid: PlaneGrid, A: Array) -> Array:
    # A diverging ReLU or linear unit can reach 1e300; colors need only its sign and scale.
    return grid.as_image(np.clip(np.nan_to_num(A), -DISPLAY_LIMIT, DISPLAY_LIMIT))
