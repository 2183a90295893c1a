"""core's refusals carry stable ids; the interface translates every id, none by parsing English."""

from __future__ import annotations

import re
from string import Formatter

import pytest

from core.csvdata import load_csv
from core.messages import MESSAGES
from core.session import load_session
from core.validation import CoreError
from visualizer import i18n


def _fields(template: str) -> list[str]:
    return [f for _, f, _, _ in Formatter().parse(template) if f]


@pytest.fixture
def chinese(qapp):
    i18n.set_language("zh_CN")
    yield
    i18n.set_language(i18n.ENGLISH)


def test_every_id_has_a_template_with_its_parameters(qapp):
    from visualizer.core_messages import _templates

    templates = _templates()
    assert set(templates) == set(MESSAGES)
    for error_id, (text, names) in templates.items():
        assert sorted(names) == sorted(set(_fields(MESSAGES[error_id]))), error_id
        assert sorted(set(_fields(text))) == [str(i) for i in range(len(names))], error_id


def test_every_template_is_translated_with_the_same_fields(chinese):
    from visualizer.core_messages import _templates

    for error_id, (text, names) in _templates().items():
        assert re.search(r"[\u4e00-\u9fff]", text) or not re.search(r"[a-z]{4}", text), (error_id, text)
        assert sorted(set(_fields(text))) == [str(i) for i in range(len(names))], error_id


def test_no_regex_mirrors_cores_english():
    from pathlib import Path

    import visualizer

    root = Path(visualizer.__file__).parent
    for name in ("core_messages.py", "core_file_messages.py"):
        assert "import re\n" not in (root / name).read_text(encoding="utf-8")


def test_a_located_file_error_nests_its_problem_by_id(tmp_path, chinese):
    from visualizer.core_messages import translated_error

    path = tmp_path / "points.csv"
    path.write_text("x1,x2,y\n1,2,3,4\n", encoding="utf-8")
    with pytest.raises(CoreError) as info:
        load_csv(path)
    error = info.value
    assert (error.id, error.params["file"], error.params["line"]) == ("file.at_line", "points.csv", 2)
    assert error.params["problem"].id == "csv.columns" and error.params["problem"].params == {"found": 4}
    assert str(error) == "points.csv, line 2: expected 3 columns (x1, x2, y), found 4"
    assert translated_error(error) == "points.csv 第 2 行：应有 3 列 (x1, x2, y)，实际有 4 列"


def test_a_session_field_error_is_translated_with_its_words(tmp_path, chinese):
    from core.session_schema import whole
    from visualizer.core_messages import translated_error

    with pytest.raises(CoreError) as info:
        whole(True, "history.capacity", 4, 8)
    assert info.value.id == "field" and info.value.params["problem"].id == "field.whole"
    assert translated_error(info.value) == "字段 history.capacity：必须是整数，实际是真/假"
    path = tmp_path / "s.json"
    path.write_text('{"format": "nn-visualizer-session", "version": 7, "lesson": "x", "state": {}}')
    with pytest.raises(CoreError) as info:
        load_session(path)
    assert info.value.params["problem"].id == "session.version"
    assert translated_error(info.value) == "s.json：不支持会话版本 7（本程序读取版本 1）"


def test_a_refused_setting_names_the_setting_in_chinese(chinese):
    from core.config import TrainConfig
    from visualizer.core_messages import translated_error

    with pytest.raises(CoreError) as info:
        TrainConfig().changed(learning_rate=11.0)
    assert translated_error(info.value) == "学习率 α 必须在 0.0001 到 10 之间，实际是 11.0"
