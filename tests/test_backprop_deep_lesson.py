"""The backprop lesson walking an L-layer network: layer_dims typed in the sidebar, the deep diagram,
the building blocks and the strip follow every stage, edits of any weight, the check of every layer."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from visualizer.widgets.notation import fmt


@pytest.fixture
def lesson(qtbot):
    from visualizer.lessons.backprop.lesson import BackpropLesson

    widget = BackpropLesson()
    widget.resize(1400, 860)
    qtbot.addWidget(widget)
    widget.show()
    widget.changed.connect(lambda: widget.render(widget.engine.snapshot()))
    widget.render(widget.engine.snapshot())
    return widget


def type_layers(qtbot, lesson, text):
    edit = lesson.deep.layers_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    edit.clearFocus()


def test_the_two_layer_walk_stays_the_default(lesson):
    snap = lesson.engine.snapshot()
    assert snap.config.layer_dims == (2, 4, 1) and lesson.engine.stages_per_iteration == 16
    assert lesson.deep.layers_edit.text() == "2, 4, 1"
    assert lesson.deep.stack.currentWidget() is lesson.diagram and not lesson.deep.strip.isVisibleTo(lesson)
    assert lesson.deep.blocks.lit() == (("input", 0), ())
    lesson.engine.step(9)  # dZ1 = W2ᵀ dZ2 * g′(Z1): reads W2 from cache 2 and Z1 from cache 1
    lesson.render(lesson.engine.snapshot())
    assert lesson.deep.blocks.lit() == (("backward", 1), (("read", 2, "W2"), ("read", 1, "Z1")))


def test_typed_layers_walk_every_stage_with_cores_matrices(lesson, qtbot):
    type_layers(qtbot, lesson, "2, 4, 3, 1")
    engine = lesson.engine
    assert engine.config.layer_dims == (2, 4, 3, 1) and engine.stages_per_iteration == 26
    assert lesson.deep.stack.currentWidget() is lesson.deep.diagram
    assert lesson.deep.strip.isVisibleTo(lesson) and not lesson.stage_panel.strip.isVisibleTo(lesson)
    for _ in range(26):
        snap = engine.snapshot()
        stage = snap.stage
        assert lesson.deep.diagram.lit() == (stage.nodes, stage.edges)
        assert lesson.deep.blocks.lit() == (stage.block, stage.caches)
        assert lesson.deep.strip.group.checkedId() == stage.index
        assert f"stage {stage.index + 1} of 26" in lesson.stage_panel.header.text()
        for block, (name, array) in zip(lesson.stage_panel.blocks, stage.matrices, strict=True):
            expected = [[fmt(v) for v in row] for row in np.atleast_2d(array)]
            assert block.view.texts() == expected, name
        lesson.forward()
    assert engine.snapshot().iteration == 2


def test_the_strip_jumps_to_a_stage(lesson, qtbot):
    type_layers(qtbot, lesson, "2, 3, 3, 2, 1")
    button = lesson.deep.strip.group.button(20)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert lesson.engine.snapshot().stage.index == 20
    assert lesson.engine.stages_per_iteration == 34


def test_bad_layers_are_refused_with_a_message(lesson, qtbot):
    messages = []
    lesson.message.connect(messages.append)
    for text in ("2, 4, 3, 2, 2, 1", "3, 4, 1", "2, nine, 1"):
        type_layers(qtbot, lesson, text)
        assert lesson.engine.config.layer_dims == (2, 4, 1)
        assert messages[-1].startswith("Not changed: layer_dims is [2, n[1], ..., 1]")
        assert lesson.deep.layers_edit.text() == "2, 4, 1"  # shows what is kept


def test_any_weight_of_a_deep_network_can_be_edited_by_clicking(lesson, qtbot):
    type_layers(qtbot, lesson, "2, 4, 3, 1")
    asked = []
    lesson.ask_value = lambda label, value: asked.append(label) or "0.5"
    for key, index in (("W3", (0, 2)), ("W2", (1, 3)), ("b2", (2, 0))):
        point = lesson.deep.diagram.edge_point(key, index, 0.5 if key[0] == "b" else 0.4).toPoint()
        qtbot.mouseClick(lesson.deep.diagram, Qt.MouseButton.LeftButton, pos=point)
        assert lesson.engine.snapshot().parameters[key][index] == 0.5
    assert asked == ["W3[0, 2]", "W2[1, 3]", "b2[2]"]


def test_the_gradient_check_lists_every_layer(lesson, qtbot):
    type_layers(qtbot, lesson, "2, 4, 3, 1")
    table = lesson.gradcheck
    labels = [table.cell(r, 0) for r in range(table.table.rowCount())]
    assert "dW3[0, 2]" in labels and "db3" in labels and "db2[2]" in labels
    check = lesson.engine.snapshot().check
    assert table.cell(table.table.rowCount() - 1, 3) == f"{check.difference:.2e}"
