"""The lessons, in the course's order; each adds itself here when it is built."""

from __future__ import annotations

from visualizer.lessons.activations import ActivationsLesson
from visualizer.lessons.backprop import BackpropLesson
from visualizer.lessons.base import Lesson
from visualizer.lessons.gradient_descent import GradientDescentLesson
from visualizer.lessons.shallow import ShallowNetworkLesson
from visualizer.lessons.zero_init import ZeroInitLesson

# Course order: activations, gradient descent, shallow network, zero initialization,
# backprop. A lesson that is not built yet is absent, not a placeholder.
LESSON_CLASSES: list[type[Lesson]] = [
    ActivationsLesson,
    GradientDescentLesson,
    ShallowNetworkLesson,
    ZeroInitLesson,
    BackpropLesson,
]

FIRST_LESSON = "shallow-network"
