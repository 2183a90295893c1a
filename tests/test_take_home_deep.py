"""The L-layer export (python -m core export --layers 2,n1,...,1) replays core.deep's L_layer_model."""

from __future__ import annotations

import nbformat
import numpy as np
import pytest

from core.__main__ import main
from core.config import TrainConfig
from core.deep import L_model_backward, L_model_forward, compute_cost, l2_penalty, update_parameters
from core.deep_layers import initialize_parameters_deep
from core.deep_train import L_layer_model
from core.trainer import Trainer
from tests.take_home_tools import TOLERANCE, max_difference, printed_accuracies, printed_costs, run_script

ITERATIONS = 200


def reference(config: TrainConfig, layer_dims: list[int]) -> tuple[list[float], float]:
    """Every cost of L_layer_model's loop (it keeps one in 100) and the training accuracy."""
    X, Y, _, _ = Trainer(config).split()
    parameters = initialize_parameters_deep(
        layer_dims, config.init, rng=np.random.RandomState(config.init_seed)
    )
    rng, costs = np.random.default_rng(config.dropout_seed), []
    for _ in range(ITERATIONS):
        AL, caches = L_model_forward(X, parameters, config.activation, config.keep_prob, rng=rng)
        costs.append(
            compute_cost(AL, Y, caches[-1].activation_cache) + l2_penalty(parameters, config.lambd, 320)
        )
        grads = L_model_backward(AL, Y, caches, config.lambd)
        parameters = update_parameters(parameters, grads, config.learning_rate)
    every_100 = L_layer_model(X, Y, layer_dims, config.learning_rate, ITERATIONS, init=config.init,
                              seed=config.init_seed, hidden_activation=config.activation,
                              lambd=config.lambd, keep_prob=config.keep_prob,
                              dropout_seed=config.dropout_seed)[1]  # fmt: skip
    assert np.array_equal(every_100, costs[::100])  # the loop above is L_layer_model's
    accuracy = 100 * np.mean((L_model_forward(X, parameters, config.activation)[0] > 0.5) == Y)
    return costs, float(accuracy)


CASES = {
    "relu-he": ("2,5,3,1", ["--activation", "relu", "--init", "he", "--learning-rate", "0.05"]),
    "tanh-L2-dropout": (
        "2,8,6,4,1",
        [
            "--activation",
            "tanh",
            "--init",
            "xavier",
            "--learning-rate",
            "0.3",
            "--lambd",
            "0.5",
            "--keep-prob",
            "0.8",
            "--dropout-seed",
            "4",
        ],
    ),  # fmt: skip
}


@pytest.mark.parametrize(("layers", "options"), CASES.values(), ids=CASES.keys())
def test_the_l_layer_script_prints_l_layer_models_costs(tmp_path, layers, options):
    path = tmp_path / "deep.py"
    argv = ["export", "--layers", layers, "--iterations", str(ITERATIONS), "--print-every", "1", *options]
    assert main([*argv, str(path)]) == 0
    out = run_script(path)
    args = dict(zip(options[::2], options[1::2], strict=True))
    config = TrainConfig(
        activation=args["--activation"], init=args["--init"], learning_rate=float(args["--learning-rate"]),
        lambd=float(args.get("--lambd", 0.0)), keep_prob=float(args.get("--keep-prob", 1.0)),
        dropout_seed=int(args.get("--dropout-seed", 3)),
    )  # fmt: skip
    costs, accuracy = reference(config, [int(n) for n in layers.split(",")])
    assert max_difference(printed_costs(out)[""], range(ITERATIONS), costs) < TOLERANCE
    assert printed_accuracies(out)[0] == round(accuracy, 2)


def test_the_terminal_writes_a_notebook_and_refuses_bad_layers(tmp_path, capsys):
    assert main(["export", "--layers", "2,4,1", "--iterations", "5", str(tmp_path / "a.ipynb")]) == 0
    nbformat.validate(nbformat.read(tmp_path / "a.ipynb", as_version=4))
    assert main(["export", "--layers", "3,4,1", str(tmp_path / "b.py")]) == 2
    assert "--layers must start with 2" in capsys.readouterr().err
    assert main(["export", "--layers", "2,4,4,1", "--batch-size", "32", str(tmp_path / "c.py")]) == 2
    assert not (tmp_path / "b.py").exists() and not (tmp_path / "c.py").exists()
