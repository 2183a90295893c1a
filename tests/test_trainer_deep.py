"""The Trainer on L layers: config shorthands, the fused path held to the engine, optimizers, decay,
per-layer snapshot numbers, and sessions of both formats."""

import json

import numpy as np
import pytest

from core import models
from core.activations import ACTIVATION_NAMES
from core.config import TrainConfig
from core.deep import L_model_backward, L_model_forward, compute_cost
from core.deep_optim import initialize_adam, update_parameters_with_adam
from core.deep_stepper import DeepStepper
from core.symmetry import symmetry_measure
from core.trainer import Trainer

DEEP = TrainConfig(dataset="circles (course)", m=300, noise=0.05, data_seed=1, hidden_sizes=(10, 5),
                   activation="relu", init="he", learning_rate=0.05, test_ratio=0.2)  # fmt: skip


def test_n_h_and_activation_stay_the_one_layer_shorthands():
    assert TrainConfig(hidden_sizes=(6,)) == TrainConfig(n_h=6)
    assert TrainConfig(n_h=6).layer_dims() == [2, 6, 1] and TrainConfig(n_h=6).activations == ("tanh",)
    c = TrainConfig(hidden_sizes=(5, 3), hidden_activations=("relu", "tanh"))
    assert c.n_h == 5 and c.activation == "relu" and c.layer_dims(2) == [2, 5, 3, 1]
    assert c.changed(n_h=7).hidden_sizes == (7, 3)
    assert c.changed(activation="sigmoid").activations == ("sigmoid", "sigmoid")
    assert c.changed(hidden_sizes=(4, 4, 4)).activations == ("relu",) * 3  # per-layer list no longer fits
    assert TrainConfig(hidden_sizes=(4, 4), hidden_activations=("tanh", "tanh")).hidden_activations == ()
    with pytest.raises(ValueError, match="one activation per hidden layer"):
        TrainConfig(hidden_sizes=(4, 4), hidden_activations=("tanh",) * 3)
    with pytest.raises(ValueError, match="hidden_sizes"):
        TrainConfig(hidden_sizes=(4,) * 9)
    with pytest.raises(ValueError, match="optimizer"):
        TrainConfig(optimizer="sgd")
    assert TrainConfig().needs_restart(TrainConfig(hidden_sizes=(4, 2)))
    assert not TrainConfig().needs_restart(TrainConfig(decay="inverse", beta1=0.8))


def test_config_versions_one_and_two():
    assert TrainConfig(n_h=5).to_dict()["version"] == 1  # a 2-layer config stays readable by older programs
    data = DEEP.changed(optimizer="adam").to_dict()
    assert data["version"] == 2 and data["hidden_sizes"] == [10, 5]
    assert TrainConfig.from_json(json.dumps(data)) == DEEP.changed(optimizer="adam")
    v1 = {"version": 1, **{k: v for k, v in TrainConfig().to_dict().items() if k != "version"}}
    assert TrainConfig.from_dict(v1) == TrainConfig()
    with pytest.raises(ValueError, match="unknown configuration keys"):
        TrainConfig.from_dict({"version": 1, "optimizer": "adam"})
    with pytest.raises(ValueError, match="hidden_sizes must be a list"):
        TrainConfig.from_dict({"hidden_sizes": 4})


TWO_LAYER = [TrainConfig(activation=a, test_ratio=0.0) for a in ACTIVATION_NAMES] + [
    TrainConfig(dataset="moons", n_h=6, activation="relu", batch_size=32, keep_prob=0.8, lambd=0.5,
                learning_rate=0.3),
    TrainConfig(activation="tanh", keep_prob=0.6, lambd=0.2, batch_size=64, decay="inverse", decay_rate=0.1),
]  # fmt: skip


