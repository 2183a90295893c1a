"""The exported notebook runs in a real Jupyter kernel and prints the program's costs."""

from __future__ import annotations

import os

import pytest

from core.config import TrainConfig
from core.descent import DescentConfig, DescentEngine
from core.size_sweep import SizeSweep
from core.take_home import describe, save_export
from core.trainer import Trainer
from core.twin import TwinConfig, TwinEngine
from tests.take_home_tools import TOLERANCE, max_difference, printed_accuracies, printed_costs

nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
nbformat = pytest.importorskip("nbformat")


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    """The python3 kernel of this interpreter; installed into a temporary prefix if none is found."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        from ipykernel.kernelspec import install

        prefix = tmp_path_factory.mktemp("jupyter")
        install(prefix=str(prefix))
        os.environ["JUPYTER_PATH"] = str(prefix / "share" / "jupyter")
    return "python3"


def execute(path, kernel: str):
    """Run every cell in order, as "Run All" does; the executed notebook."""
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(notebook, kernel_name=kernel, timeout=300,
                                     resources={"metadata": {"path": str(path.parent)}})  # fmt: skip
    client.execute()
    return notebook


def printed(notebook) -> str:
    return "".join(
        out.get("text", "") for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs
    )


def images(notebook) -> int:
    return sum("image/png" in out.get("data", {}) for cell in notebook.cells
               if cell.cell_type == "code" for out in cell.outputs)  # fmt: skip


def test_the_notebook_reproduces_a_shallow_run_and_draws_it(tmp_path, kernel, monkeypatch):
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's own inline backend draws PNGs
    trainer = Trainer(TrainConfig(activation="relu", lambd=0.3, keep_prob=0.8, batch_size=64, dropout_seed=7))
    trainer.step(120)
    path = tmp_path / "run.ipynb"
    save_export(path, describe(trainer), lang="zh_CN", look="看决策边界。", print_every=1)
    notebook = execute(path, kernel)
    out, s = printed(notebook), trainer.snapshot()
    assert max_difference(printed_costs(out)[""], s.cost_steps, s.cost_values) < TOLERANCE
    assert printed_accuracies(out) == [round(100 * s.train_accuracy, 2), round(100 * s.test_accuracy, 2)]
    assert images(notebook) == 1  # the last cell: cost curve and decision boundary
    markdown = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    assert "$$dZ^{[1]} = W^{[2]T} dZ^{[2]} * g^{[1]\\prime}(Z^{[1]})$$" in markdown
    assert "看决策边界。" in markdown and "前向传播" in markdown


SLOW = {
    "sweep": lambda: SizeSweep(TrainConfig(dataset="xor", learning_rate=0.8)),
    "twin": lambda: TwinEngine(TwinConfig(init="zeros", activation="sigmoid")),
    "descent": lambda: DescentEngine(DescentConfig(optimizers=("gd", "momentum", "rmsprop", "adam"))),
}


def test_the_deep_lessons_notebook_reproduces_its_run_and_draws_it(tmp_path, kernel, monkeypatch):
    """The deep lesson's export: core.take_home.deep_cells' functions and outline, the lesson's loop."""
    from core.deep_run.config import deep_config
    from core.deep_run.trainer import DeepLessonTrainer

    monkeypatch.delenv("MPLBACKEND", raising=False)
    config = deep_config(features=("x1", "x2", "x1^2"), hidden=(5, 3), lambd=0.3, keep_prob=0.9,
                         batch_size=32, optimizer="adam", learning_rate=0.01)  # fmt: skip
    trainer = DeepLessonTrainer(config)
    trainer.step(40)
    path = tmp_path / "deep.ipynb"
    save_export(path, describe(trainer), lang="en", print_every=1)
    notebook = execute(path, kernel)
    steps, values = trainer.run.history.arrays()
    assert max_difference(printed_costs(printed(notebook))[""], steps, values) < TOLERANCE
    assert images(notebook) == 1


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("make", SLOW.values(), ids=SLOW.keys())
def test_every_lessons_notebook_reproduces_its_run(tmp_path, kernel, make, lang):
    engine = make()
    engine.step(80)
    path = tmp_path / "run.ipynb"
    save_export(path, describe(engine), lang=lang, print_every=1)
    costs = printed_costs(printed(execute(path, kernel)))
    if isinstance(engine, SizeSweep):
        runs = [(f"n_h = {t.config.n_h}", t.snapshot()) for t in engine.trainers]
    elif isinstance(engine, TwinEngine):
        runs = [("symmetric", engine.snapshot().symmetric), ("random", engine.snapshot().random)]
    else:
        for racer in engine.snapshot().racers:
            assert max_difference(costs[racer.name], range(len(racer.costs)), racer.costs) < TOLERANCE
        return
    for name, snap in runs:
        assert max_difference(costs[name], snap.cost_steps, snap.cost_values) < TOLERANCE
