"""The one contract every lesson's engine speaks, so one controller and one Lesson path drive them all.

An engine holds a frozen config (validated when it is made: `config.changed(**changes)`
raises a ValueError, a CoreError where core knows the id, and changes nothing), adopts a
new one with `apply_config` (True when the run started over), advances with `step`, goes
back to step 0 with `reset` and hands the view an immutable `snapshot`. `steps_per_tick`
is its pacing: None fills the controller's time budget (training); a number paces an
engine meant to be watched (that many steps per 16 ms tick at speed 1; a fraction means
one step every few ticks).
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

CONTRACT = ("config", "apply_config", "step", "reset", "snapshot", "steps_per_tick")


@runtime_checkable
class Engine(Protocol):
    """What a lesson hands the controller (checked structurally: no engine inherits it)."""

    steps_per_tick: float | None

    @property
    def config(self) -> Any: ...

    def apply_config(self, config: Any) -> bool: ...
    def step(self, n: int) -> int: ...
    def reset(self) -> None: ...
    def snapshot(self) -> Any: ...


def contract_gaps(engine: object) -> list[str]:
    """The parts of the contract `engine` lacks (empty when it speaks it)."""
    missing = [name for name in CONTRACT if not hasattr(engine, name)]
    pacing = getattr(engine, "steps_per_tick", None)
    if pacing is not None and not (isinstance(pacing, int | float) and pacing > 0):
        missing.append("steps_per_tick (None or a positive number)")
    return missing
