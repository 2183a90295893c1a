"""Export ▸ Python script from the deep-network lesson: the script replays the Trainer's costs.

Each configuration trains the lesson's real Trainer, exports it, runs the script with this
interpreter and compares every recorded cost (printed with repr: the exact floats).
"""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from core.deep_run.config import deep_config
from core.deep_run.trainer import DeepLessonTrainer
from core.take_home import can_export, describe, export_refusal, export_text
from tests.take_home_tools import TOLERANCE, max_difference, printed_costs, run_script

STEPS = 120
ALL_FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin_x1", "sin_x2")
CONFIGS = {
    "default": {},
    "features": {"features": ALL_FEATURES, "hidden": (6, 4), "activation": "tanh", "init": "xavier"},
    "adam mini-batches decay": {
        "batch_size": 64,
        "optimizer": "adam",
        "learning_rate": 0.01,
        "decay_rate": 0.3,
    },
    "l2 dropout momentum": {"lambd": 0.7, "keep_prob": 0.8, "batch_size": 32, "optimizer": "momentum"},
    "rmsprop": {"optimizer": "rmsprop", "batch_size": 16, "learning_rate": 0.01, "activation": "leaky_relu"},
    "dev 0 sigmoid": {
        "test_ratio": 0.0,
        "activation": "sigmoid",
        "init": "random",
        "m": 120,
        "dataset": "xor",
    },
}


def replayed_costs(trainer: DeepLessonTrainer) -> list[float]:
    """Run the exported script; the costs list it built, read back exactly."""
    source = export_text(describe(trainer), "py", print_every=STEPS)
    source += "\nimport json\nprint('COSTS', json.dumps(costs))\n"
    done = subprocess.run([sys.executable, "-c", "import sys; sys.modules['matplotlib'] = None\n" + source],
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith("COSTS "))
    return json.loads(line[len("COSTS ") :])


@pytest.mark.parametrize("name", CONFIGS)
def test_the_script_replays_the_trainers_costs(name):
    trainer = DeepLessonTrainer(deep_config(**CONFIGS[name]))
    assert trainer.step(STEPS) == STEPS
    assert can_export(trainer)
    _, want = trainer.run.history.arrays()
    got = np.array(replayed_costs(trainer))
    assert got.shape == want.shape
    assert np.max(np.abs(got - want)) < TOLERANCE


def test_a_run_whose_settings_changed_mid_way_is_refused():
    trainer = DeepLessonTrainer(deep_config())
    trainer.apply_config(trainer.config.changed(learning_rate=0.1))  # before any step: fine
    assert can_export(trainer)
    trainer.step(5)
    trainer.apply_config(trainer.config.changed(lambd=0.3))  # acts from the next step: no restart
    assert not can_export(trainer) and describe(trainer) is None
    assert "start over" in export_refusal(trainer)
    restored = DeepLessonTrainer.from_state(json.loads(json.dumps(trainer.state())))
    assert not can_export(restored)
    trainer.apply_config(trainer.config.changed(hidden_layers=(4, 4)))  # a restart: exportable again
    assert can_export(trainer)


def test_the_deep_lessons_export_entries_write_a_script(window, tmp_path):
    lesson = window.open_lesson("deep-network")
    menu = window.export_menu
    menu.menu.aboutToShow.emit()  # the entries follow the lesson when the menu opens
    assert menu.script_action.isEnabled() and menu.notebook_action.isEnabled()
    trainer = lesson.engine
    trainer.step(40)
    path = tmp_path / "deep.py"
    assert menu.save_take_home_path(path, "py") is None
    printed = printed_costs(run_script(path))[""]
    steps, values = trainer.run.history.arrays()
    assert max_difference(printed, steps, values) < TOLERANCE
    assert menu.save_take_home_path(tmp_path / "deep.ipynb", "ipynb") is None
    assert (tmp_path / "deep.ipynb").stat().st_size > 0
