"""English and 简体中文: chosen from the system or --lang, switched live without losing any work,
and a Chinese window that shows no English word the course would translate."""

from __future__ import annotations

import html
import os
import re

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtGui import QAction, QFontDatabase, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from tests.ticks import fix_steps_per_tick, tick
from visualizer import i18n
from visualizer.app import _parser
from visualizer.main_window import MainWindow
from visualizer.screenshot import save_screenshots

ZH_TITLES = [
    "激活函数", "计算图", "梯度下降", "浅层神经网络", "隐藏层大小", "零初始化", "反向传播逐步演示",
    "深层神经网络",
]  # fmt: skip
EN_TITLES = [
    "Activations",
    "Computation graph",
    "Gradient descent",
    "Shallow network",
    "Hidden-layer size",
    "Zero initialization",
    "Backprop step-through",
    "Deep network",
]
# Latin words the Chinese interface keeps, as the course does: function and optimizer names,
# numpy calls in formulas, and the names of things (the program, file types, the menu's way back).
KEPT_WORDS = {
    "sigmoid", "tanh", "ReLU", "Leaky", "max", "mean", "ln", "sin", "np", "random", "randn", "RMSprop",
    "Adam", "OpenGL", "Xavier", "He", "dropout", "Dropout", "CSV", "json", "JSON", "PNG", "SVG",
    "nnvis", "nn",
    "visualizer", "PyQtGraph", "Shift", "Esc", "English", "Language", "approx", "axis",
    "log", "exp", "bc",  # the computation graph's formulas, as the course writes them
    "Python", "Jupyter",  # product names: Export > Python script / Jupyter notebook
}  # fmt: skip


@pytest.fixture
def window(window):
    """conftest's window; afterwards the rest of the suite runs in English again."""
    yield window
    i18n.set_language(i18n.ENGLISH)


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_codes_are_normalized_and_unknown_ones_refused():
    assert [i18n.normalize(c) for c in ("zh", "zh-CN", "zh_Hans_CN", "en", "en_US", "C")] == [
        "zh_CN", "zh_CN", "zh_CN", "en", "en", "en",
    ]  # fmt: skip
    for code in ("fr", "zh_TW", "de_DE"):
        with pytest.raises(ValueError):
            i18n.normalize(code)


