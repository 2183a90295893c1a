"""The lessons, in the course's order; each adds itself here when it is built."""

from __future__ import annotations

from visualizer.lessons.activations import ActivationsLesson
from visualizer.lessons.backprop import BackpropLesson
from visualizer.lessons.base import Lesson
from visualizer.lessons.compgraph import CompGraphLesson
from visualizer.lessons.deep.lesson import DeepNetworkLesson
from visualizer.lessons.gradient_descent import GradientDescentLesson
from visualizer.lessons.hidden_sizes import HiddenSizesLesson
from visualizer.lessons.shallow import ShallowNetworkLesson
from visualizer.lessons.zero_init import ZeroInitLesson

# Course order: activations, the computation graph (where backprop's derivatives come
# from), gradient descent, shallow network, hidden-layer size (the course's n_h
# experiment), zero initialization, backprop. A lesson that is not built yet
# is absent, not a placeholder.
LESSON_CLASSES: list[type[Lesson]] = [
    ActivationsLesson,
    CompGraphLesson,
    GradientDescentLesson,
    ShallowNetworkLesson,
    HiddenSizesLesson,
    ZeroInitLesson,
    BackpropLesson,
    DeepNetworkLesson,
]

FIRST_LESSON = "shallow-network"
