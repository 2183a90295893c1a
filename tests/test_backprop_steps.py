"""The backprop stage engine: every stage's numbers are core.network's, history, edits, checks."""

import numpy as np
import pytest

from core import backprop_steps
from core.activations import ACTIVATION_NAMES, get_activation
from core.backprop_stages import STAGE_NAMES, STAGES_PER_ITERATION
from core.backprop_steps import BackpropConfig, BackpropEngine, pick_batch
from core.gradcheck import gradient_check
from core.network import (
    backward_propagation,
    compute_cost,
    forward_propagation,
    initialize_parameters,
    update_parameters,
)

PER = STAGES_PER_ITERATION


def expected_matrices(X, Y, params, activation, rate):
    """Every matrix a stage may show, computed here straight from core.network."""
    A2, cache = forward_propagation(X, params, activation)
    grads = backward_propagation(params, cache, X, Y, activation)
    new = update_parameters(params, grads, rate)
    _, g_prime = get_activation(activation)
    dZ2 = A2 - Y
    gZ1 = g_prime(cache["Z1"])
    out = {"X": X, "Y": Y, "Xᵀ": X.T, **params, "W2ᵀ": params["W2"].T}
    out.update({k: cache[k] for k in ("Z1", "A1", "Z2", "A2")}, **{"A1ᵀ": cache["A1"].T})
    out.update(J=np.array(compute_cost(A2, Y, Z2=cache["Z2"])), dZ2=dZ2, **{"g′(Z1)": gZ1})
    out.update(dZ1=params["W2"].T @ dZ2 * gZ1, **grads)
    out.update({f"{k} (new)": v for k, v in new.items()})
    return out, new


def walk(engine, n):
    snaps = [engine.snapshot()]
    for _ in range(n):
        assert engine.step(1) == 1
        snaps.append(engine.snapshot())
    return snaps


@pytest.mark.parametrize("activation", ACTIVATION_NAMES)
@pytest.mark.parametrize(("n_h", "m"), [(4, 3), (2, 1), (6, 8)])
def test_every_stage_shows_core_network_numbers(activation, n_h, m):
    config = BackpropConfig(n_h=n_h, m=m, activation=activation, learning_rate=0.7)
    snaps = walk(BackpropEngine(config), 2 * PER + 1)
    X, Y = pick_batch(config.dataset, m, config.seed)
    params = initialize_parameters(2, n_h, scheme=config.init, seed=config.seed)
    for iteration in (1, 2, 3):
        expected, next_params = expected_matrices(X, Y, params, activation, 0.7)
        for snap in snaps[(iteration - 1) * PER : iteration * PER]:
            assert snap.iteration == iteration
            assert snap.stage.name == STAGE_NAMES[snap.step % PER]
            for name, array in snap.stage.matrices:
                np.testing.assert_array_equal(array, expected[name], err_msg=name)
        params = next_params


def test_stage_records_equations_shapes_and_diagram_parts():
    engine = BackpropEngine(BackpropConfig(n_h=4, m=3))
    stages = {s.stage.name: s.stage for s in walk(engine, PER - 1)}
    assert stages["Z1"].equation == "Z1 = W1 X + b1"
    assert stages["Z1"].shapes == "(4, 2) x (2, 3) + (4, 1) -> (4, 3)"
    assert stages["Z2"].shapes == "(1, 4) x (4, 3) + (1, 1) -> (1, 3)"
    assert stages["dZ1"].equation == "dZ1 = W2ᵀ dZ2 * g′(Z1)"
    assert stages["dZ1"].shapes == "(4, 1) x (1, 3) * (4, 3) -> (4, 3)"
    assert stages["dW1"].shapes == "(4, 3) x (3, 2) / m -> (4, 2)"
    assert stages["db1"].shapes == "sum over axis 1 of (4, 3) / m -> (4, 1)"
    assert stages["J"].shapes == "(1, 3), (1, 3) -> scalar"
    assert stages["W1"].shapes == "(4, 2) - α (4, 2) -> (4, 2)"
    phases = ["input"] + ["forward"] * 5 + ["backward"] * 6 + ["update"] * 4
    assert [s.phase for s in stages.values()] == phases
    for stage in stages.values():
        names = [n for n, _ in stage.matrices]
        shapes = [a.shape for _, a in stage.matrices]
        assert [(n, s) for n, s in stage.operands] == list(zip(names, shapes, strict=False))[
            : len(stage.operands)
        ]
        if stage.result is not None:
            assert stage.result == (names[-1], shapes[-1])
        assert len(stage.operators) == len(stage.matrices) - 1
        for _, array in stage.matrices:
            assert not array.flags.writeable
    assert stages["Z1"].edges == {"W1", "b1"} and stages["Z1"].nodes == {"x", "h", "bias1"}
    assert stages["dZ1"].edges == {"W2"} and stages["dZ1"].nodes == {"h", "y"}
    assert stages["dW1"].edges == {"W1"} and stages["A1"].edges == set()
    assert stages["b2"].edges == {"b2"} and stages["b2"].nodes == {"y", "bias2"}


