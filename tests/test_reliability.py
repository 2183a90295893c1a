"""Reliability: random UI walks, every control at its extremes, and a long soak of ticks."""

import numpy as np
import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QSpinBox,
)

from tests.plot_items import non_finite


def controls(lesson):
    """The lesson's interactive controls, as a user could reach them."""
    found = []
    for cls in (QAbstractSlider, QComboBox, QAbstractButton, QAbstractSpinBox):
        found += [w for w in lesson.findChildren(cls) if w.isEnabled() and w.isVisibleTo(lesson)]
    return found


def act(widget, rng):
    """One user action on `widget`, with a random value where it takes one."""
    if isinstance(widget, QAbstractSlider):
        widget.setValue(int(rng.integers(widget.minimum(), widget.maximum() + 1)))
    elif isinstance(widget, QComboBox):
        if widget.count():
            i = int(rng.integers(widget.count()))
            widget.setCurrentIndex(i)
            widget.activated.emit(i)
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.setValue(float(rng.uniform(widget.minimum(), widget.maximum())))
    elif isinstance(widget, QAbstractButton):
        widget.click()


def transport(window, rng):
    choice = rng.integers(5)
    t = window.transport
    if choice == 0:
        t.step_action.trigger()
    elif choice == 1:
        t.run_action.trigger()
    elif choice == 2:
        t.reset_action.trigger()
    elif choice == 3:
        t.speed_slider.setValue(int(rng.integers(0, t.speed_slider.maximum() + 1)))
    else:
        window.tabs.setCurrentIndex(int(rng.integers(window.tabs.count())))


def tick(window):
    window.controller._on_timer_timeout()  # one frame of the running program
    QApplication.processEvents()


# The full walk is a long run (85 s of CPU here, a third of the rest of the suite): `make soak`
# runs it. `make test` runs its first 250 actions (the same seed: the same actions).
@pytest.mark.parametrize("length", [pytest.param(2000, marks=pytest.mark.slow), 250])
def test_a_seeded_random_walk_of_ui_actions(window, length):
    rng = np.random.default_rng(2026)
    actions = 0
    while actions < length:
        if rng.random() < 0.15:
            transport(window, rng)
        else:
            lesson = window.current_lesson
            widgets = controls(lesson)
            act(widgets[int(rng.integers(len(widgets)))], rng)
        actions += 1
        if actions % 4 == 0:
            tick(window)
    for lesson in window.lessons.values():
        window.open_lesson(lesson.key)
        tick(window)
        assert non_finite(lesson) == [], lesson.key
    window.controller.pause()


def extremes(lesson):
    """Every slider and spin box to its maximum, then to its minimum."""
    for end in ("maximum", "minimum"):
        for w in controls(lesson):
            if isinstance(w, QAbstractSlider | QSpinBox | QDoubleSpinBox):
                w.setValue(getattr(w, end)())
        yield end


LESSON_KEYS = ["activations", "gradient-descent", "shallow-network", "zero-init", "backprop"]


@pytest.mark.parametrize("key", LESSON_KEYS)
def test_every_control_at_its_extremes_trains_without_nan_on_screen(window, key):
    if key not in window.lessons:
        pytest.skip(f"{key} is not built yet")
    lesson = window.open_lesson(key)
    for _ in extremes(lesson):
        for combo in [w for w in controls(lesson) if isinstance(w, QComboBox)]:
            for i in range(combo.count()):
                combo.setCurrentIndex(i)
                combo.activated.emit(i)
                tick(window)
                assert non_finite(lesson) == [], (key, combo.currentText())
        window.controller.run()
        for _ in range(20):
            tick(window)
        assert non_finite(lesson) == []
        window.transport.reset_action.trigger()
        assert window.controller.engine.snapshot().step == 0
    window.controller.pause()


@pytest.mark.slow
def test_a_soak_of_50000_controller_ticks(window):
    """Long enough for the PySide6 refcount bug (DESIGN.md) or a leak to show.

    Every tick renders its snapshot (the Qt calls under test); every tenth is also painted.
    """
    window.transport.speed_slider.setValue(0)  # 0.01x: a few steps per tick, all frames
    keys = list(window.lessons)
    for i in range(50_000):
        if i % 5000 == 0:
            window.open_lesson(keys[(i // 5000) % len(keys)])
            window.controller.run()
        window.controller._on_timer_timeout()
        if i % 10 == 0:
            QApplication.processEvents()
    window.controller.pause()
    for lesson in window.lessons.values():
        assert non_finite(lesson) == []
