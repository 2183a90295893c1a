"""How alike the hidden units are: the measure the zero-initialization lesson plots.

Unit i of hidden layer l is its incoming weights (row i of W^[l], b^[l][i]) and its
outgoing weights (column i of W^[l+1]); for the shallow network, row i of W1, b1[i], W2[0, i].
The course (seeds/004 section 3.11) shows that units which start equal get equal
gradients and so stay equal; `symmetry_measure` is 0 exactly as long as they are.
"""

from __future__ import annotations

import numpy as np

from core.exact import distinct_rows

Array = np.ndarray


def unit_table(parameters: dict[str, Array], layer: int = 1) -> Array:
    """One row per unit of hidden layer l: [W^[l][i, :], b^[l][i], W^[l+1][:, i]].

    Returns
    -------
    (n^[l], n^[l-1] + 1 + n^[l+1]) array; for l = 1 of the shallow net, [W1[i, :], b1[i], W2[:, i]]
    """
    W, b, W_next = parameters[f"W{layer}"], parameters[f"b{layer}"], parameters[f"W{layer + 1}"]
    return np.hstack([W, b, W_next.T])


def symmetry_measure(parameters: dict[str, Array], layer: int | None = None) -> float:
    """The largest difference between two units of one hidden layer in any incoming or outgoing weight.

    max over i, j, k of |T[i, k] - T[j, k]| for T = unit_table(parameters, l): 0.0 exactly
    when every unit of the layer has the same weights in and out, i.e. all compute one
    function. `layer` None: the largest over every hidden layer.
    """
    layers = [layer] if layer is not None else range(1, len(parameters) // 2)
    worst = 0.0
    for l in layers:
        table = unit_table(parameters, l)
        if table.shape[0] > 1:
            worst = max(worst, float(np.ptp(table, axis=0).max()))
    return worst


def identical_units(parameters: dict[str, Array], layer: int = 1) -> tuple[int, ...]:
    """The units of hidden layer l whose incoming weights (row i of W^[l], b^[l][i]) another unit
    shares: they compute one function, so their maps over the plane are identical."""
    groups = distinct_rows(np.hstack([parameters[f"W{layer}"], parameters[f"b{layer}"]]))
    if groups is None:
        return ()
    inverse = groups[1]
    return tuple(int(i) for i in np.flatnonzero(np.bincount(inverse)[inverse] > 1))
