"""The exported script reproduces the program's run: same data, same costs (1e-9), same accuracy."""

from __future__ import annotations

import numpy as np
import pytest

from core.config import TrainConfig
from core.csvdata import load_csv, save_csv
from core.datasets import DATASET_NAMES, DATASETS, make_dataset
from core.descent import DescentConfig, DescentEngine
from core.size_sweep import SizeSweep
from core.take_home import describe, export_text, network_code, save_export
from core.take_home.data_code import generator_code
from core.trainer import Trainer
from core.twin import TwinConfig, TwinEngine
from tests.take_home_tools import (
    TOLERANCE,
    exec_cells,
    max_difference,
    printed_accuracies,
    printed_costs,
    run_script,
)  # fmt: skip

STEPS = 200


def _export_and_run(engine, tmp_path, lang="en"):
    path = tmp_path / "run.py"
    save_export(path, describe(engine), "py", lang, print_every=1)
    return run_script(path)


@pytest.mark.parametrize("name", DATASET_NAMES)
@pytest.mark.parametrize(("m", "noise", "seed"), [(400, None, 1), (37, 0.5, 7)])
def test_the_exported_generators_make_the_programs_points(name, m, noise, seed):
    noise = DATASETS[name].default_noise if noise is None else noise
    defs, call = generator_code(name, m, noise, seed)  # a set with no template comes embedded
    namespace = {"np": np}
    exec(defs + "\n" + call, namespace)  # noqa: S102
    X, Y = make_dataset(name, m, noise, seed)
    assert np.array_equal(namespace["X"], X) and np.array_equal(namespace["Y"], Y)


SHALLOW = {
    "tanh": {},
    "relu-L2": {"activation": "relu", "lambd": 0.7},
    "sigmoid-dropout": {"activation": "sigmoid", "keep_prob": 0.8, "dropout_seed": 5},
    "leaky-dropout-minibatch": {
        "activation": "leaky_relu",
        "keep_prob": 0.7,
        "batch_size": 64,
        "learning_rate": 0.5,
    },  # fmt: skip
    "logistic-L2-minibatch": {"model": "logistic", "lambd": 0.3, "batch_size": 50},
}


@pytest.mark.parametrize("changes", SHALLOW.values(), ids=SHALLOW.keys())
def test_the_script_prints_the_programs_costs(tmp_path, changes):
    trainer = Trainer(TrainConfig(**changes))
    trainer.step(STEPS)
    out = _export_and_run(trainer, tmp_path)
    s = trainer.snapshot()
    assert "matplotlib is not installed" in out  # the plot cell's guard
    assert max_difference(printed_costs(out)[""], s.cost_steps, s.cost_values) < TOLERANCE
    assert printed_accuracies(out) == [round(100 * s.train_accuracy, 2), round(100 * s.test_accuracy, 2)]


def test_imported_data_are_embedded_exactly(tmp_path):
    X, Y = make_dataset("moons", 150, 0.3, 11)
    save_csv(tmp_path / "mine.csv", X, Y)
    trainer = Trainer(TrainConfig(n_h=5))
    trainer.set_data(*load_csv(tmp_path / "mine.csv"))
    trainer.step(STEPS)
    source = export_text(describe(trainer), "py", print_every=1)
    assert "make_moons" not in source and "X_train = np.array([" in source
    namespace = exec_cells(source)
    for name, a in zip(("X_train", "Y_train", "X_test", "Y_test"), trainer.split(), strict=True):
        assert np.array_equal(namespace[name], a), name
    (tmp_path / "run.py").write_text(source, encoding="utf-8")
    s = trainer.snapshot()
    assert (
        max_difference(printed_costs(run_script(tmp_path / "run.py"))[""], s.cost_steps, s.cost_values)
        < TOLERANCE
    )


def test_the_size_sweep_prints_every_sizes_costs(tmp_path):
    sweep = SizeSweep(TrainConfig(dataset="moons", activation="relu", learning_rate=0.5))
    sweep.step(60)
    costs = printed_costs(_export_and_run(sweep, tmp_path))
    for trainer in sweep.trainers:
        s = trainer.snapshot()
        assert max_difference(costs[f"n_h = {s.config.n_h}"], s.cost_steps, s.cost_values) < TOLERANCE


