"""The L-layer stages: names in order, every matrix straight from core.deep, the check included."""

import numpy as np
import pytest

from core.datasets import flower
from core.deep import L_model_backward, L_model_forward, initialize_parameters_deep, update_parameters
from core.deep_stages import compute_deep_iteration, deep_phases, deep_stage_names

X_ALL, Y_ALL = flower()
X, Y = X_ALL[:, ::80], Y_ALL[:, ::80]


def test_stage_names_and_phases():
    assert deep_stage_names(2) == ("X", "Z1", "A1", "Z2", "A2", "J", "dZ2", "dW2", "db2", "dA1", "dZ1",
                                   "dW1", "db1", "W1", "b1", "W2", "b2")  # fmt: skip
    for L in range(1, 7):
        names, phases = deep_stage_names(L), deep_phases(L)
        assert len(names) == len(phases) == 1 + (2 * L + 1) + (4 * L - 1) + 2 * L
        assert len(set(names)) == len(names)


@pytest.mark.parametrize("L", [1, 2, 3, 4])
def test_every_stage_shows_core_deep_numbers(L):
    dims = [2, 4, 3, 3][:L] + [1]
    p = initialize_parameters_deep(dims, "xavier", seed=L)
    acts = ["tanh", "relu", "sigmoid"][: L - 1]
    it = compute_deep_iteration(1, X, Y, p, acts, 0.5)
    AL, caches = L_model_forward(X, p, acts)
    grads = L_model_backward(AL, Y, caches)
    new = update_parameters(p, grads, 0.5)
    assert tuple(s.name for s in it.stages) == deep_stage_names(L)
    by_name = {s.name: s for s in it.stages}
    np.testing.assert_array_equal(by_name[f"A{L}"].matrices[-1][1], AL)
    for l in range(1, L + 1):
        np.testing.assert_array_equal(by_name[f"dW{l}"].matrices[-1][1], grads[f"dW{l}"])
        np.testing.assert_array_equal(by_name[f"W{l}"].matrices[-1][1], new[f"W{l}"])
        if l < L:
            np.testing.assert_array_equal(by_name[f"dA{l}"].matrices[-1][1], grads[f"dA{l}"])
    assert by_name[f"Z{L}"].shapes.endswith(f"-> (1, {X.shape[1]})")
    assert it.check.difference < 1e-7
    assert not it.stages[1].matrices[0][1].flags.writeable
