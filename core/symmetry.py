"""How alike the hidden units are: the measure the zero-initialization lesson plots.

Unit i is its incoming weights (row i of W1, b1[i]) and its outgoing weight W2[0, i].
The course (seeds/004 section 3.11) shows that units which start equal get equal
gradients and so stay equal; `symmetry_measure` is 0 exactly as long as they are.
"""

from __future__ import annotations

import numpy as np

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