def _same(a, b, identical=True):
    """Same stage, same numbers; `identical`: the very same stored stage (one engine)."""
    assert a.step == b.step and a.stage.name == b.stage.name
    assert a.stage is b.stage or not identical
    for (na, xa), (nb, xb) in zip(a.stage.matrices, b.stage.matrices, strict=True):
        assert na == nb
        np.testing.assert_array_equal(xa, xb)
    for k in a.parameters:
        np.testing.assert_array_equal(a.parameters[k], b.parameters[k])


def test_back_then_forward_restores_exactly():
    engine = BackpropEngine()
    snaps = walk(engine, 3 * PER + 5)
    assert engine.back(7) == 7
    _same(engine.snapshot(), snaps[-8])
    assert engine.step(7) == 7
    _same(engine.snapshot(), snaps[-1])
    assert engine.back(10_000) == 3 * PER + 5  # stops at the very start
    for snap in snaps:
        _same(engine.snapshot(), snap)
        engine.step(1)


def test_next_forward_pass_reset_and_history_limit(monkeypatch):
    engine = BackpropEngine()
    engine.step(9)
    assert engine.next_forward_pass() == PER - 9
    snap = engine.snapshot()
    assert (snap.step, snap.iteration, snap.stage.name) == (PER, 2, "X")
    assert engine.next_forward_pass() == PER and engine.snapshot().iteration == 3
    first = BackpropEngine().snapshot()
    engine.reset()
    _same(engine.snapshot(), first, identical=False)
    monkeypatch.setattr(backprop_steps, "HISTORY_LIMIT", 3)
    engine = BackpropEngine()
    engine.step(5 * PER)
    assert engine.snapshot().earliest_step == 3 * PER
    assert engine.back(10 * PER) == 2 * PER  # iterations 1 and 2 were let go


def test_cost_and_parameters_follow_the_stage():
    engine = BackpropEngine()
    snaps = walk(engine, 2 * PER)
    assert snaps[4].cost is None and snaps[5].cost == pytest.approx(0.6985337294058)
    assert snaps[PER].previous_cost == snaps[5].cost
    w1_stage, b1_stage = snaps[12], snaps[13]
    np.testing.assert_array_equal(snaps[11].parameters["W1"], snaps[0].parameters["W1"])
    np.testing.assert_array_equal(w1_stage.parameters["W1"], w1_stage.stage.matrices[-1][1])
    np.testing.assert_array_equal(w1_stage.parameters["b1"], snaps[0].parameters["b1"])
    np.testing.assert_array_equal(b1_stage.parameters["b1"], b1_stage.stage.matrices[-1][1])


def test_an_edit_mid_iteration_flows_into_the_next_forward_pass():
    engine = BackpropEngine()
    engine.step(10)  # dW1 of iteration 1
    before = engine.snapshot()
    assert engine.set_parameter("W1", (1, 0), 0.5) is False
    after = engine.snapshot()
    assert after.stage is before.stage  # this iteration's numbers stay as they were
    assert [e.label for e in after.pending] == ["W1[1, 0] = 0.5"]
    engine.next_forward_pass()
    engine.step(1)  # Z1 of iteration 2
    snap = engine.snapshot()
    updated = _updated_after(before)  # what iteration 1's update gives, without the edit
    expected = {k: np.array(v) for k, v in updated.items()}
    expected["W1"][1, 0] = 0.5
    np.testing.assert_array_equal(snap.stage.matrices[0][1], expected["W1"])
    _, cache = forward_propagation(snap.X, expected, "tanh")
    np.testing.assert_array_equal(snap.stage.matrices[-1][1], cache["Z1"])
    _, unedited = forward_propagation(snap.X, updated, "tanh")
    assert not np.array_equal(cache["Z1"][1], unedited["Z1"][1])
    np.testing.assert_array_equal(cache["Z1"][0], unedited["Z1"][0])  # other units unchanged
    assert snap.edited == ("W1[1, 0] = 0.5",) and snap.pending == ()


def _updated_after(snapshot):
    """Walk a copy of the run to the end of `snapshot`'s iteration: its updated parameters."""
    engine = BackpropEngine(snapshot.config)
    engine.step((snapshot.iteration - 1) * PER + PER - 1)
    return engine.snapshot().parameters


