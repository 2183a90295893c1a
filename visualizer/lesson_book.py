"""The lessons by key, each built the first time it is asked for: start-up builds only the first."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from visualizer.lessons.base import Lesson, lesson_title


class LessonBook(Mapping[str, Lesson]):
    """A read-only mapping key -> Lesson whose values are constructed on first access.

    `lessons` are Lesson classes or LessonEntry items (a class not imported yet: its module is
    imported when the lesson is first built or its class asked for).
    `built` lists the lessons that exist so far; iterating over keys builds nothing.
    `engines` (key -> engine) hands a lesson the engine it had before the window was built
    again (a language change): it goes on where it was.
    """

    def __init__(
        self, classes: list[Any], on_built: Callable[[Lesson], None],
        engines: Mapping[str, Any] | None = None,
    ) -> None:  # fmt: skip
        self._classes = {cls.key: cls for cls in classes}
        self._built: dict[str, Lesson] = {}
        self._on_built = on_built
        self._engines = dict(engines or {})

    def __getitem__(self, key: str) -> Lesson:
        lesson = self._built.get(key)
        if lesson is None:
            cls = self.lesson_class(key)  # KeyError for an unknown key
            lesson = self._built[key] = cls(engine=self._engines.pop(key, None))
            self._on_built(lesson)
        return lesson

    def __iter__(self) -> Iterator[str]:
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)

    def title(self, key: str) -> str:
        """The lesson's title in the current language."""
        return lesson_title(self._classes[key])

    def lesson_class(self, key: str) -> type[Lesson]:
        item = self._classes[key]
        return item if isinstance(item, type) else item.load()

    @property
    def built(self) -> dict[str, Lesson]:
        return dict(self._built)
