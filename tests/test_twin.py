"""Zero initialization: the exact cases of seeds/004 section 3.11, worked out and checked."""

import math

import numpy as np
import pytest

from core.activations import ACTIVATION_NAMES, ZERO_AT_ZERO
from core.network import forward_propagation, initialize_parameters
from core.plane import hidden_maps, plane_grid, probability_map
from core.symmetry import symmetry_measure, unit_table
from core.twin import TwinConfig, TwinEngine, twin_data


def test_symmetry_measure_is_the_largest_difference_between_two_units():
    p = initialize_parameters(2, 3, scheme="zeros")
    assert symmetry_measure(p) == 0.0
    p["W1"] = np.array([[1.0, 2.0], [1.0, 2.5], [0.5, 2.0]])
    p["W2"] = np.array([[0.0, 0.0, 3.0]])
    table = unit_table(p)
    assert table.shape == (3, 4)
    brute = max(np.abs(table[i] - table[j]).max() for i in range(3) for j in range(3))
    assert symmetry_measure(p) == brute == 3.0
    p["b1"] = np.array([[0.0], [-4.0], [0.0]])
    assert symmetry_measure(p) == 4.0


@pytest.mark.parametrize("activation", ACTIVATION_NAMES)
@pytest.mark.parametrize(("init", "c"), [("zeros", 0.0), ("constant", 0.5), ("constant", -1.7)])
def test_symmetric_start_stays_symmetric_for_1000_steps(activation, init, c):
    for n_h, share in ((5, 1.0), (7, 0.5)):  # odd n_h and unbalanced classes, the hard cases
        e = TwinEngine(
            TwinConfig(activation=activation, init=init, init_constant=c, n_h=n_h,
                       class1_share=share)
        )  # fmt: skip
        assert e.step(1000) == 1000
        s = e.snapshot()
        assert s.symmetric_measures.max() < 1e-12
        assert s.symmetric_measure < 1e-12
        assert s.random_measure > 1e-3  # the twin's units differ


@pytest.mark.parametrize("activation", ZERO_AT_ZERO)
def test_zero_weights_and_balanced_classes_nothing_moves_and_cost_stays_ln2(activation):
    e = TwinEngine(TwinConfig(activation=activation))
    _, Y = twin_data(e.config)
    assert Y.sum() == Y.size - Y.sum() == 200  # the flower, all 400 points: 200 : 200
    e.step(1000)
    s = e.snapshot().symmetric
    for k, v in s.parameters.items():
        assert not v.any(), k
    np.testing.assert_allclose(s.cost_values, math.log(2), rtol=0, atol=1e-12)


@pytest.mark.parametrize("activation", ZERO_AT_ZERO)
def test_zero_weights_unbalanced_classes_only_b2_moves(activation):
    e = TwinEngine(TwinConfig(activation=activation, class1_share=0.5))
    _, Y = twin_data(e.config)
    assert (Y.size - Y.sum(), Y.sum()) == (200, 100)
    e.step(1)
    # A1 = 0 and W2 = 0: dW1 = dW2 = db1 = 0, db2 = mean(A2 - Y) = 0.5 - 1/3
    p = e.snapshot().symmetric.parameters
    assert not (p["W1"].any() or p["b1"].any() or p["W2"].any())
    assert p["b2"][0, 0] == pytest.approx(-1.2 * (0.5 - 1 / 3), abs=1e-15)
    e.step(999)
    p = e.snapshot().symmetric.parameters
    assert not (p["W1"].any() or p["b1"].any() or p["W2"].any())
    assert p["b2"][0, 0] == pytest.approx(math.log(100 / 200), abs=1e-3)  # sigmoid(b2) -> 1/3


def test_sigmoid_zero_weights_unbalanced_every_unit_moves_by_the_same_amount():
    e = TwinEngine(TwinConfig(activation="sigmoid", class1_share=0.5))
    e.step(1)  # A1 = sigmoid(0) = 0.5: dW2 = 0.5 mean(A2 - Y); W1 still gets W2^T dZ2 = 0
    p = e.snapshot().symmetric.parameters
    assert not p["W1"].any()
    np.testing.assert_allclose(p["W2"], -1.2 * 0.5 * (0.5 - 1 / 3), rtol=1e-14)
    e.step(1)  # now W2 != 0, so W1 moves too, every row alike
    p = e.snapshot().symmetric.parameters
    assert p["W1"].any() and (p["W1"] == p["W1"][0]).all() and (p["b1"] == p["b1"][0]).all()