def test_an_edit_at_stage_x_is_used_by_this_forward_pass():
    engine = BackpropEngine()
    assert engine.set_parameter("b2", (0, 0), -1.5) is True
    assert engine.set_parameter("W2", (0, 3), 2.0) is True
    snap = engine.snapshot()
    assert snap.parameters["b2"][0, 0] == -1.5 and snap.parameters["W2"][0, 3] == 2.0
    assert snap.edited == ("b2 = -1.5", "W2[0, 3] = 2") and snap.pending == ()
    engine.step(3)  # Z2 = W2 A1 + b2
    W2, A1, b2, Z2 = (a for _, a in engine.snapshot().stage.matrices)
    assert b2[0, 0] == -1.5 and W2[0, 3] == 2.0
    np.testing.assert_array_equal(Z2, W2 @ A1 + b2)


def test_an_edit_drops_the_iterations_computed_after_it():
    engine = BackpropEngine()
    old = walk(engine, 3 * PER)
    engine.back(3 * PER - 11)  # db1 of iteration 1
    engine.set_parameter("b1", (2, 0), 0.25)
    engine.next_forward_pass()
    snap = engine.snapshot()
    assert snap.iteration == 2 and snap.parameters["b1"][2, 0] == 0.25
    expected = {k: np.array(v) for k, v in old[PER].parameters.items()}
    expected["b1"][2, 0] = 0.25
    for k, v in expected.items():
        np.testing.assert_array_equal(snap.parameters[k], v)
    assert snap.stage is not old[PER].stage


@pytest.mark.parametrize(
    ("key", "index", "value"),
    [
        ("W1", (0, 0), float("nan")),
        ("W1", (0, 0), float("inf")),
        ("W2", (0, 1), -1e6),
        ("b1", (0, 0), 100.5),
        ("W1", (4, 0), 1.0),  # n_h = 4: no fifth hidden unit
        ("W1", (0,), 1.0),
        ("W3", (0, 0), 1.0),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(key, index, value):
    engine = BackpropEngine()
    engine.step(7)
    before = engine.snapshot()
    with pytest.raises(ValueError):
        engine.set_parameter(key, index, value)
    after = engine.snapshot()
    _same(after, before)
    assert after.pending == ()
    engine.reset()
    with pytest.raises(ValueError):
        engine.set_parameter(key, index, value)
    _same(engine.snapshot(), BackpropEngine().snapshot(), identical=False)


def test_gradient_check_is_core_gradcheck_of_the_iteration():
    engine = BackpropEngine(BackpropConfig(activation="sigmoid", n_h=3, m=5))
    engine.step(PER + 2)
    snap = engine.snapshot()
    X_stage = BackpropEngine(snap.config)
    X_stage.step(PER)
    params = X_stage.snapshot().parameters
    reference = gradient_check(params, snap.X, snap.Y, "sigmoid")
    for key, value in reference.differences.items():
        assert snap.check.differences[key] == value
        np.testing.assert_array_equal(snap.check.analytic[key], reference.analytic[key])
        np.testing.assert_array_equal(snap.check.numerical[key], reference.numerical[key])
    assert snap.check.difference == reference.difference < 1e-7


def test_a_new_learning_rate_redoes_this_update_only():
    engine = BackpropEngine()
    engine.step(PER + 1)
    z1 = engine.snapshot().stage
    engine.step(11)  # W1 update of iteration 2
    assert engine.apply_config(BackpropConfig(learning_rate=0.3)) is False
    snap = engine.snapshot()
    W1, dW1, new = (a for _, a in snap.stage.matrices)
    expected = update_parameters(dict(snap.parameters, W1=W1), {"dW1": dW1, "db1": 0,
                                 "dW2": 0, "db2": 0}, 0.3)  # fmt: skip
    np.testing.assert_array_equal(new, expected["W1"])
    engine.back(11)  # Z1 again: the forward pass is the same numbers
    for (_, a), (_, b) in zip(engine.snapshot().stage.matrices, z1.matrices, strict=True):
        np.testing.assert_array_equal(a, b)
    assert engine.apply_config(BackpropConfig(learning_rate=0.3, n_h=5)) is True
    assert engine.snapshot().step == 0 and engine.snapshot().parameters["W1"].shape == (5, 2)


def test_batch_picks_both_classes_and_config_is_validated():
    X, Y = pick_batch("flower", 8, 1)
    assert X.shape == (2, 8) and Y.shape == (1, 8)
    assert Y[0].tolist() == [0, 1] * 4
    assert not X.flags.writeable
    bad_configs = [
        {"n_h": 1}, {"n_h": 7}, {"m": 0}, {"m": 9}, {"learning_rate": 0.0},
        {"learning_rate": float("nan")}, {"dataset": "nope"}, {"init": "constant"},
    ]  # fmt: skip
    for bad in bad_configs:
        with pytest.raises(ValueError):
            BackpropConfig(**bad)


def test_steps_per_tick_paces_about_two_stages_a_second():
    rate = BackpropEngine.steps_per_tick / 0.016
    assert 1.5 <= rate <= 2.5
