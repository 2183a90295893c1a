"""The wheel `pip install .` builds holds every module and the runtime files (the translations),
so the installed program finds them outside the repository."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _setuptools_is_recent() -> bool:
    try:
        return int(metadata.version("setuptools").split(".")[0]) >= 77  # pyproject's build requirement
    except metadata.PackageNotFoundError:
        return False


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    """Build from a copy of the sources (no build/ or egg-info left in the repository)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for package in ("core", "visualizer"):
        shutil.copytree(ROOT / package, source / package, ignore=shutil.ignore_patterns("__pycache__"))
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work / "dist")]
    if _setuptools_is_recent():
        command.append("--no-build-isolation")  # offline: this environment's setuptools builds it
    out = subprocess.run([*command, str(source)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    (wheel,) = (work / "dist").glob("nn_visualizer-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_the_wheel_holds_the_compiled_translations(wheel_names):
    shipped = {f"visualizer/i18n/{p.name}" for p in (ROOT / "visualizer" / "i18n").glob("*.qm")}
    assert "visualizer/i18n/nn_visualizer_zh_CN.qm" in shipped
    assert shipped <= wheel_names, shipped - wheel_names


def test_the_wheel_holds_every_module_of_every_subpackage(wheel_names):
    modules = {
        path.relative_to(ROOT).as_posix()
        for package in ("core", "visualizer")
        for path in (ROOT / package).rglob("*.py")
    }
    assert "visualizer/lessons/shallow/lesson.py" in modules
    assert modules <= wheel_names, sorted(modules - wheel_names)


def test_the_wheel_declares_the_program(wheel_names):
    assert any(name.endswith(".dist-info/entry_points.txt") for name in wheel_names)
