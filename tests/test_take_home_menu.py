"""Export ▸ Python script / Jupyter notebook from the real window: enabled where a lesson trains."""

from __future__ import annotations

import nbformat
import pytest

from tests.take_home_tools import TOLERANCE, max_difference, printed_costs, run_script
from visualizer import i18n

TRAINING = {"shallow-network", "hidden-sizes", "zero-init", "gradient-descent", "deep-network"}


@pytest.fixture
def window(window):
    """conftest's window; afterwards the rest of the suite runs in English again."""
    yield window
    i18n.set_language(i18n.ENGLISH)


def test_the_entries_are_enabled_only_for_lessons_that_train(window):
    menu = window.export_menu
    for key in window.lessons:
        window.open_lesson(key)
        menu.menu.aboutToShow.emit()  # the entries follow the open lesson when the menu opens
        for action in (menu.script_action, menu.notebook_action):
            assert action.isEnabled() == (key in TRAINING), key


def test_the_shallow_lessons_script_prints_its_costs(window, tmp_path):
    lesson = window.open_lesson("shallow-network")
    lesson.apply_changes(keep_prob=0.9, n_h=6)
    lesson.engine.step(150)
    assert window.export_menu.save_take_home_path(tmp_path / "shallow.py", "py") is None
    s = lesson.engine.snapshot()
    costs = printed_costs(run_script(tmp_path / "shallow.py"))[""]
    assert max_difference(costs, s.cost_steps, s.cost_values) < TOLERANCE
    text = (tmp_path / "shallow.py").read_text(encoding="utf-8")
    assert lesson.look_text() in text  # the lesson's own What to look at


def test_the_notebook_follows_the_interface_language(window, tmp_path):
    window.set_language("zh_CN")
    lesson = window.open_lesson("gradient-descent")
    lesson.engine.step(30)
    path = tmp_path / "descent.ipynb"
    assert window.export_menu.save_take_home_path(path, "ipynb") is None
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    source = "\n".join(cell.source for cell in notebook.cells)
    assert "梯度下降" in source and lesson.look_text() in source
    assert "def update_parameters_with_momentum(" in source


def test_a_failure_is_a_message_in_the_users_language(window, tmp_path):
    window.set_language("zh_CN")
    window.open_lesson("zero-init")
    error = window.export_menu.save_take_home_path(tmp_path / "missing" / "twin.py", "py")
    assert error is not None and error.startswith("无法保存 twin.py")
    assert not (tmp_path / "missing").exists()
