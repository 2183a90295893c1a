"""Lessons are built when first opened, so start-up pays for one lesson, not five."""

from visualizer.main_window import MainWindow


def test_only_the_first_lesson_is_built_at_start_up(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    assert list(w.lessons.built) == ["shallow-network"]
    assert list(w.lessons) == [
        "activations", "computation-graph", "gradient-descent", "shallow-network", "hidden-sizes",
        "zero-init", "backprop", "deep-network",
    ]  # fmt: skip
    w.tabs.setCurrentIndex(0)  # the user opens the activations tab
    assert set(w.lessons.built) == {"shallow-network", "activations"}
    assert w.controller.engine is w.lessons["activations"].engine
    assert w.tabs.currentWidget().layout().itemAt(0).widget() is w.lessons["activations"]
