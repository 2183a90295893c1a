"""Every slider and spin box of a lesson offers what core's RANGES says for its setting, no own numbers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QSpinBox

from core.validation import RANGES
from visualizer.lessons import LESSON_CLASSES
from visualizer.widgets.param_slider import ParamSlider

# Widgets whose span is not a setting's: the activation probe spans the z range the user chose.
NOT_A_SETTING = {("ActivationsLesson", "Probe z")}
# The deep lesson's sidebar reads core.deep_run.config's own ranges; helper "deep" moves the lesson
# onto the one Trainer (TrainConfig, so RANGES) at the same time: this walk covers it once merged.
PENDING: set[str] = set()


def _spans(lesson) -> list[tuple[str, str, tuple[float, float], bool, bool]]:
    """(range key, label, span, integer, log) of every slider and spin box in `lesson`."""
    found = []
    for slider in lesson.findChildren(ParamSlider):
        span = (slider.box.minimum(), slider.box.maximum())
        found.append((slider.range_key, slider.label.text(), span, slider._integer, slider._log))
    for box in lesson.findChildren(QSpinBox):
        span = (box.minimum(), box.maximum())
        found.append((box.property("range_key") or "", box.toolTip(), span, True, False))
    return found


SETTING_LESSONS = [c for c in LESSON_CLASSES if c.__name__ not in PENDING]


@pytest.mark.parametrize("cls", SETTING_LESSONS, ids=lambda c: c.__name__)
def test_every_slider_is_built_from_cores_ranges(qtbot, cls):
    lesson = cls()
    qtbot.addWidget(lesson)
    for key, label, span, integer, log in _spans(lesson):
        if (cls.__name__, label) in NOT_A_SETTING:
            continue
        assert key in RANGES, f"{cls.__name__}: “{label}” has its own numbers {span}"
        r = RANGES[key]
        assert span == pytest.approx(r.slider), (cls.__name__, key)
        assert (integer, log) == (r.integer, r.log), (cls.__name__, key)
        assert r.lo <= r.slider[0] <= r.slider[1] <= r.hi, key  # a slider never offers what core refuses


def test_the_shallow_lessons_sliders_cover_its_settings(qtbot):
    from visualizer.lessons.shallow.lesson import ShallowNetworkLesson

    lesson = ShallowNetworkLesson()
    qtbot.addWidget(lesson)
    keys = {k for k, *_ in _spans(lesson)}
    assert {"learning_rate", "n_h", "keep_prob", "lambd", "m", "noise", "test_ratio"} <= keys
