"""The computation-graph lesson: its widgets live here (DESIGN.md: one folder per lesson)."""

from visualizer.lessons.compgraph.lesson import CompGraphLesson

__all__ = ["CompGraphLesson"]