def test_both_zero_init_copies_and_a_perturbation_are_replayed(tmp_path):
    engine = TwinEngine(TwinConfig(init="constant", class1_share=0.5, n_h=3))
    engine.step(80)
    engine.perturb_unit()
    engine.step(40)
    out = _export_and_run(engine, tmp_path, lang="zh_CN")
    costs, snap = printed_costs(out), engine.snapshot()
    for name, copy in (("symmetric", snap.symmetric), ("random", snap.random)):
        assert max_difference(costs[name], copy.cost_steps, copy.cost_values) < TOLERANCE


DESCENT = {
    "w_b-all-optimizers": DescentConfig(learning_rate=0.8, optimizers=("gd", "momentum", "rmsprop", "adam")),
    "w1_w2-normalized-squared-error": DescentConfig(
        mode="w1_w2",
        normalize=True,
        loss="squared_error",
        learning_rate=2.0,
        optimizers=("rmsprop", "momentum"),
    ),
}


@pytest.mark.parametrize("config", DESCENT.values(), ids=DESCENT.keys())
def test_the_descent_race_prints_every_optimizers_costs(tmp_path, config):
    engine = DescentEngine(config)
    engine.step(STEPS)
    costs = printed_costs(_export_and_run(engine, tmp_path))
    for racer in engine.snapshot().racers:
        assert max_difference(costs[racer.name], np.arange(len(racer.costs)), racer.costs) < TOLERANCE


def test_a_racer_stops_where_the_program_stopped_it(tmp_path):
    engine = DescentEngine(DescentConfig(learning_rate=60.0, optimizers=("gd", "adam")))
    engine.step(10)
    out = _export_and_run(engine, tmp_path)
    assert out.count("Diverged at iteration 1") == 2
    for racer in engine.snapshot().racers:
        assert racer.diverged_at == 1 and len(printed_costs(out)[racer.name]) == len(racer.costs) == 1


def test_a_template_change_that_breaks_reproduction_is_caught(monkeypatch):
    trainer = Trainer(TrainConfig())
    trainer.step(50)
    steps, values = trainer.snapshot().cost_steps, trainer.snapshot().cost_values

    def difference() -> float:
        costs = exec_cells(export_text(describe(trainer), "py", print_every=1))["costs"]
        return float(np.max(np.abs(np.array(costs) - values)))

    assert difference() < TOLERANCE
    broken = network_code.UPDATE.replace(
        'parameters["b2"] - learning_rate', 'parameters["b2"] - 1.0001 * learning_rate'
    )
    monkeypatch.setattr(network_code, "UPDATE", broken)
    monkeypatch.setattr("core.take_home.network_cells.UPDATE", broken)
    assert difference() > TOLERANCE
    assert len(steps) == 50


NAMES = ("initialize_parameters", "forward_propagation", "compute_cost", "backward_propagation",
         "update_parameters", "random_mini_batches", "nn_model")  # fmt: skip


def test_comments_follow_the_language_and_the_code_compiles():
    trainer = Trainer(TrainConfig(keep_prob=0.8, lambd=0.5, batch_size=32))
    english = export_text(describe(trainer, iterations=10), "py", "en")
    chinese = export_text(describe(trainer, iterations=10), "py", "zh_CN")
    for source in (english, chinese):
        compile(source, "<export>", "exec")
        for name in NAMES:
            assert f"def {name}(" in source
    assert "反向随机失活" in chinese and "inverted dropout" in english
    assert "#@" not in english + chinese
    assert english.count("\n# %%") == chinese.count("\n# %%")


def _engines():
    yield Trainer(TrainConfig(activation="leaky_relu", keep_prob=0.8, lambd=0.5, batch_size=32))
    yield Trainer(TrainConfig(model="logistic", lambd=0.5, batch_size=32))
    yield SizeSweep(TrainConfig(keep_prob=0.9))
    twin = TwinEngine(TwinConfig(init="constant"))
    twin.perturb_unit()
    yield twin
    yield DescentEngine(
        DescentConfig(mode="w1_w2", normalize=True, optimizers=("gd", "momentum", "rmsprop", "adam"))
    )


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_code_reads_without_scrolling(lang):
    from core.take_home.layout import display_width

    for engine in _engines():
        source = export_text(describe(engine, iterations=10), "py", lang)
        code = [line for line in source.splitlines() if not line.startswith("# ")]  # markdown cells
        too_long = [line for line in code if display_width(line) > 110]  # the course's own lines reach ~105
        assert not too_long, too_long
