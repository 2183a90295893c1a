"""Test helper: a button's keyboard shortcut, waited for by its one click instead of polling."""

from __future__ import annotations


def shortcut_click(qtbot, button, target, key) -> None:
    """A button's shortcut presses it at once and clicks 100 ms later (Qt's animateClick timer).

    The press proves the key reached this button; then wait for that one click signal, with a
    timeout generous enough for a busy machine (not a polled condition with a 5 s default).
    """
    with qtbot.waitSignal(button.clicked, timeout=60_000):
        qtbot.keyClick(target, key)
        assert button.isDown()  # the shortcut reached this button
