"""The backprop lesson's view: it shows core's numbers, follows the stage, and refuses bad edits."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.backprop_stages import STAGES_PER_ITERATION
from core.gradcheck import GradCheck
from tests.keys import shortcut_click
from visualizer.widgets.gradcheck_table import FAIL_BG, PASS_BG
from visualizer.widgets.notation import fmt

PER = STAGES_PER_ITERATION


@pytest.fixture
def lesson(qtbot):
    from visualizer.lessons.backprop.lesson import BackpropLesson

    widget = BackpropLesson()
    widget.resize(1400, 820)
    qtbot.addWidget(widget)
    widget.show()
    widget.changed.connect(lambda: widget.render(widget.engine.snapshot()))
    widget.render(widget.engine.snapshot())
    return widget


def shown(lesson):
    return lesson.engine.snapshot()


def test_every_stage_shows_cores_matrices_equation_and_shapes(lesson):
    for _ in range(PER + 1):
        snap = shown(lesson)
        panel = lesson.stage_panel
        assert panel.shapes.text().replace("\u00a0", " ") == f"shapes: {snap.stage.shapes}"
        assert len(panel.blocks) == len(snap.stage.matrices)
        for block, (name, array) in zip(panel.blocks, snap.stage.matrices, strict=True):
            expected = [[fmt(v) for v in row] for row in np.atleast_2d(array)]
            assert block.view.texts() == expected, name
        assert panel.strip.group.checkedId() == snap.stage.index
        lesson.forward()


def test_diagram_highlight_follows_the_stage(lesson):
    for _ in range(PER):
        snap = shown(lesson)
        assert lesson.diagram.lit() == (snap.stage.nodes, snap.stage.edges)
        lesson.forward()
    lesson.back()
    assert lesson.diagram.lit() == (frozenset({"y", "bias2"}), frozenset({"b2"}))


def test_gradient_check_panel_shows_cores_figures_green_under_1e_7(lesson):
    check = shown(lesson).check
    table = lesson.gradcheck
    assert table.cell(0, 0) == "dW1[0, 0]"
    assert table.cell(0, 1) == fmt(check.analytic["dW1"][0, 0], 7)
    assert table.cell(0, 2) == fmt(check.numerical["dW1"][0, 0], 7)
    assert table.cell(0, 3) == f"{check.differences['dW1']:.2e}"
    assert table.table.item(0, 3).background().color() == PASS_BG
    last = table.table.rowCount() - 1
    assert table.cell(last, 3) == f"{check.difference:.2e}"
    bad = GradCheck(check.analytic, check.numerical, dict(check.differences, db2=3e-4), 2e-7)
    table.set_check(bad)
    row_db2 = last - 1
    assert table.cell(row_db2, 0) == "db2" and table.cell(row_db2, 3) == "3.00e-04"
    assert table.table.item(row_db2, 3).background().color() == FAIL_BG
    assert table.table.item(last, 3).background().color() == FAIL_BG


def test_clicking_an_edge_edits_it_for_the_next_forward_pass(lesson, qtbot):
    lesson.engine.step(10)  # dW1
    lesson.render(shown(lesson))
    asked = []
    lesson.ask_value = lambda label, value: asked.append(label) or "0.75"
    point = lesson.diagram.edge_point("W1", (1, 0)).toPoint()
    qtbot.mouseClick(lesson.diagram, Qt.MouseButton.LeftButton, pos=point)
    assert asked == ["W1[1, 0]"]
    assert [e.label for e in shown(lesson).pending] == ["W1[1, 0] = 0.75"]
    assert "next iteration" in lesson.feedback.text()
    assert "Waiting for the next forward pass" in lesson.stage_panel.note.text()
    lesson.next_forward_pass()
    lesson.forward()  # Z1 of iteration 2 uses the typed weight
    W1 = shown(lesson).stage.matrices[0][1]
    assert W1[1, 0] == 0.75
    assert lesson.stage_panel.blocks[0].view.texts()[1][0] == "0.75"


def test_bias_edges_are_clickable_too(lesson, qtbot):
    lesson.ask_value = lambda label, value: "-2"
    for key, index in (("b1", (2, 0)), ("b2", (0, 0)), ("W2", (0, 3))):
        point = lesson.diagram.edge_point(key, index).toPoint()
        qtbot.mouseClick(lesson.diagram, Qt.MouseButton.LeftButton, pos=point)
        assert shown(lesson).parameters[key][index] == -2.0  # at stage X: used at once


@pytest.mark.parametrize("text", ["abc", "", "nan", "inf", "-inf", "1e9", "1e400", "0x10"])
def test_bad_input_gives_a_message_and_changes_nothing(lesson, text):
    lesson.engine.step(3)
    before = shown(lesson)
    assert lesson.edit_parameter("W1", (0, 1), text) is False
    after = shown(lesson)
    assert after.pending == () and after.stage is before.stage
    assert "Not changed" in lesson.feedback.text()
    lesson.engine.reset()
    assert lesson.edit_parameter("W1", (0, 1), text) is False
    assert shown(lesson).edited == ()


def test_walk_buttons_and_stage_strip(lesson, qtbot):
    click = lambda b: qtbot.mouseClick(b, Qt.MouseButton.LeftButton)  # noqa: E731
    assert not lesson.back_button.isEnabled()
    click(lesson.forward_button)
    click(lesson.forward_button)
    assert shown(lesson).step == 2 and lesson.back_button.isEnabled()
    click(lesson.back_button)
    assert shown(lesson).step == 1
    click(lesson.next_pass_button)
    assert (shown(lesson).step, shown(lesson).iteration) == (PER, 2)
    lesson.stage_panel.strip.group.button(9).click()  # dZ1 of this iteration
    assert shown(lesson).stage.name == "dZ1" and shown(lesson).iteration == 2
    lesson.stage_panel.strip.group.button(1).click()
    assert shown(lesson).stage.name == "Z1" and shown(lesson).iteration == 2
    click(lesson.reset_button)
    assert shown(lesson).step == 0


def test_keyboard_back_and_next_forward_pass(qtbot):
    from visualizer.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    QApplication.processEvents()  # the activation arrives as an event; shortcuts need it
    assert QApplication.activeWindow() is window
    lesson = window.open_lesson("backprop")
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)  # the toolbar's Step: one stage
    assert lesson.engine.step_count == 3
    shortcut_click(qtbot, lesson.back_button, window, Qt.Key.Key_Left)
    assert lesson.engine.step_count == 2
    shortcut_click(qtbot, lesson.next_pass_button, window, Qt.Key.Key_P)
    assert lesson.engine.step_count == PER


def test_status_text_and_toolbar_iteration(lesson):
    lesson.engine.step(PER + 10)
    snap = shown(lesson)
    text = lesson.status_text(snap)
    assert text.startswith("Iteration 2 · stage: dW1 (backward) · J = ")
    assert text.endswith(fmt(snap.cost, 6))
    assert lesson.iteration_of(snap) == 2
    lesson.engine.back(8)
    assert "(previous iteration)" in lesson.status_text(shown(lesson))


def test_controls_change_the_network(lesson):
    lesson.engine.step(5)
    lesson.n_h_box.setValue(6)
    snap = shown(lesson)
    assert snap.step == 0 and snap.parameters["W1"].shape == (6, 2)
    lesson.m_box.setValue(8)
    assert shown(lesson).X.shape == (2, 8)
    lesson.activation_box.setCurrentIndex(lesson.activation_box.findData("relu"))
    assert shown(lesson).config.activation == "relu"
    lesson.dataset_box.setCurrentIndex(lesson.dataset_box.findData("moons"))
    assert shown(lesson).config.dataset == "moons"
    lesson.engine.step(12)
    lesson.rate.box.setValue(0.5)
    snap = shown(lesson)
    assert snap.step == 12 and snap.config.learning_rate == 0.5
    assert "0.5" in snap.stage.equation


def test_screenshots_include_a_forward_and_a_backward_stage(qtbot, tmp_path):
    from visualizer.main_window import MainWindow
    from visualizer.screenshot import save_screenshots

    window = MainWindow()
    qtbot.addWidget(window)
    paths = save_screenshots(window, tmp_path, keys=["backprop"])  # every lesson's: test_app_smoke.py
    names = {p.name for p in paths}
    assert {"backprop.png", "backprop-forward.png", "backprop-update.png"} <= names
    lesson = window.lessons["backprop"]
    lesson.prepare_screenshot()
    assert shown(lesson).stage.name == "dZ1"
    for suffix, prepare in lesson.extra_screenshots():
        prepare()
        if suffix == "deep":  # [2, 4, 3, 1] at dZ1 = dA1 * g′(Z1), reading cache 1
            assert shown(lesson).config.layer_dims == (2, 4, 3, 1) and shown(lesson).stage.name == "dZ1"
        else:
            assert shown(lesson).stage.phase == suffix
    window.open_lesson("backprop")
    window.controller.refresh()
    assert window.transport.iteration_label.text() == "Iteration 1"  # not the stage count


@pytest.mark.parametrize("n_h", [2, 3, 4, 5, 6])
def test_every_weight_and_bias_can_be_clicked(qtbot, n_h):
    from core.backprop_steps import BackpropConfig, BackpropEngine
    from visualizer.widgets.network_diagram import NetworkDiagram, edges_for

    diagram = NetworkDiagram()
    qtbot.addWidget(diagram)
    diagram.resize(520, 440)
    snap = BackpropEngine(BackpropConfig(n_h=n_h)).snapshot()
    diagram.set_state(snap.parameters, snap.stage.nodes, snap.stage.edges, snap.stage.phase)
    for edge in edges_for(n_h):
        assert diagram.edge_at(diagram.edge_point(edge.key, edge.index)) == edge


def test_the_equation_keeps_g_prime_with_its_argument(lesson):
    """At 1024x768 dZ1's equation wrapped between "g′" and "(Z[1])": a word joiner binds them."""
    lesson.engine.step(9)  # dZ1 = W2ᵀ dZ2 * g′(Z1)
    lesson.render(lesson.engine.snapshot())
    text = lesson.stage_panel.equation.text()
    assert "g′\u2060(" in text and "g′(" not in text
