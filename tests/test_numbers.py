"""One number format for costs and values; a diverged run reads well; ranges ignore blow-ups."""

import math
import re

import numpy as np
import pytest

from visualizer.numbers import DASH, number, percent
from visualizer.plots.cost_plot import clip_to_view, cost_ceiling


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (math.log(2), "0.6931"),
        (0.25686, "0.2569"),
        (12.3456, "12.35"),
        (1234.5, "1234"),
        (12345.6, "1.235e+04"),
        (6.657210799360084e304, "6.657e+304"),
        (-3e305, "-3.000e+305"),
        (1.234e-5, "1.234e-05"),
        (0.0, "0"),
        (float("nan"), DASH),
        (float("inf"), DASH),
        (None, DASH),
    ],
)
def test_number(value, text):
    assert number(value) == text


def test_percent():
    assert percent(0.905) == "90.5%" and percent(float("nan")) == DASH and percent(None) == DASH


def test_cost_ceiling_ignores_a_blow_up_and_clips_it():
    history = np.r_[np.linspace(0.69, 0.3, 150), [2.0, 80.0, 1e30, 6.6e304]]
    top = cost_ceiling(history)
    assert top == 2.5  # 2.0 counts (under 10 x the start), 80 and beyond do not
    drawn = clip_to_view(history, top)
    assert drawn.max() == 2 * top and np.array_equal(drawn[:151], history[:151])
    assert cost_ceiling(np.array([])) == 1.0
    assert cost_ceiling(np.linspace(0.69, 0.2, 50)) == 0.8  # an ordinary run as before


def _diverged_shallow(window):
    lesson = window.open_lesson("shallow-network")
    lesson.apply_changes(activation="linear", init="he", learning_rate=10.0)
    lesson.engine.step(5000)
    window.controller.refresh()
    return lesson


def test_a_diverged_run_reads_well(window):
    """The course's trap (linear, He, alpha = 10): no 300-digit number, the whole message, a
    cost axis that keeps the history readable."""
    lesson = _diverged_shallow(window)
    snap = lesson.engine.snapshot()
    assert snap.diverged_at is not None and snap.train_cost > 1e100  # it really blew up
    status = window.status_label.text()
    assert not re.search(r"\d{12}", status) and "e+" in status and len(status) < 100
    readout = lesson.readout
    assert not re.search(r"\d{12}", readout.text())
    assert "press Reset" in readout.text()  # the advice, not cut
    needed = readout.heightForWidth(readout.width())
    assert readout.height() >= needed  # the label is as tall as its whole text
    _x_hi, y_hi = lesson.costs.view_range()
    assert y_hi <= 10  # not 3e+305: the history before the blow-up stays visible
    assert np.nanmax(lesson.costs.train.getData()[1]) <= 2 * y_hi


def test_iteration_zero_and_restarts_say_dash_not_nan(window):
    lesson = window.open_lesson("shallow-network")
    window.controller.refresh()
    assert "nan" not in window.status_label.text()
    lesson.apply_changes(data_seed=7)
    window.controller.refresh()
    assert "nan" not in window.status_label.text().lower()
    for key in window.lessons:
        window.open_lesson(key)
        window.controller.refresh()
        assert "nan" not in window.status_label.text().lower(), key


def test_restart_messages_use_labels_in_the_current_language(window, qtbot):
    from visualizer import i18n

    lesson = window.open_lesson("shallow-network")
    with qtbot.waitSignal(lesson.message) as blocker:
        lesson.apply_changes(data_seed=5)
    assert blocker.args[0] == "Started over from step 0: the data seed changed"
    window.set_language("zh_CN")
    try:
        lesson = window.open_lesson("shallow-network")
        with qtbot.waitSignal(lesson.message) as blocker:
            lesson.apply_changes(data_seed=6, learning_rate=0.5)
        assert "数据种子" in blocker.args[0] and "学习率" in blocker.args[0]
        assert "data_seed" not in blocker.args[0] and "learning_rate" not in blocker.args[0]
    finally:
        window.set_language("en")
        i18n.set_language("en")


def test_every_config_field_has_a_label():
    from dataclasses import fields

    from core.config import TrainConfig
    from core.descent import DescentConfig
    from core.twin import TwinConfig
    from visualizer.field_labels import LABELS

    for config in (TrainConfig, DescentConfig, TwinConfig):
        missing = {f.name for f in fields(config)} - set(LABELS)
        assert not missing, (config.__name__, missing)