def test_sigmoid_zero_weights_balanced_nothing_moves():
    e = TwinEngine(TwinConfig(activation="sigmoid"))
    e.step(500)
    s = e.snapshot().symmetric
    assert not any(v.any() for v in s.parameters.values())
    np.testing.assert_allclose(s.cost_values, math.log(2), rtol=0, atol=1e-12)


def test_constant_start_units_move_and_stay_identical():
    e = TwinEngine(TwinConfig(init="constant", init_constant=0.5, n_h=6))
    e.step(500)
    p = e.snapshot().symmetric.parameters
    assert np.abs(p["W1"] - 0.5).max() > 0.01  # they moved
    assert (unit_table(p) == unit_table(p)[0]).all()  # and are still one unit, n_h times


PERTURBED = [
    TwinConfig(),
    TwinConfig(init="constant", n_h=7),
    TwinConfig(activation="sigmoid", class1_share=0.5),
]


@pytest.mark.parametrize("config", PERTURBED)
def test_perturbing_one_unit_breaks_the_symmetry_and_the_units_part(config):
    e = TwinEngine(config)
    e.step(10)
    assert e.snapshot().symmetric_measure == 0.0
    assert e.perturb_unit() == 0 and e.perturb_unit() == 1  # the next unit each time
    s = e.snapshot()
    assert 0 < s.symmetric_measure < 0.1 and s.perturbations == ((10, 0), (10, 1))
    e.step(2000)
    assert e.snapshot().symmetric_measure > 10 * s.symmetric_measure
    e.reset()
    s = e.snapshot()
    assert s.step == 0 and s.symmetric_measure == 0.0 and s.perturbations == ()


def test_lockstep_history_reset_and_restart():
    e = TwinEngine()
    e.step(30)
    s = e.snapshot()
    assert s.step == s.symmetric.step == s.random.step == 30
    assert s.measure_steps.tolist() == list(range(31))
    assert s.symmetric_measures.shape == s.random_measures.shape == (31,)
    assert s.random_measures[-1] == s.random_measure
    assert not e.apply_config(e.config.changed(learning_rate=0.5))  # goes on
    assert e.snapshot().step == 30 and e.snapshot().random.config.learning_rate == 0.5
    assert e.apply_config(e.config.changed(n_h=6))  # starts over
    s = e.snapshot()
    assert s.step == 0 and s.symmetric.parameters["W1"].shape == (6, 2)
    with pytest.raises(ValueError, match="n_h"):
        TwinConfig(n_h=11)
    with pytest.raises(ValueError, match="init"):
        TwinConfig(init="random")


def test_the_twin_is_the_course_random_start_on_the_same_data():
    e = TwinEngine(TwinConfig(n_h=4))
    s = e.snapshot()
    expected = initialize_parameters(2, 4, scheme="random", seed=0)
    np.testing.assert_array_equal(s.random.parameters["W1"], expected["W1"])
    np.testing.assert_array_equal(s.random.X_train, s.symmetric.X_train)


def test_maps_over_the_plane_are_the_forward_pass_at_the_grid_points():
    e = TwinEngine(TwinConfig(n_h=3))
    e.step(200)
    s = e.snapshot().random
    grid = plane_grid(s.X_train, resolution=20, margin=0.1)
    assert grid.points.shape == (2, 400)
    span = np.ptp(s.X_train[0])
    assert grid.x_min == pytest.approx(s.X_train[0].min() - 0.1 * span)
    maps = hidden_maps(s.parameters, s.config, grid)
    A2, cache = forward_propagation(grid.points, dict(s.parameters), "tanh")
    assert maps.shape == (3, 20, 20)
    assert maps[1, 4, 7] == np.float32(cache["A1"][1, 4 * 20 + 7])
    # row 4 is the fifth x2 value, column 7 the eighth x1 value
    assert grid.points[0, 4 * 20 + 7] == pytest.approx(np.linspace(grid.x_min, grid.x_max, 20)[7])
    assert grid.points[1, 4 * 20 + 7] == pytest.approx(np.linspace(grid.y_min, grid.y_max, 20)[4])
    np.testing.assert_allclose(probability_map(s.parameters, s.config, grid).ravel(), A2[0], rtol=1e-6)
