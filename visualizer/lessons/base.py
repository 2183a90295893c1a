"""What every lesson offers the main window: an engine for the controller and a render slot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QScrollArea, QWidget

from visualizer.controller import Engine

REFUSED = QT_TRANSLATE_NOOP("Lesson", "Not applied: {0}")
RESTARTED = QT_TRANSLATE_NOOP("Lesson", "Started over from step 0: {0} changed")


class Lesson(QWidget):
    """A lesson tab: its controls, its plots, and the engine the shared controller drives.

    Subclasses set `key` (the screenshot's file name), `title` (English, marked with
    QT_TRANSLATE_NOOP("Lesson", ...) so it is translated) and `screenshot_steps`, and
    implement `engine`, `render` and `status_text`. Their constructor takes an optional
    keyword `engine=`: given one, the lesson shows that engine (the window rebuilds its
    lessons around their engines when the language changes) instead of making a new one.
    A user's change of a setting goes through `apply_changes` (its hooks: new_config,
    show_config, before_change, change_note, say).
    """

    key: ClassVar[str] = ""
    title: ClassVar[str] = ""
    screenshot_steps: ClassVar[int] = 0
    saves_sessions: ClassVar[bool] = False  # implements session_state / restore_session
    takes_data: ClassVar[bool] = False  # implements current_data / import_data
    # 2-4 sentences: what to watch on this screen, and the course section it teaches. Mark it
    # with QT_TRANSLATE_NOOP("<ClassName>", "...") so lupdate finds it; look_text() translates.
    what_to_look_at: ClassVar[str] = ""
    # True while the controller's timer drives the renders (the main window sets it before each
    # render): a lesson may then draw its slow parts (tables, many small maps) less often. A
    # render while not live (a step, a reset, the pause) shows everything.
    live: bool = False

    changed = Signal()  # the engine changed outside the timer: the controller should redraw
    message = Signal(str)  # a short note for the status bar (a restart, a refused value)
    navigate = Signal(str, object)  # open lesson `key` with a request (e.g. "Why nonlinear?")
    parts_built = Signal()  # build_later's parts exist now: the window gives their plots its menus

    def build_later(self, build: Callable[[], Any]) -> None:
        """Build a part that is not on screen at first (a hidden page, a folded panel) after the
        lesson's first paint, so the first visit of its tab shows the rest sooner. The part must
        also build itself on first use (a property that calls `build`): finish_building() or any
        use makes it exist at once (layout tests, screenshots, a request from another lesson)."""
        waiting = self.__dict__.setdefault("_build_later", [])
        waiting.append(build)
        if len(waiting) == 1:
            self.installEventFilter(_AfterFirstPaint(self))

    def finish_building(self) -> None:
        """Build every part still waiting for build_later (each once; idempotent)."""
        waiting = self.__dict__.get("_build_later", [])
        if not waiting:
            return
        while waiting:
            waiting.pop(0)()
        self.parts_built.emit()

    # -- what the tab shows: a later visit shows its last frame again while it is still true --
    _visit_frame: tuple[Any, Any] | None = None  # (engine, snapshot) of the last exact render

    def note_shown(self, snapshot: Any, exact: bool) -> None:
        """The window rendered `snapshot` of the engine; `exact`: a full snapshot, not a live one
        (whose slow parts may lag behind), so a later visit may show it again as it is."""
        self._visit_frame = (self.engine, snapshot) if exact else None

    def mark_stale(self) -> None:
        """The engine changed since the last render (a change while the tab was hidden, a restyle):
        the next visit of the tab renders it again."""
        self._visit_frame = None

    def shown_snapshot(self) -> Any | None:
        """The snapshot the lesson shows if it is still its engine's state, else None."""
        shown = self._visit_frame
        return shown[1] if shown is not None and shown[0] is self.engine else None

    @property
    def engine(self) -> Engine:
        raise NotImplementedError

    def render(self, snapshot: Any) -> None:
        """Update the plots from `snapshot` (created once, updated in place)."""
        raise NotImplementedError

    def status_text(self, snapshot: Any) -> str:
        """One line for the status bar: iteration, cost, accuracies (whatever applies)."""
        return self.tr("Iteration {0}").format(snapshot.step)

    def iteration_of(self, snapshot: Any) -> int:
        """The iteration the toolbar shows; a lesson whose steps are finer overrides it."""
        return snapshot.step

    # -- the one path for "the user changed a value" ---------------------------------------------
    def apply_changes(self, **changes: Any) -> bool:
        """Validate in core (config.changed), translate a refusal, show it and keep the run;
        else adopt the new config, let the controls follow and say if the run started over."""
        try:
            new = self.new_config(changes)
        except (ValueError, TypeError) as exc:  # TypeError: a field this config does not have
            self.refuse(exc)
            return False
        self.before_change(changes)
        restarted = self.engine.apply_config(new)  # `engine` again: before_change may swap it
        self.show_config()
        note = self.change_note(changes, restarted)
        if note:
            self.say(note)
        self.changed.emit()
        return True

    def refuse(self, exc: Exception) -> None:
        """Say why a change was refused, in the user's language; the controls show the run again."""
        from visualizer.core_messages import translated_error  # lazy: keeps base light

        self.say(QCoreApplication.translate("Lesson", REFUSED).format(translated_error(exc)), error=True)
        self.show_config()

    def new_config(self, changes: dict[str, Any]) -> Any:
        """The engine's config with `changes`, validated in core (ValueError if refused)."""
        return self.engine.config.changed(**changes)

    def show_config(self) -> None:
        """Let the controls show the engine's config (silently: no change is asked for)."""

    def before_change(self, changes: dict[str, Any]) -> None:
        """A validated change is about to be applied (e.g. a generator setting drops imported data)."""

    def change_note(self, changes: dict[str, Any], restarted: bool) -> str:
        """What to say after an applied change; by default that the run started over, and why."""
        if not restarted:
            return ""
        from visualizer.field_labels import field_labels

        return QCoreApplication.translate("Lesson", RESTARTED).format(field_labels(changes))

    def say(self, text: str, error: bool = False) -> None:
        """A note for the user (the status bar; lessons with a feedback line show it there too)."""
        self.message.emit(text)

    def accept_request(self, request: Any) -> None:
        """Handle a request from another lesson's `navigate`; lessons that take none ignore it."""

    def session_state(self) -> dict:
        """The whole lesson as JSON values (lessons with `saves_sessions`)."""
        raise NotImplementedError

    def restore_session(self, state: dict) -> None:
        """Go on exactly where `state` was; raise ValueError (and change nothing) if it is bad."""
        raise NotImplementedError

    def current_data(self) -> tuple[Any, Any]:
        """The data set being trained on: X (2, m), Y (1, m) (lessons with `takes_data`)."""
        raise NotImplementedError

    def import_data(self, X: Any, Y: Any) -> None:
        """Start over on the user's data; raise ValueError (and change nothing) if it is bad."""
        raise NotImplementedError

    def look_text(self) -> str:
        """`what_to_look_at` in the current language (its context is the class name)."""
        text = self.what_to_look_at
        return QCoreApplication.translate(type(self).__name__, text) if text else ""

    def sidebars(self) -> list[QWidget]:
        """The control panels that presentation mode hides: by default the lesson's own
        scroll areas (every lesson puts its controls in one); override if that is not so."""
        return self.findChildren(QScrollArea, options=Qt.FindChildOption.FindDirectChildrenOnly)

    def plot_widgets(self) -> list[QWidget]:
        """The pictures Export can save (right-click menu): by default every pyqtgraph or GL
        view inside the lesson; a lesson that paints its own widgets lists them instead."""
        from visualizer.plot_export import plot_views  # lazy: keeps base light

        return plot_views(self)

    def main_view(self) -> QWidget | None:
        """The lesson's main picture, the one that gets the largest share of the screen (the
        screen-fit tests hold every lesson to it); None where no one picture leads."""
        return None

    def main_plot(self) -> QWidget | None:
        """The plot Export ▸ Main plot acts on: by default the largest visible one."""
        views = [v for v in self.plot_widgets() if v.isVisible()] or self.plot_widgets()
        return max(views, key=lambda v: v.width() * v.height(), default=None)

    def trained_parameters(self) -> tuple[dict, dict] | None:
        """(parameters, meta) for Export ▸ parameters: {"W1": array, ...} or {run: {...}}, and
        JSON values such as the step and the config; None where the lesson trains nothing."""
        return None

    def cost_histories(self) -> dict[str, tuple] | None:
        """{run: (steps, J, test steps, test J)} for Export ▸ cost history; None if none."""
        return None

    def prepare_screenshot(self) -> None:
        """Bring the engine to the fixed, deterministic state its screenshot shows."""
        self.engine.reset()
        if self.screenshot_steps:
            self.engine.step(self.screenshot_steps)


class _AfterFirstPaint(QObject):
    """Watches a lesson for its first paint, then has it finish building once the event loop is
    idle again (after that paint has reached the screen)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, obj, obj.finish_building)  # not at all if the lesson is gone
            self.deleteLater()
        return False


def lesson_title(cls: type[Lesson]) -> str:
    """The lesson's title in the current language (tab text)."""
    return QCoreApplication.translate("Lesson", cls.title)
