"""How alike the hidden units are, and what each one computes over the input plane.

Unit i is its incoming weights (row i of W1, b1[i]) and its outgoing weight W2[0, i].
The course (seeds/004 section 3.11) shows that units which start equal get equal
gradients and so stay equal; `symmetry_measure` is 0 exactly as long as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core import models
from core.config import TrainConfig

Array = np.ndarray


def unit_table(parameters: dict[str, Array]) -> Array:
    """One row per hidden unit: [W1[i, :], b1[i], W2[:, i]].

    Returns
    -------
    (n_h, n_x + 1 + n_y) array
    """
    W1, b1, W2 = parameters["W1"], parameters["b1"], parameters["W2"]
    return np.hstack([W1, b1, W2.T])


def symmetry_measure(parameters: dict[str, Array]) -> float:
    """The largest difference between two hidden units in any incoming or outgoing weight.

    max over i, j, k of |T[i, k] - T[j, k]| for T = unit_table(parameters): 0.0 exactly
    when every unit has the same W1 row, b1 and W2 entry, i.e. all compute one function.
    """
    table = unit_table(parameters)
    return float(np.ptp(table, axis=0).max()) if table.shape[0] > 1 else 0.0


@dataclass(frozen=True)
class PlaneGrid:
    """A square grid of points covering the data, for maps over the input plane (x1, x2)."""

    x_range: tuple[float, float]
    y_range: tuple[float, float]
    resolution: int
    points: Array  # (2, resolution**2): row-major, x1 varies fastest


def plane_grid(X: Array, resolution: int = 60, margin: float = 0.5) -> PlaneGrid:
    """A resolution x resolution grid over the bounding box of X (2, m), widened by `margin`.

    Returns
    -------
    PlaneGrid whose points (2, resolution**2) reshape to (resolution, resolution) maps
    with rows along x2 (bottom to top) and columns along x1.
    """
    lo = X.min(axis=1) - margin
    hi = X.max(axis=1) + margin
    xs = np.linspace(lo[0], hi[0], resolution)
    ys = np.linspace(lo[1], hi[1], resolution)
    gx, gy = np.meshgrid(xs, ys)  # (resolution, resolution), row = one x2 value
    return PlaneGrid(
        (float(lo[0]), float(hi[0])),
        (float(lo[1]), float(hi[1])),
        resolution,
        np.vstack([gx.ravel(), gy.ravel()]),
    )


def hidden_maps(parameters: dict[str, Array], grid: PlaneGrid, config: TrainConfig) -> Array:
    """A1 of every hidden unit over the grid.

    Returns
    -------
    (n_h, resolution, resolution) array: map i is g(W1[i] x + b1[i]) at each grid point.
    """
    with np.errstate(all="ignore"):
        A1 = models.hidden_activations(parameters, grid.points, config)
    r = grid.resolution
    return A1.reshape(A1.shape[0], r, r)


def probability_map(parameters: dict[str, Array], grid: PlaneGrid, config: TrainConfig) -> Array:
    """A2, the predicted probability of class 1, over the grid: (resolution, resolution)."""
    with np.errstate(all="ignore"):
        A2 = models.probabilities(parameters, grid.points, config)
    r = grid.resolution
    return A2.reshape(r, r)
