"""The Chinese interface on a machine with no CJK font: one warning per run, naming the package."""

import re

import pytest

from visualizer import font_check, i18n


@pytest.fixture
def no_cjk_font(monkeypatch):
    """A machine without a CJK font, in a run that has not warned yet; English again afterwards."""
    monkeypatch.setattr(font_check, "chinese_font_families", lambda: [])
    monkeypatch.setattr(font_check, "_warned", False)
    yield
    i18n.set_language(i18n.ENGLISH)


def test_switching_to_chinese_warns_once_in_both_languages(window, no_cjk_font):
    assert window.statusBar().currentMessage() == ""  # English needs no CJK font
    window.set_language("zh_CN")
    message = window.statusBar().currentMessage()
    assert "fonts-noto-cjk" in message and "Debian/Ubuntu" in message
    assert re.search(r"[\u4e00-\u9fff]", message), "the Chinese sentence, for a reader who can see it"
    assert "No Chinese font is installed" in message, "the English one: without the font, the rest is boxes"
    window.set_language("en")
    window.set_language("zh_CN")
    assert window.statusBar().currentMessage() == ""  # once per run


def test_a_window_opened_in_chinese_warns_at_start(qtbot, no_cjk_font):
    from visualizer.main_window import MainWindow

    i18n.set_language("zh_CN")
    window = MainWindow()
    qtbot.addWidget(window)
    assert "fonts-noto-cjk" in window.statusBar().currentMessage()


def test_no_warning_when_a_chinese_font_is_there(window, monkeypatch):
    monkeypatch.setattr(font_check, "chinese_font_families", lambda: ["Noto Sans CJK SC"])
    monkeypatch.setattr(font_check, "_warned", False)
    try:
        window.set_language("zh_CN")
        assert window.statusBar().currentMessage() == ""
    finally:
        i18n.set_language(i18n.ENGLISH)
