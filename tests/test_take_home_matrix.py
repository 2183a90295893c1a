"""The wider matrix (slow): every activation, feature, data set, start and optimizer, run in process.

The exported code runs here (exec) and its `costs` list is compared with the engine's
history unrounded: the differences are rounding, far below the 1e-9 the export promises.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from core.activations import ACTIVATION_NAMES
from core.config import TrainConfig
from core.datasets import DATASET_NAMES, DATASETS
from core.descent import DescentConfig, DescentEngine
from core.network import INIT_SCHEMES
from core.take_home import describe, export_text
from core.trainer import Trainer
from tests.take_home_tools import TOLERANCE, exec_cells

pytestmark = pytest.mark.slow
STEPS = 300
FEATURES = {
    "plain": {},
    "L2": {"lambd": 0.7},
    "dropout": {"keep_prob": 0.75, "dropout_seed": 9},
    "mini-batches": {"batch_size": 48},
    "dropout+mini-batches+L2": {"keep_prob": 0.8, "batch_size": 100, "lambd": 0.2},
}


def _network_difference(config: TrainConfig) -> float:
    trainer = Trainer(config)
    trainer.step(STEPS)
    s = trainer.snapshot()
    namespace = exec_cells(export_text(describe(trainer), "py", print_every=STEPS))
    assert len(namespace["costs"]) == len(s.cost_values)
    predictions = namespace["predict"](namespace["parameters"], namespace["X_train"])
    assert np.mean(predictions == s.Y_train) == s.train_accuracy
    return float(np.max(np.abs(np.array(namespace["costs"]) - s.cost_values)))


@pytest.mark.parametrize(("activation", "feature"), list(itertools.product(ACTIVATION_NAMES, FEATURES)))
def test_every_activation_with_every_feature(activation, feature):
    rate = 0.3 if activation in ("relu", "leaky_relu", "linear") else 1.2
    config = TrainConfig(activation=activation, learning_rate=rate, **FEATURES[feature])
    assert _network_difference(config) < TOLERANCE


@pytest.mark.parametrize("dataset", DATASET_NAMES)
@pytest.mark.parametrize("init", INIT_SCHEMES)
def test_every_data_set_and_start(dataset, init):
    rate = (
        0.01 if init == "large" else 0.3
    )  # stable: see test_an_unstable_run_parts_only_after_the_instability
    config = TrainConfig(
        dataset=dataset, noise=DATASETS[dataset].default_noise, init=init, learning_rate=rate
    )
    assert _network_difference(config) < TOLERANCE


def test_the_baseline_with_every_feature():
    for feature in FEATURES.values():
        assert _network_difference(TrainConfig(model="logistic", **feature)) < TOLERANCE


@pytest.mark.parametrize(("mode", "loss", "normalize"), list(itertools.product(("w_b", "w1_w2"),
                         ("cross_entropy", "squared_error"), (False, True))))  # fmt: skip
def test_every_optimizer_on_every_surface(mode, loss, normalize):
    rate = {"w_b": 0.8, "w1_w2": 0.05}[mode] * (10 if normalize else 1)
    config = DescentConfig(mode=mode, loss=loss, normalize=normalize, learning_rate=rate,
                           optimizers=("gd", "momentum", "rmsprop", "adam"))  # fmt: skip
    engine = DescentEngine(config)
    engine.step(STEPS)
    namespace = exec_cells(export_text(describe(engine), "py", print_every=STEPS))
    for racer in engine.snapshot().racers:
        _, path, costs = namespace["model"](namespace["X"], namespace["Y"], racer.name, STEPS, rate, STEPS)
        assert len(costs) == len(racer.costs), racer.name  # stopped where the program stopped
        assert np.max(np.abs(np.array(costs) - racer.costs)) < TOLERANCE, racer.name
        assert np.array_equal(path, racer.path), racer.name  # the race's arithmetic, bit for bit


def test_an_unstable_run_parts_only_after_the_instability():
    """Spiral, He start, alpha = 0.5: J climbs back after ~170 iterations (the edge of stability).

    There a difference in the last bit grows about tenfold per iteration, so the script's
    costs (plain course arithmetic) and the program's (fused, augmented products) part;
    before it they agree to rounding. Only bit-identical arithmetic could follow further.
    """
    trainer = Trainer(TrainConfig(dataset="spiral", noise=0.15, init="he", learning_rate=0.5))
    trainer.step(STEPS)
    costs = np.array(exec_cells(export_text(describe(trainer), "py", print_every=STEPS))["costs"])
    difference = np.abs(costs - trainer.snapshot().cost_values)
    assert difference[:160].max() < 1e-14
    assert difference.max() > 1e-6  # if this fails, the engine became stable here: good news, drop the test
