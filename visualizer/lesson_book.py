"""The lessons by key, each built the first time it is asked for: start-up builds only the first."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from visualizer.lessons.base import Lesson


class LessonBook(Mapping[str, Lesson]):
    """A read-only mapping key -> Lesson whose values are constructed on first access.

    `built` lists the lessons that exist so far; iterating over keys builds nothing.
    """

    def __init__(self, classes: list[type[Lesson]], on_built: Callable[[Lesson], None]) -> None:
        self._classes = {cls.key: cls for cls in classes}
        self._built: dict[str, Lesson] = {}
        self._on_built = on_built

    def __getitem__(self, key: str) -> Lesson:
        lesson = self._built.get(key)
        if lesson is None:
            lesson = self._built[key] = self._classes[key]()  # KeyError for an unknown key
            self._on_built(lesson)
        return lesson

    def __iter__(self) -> Iterator[str]:
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)

    def title(self, key: str) -> str:
        return self._classes[key].title

    def lesson_class(self, key: str) -> type[Lesson]:
        return self._classes[key]

    @property
    def built(self) -> dict[str, Lesson]:
        return dict(self._built)
