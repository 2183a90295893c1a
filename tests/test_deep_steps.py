"""The L-layer backprop walk: every stage's matrices are core.deep's, run here independently."""

import numpy as np
import pytest

from core.activations import ACTIVATION_NAMES
from core.backprop_deep import stage_names
from core.backprop_steps import BackpropConfig, BackpropEngine, param_label, parse_layer_dims, pick_batch
from core.deep import (
    L_model_backward,
    L_model_forward,
    compute_cost,
    deep_gradient_check,
    initialize_parameters_deep,
    update_parameters,
)
from core.deep_layers import activation_derivative


def expected_matrices(X, Y, params, activation, rate):
    """Every matrix an L-layer stage may show, computed here with core.deep."""
    L = len(params) // 2
    AL, caches = L_model_forward(X, params, activation)
    inter = {}
    grads = L_model_backward(AL, Y, caches, intermediates=inter)
    new = update_parameters(params, grads, rate)
    out = {"X": X, "Y": Y, "Xᵀ": X.T, **params, **grads, "J": np.array(compute_cost(AL, Y))}
    for l, c in enumerate(caches, start=1):
        out[f"Z{l}"], out[f"A{l}"], out[f"A{l}ᵀ"] = c.activation_cache, c.A, c.A.T
        out[f"W{l}ᵀ"], out[f"dZ{l}"] = params[f"W{l}"].T, inter[f"dZ{l}"]
        if l < L:
            out[f"g′(Z{l})"] = inter[f"gZ{l}"]
    out[f"dA{L}"] = -(Y / AL - (1 - Y) / (1 - AL))
    out[f"σ′(Z{L})"] = activation_derivative(caches[-1].activation_cache, "sigmoid", AL)
    out.update({f"{k} (new)": v for k, v in new.items()})
    return out, new


@pytest.mark.parametrize("activation", ACTIVATION_NAMES)
@pytest.mark.parametrize(("dims", "m"), [((2, 4, 3, 1), 3), ((2, 2, 2, 1), 1), ((2, 5, 4, 3, 1), 8)])
def test_every_stage_shows_core_deep_numbers(activation, dims, m):
    config = BackpropConfig(n_h=dims[1], deeper=dims[2:-1], m=m, activation=activation, learning_rate=0.7)
    engine = BackpropEngine(config)
    per = engine.stages_per_iteration
    L = len(dims) - 1
    assert per == 8 * L + 2
    X, Y = pick_batch(config.dataset, m, config.seed)
    params = initialize_parameters_deep(dims, scheme=config.init, seed=config.seed)
    for iteration in (1, 2):
        expected, new = expected_matrices(X, Y, params, activation, 0.7)
        for k in range(per):
            snap = engine.snapshot()
            assert snap.iteration == iteration and snap.stage.name == stage_names(L)[k][0]
            for name, array in snap.stage.matrices:
                if name == "J":
                    assert float(array) == pytest.approx(float(expected[name]), rel=1e-12)
                else:
                    np.testing.assert_array_equal(array, expected[name], err_msg=f"{snap.stage.name}: {name}")
            assert engine.step(1) == 1
        params = new


def test_stages_record_shapes_blocks_and_caches():
    engine = BackpropEngine(BackpropConfig(n_h=4, deeper=(3,), m=5))
    stages = {}
    for _ in range(engine.stages_per_iteration):
        stage = engine.snapshot().stage
        stages[(stage.name, stage.phase)] = stage
        engine.step(1)
    z2 = stages[("Z2", "forward")]
    assert z2.equation == "Z2 = W2 A1 + b2" and z2.shapes == "(3, 4) x (4, 5) + (3, 1) -> (3, 5)"
    assert z2.block == ("forward", 2) and z2.caches == (("store", 2, "A1, W2, b2, Z2"),)
    dw2 = stages[("dW2", "backward")]
    assert dw2.shapes == "(3, 5) x (5, 4) / m -> (3, 4)" and dw2.caches == (("read", 2, "A1"),)
    da1 = stages[("dA1", "backward")]
    assert da1.equation == "dA1 = W2ᵀ dZ2" and da1.block == ("backward", 2)
    assert stages[("dA3", "backward")].equation == "dA3 = −(Y / A3 − (1 − Y) / (1 − A3))"
    assert stages[("dZ3", "backward")].equation == "dZ3 = dA3 * σ′(Z3) = A3 − Y"
    assert stages[("dZ1", "backward")].caches == (("read", 1, "Z1"),)
    assert stages[("W3", "update")].block == ("update", 3)
    # the dimension check: dW^[l] like W^[l], Z^[l] and A^[l] (n^[l], m)
    for l, (n, n_prev) in enumerate([(4, 2), (3, 4), (1, 3)], start=1):
        assert stages[(f"dW{l}", "backward")].result[1] == (n, n_prev)
        assert stages[(f"A{l}", "forward")].result[1] == (n, 5)


def test_gradient_check_covers_every_layer():
    config = BackpropConfig(n_h=3, deeper=(3, 2), m=4, activation="tanh")
    snap = BackpropEngine(config).snapshot()
    X, Y = pick_batch(config.dataset, 4, config.seed)
    params = initialize_parameters_deep(config.layer_dims, scheme=config.init, seed=config.seed)
    check = deep_gradient_check(params, X, Y, "tanh")
    assert set(snap.check.analytic) == {f"d{p}{l}" for l in range(1, 5) for p in "Wb"}
    assert snap.check.difference == pytest.approx(check.difference) and snap.check.difference < 1e-7


def test_an_edit_of_a_deep_weight_is_used_and_updates_every_layer():
    engine = BackpropEngine(BackpropConfig(n_h=4, deeper=(3,), m=3))
    assert engine.set_parameter("W3", (0, 2), 0.5) is True  # at stage X: this pass uses it
    snap = engine.snapshot()
    assert snap.parameters["W3"][0, 2] == 0.5 and snap.edited == ("W3[0, 2] = 0.5",)
    engine.step(engine.stages_per_iteration)
    after = engine.snapshot().parameters  # iteration 2 starts from every layer's update
    it = engine._iterations[0]
    for key in it.parameters:
        np.testing.assert_array_equal(after[key], it.updated[key])
    with pytest.raises(ValueError):
        engine.set_parameter("W4", (0, 0), 1.0)


def test_layer_dims_are_typed_and_checked():
    assert parse_layer_dims("2, 4, 3, 1") == (4, (3,))
    assert parse_layer_dims("[2, 5, 1]") == (5, ())
    for text in ("2, 4, 3, 2, 2, 1", "3, 4, 1", "2, 4, 2", "2, x, 1", "2, 9, 1", "2, 1"):
        with pytest.raises(ValueError):
            parse_layer_dims(text)
    assert param_label("b3", (0, 0), 3) == "b3" and param_label("b2", (1, 0), 3) == "b2[1]"
