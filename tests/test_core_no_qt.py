"""core/ is the numpy engine: it must never import Qt or pyqtgraph."""

import ast
import os
import pathlib
import re
import subprocess
import sys

import pytest

CORE = pathlib.Path(__file__).resolve().parent.parent / "core"
FORBIDDEN = ("PySide6", "pyqtgraph", "shiboken6", "visualizer")


def test_no_core_source_imports_qt():
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


def test_importing_all_of_core_loads_no_qt():
    modules = [f"core.{p.stem}" for p in CORE.glob("*.py") if p.stem not in ("__init__", "__main__")]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + f"bad = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}]\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# -- core's tests run on a machine without the GUI stack ------------------------------------

TESTS = pathlib.Path(__file__).resolve().parent
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph", "pytestqt", "visualizer")
QT_FIXTURES = ("qtbot", "qapp", "window")
QT_CODE = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6|pyqtgraph)\b", re.MULTILINE)
THIS_TEST = "tests/test_core_no_qt.py::test_core_tests_pass_with_qt_and_pyqtgraph_unimportable"
SHORT_FORM = "tests/test_core_no_qt.py::test_two_core_test_files_pass_with_qt_and_pyqtgraph_unimportable"
# On PYTHONPATH as sitecustomize.py: every Python started with it (pytest and the subprocesses
# the tests start) finds PySide6, shiboken6 and pyqtgraph missing, as on a machine without them.
BLOCK_QT = r"""
import importlib.abc, sys

class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"):
            raise ModuleNotFoundError(f"No module named {name!r} (blocked: core runs without Qt)", name=name)

sys.meta_path.insert(0, BlockQt())
"""


def is_core_test_file(path: pathlib.Path) -> bool:
    """Imports nothing of Qt, pyqtgraph or the visualizer, uses no Qt fixture, starts no Qt code."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and QT_CODE.search(node.value):
            return False  # Python code for a subprocess that imports Qt
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] in QT_MODULES for a in node.names):
            return False
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in QT_MODULES:
            return False
        if isinstance(node, ast.FunctionDef) and any(a.arg in QT_FIXTURES for a in node.args.args):
            return False
    return True


def run_core_tests_without_qt(tmp_path, *args: str, only: tuple[str, ...] = ()) -> str:
    """pytest on tests/conftest.py and every core test file (or those of them in `only`) where
    PySide6 and pyqtgraph cannot be imported, with pytest arguments args; its summary line."""
    (tmp_path / "sitecustomize.py").write_text(BLOCK_QT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(TESTS.parent)])}
    blocked = subprocess.run(
        [sys.executable, "-c", "__import__('PySide6')"], env=env, capture_output=True, text=True
    )
    assert blocked.returncode != 0 and "blocked: core runs without Qt" in blocked.stderr
    core_files = sorted(p.name for p in TESTS.glob("test_*.py") if is_core_test_file(p))
    assert {"test_network.py", "test_trainer.py", "test_datasets.py", "test_core_no_qt.py"} <= set(core_files)
    # pytest-qt is left out too: its plugin needs a Qt binding before any test runs
    assert set(only) <= set(core_files)
    args = [
        *(f"tests/{name}" for name in only or core_files),
        *args,
        "-q",
        "-p",
        "no:pytest-qt",
        "-p",
        "no:cacheprovider",
    ]
    out = subprocess.run([sys.executable, "-m", "pytest", *args], env=env,
                         cwd=TESTS.parent, capture_output=True, text=True, timeout=900)  # fmt: skip
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    return out.stdout.strip().splitlines()[-1]


# Running every core test a second time is a long run (~40 s): `make soak` does it. `make test`
# runs two quick ones (conftest's fixtures included) without Qt.
@pytest.mark.slow
def test_core_tests_pass_with_qt_and_pyqtgraph_unimportable(tmp_path):
    """tests/conftest.py and every core test file, run where PySide6 and pyqtgraph cannot be imported."""
    summary = run_core_tests_without_qt(tmp_path, "--deselect", THIS_TEST, "--deselect", SHORT_FORM)
    assert " passed" in summary and "failed" not in summary and "error" not in summary, summary


def test_two_core_test_files_pass_with_qt_and_pyqtgraph_unimportable(tmp_path):
    """The short form: conftest's fixtures and two quick core files, without Qt."""
    summary = run_core_tests_without_qt(tmp_path, only=("test_activations.py", "test_datasets.py"))
    assert " passed" in summary and "failed" not in summary and "error" not in summary, summary
