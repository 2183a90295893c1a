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


def test_each_lesson_entry_names_its_class_key_and_title():
    """The tabs show LESSONS' titles before a lesson's module is imported: they must be its own."""
    from visualizer.lessons import LESSON_CLASSES, LESSONS

    assert [(e.key, e.title) for e in LESSONS] == [(c.key, c.title) for c in LESSON_CLASSES]
    assert [e.load() for e in LESSONS] == LESSON_CLASSES


def test_start_up_imports_only_the_first_lessons_module():
    import subprocess
    import sys

    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from visualizer.main_window import MainWindow; w = MainWindow();"
        "print(sorted(m for m in sys.modules if m.startswith('visualizer.lessons.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         timeout=120)  # fmt: skip
    modules = out.stdout.strip().splitlines()[-1]
    assert "visualizer.lessons.shallow.lesson'" in modules
    for other in ("activations", "gradient_descent", "hidden_sizes", "zero_init", "backprop", "deep"):
        assert f"visualizer.lessons.{other}.lesson'" not in modules


def test_the_other_lessons_modules_are_imported_after_the_first_paint(window, qtbot):
    import sys

    qtbot.waitUntil(lambda: not window._to_import)  # one a turn of the event loop, once it is idle
    assert "visualizer.lessons.deep.lesson" in sys.modules
    assert list(window.lessons.built) == ["shallow-network"]  # imported, not built
