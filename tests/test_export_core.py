"""Parameters to JSON and cost histories to CSV round-trip the trainer's own numbers."""

import csv

import numpy as np
import pytest

from core.config import TrainConfig
from core.export import load_parameters_json, save_cost_csv, save_parameters_json
from core.trainer import Trainer


def _trained(steps: int = 60) -> Trainer:
    trainer = Trainer(TrainConfig(m=120, n_h=3))
    trainer.step(steps)
    return trainer


def test_parameters_round_trip_exactly(tmp_path):
    s = _trained().snapshot()
    path = tmp_path / "p.json"
    save_parameters_json(path, s.parameters, {"step": s.step, "config": s.config.to_dict()})
    loaded = load_parameters_json(path)
    assert set(loaded) == {"W1", "b1", "W2", "b2"}
    for name, value in s.parameters.items():
        assert loaded[name].shape == value.shape
        np.testing.assert_array_equal(loaded[name], value)  # bit for bit


def test_nested_runs_round_trip(tmp_path):
    a, b = _trained(5).snapshot(), _trained(9).snapshot()
    path = tmp_path / "two.json"
    save_parameters_json(path, {"symmetric": a.parameters, "random": b.parameters})
    loaded = load_parameters_json(path)
    np.testing.assert_array_equal(loaded["random"]["W1"], b.parameters["W1"])
    np.testing.assert_array_equal(loaded["symmetric"]["b2"], a.parameters["b2"])


def test_non_finite_parameters_are_refused(tmp_path):
    with pytest.raises(ValueError, match="not finite"):
        save_parameters_json(tmp_path / "x.json", {"W1": np.array([[np.nan]])})
    assert not (tmp_path / "x.json").exists()


def test_not_a_parameters_file(tmp_path):
    path = tmp_path / "y.json"
    path.write_text('{"a": 1}')
    with pytest.raises(ValueError, match="not an nn-visualizer parameters file"):
        load_parameters_json(path)


def test_cost_csv_holds_every_history_row(tmp_path):
    s = _trained(120).snapshot()
    path = tmp_path / "cost.csv"
    save_cost_csv(path, {"net": (s.cost_steps, s.cost_values, s.test_cost_steps, s.test_cost_values)})
    rows = list(csv.reader(path.read_text().splitlines()))
    assert rows[0] == ["run", "set", "iteration", "cost"]
    train = [r for r in rows[1:] if r[1] == "train"]
    test = [r for r in rows[1:] if r[1] == "test"]
    assert [int(r[2]) for r in train] == s.cost_steps.tolist()
    assert [float(r[3]) for r in train] == s.cost_values.tolist()
    assert [int(r[2]) for r in test] == s.test_cost_steps.tolist()
    assert [float(r[3]) for r in test] == s.test_cost_values.tolist()
    assert len(train) == 120 and all(r[0] == "net" for r in rows[1:])
