"""Activation facts (range, peak slope, colour levels, g(0) = 0) live once, in core's registry;
every consumer reads them there (change the registry, and each follows)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import core.activations as act
from core.activation_zones import peak_slope
from core.deep_check import histogram_edges

ROOT = Path(__file__).resolve().parents[1]
# "sigmoid": (0.0, 1.0) and the like: an activation's range written down again
COPY = re.compile(r"""["'](sigmoid|tanh|relu|leaky_relu|linear)["']\s*:\s*\(\s*-?[\d.]+\s*,\s*-?[\d.]""")


def test_no_module_keeps_its_own_copy_of_the_facts():
    copies = []
    for path in [*(ROOT / "core").rglob("*.py"), *(ROOT / "visualizer").rglob("*.py")]:
        if path == ROOT / "core" / "activations.py":
            continue
        text = path.read_text(encoding="utf-8")
        copies += [f"{path.relative_to(ROOT)}: {m.group(0)}" for m in COPY.finditer(text)]
        if re.search(r"^ZERO_AT_ZERO\s*=", text, re.MULTILINE):
            copies.append(f"{path.relative_to(ROOT)}: ZERO_AT_ZERO")
    assert copies == []


@pytest.fixture
def odd_sigmoid(monkeypatch):
    """A registry whose sigmoid facts no copy could know."""
    odd = replace(act.ACTIVATION_FACTS["sigmoid"], peak_slope=0.3, colour_levels=(0.2, 0.8),
                  histogram_range=(0.1, 0.9))  # fmt: skip
    monkeypatch.setitem(act.ACTIVATION_FACTS, "sigmoid", odd)
    return odd


def test_core_consumers_follow_the_registry(odd_sigmoid):
    from core.deep_run.snapshot import _histograms
    from core.plane_maps import unit_levels

    assert act.colour_levels("sigmoid") == (0.2, 0.8)
    assert peak_slope("sigmoid") == 0.3
    assert histogram_edges("sigmoid")[[0, -1]].tolist() == [0.1, 0.9]
    assert unit_levels([np.full((3, 3), 0.5)], ("sigmoid",)) == ((0.2, 0.8),)
    edges, _ = _histograms([np.full((2, 4), 0.5)], "sigmoid")
    assert (edges[0], edges[-1]) == (0.2, 0.8)


def test_unbounded_maps_scale_to_the_data():
    assert act.colour_levels("relu", 3.0) == (-3.0, 3.0)
    assert act.colour_levels("linear") == (-1.0, 1.0) and act.colour_levels("tanh", 9.0) == (-1.0, 1.0)
    assert act.colour_levels("relu", float("inf")) == (-1.0, 1.0)


def test_the_lessons_unit_maps_follow_the_registry(qtbot, odd_sigmoid):
    from visualizer.lessons.shallow.lesson import ShallowNetworkLesson
    from visualizer.lessons.zero_init.lesson import ZeroInitLesson

    shallow = ShallowNetworkLesson()
    qtbot.addWidget(shallow)
    shallow.apply_changes(activation="sigmoid")
    shallow.render(shallow.engine.snapshot())
    assert tuple(shallow.units.image.getLevels()) == (0.2, 0.8)  # one mosaic image of every unit
    zero = ZeroInitLesson()
    qtbot.addWidget(zero)
    zero.apply_changes(activation="sigmoid")
    zero.render(zero.engine.snapshot())
    assert tuple(zero.symmetric_panel.maps_view.image.getLevels()) == (0.2, 0.8)


def test_the_zero_init_words_use_the_registrys_list():
    from visualizer.lessons.zero_init import texts

    assert texts.ZERO_AT_ZERO is act.ZERO_AT_ZERO
