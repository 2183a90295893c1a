"""The Chinese catalogue covers every interface string, the shipped .qm is compiled from it,
and no tr() call hides its text from lupdate."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "assets" / "i18n" / "nn_visualizer_zh_CN.ts"
ALL_TS = sorted((ROOT / "assets" / "i18n").glob("*.ts"))  # ours and pyqtgraph's (kept by hand)
TR_NAMES = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def qt_tool(name: str) -> str:
    """Qt's own lupdate / lrelease, as shipped inside PySide6 (what pyside6-<name> runs)."""
    exe = Path(PySide6.__file__).resolve().parent / (name + (".exe" if sys.platform == "win32" else ""))
    assert exe.exists(), f"{exe} missing: PySide6-Essentials ships it"
    return str(exe)


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, its type attribute: None when finished)."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            out[(name, message.findtext("source"))] = (translation.text or "", translation.get("type"))
    return out


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict:
    """What lupdate finds in the code right now."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    out = subprocess.run(
        [qt_tool("lupdate"), "-locations", "none", "-extensions", "py", str(ROOT / "visualizer"),
         "-ts", str(fresh)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return messages(fresh)


def test_every_string_of_the_code_has_a_finished_chinese_translation(extracted):
    shipped = messages(TS)
    assert len(extracted) > 150  # lupdate really saw the interface
    missing = [key for key in extracted if key not in shipped]
    unfinished = [key for key, (text, kind) in shipped.items() if kind is not None or not text.strip()]
    assert not missing, f"not in {TS.name} (run `make translations`, then translate): {missing}"
    assert not unfinished, f"untranslated in {TS.name}: {unfinished}"


def test_the_catalogue_holds_no_string_the_code_no_longer_has(extracted):
    stale = [key for key in messages(TS) if key not in extracted]
    assert not stale, f"obsolete entries (run `make translations`): {stale}"


@pytest.mark.parametrize("ts", ALL_TS, ids=lambda p: p.name)
def test_placeholders_and_markup_survive_translation(ts):
    """Every entry finished, keeping each {0}/{p}/%1 and each rich-text tag of its source."""
    token = re.compile(r"\{[^{}]*\}|%\d|</?[a-z]+/?>")
    for (context, source), (text, kind) in messages(ts).items():
        assert kind is None and text.strip(), (context, source)
        assert sorted(token.findall(source)) == sorted(token.findall(text)), (context, source, text)


@pytest.mark.parametrize("ts", ALL_TS, ids=lambda p: p.name)
def test_the_shipped_qm_is_compiled_from_the_ts(ts, tmp_path):
    shipped = ROOT / "visualizer" / "i18n" / f"{ts.stem}.qm"
    compiled = tmp_path / "fresh.qm"
    out = subprocess.run([qt_tool("lrelease"), str(ts), "-qm", str(compiled)],
                         capture_output=True, text=True, timeout=60)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert shipped.is_file() and compiled.read_bytes() == shipped.read_bytes(), (
        f"stale {shipped.name}: run `make translations`"
    )


def _is_app(node: ast.AST) -> bool:
    """QCoreApplication / QApplication / QGuiApplication: the receivers of translate(context, text)."""
    return isinstance(node, ast.Name) and node.id in ("QCoreApplication", "QApplication", "QGuiApplication")


def _tr_calls_hidden_from_lupdate(tree: ast.AST) -> list[int]:
    """Lines of tr()/translate() calls lupdate cannot read: text built at run time, or inside
    an f-string (lupdate skips f-strings' expressions)."""
    bad = []
    inside_fstring = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inside_fstring.update(id(n) for n in ast.walk(node) if n is not node)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name not in TR_NAMES or not node.args:
            continue
        if name == "translate" and isinstance(func, ast.Attribute) and not _is_app(func.value):
            continue  # QPainter.translate(dx, dy) and the like: not a translation
        if name in ("tr", "QT_TR_NOOP"):
            text = node.args[0]
        elif len(node.args) >= 2:  # translate(context, text, ...)
            text = node.args[1]
        else:
            continue
        literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
        # a name is a text marked elsewhere with QT_TRANSLATE_NOOP (e.g. a lesson's title)
        marked = isinstance(text, ast.Name | ast.Attribute)
        if id(node) in inside_fstring or not (literal or marked):
            bad.append(node.lineno)
    return sorted(bad)


def test_no_tr_call_builds_its_text_at_run_time():
    found = {}
    for path in sorted((ROOT / "visualizer").rglob("*.py")):
        lines = _tr_calls_hidden_from_lupdate(ast.parse(path.read_text(encoding="utf-8")))
        if lines:
            found[str(path.relative_to(ROOT))] = lines
    assert not found, f"tr() with an f-string, a concatenation or inside an f-string: {found}"


def test_the_checker_catches_what_lupdate_misses():
    code = (
        "x = f'{self.tr(\"a\")}'\n"  # inside an f-string: line 1
        "y = self.tr(f'n = {n}')\n"  # an f-string as the text: line 2
        "z = translate('C', 'a' + b)\n"  # a concatenation: line 3
        "w = self.tr('fine') + translate('C', 'fine too')\n"
        "QCoreApplication.translate('C', 'a' + b)\n"  # the application's translate: line 5
        "painter.translate(x + dx, 0)\n"  # QPainter.translate moves the origin: not a text
    )
    assert _tr_calls_hidden_from_lupdate(ast.parse(code)) == [1, 2, 3, 5]
