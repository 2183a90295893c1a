"""One path for "the user changed a value" (Lesson.apply_changes): every lesson validates in core,
says a refusal in the user's language, and keeps its run."""

from __future__ import annotations

import pytest

from visualizer import i18n
from visualizer.lessons.backprop.lesson import BackpropLesson
from visualizer.lessons.deep.lesson import DeepNetworkLesson
from visualizer.lessons.gradient_descent.lesson import GradientDescentLesson
from visualizer.lessons.hidden_sizes.lesson import HiddenSizesLesson
from visualizer.lessons.shallow.lesson import ShallowNetworkLesson
from visualizer.lessons.zero_init.lesson import ZeroInitLesson

LESSONS = [ShallowNetworkLesson, HiddenSizesLesson, ZeroInitLesson, GradientDescentLesson, BackpropLesson,
           DeepNetworkLesson]  # fmt: skip


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language(i18n.ENGLISH)


def _messages(lesson) -> list[str]:
    said: list[str] = []
    lesson.message.connect(said.append)
    return said


@pytest.mark.parametrize("cls", LESSONS, ids=lambda c: c.__name__)
def test_a_refused_value_is_said_in_the_users_language_and_the_run_goes_on(qtbot, language, cls):
    lesson = cls()
    qtbot.addWidget(lesson)
    lesson.engine.step(3)
    before = (lesson.engine.config, lesson.engine.snapshot().step)
    said = _messages(lesson)
    assert lesson.apply_changes(learning_rate=-1.0) is False
    assert (lesson.engine.config, lesson.engine.snapshot().step) == before
    assert len(said) == 1
    if language == "en":
        assert said[0].startswith("Not applied: learning_rate must be")
    else:
        assert said[0].startswith("未应用：学习率 α 必须") and "must" not in said[0], said[0]


@pytest.mark.parametrize("cls", LESSONS, ids=lambda c: c.__name__)
def test_an_accepted_value_reaches_the_engine(qtbot, cls):
    lesson = cls()
    qtbot.addWidget(lesson)
    rate = lesson.engine.config.learning_rate
    new = 0.05 if rate != 0.05 else 0.07
    assert lesson.apply_changes(learning_rate=new) is True
    assert lesson.engine.config.learning_rate == new


def test_every_lesson_that_takes_settings_uses_the_base_path():
    from visualizer.lessons.activations.lesson import ActivationsLesson
    from visualizer.lessons.base import Lesson
    from visualizer.lessons.compgraph import CompGraphLesson

    for cls in [*LESSONS, ActivationsLesson, CompGraphLesson]:
        assert cls.apply_changes is Lesson.apply_changes, cls.__name__


def test_the_activation_lessons_range_goes_through_the_one_path(qtbot, language):
    from visualizer.lessons.activations.lesson import ActivationsLesson

    lesson = ActivationsLesson()
    qtbot.addWidget(lesson)
    said = _messages(lesson)
    lesson.range_slider.set_value(3.0)
    lesson.range_slider.box.valueChanged.emit(3.0)  # as the user's edit does
    assert lesson.engine.config.z_max == 3.0 and said == []
    assert lesson.apply_changes(z_max=50.0) is False and lesson.engine.config.z_max == 3.0
    assert len(said) == 1 and ("z_max must be between 1 and 20" in said[0] or "必须在 1 到 20" in said[0])