@pytest.mark.parametrize("config", TWO_LAYER)
def test_the_fused_2_layer_path_is_the_general_engine_to_1e12(config, monkeypatch):
    fused = Trainer(config)
    assert models.uses_fused_path(config)
    fused.step(100)
    monkeypatch.setattr(models, "uses_fused_path", lambda c: False)
    general = Trainer(config)
    assert isinstance(general.run.stepper, DeepStepper)
    general.step(100)
    a, b = fused.snapshot(), general.snapshot()
    np.testing.assert_allclose(a.cost_values, b.cost_values, rtol=1e-12, atol=0)
    for k in a.parameters:
        np.testing.assert_allclose(a.parameters[k], b.parameters[k], rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(a.dW_norms, b.dW_norms, rtol=1e-9, atol=1e-15)  # tiny once converged
    assert a.epoch == b.epoch and int(fused.run.rng.integers(2**62)) == int(general.run.rng.integers(2**62))


def test_adam_in_the_trainer_is_the_course_s_loop():
    config = DEEP.changed(optimizer="adam", learning_rate=0.01, test_ratio=0.0)
    t = Trainer(config)
    t.step(25)
    X, Y = t.split()[:2]
    p = models.initial_parameters(config, 2)
    v, s = initialize_adam(p)
    costs = []
    for step in range(1, 26):
        AL, caches = L_model_forward(X, p, "relu")
        costs.append(compute_cost(AL, Y, caches[-1].activation_cache))
        grads = L_model_backward(AL, Y, caches, hidden_dA=False)  # the Trainer's: 1/m folded into dZL
        p, v, s = update_parameters_with_adam(p, grads, v, s, step, 0.01)
    np.testing.assert_allclose(t.snapshot().cost_values, costs, rtol=1e-13)  # J from the logits, in ufuncs
    assert all((t.snapshot().parameters[k] == p[k]).all() for k in p)


def test_deep_snapshot_carries_per_layer_numbers():
    t = Trainer(DEEP)
    t.step(57)
    s = t.snapshot()
    assert s.layer_dims == (2, 10, 5, 1) and s.activations == ("relu", "relu")
    assert s.dW_norms.shape == s.W_norms.shape == (3,) and (s.dW_norms > 0).all()
    assert s.W_norms[0] == pytest.approx(np.linalg.norm(s.parameters["W1"]))
    assert s.histograms.shape == (3, 20) and np.allclose(s.histograms.sum(axis=1), 1)
    assert s.histogram_edges[0, 0] == 0.0 and s.histogram_edges[2, -1] == 1.0
    assert s.norm_steps.tolist() == [10, 20, 30, 40, 50] and s.dW_norm_history.shape == (5, 3)
    assert s.epoch == 57 and s.epoch_cost_values.tolist() == s.cost_values.tolist()
    assert not s.dW_norms.flags.writeable and not s.histograms.flags.writeable


def test_mini_batch_epochs_their_mean_cost_and_decay():
    c = TrainConfig(m=125, test_ratio=0.2, batch_size=32, decay="inverse", decay_rate=0.5, learning_rate=0.6)
    t = Trainer(c)  # 100 training points: 3 batches of 32 per epoch (the remainder waits, as before)
    assert t.learning_rate == 0.6
    t.step(7)
    s = t.snapshot()
    assert s.epoch == 2 and s.epoch_cost_steps.tolist() == [3, 6]
    assert s.epoch_cost_values[0] == pytest.approx(np.mean(s.cost_values[:3]))
    assert t.learning_rate == pytest.approx(0.6 / (1 + 0.5 * 2)) == s.learning_rate
    t.apply_config(c.changed(decay="scheduled", decay_interval=2))
    assert t.learning_rate == pytest.approx(0.6 / (1 + 0.5 * 1))


def _resume_equals_straight(config, first=37, then=23):
    straight = Trainer(config)
    straight.step(first + then)
    t = Trainer(config)
    t.step(first)
    state = json.loads(json.dumps(t.state()))
    resumed = Trainer.from_state(state)
    resumed.step(then)
    a, b = straight.snapshot(), resumed.snapshot()
    assert a.cost_values.tolist() == b.cost_values.tolist()
    assert all((a.parameters[k] == b.parameters[k]).all() for k in a.parameters)
    return state


@pytest.mark.parametrize("optimizer", ["momentum", "rmsprop", "adam"])
def test_deep_sessions_resume_bit_for_bit(optimizer):
    state = _resume_equals_straight(DEEP.changed(optimizer=optimizer, batch_size=64, keep_prob=0.9))
    assert state["version"] == 2 and state["optimizer"]["t"] == (37 if optimizer == "adam" else 0)


def test_today_s_sessions_still_open_and_go_on_the_same():
    config = TrainConfig(batch_size=32, keep_prob=0.8)
    t = Trainer(config)
    t.step(40)
    state = json.loads(json.dumps(t.state()))
    for key in ("version", "optimizer", "epoch", "epoch_sum", "epoch_history", "norm_histories"):
        del state[key]  # what main (version 1) wrote
    assert state["config"]["version"] == 1
    old, new = Trainer.from_state(state), Trainer(config)
    new.step(40)
    old.step(30)
    new.step(30)
    assert old.snapshot().cost_values.tolist() == new.snapshot().cost_values.tolist()
    with pytest.raises(ValueError, match="version"):
        Trainer.from_state({**t.state(), "version": 7})


@pytest.mark.parametrize("init", ["zeros", "constant"])
def test_symmetric_deep_start_through_the_trainer(init):
    c = TrainConfig(
        hidden_sizes=(5, 4, 3), activation="tanh", init=init, init_constant=0.4, learning_rate=0.5
    )
    t = Trainer(c)
    t.step(150)
    assert symmetry_measure(t.parameters) == 0.0
    t.perturb_unit(1, layer=2)
    t.step(150)
    assert symmetry_measure(t.parameters) > 0.0 or init == "zeros"


def test_maps_and_symmetry_for_every_hidden_layer():
    from core.plane import hidden_maps, layer_maps, plane_grid

    t = Trainer(DEEP)
    t.step(20)
    s = t.snapshot()
    grid = plane_grid(s.X_train, resolution=12)
    maps = layer_maps(s.parameters, s.config, grid)
    assert [m.shape for m in maps] == [(10, 12, 12), (5, 12, 12)]
    np.testing.assert_array_equal(hidden_maps(s.parameters, s.config, grid, layer=2), maps[1])
    p = {k: v.copy() for k, v in s.parameters.items()}
    p["W2"][:] = p["W2"][0]
    p["b2"][:] = p["b2"][0]
    p["W3"][:] = p["W3"][0, 0]
    assert symmetry_measure(p, layer=2) == 0.0 < symmetry_measure(p, layer=1) == symmetry_measure(p)


@pytest.mark.parametrize(
    ("edit", "field"),
    [(lambda s: s.update(epoch=-1), "field epoch"), (lambda s: s.update(version=3), "field version"),
     (lambda s: s["optimizer"].update(t=1.5), "field optimizer.t"),
     (lambda s: s.update(norm_histories=[s["norm_histories"][0]] * 10), "field norm_histories"),
     (lambda s: s["config"].pop("optimizer"), "field config.optimizer"),
     (lambda s: s.pop("epoch_sum"), "field epoch_sum")],
)  # fmt: skip
def test_hand_edited_version_2_states_are_refused_with_the_field_named(edit, field):
    t = Trainer(DEEP.changed(optimizer="adam"))
    t.step(12)
    state = json.loads(json.dumps(t.state()))
    Trainer.from_state(json.loads(json.dumps(state)))  # as saved: fine
    edit(state)
    with pytest.raises(ValueError, match=field):
        Trainer.from_state(state)
