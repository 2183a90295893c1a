"""Today's 2-layer runs go on bit for bit: values recorded from main (5c7aedb) before the L-layer Trainer.

Data, initial parameters, dropout masks and mini-batch permutations come from the same
draws in the same order, so saved sessions and the notebook export stay valid.
"""

import pytest

from core.config import TrainConfig
from core.trainer import Trainer

CONFIGS = {
    "default": {},
    "minibatch_dropout_l2_relu": dict(
        dataset="moons", n_h=6, activation="relu", batch_size=32, keep_prob=0.8, lambd=0.5, learning_rate=0.3
    ),
    "sigmoid_he_batch": dict(
        activation="sigmoid", init="he", batch_size=50, m=300, data_seed=4, dropout_seed=9
    ),
    "leaky_xavier_dropout": dict(
        dataset="circles", activation="leaky_relu", init="xavier", keep_prob=0.6, n_h=5, learning_rate=0.5
    ),
    "linear_constant": dict(
        activation="linear", init="constant", init_constant=0.3, learning_rate=0.1, test_ratio=0.0
    ),
}

RECORDED = {
    "default": {
        "costs": [
            0.6931477479554334,
            0.6924953387223044,
            0.6300564549665728,
            0.41286069564692945,
            0.32970233514424924,
        ],
        "test_cost": 0.31580780483635085,
        "W1": [
            -0.046053403112314976,
            -2.4653948619786608,
            -1.1524416998464175,
            1.4380472498635526,
            -1.9542320196388852,
            2.4213307365837173,
        ],
        "b2": 0.2480661079336797,
        "rng": 394987066606203070,
    },
    "minibatch_dropout_l2_relu": {
        "costs": [
            0.69315210305129,
            0.6928772435364158,
            0.5301788295353588,
            0.3432171799318654,
            0.3328831800472269,
        ],
        "test_cost": 0.35823581417221956,
        "W1": [
            -0.1596539420842047,
            0.6606056151009151,
            0.20782010742370755,
            -0.7010166797336334,
            -0.18747228385124443,
            0.670464847992164,
        ],
        "b2": 1.3256121248109323,
        "rng": 2980665003722444962,
    },
    "sigmoid_he_batch": {
        "costs": [
            0.7931623603058887,
            0.6807266011288848,
            0.6391063201059544,
            0.402868102955324,
            0.2640402013933081,
        ],
        "test_cost": 0.2220533142070487,
        "W1": [
            -0.17940880600420714,
            4.353214621689697,
            2.4122201966332297,
            2.4710909484624644,
            -3.0203585034299025,
            2.842860618931349,
        ],
        "b2": 2.0728245889562156,
        "rng": 3556167342887442131,
    },
    "leaky_xavier_dropout": {
        "costs": [
            0.6458365667426396,
            0.627433347253192,
            0.3577850389325608,
            0.3437031798221348,
            0.317209505172446,
        ],
        "test_cost": 0.11251220182391833,
        "W1": [
            0.28604116611899216,
            -1.201541578863645,
            1.239058220613517,
            -0.12975982737021602,
            -0.787543479141901,
            0.9634537339177612,
        ],
        "b2": 1.566084291442537,
        "rng": 1304749977615462914,
    },
    "linear_constant": {
        "costs": [
            0.875207868216209,
            0.8429169780652217,
            0.6905535066495994,
            0.6818579904662401,
            0.6742345173802541,
        ],
        "test_cost": None,
        "W1": [
            0.032340500735412586,
            0.32962939414698444,
            0.032340500735412586,
            0.32962939414698444,
            0.032340500735412586,
            0.32962939414698444,
        ],
        "b2": 0.010157200413569984,
        "rng": 394987066606203070,
    },
}  # test_cost None: no test set


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_two_layer_runs_are_bit_for_bit_today_s(name):
    t = Trainer(TrainConfig(**CONFIGS[name]))
    t.step(300)
    s = t.snapshot()
    want = RECORDED[name]
    assert [float(v) for v in s.cost_values[[0, 1, 50, 150, 299]]] == want["costs"]
    assert want["test_cost"] is None or float(s.test_cost) == want["test_cost"]
    assert [float(v) for v in s.parameters["W1"].ravel()[:6]] == want["W1"]
    assert float(s.parameters["b2"][0, 0]) == want["b2"]
    assert int(t.run.rng.integers(0, 2**62)) == want["rng"]  # the random sequence is where it was
