"""The lessons, in the course's order; each adds itself here when it is built.

A lesson's module is imported when its tab is first opened (start-up imports only the first
lesson's): LESSONS names each one (key, tab title, where its class lives), and
LESSON_CLASSES, the classes themselves, imports all of them when it is first asked for.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from visualizer.lessons.base import Lesson


@dataclass(frozen=True)
class LessonEntry:
    """A lesson not imported yet: its key and title (the same as its class's) and its class's path."""

    key: str
    title: str
    path: str  # "module:ClassName"

    def load(self) -> type[Lesson]:
        module, name = self.path.split(":")
        return getattr(importlib.import_module(module), name)


# Course order: activations, the computation graph (where backprop's derivatives come
# from), gradient descent, shallow network, hidden-layer size (the course's n_h
# experiment), zero initialization, backprop. A lesson that is not built yet
# is absent, not a placeholder.
LESSONS: list[LessonEntry] = [
    LessonEntry("activations", QT_TRANSLATE_NOOP("Lesson", "Activations"),
                "visualizer.lessons.activations.lesson:ActivationsLesson"),
    LessonEntry("computation-graph", QT_TRANSLATE_NOOP("Lesson", "Computation graph"),
                "visualizer.lessons.compgraph:CompGraphLesson"),
    LessonEntry("gradient-descent", QT_TRANSLATE_NOOP("Lesson", "Gradient descent"),
                "visualizer.lessons.gradient_descent.lesson:GradientDescentLesson"),
    LessonEntry("shallow-network", QT_TRANSLATE_NOOP("Lesson", "Shallow network"),
                "visualizer.lessons.shallow.lesson:ShallowNetworkLesson"),
    LessonEntry("hidden-sizes", QT_TRANSLATE_NOOP("Lesson", "Hidden-layer size"),
                "visualizer.lessons.hidden_sizes.lesson:HiddenSizesLesson"),
    LessonEntry("zero-init", QT_TRANSLATE_NOOP("Lesson", "Zero initialization"),
                "visualizer.lessons.zero_init.lesson:ZeroInitLesson"),
    LessonEntry("backprop", QT_TRANSLATE_NOOP("Lesson", "Backprop step-through"),
                "visualizer.lessons.backprop.lesson:BackpropLesson"),
    LessonEntry("deep-network", QT_TRANSLATE_NOOP("Lesson", "Deep network"),
                "visualizer.lessons.deep.lesson:DeepNetworkLesson"),
]  # fmt: skip

FIRST_LESSON = "shallow-network"


def __getattr__(name: str) -> list[type[Lesson]]:
    """LESSON_CLASSES: every lesson's class, in course order (imports them all)."""
    if name == "LESSON_CLASSES":
        return [entry.load() for entry in LESSONS]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
