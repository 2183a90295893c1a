"""The maps' own forward pass (core.plane_maps.display_forward): the course's forward, without BLAS
threads for small layers, and identical units still identical."""

from __future__ import annotations

import numpy as np
import pytest

from core.deep_model import L_model_forward
from core.plane_maps import SMALL_PRODUCT, _product, display_forward


def _parameters(dims: list[int], rng, dtype=np.float32) -> dict[str, np.ndarray]:
    p = {}
    for l in range(1, len(dims)):
        p[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1])).astype(dtype)
        p[f"b{l}"] = rng.standard_normal((dims[l], 1)).astype(dtype)
    return p


@pytest.mark.parametrize("dims", [[2, 4, 1], [2, 50, 1], [2, 16, 16, 1], [2, 32, 32, 32, 1]])
def test_it_computes_what_l_model_forward_computes(dims):
    rng = np.random.default_rng(1)
    p = _parameters(dims, rng)
    A0 = rng.uniform(-5, 5, (2, 900)).astype(np.float32)
    acts = ("tanh",) * (len(dims) - 2)
    AL, hidden = display_forward(A0, p, acts, 0.01)
    expected, caches = L_model_forward(A0, p, acts)
    np.testing.assert_allclose(AL, expected, atol=1e-5)
    assert len(hidden) == len(caches) - 1
    for A, cache in zip(hidden, caches[:-1], strict=True):
        np.testing.assert_allclose(A, cache.A, atol=1e-5)


def test_small_products_skip_blas_and_large_ones_keep_it():
    rng = np.random.default_rng(2)
    A = rng.standard_normal((50, 300)).astype(np.float32)
    small = rng.standard_normal((1, 50)).astype(np.float32)
    assert small.size <= SMALL_PRODUCT
    np.testing.assert_array_equal(_product(small, A), np.einsum("ij,jk->ik", small, A))
    large = rng.standard_normal((32, 50)).astype(np.float32)
    np.testing.assert_array_equal(_product(large, A), large @ A)


@pytest.mark.parametrize("n_h", [6, 40])
def test_identical_units_draw_identical_maps(n_h):
    """Zero initialization's symmetric copy: units with equal weights have bit-equal maps."""
    rng = np.random.default_rng(3)
    p = _parameters([2, n_h, n_h, 1], rng)
    p["W1"][:] = p["W1"][0]
    p["b1"][:] = p["b1"][0]
    p["W2"][:] = p["W2"][0]
    p["b2"][:] = p["b2"][0]
    A0 = rng.uniform(-5, 5, (2, 2500)).astype(np.float32)
    _, hidden = display_forward(A0, p, ("tanh", "tanh"), 0.01)
    for A in hidden:
        np.testing.assert_array_equal(A, np.broadcast_to(A[0], A.shape))
