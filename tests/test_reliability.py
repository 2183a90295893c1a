"""Reliability: random UI walks, every control at its extremes, and a long soak of ticks."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
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


def file_walk(window, tmp_path, monkeypatch, actions, seed):
    """A random walk through the File menu (hostile files from patched dialogs), the Language
    menu, presentation mode, the toolbar and the lessons' controls; every error is a short
    plain-text message, and nothing raises (pytest-qt fails the test on an exception in a slot)."""
    from tests.hostile_files import make_hostile_files
    from visualizer.message_box import MAX_CHARS, error_box

    rng = np.random.default_rng(seed)
    paths = [str(p) for p in make_hostile_files(tmp_path)]
    save_targets = [str(tmp_path / "out.csv"), str(tmp_path / "folder.csv"), str(tmp_path / "no" / "x.json")]
    shown = []

    def show(parent, text):
        box = error_box(parent, text)
        assert box.textFormat() == Qt.TextFormat.PlainText and len(box.text()) <= MAX_CHARS
        shown.append(box.text())
        box.deleteLater()

    def pick(choices):
        return lambda *args, **kwargs: (choices[int(rng.integers(len(choices)))], "")

    for module in ("visualizer.file_menu", "visualizer.export_menu"):
        monkeypatch.setattr(f"{module}.show_error", show)
    monkeypatch.setattr("visualizer.file_menu.QFileDialog.getOpenFileName", pick(paths))
    monkeypatch.setattr("visualizer.file_menu.QFileDialog.getSaveFileName", pick(save_targets))
    for i in range(actions):
        roll = rng.random()
        if roll < 0.3:
            menu = window.file_menu
            action = [menu.open_action, menu.import_action, menu.save_action, menu.export_action]
            action[int(rng.integers(4))].trigger()
        elif roll < 0.34:
            window.set_language("zh_CN" if i % 2 else "en")
        elif roll < 0.4:
            window.view_menu.presentation_action.trigger()
        elif roll < 0.55:
            transport(window, rng)
        elif widgets := controls(window.current_lesson):  # none while presenting (no sidebars)
            act(widgets[int(rng.integers(len(widgets)))], rng)
        if i % 3 == 0:
            tick(window)
    window.controller.pause()
    window.set_language("en")
    for lesson in window.lessons.built.values():
        assert non_finite(lesson) == [], lesson.key
    return shown


def test_a_random_walk_through_file_menus_with_hostile_files_languages_and_presentation(
    window, tmp_path, monkeypatch
):
    from tests.test_language_leak import LESSONS as LEAK_LESSONS
    from tests.test_language_leak import live_top_level_widgets, switch

    shown = file_walk(window, tmp_path, monkeypatch, actions=150, seed=16)
    assert shown  # hostile files were met and refused with a message
    window.open_lesson(LEAK_LESSONS[-1])  # the open lesson is rebuilt too: the same one each time
    switch(window, "zh_CN")
    after_one = live_top_level_widgets()
    for code in ("en", "zh_CN", "en", "zh_CN"):
        switch(window, code)
    assert live_top_level_widgets() == after_one
    window.set_language("en")


@pytest.mark.slow
def test_a_long_random_walk_through_file_menus(window, tmp_path, monkeypatch):
    from tests.test_language_leak import LESSONS as LEAK_LESSONS
    from tests.test_language_leak import live_top_level_widgets, switch

    file_walk(window, tmp_path, monkeypatch, actions=1500, seed=1600)
    window.open_lesson(LEAK_LESSONS[-1])
    switch(window, "zh_CN")
    after_one = live_top_level_widgets()
    for i in range(19):
        switch(window, "en" if i % 2 == 0 else "zh_CN")
    assert live_top_level_widgets() == after_one


def test_leaving_presentation_after_its_items_were_rebuilt(window):
    """Found by the long walk: n_h changed while presenting deletes the unit labels it scaled."""
    lesson = window.open_lesson("shallow-network")
    window.view_menu.presentation_action.trigger()
    lesson.apply_changes(n_h=7)
    window.controller.refresh()
    QApplication.processEvents()
    window.set_language("zh_CN")  # leaves presentation mode first
    window.set_language("en")
    assert not window.view_menu.presentation.active