def test_the_system_locale_chooses_the_language():
    assert i18n.system_language(QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "zh_CN"
    assert i18n.system_language(QLocale(QLocale.Language.Chinese, QLocale.Country.Singapore)) == "zh_CN"
    taiwan = QLocale(
        QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.Taiwan
    )
    assert i18n.system_language(taiwan) == "en"  # no traditional-script catalogue: English
    assert i18n.system_language(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"


def test_lang_option_parses_and_refuses_with_a_message(capsys):
    assert _parser().parse_args(["--lang", "zh-CN"]).lang == "zh_CN"
    assert _parser().parse_args([]).lang is None  # then the system's language
    with pytest.raises(SystemExit) as exit_info:
        _parser().parse_args(["--lang", "klingon"])
    assert exit_info.value.code == 2 and "no translation for 'klingon'" in capsys.readouterr().err


def test_the_catalogue_ships_inside_the_package():
    path = i18n.catalogue_path(i18n.CHINESE)
    assert path.is_file() and path.parent.name == "i18n" and path.parent.parent.name == "visualizer"


def test_switching_language_keeps_every_lessons_work(window):
    shallow = window.lessons["shallow-network"]
    shallow.apply_changes(n_h=5, learning_rate=0.5)
    shallow.engine.step(300)
    window.lessons["gradient-descent"].engine.step(12)
    window.lessons["zero-init"].engine.step(40)
    window.lessons["activations"].engine.set_z(1.25)
    window.open_lesson("zero-init")
    engines = {key: lesson.engine for key, lesson in window.lessons.items()}
    before = {key: engine.snapshot() for key, engine in engines.items()}

    window.set_language("zh_CN")
    assert i18n.current_language() == "zh_CN" and tab_titles(window) == ZH_TITLES
    assert window.current_lesson.key == "zero-init" and window.controller.engine is engines["zero-init"]
    for key, lesson in window.lessons.items():
        assert lesson.engine is engines[key]
        assert lesson.engine.snapshot().step == before[key].step
    after = window.lessons["shallow-network"].engine.snapshot()
    assert after.config == before["shallow-network"].config
    for name, value in before["shallow-network"].parameters.items():
        np.testing.assert_array_equal(after.parameters[name], value)
    assert window.lessons["activations"].engine.z == 1.25
    sidebar = window.lessons["shallow-network"].sidebar
    assert sidebar.n_h.value() == 5 and sidebar.learning_rate.value() == 0.5  # controls show the config
    assert window.transport.step_action.text() == "单步"
    assert window.transport.iteration_label.text() == "迭代 40"
    assert window.menuBar().actions()[0].text() == "文件(&F)"

    window.transport.step_action.trigger()  # the new toolbar drives the same engine
    assert engines["zero-init"].snapshot().step == 41
    window.set_language("en")
    assert tab_titles(window) == EN_TITLES and window.transport.step_action.text() == "Step"
    assert window.transport.iteration_label.text() == "Iteration 41"
    assert window.lessons["shallow-network"].engine.snapshot().step == 300


def test_the_language_menu_switches_and_shows_the_choice(window):
    window.language_actions["zh_CN"].trigger()
    assert tab_titles(window) == ZH_TITLES
    assert window.language_actions["zh_CN"].isChecked() and not window.language_actions["en"].isChecked()
    window.language_actions["en"].trigger()
    assert tab_titles(window) == EN_TITLES and window.language_actions["en"].isChecked()


def test_a_running_lesson_goes_on_running_after_a_switch(window, monkeypatch):
    window.controller.run()
    window.set_language("zh_CN")
    assert window.controller.running and window.transport.run_action.text() == "暂停"
    start = window.current_lesson.engine.snapshot().step
    fix_steps_per_tick(window.controller, monkeypatch, 10)
    tick(window.controller)
    assert window.current_lesson.engine.snapshot().step > start
    window.transport.run_action.trigger()
    assert not window.controller.running and window.transport.run_action.text() == "运行"


# -- no English left in the Chinese window ------------------------------------------------------


def _plot_texts(view: pg.GraphicsView) -> list[str]:
    texts = []
    for item in view.scene().items():
        if isinstance(item, pg.LabelItem):
            texts.append(item.text)
        elif isinstance(item, pg.TextItem):
            texts.append(item.textItem.toPlainText())
        elif isinstance(item, pg.AxisItem) and item.isVisible():
            texts.append(item.labelText)
    return texts


def visible_texts(window: MainWindow) -> list[str]:
    """Every text the window shows or would show on hover: widgets, menus, tabs, plots."""
    texts = [a.text() for a in window.findChildren(QAction)]
    texts += [a.toolTip() for a in window.findChildren(QAction)]
    texts += [window.status_label.text()]
    for w in window.findChildren(QWidget):
        texts.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            items = [w.horizontalHeaderItem(c) for c in range(w.columnCount())]
            items += [w.item(r, c) for r in range(w.rowCount()) for c in range(w.columnCount())]
            texts += [t for i in items if i is not None for t in (i.text(), i.toolTip())]
        elif isinstance(w, pg.GraphicsView):
            texts += _plot_texts(w)
    return [t for t in texts if t]


def english_words(text: str) -> set[str]:
    """Latin words of two letters or more that are not notation (W1, n_h, keep_prob, dZ1, dw)."""
    plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
    words = set(re.findall(r"[A-Za-z][A-Za-z0-9_]*", plain))
    notation = re.compile(r".*[0-9_].*|d[A-Za-z]")  # indices, snake_case names, derivatives
    return {w for w in words if len(w) > 1 and not notation.fullmatch(w) and w not in KEPT_WORDS}


def test_the_chinese_window_shows_no_english_word(window, tmp_path):
    window.set_language("zh_CN")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the English widgets go
    save_screenshots(window, tmp_path)  # every lesson in its screenshot state: all plots drawn
    leftovers = {t: sorted(english_words(t)) for t in visible_texts(window) if english_words(t)}
    assert not leftovers, leftovers


def test_the_checker_would_see_an_english_word():
    assert english_words("<b>训练集准确率</b>: 90%, iteration 5") == {"iteration"}
    assert english_words("A1 = tanh(W1 x + b1) · keep_prob · dZ1 · dw") == set()
    assert english_words("w := w − α dw, then the cost") == {"then", "the", "cost"}


def test_the_english_window_is_really_english(window):
    window.set_language("zh_CN")
    window.set_language("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts = visible_texts(window)
    assert not [t for t in texts if re.search(r"[\u4e00-\u9fff]", t) and t != "简体中文"]


# -- the real program ------------------------------------------------------------------------


def test_a_chinese_font_is_installed_so_no_glyph_is_a_box(qapp):  # QFontDatabase needs the app
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    # A missing system font is the machine's state, not the program's defect (the program warns
    # about it, tests/test_font_check.py); CI installs fonts-noto-cjk, so there it must be found.
    if not families and os.environ.get("CI", "").lower() not in ("true", "1", "yes"):
        pytest.skip("no CJK font installed (Debian/Ubuntu: apt install fonts-noto-cjk); CI runs this")
    assert families, "install a CJK font (fonts-noto-cjk), or Chinese text shows as boxes"


def test_lang_with_screenshot_renders_every_lesson_in_chinese(qapp, tmp_path):
    from visualizer.app import main

    font = qapp.font()  # main() enlarges the application's font: the other tests keep theirs
    try:
        assert main(["--screenshot", str(tmp_path), "--lang", "zh_CN"]) == 0
        assert i18n.current_language() == "zh_CN"
        assert QCoreApplication.translate("Lesson", "Activations") == "激活函数"
    finally:
        i18n.set_language(i18n.ENGLISH)
        qapp.setFont(font)
    images = {p.name: QImage(str(p)) for p in tmp_path.glob("*.png")}
    assert {"activations.png", "shallow-network.png", "zero-init.png"} <= set(images)
    for name, image in images.items():
        assert image.width() >= 1280 and image.height() >= 800, name


# -- core's messages -------------------------------------------------------------------------


@pytest.fixture
def chinese(qapp):
    i18n.set_language("zh_CN")
    yield
    i18n.set_language(i18n.ENGLISH)


def _csv_error(path, text: str) -> ValueError:
    from core.csvdata import load_csv

    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError) as info:
        load_csv(path)
    return info.value


def test_cores_file_errors_are_shown_in_chinese(chinese, tmp_path):
    from visualizer.core_messages import translated_error

    bad_cell = _csv_error(tmp_path / "points.csv", "x1,x2,y\n0.5,abc,1\n")
    assert translated_error(bad_cell) == "points.csv 第 2 行：x2 不是数字：'abc'"
    one_class = _csv_error(tmp_path / "one.csv", "1,2,0\n3,4,0\n")
    assert translated_error(one_class) == "one.csv：所有标签都是 0；分类器需要 0 和 1 两个类别"
    assert translated_error(ValueError("something core says only in English")) == (
        "something core says only in English"
    )  # an unknown message is shown as it is, never lost


def test_in_english_cores_words_are_kept_exactly(qapp, tmp_path):
    from visualizer.core_messages import translated_error

    error = _csv_error(tmp_path / "points.csv", "x1,x2,y\n0.5,abc,1\n")
    assert translated_error(error) == str(error)


def test_a_bad_csv_import_says_why_in_chinese(window, tmp_path):
    window.set_language("zh_CN")
    path = tmp_path / "bad.csv"
    path.write_text("1,2,7\n", encoding="utf-8")
    window.open_lesson("shallow-network")
    step = window.current_lesson.engine.snapshot().step
    assert window.file_menu.import_csv_path(path) == "bad.csv 第 1 行：标签 y 必须是 0 或 1，实际是 '7'"
    assert window.current_lesson.engine.snapshot().step == step  # nothing changed
