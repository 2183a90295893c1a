"""The computation-graph lesson's view follows the engine: Step/Back/Reset, edits, the nudge."""

import pytest
from PySide6.QtCore import Qt

from core.compgraph_ops import GraphError
from tests.ticks import tick_until
from visualizer import i18n
from visualizer.lessons.compgraph.texts import error_text


@pytest.fixture
def lesson(qtbot):
    from visualizer.lessons.compgraph import CompGraphLesson

    widget = CompGraphLesson()
    widget.resize(1200, 800)
    qtbot.addWidget(widget)
    widget.show()
    widget.changed.connect(lambda: widget.render(widget.engine.snapshot()))
    widget.render(widget.engine.snapshot())
    return widget


def type_into(qtbot, editor, text):
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_the_lesson_sits_before_gradient_descent(window):
    keys = list(window.lessons)
    assert keys.index("computation-graph") == keys.index("gradient-descent") - 1
    lesson = window.open_lesson("computation-graph")
    assert window.controller.engine is lesson.engine


def test_the_toolbar_steps_the_walk_and_the_view_follows(window):
    lesson = window.open_lesson("computation-graph")
    for _ in range(5):
        window.transport.step_action.trigger()
    snap = lesson.engine.snapshot()
    assert snap.stage.name == "a" and lesson.view.lit() == (snap.stage.lit_nodes, snap.stage.lit_edges)
    assert lesson.rules.numbers.text() == "dJ/da = 3 × 1 = 3"
    assert lesson.rules.equation.text() == "dJ/da = dJ/dv · dv/da"
    assert window.transport.iteration_label.text() == "Iteration 1"
    lesson.back_button.click()
    assert lesson.rules.numbers.text() == "dJ/dv = 3"
    window.transport.reset_action.trigger()
    assert lesson.engine.snapshot().step == 0 and not lesson.back_button.isEnabled()


def test_run_walks_to_the_end_and_stops(window):
    lesson = window.open_lesson("computation-graph")
    window.controller.set_speed(10.0)
    window.controller.run()
    tick_until(window.controller, lambda: not window.controller.running, max_ticks=500)  # 29 here
    snap = lesson.engine.snapshot()
    assert snap.at_end and snap.stage.name == "c" and not lesson.forward_button.isEnabled()


def test_every_backward_value_is_shown_on_its_node(lesson):
    lesson.engine.step(8)
    lesson.render(lesson.engine.snapshot())
    snap = lesson.engine.snapshot()
    assert snap.stage.known_derivs == {"v", "a", "u", "b", "c"}
    assert snap.current.derivs == {"v": 3.0, "a": 3.0, "u": 3.0, "b": 6.0, "c": 9.0}
    rects = lesson.view.node_rects()
    assert set(rects) == {"a", "b", "c", "u", "v", "J"}
    assert rects["a"].right() < rects["u"].left() < rects["v"].left() < rects["J"].left()  # left to right


def test_typing_a_value_changes_every_number_and_keeps_the_stage(lesson, qtbot):
    lesson.engine.step(7)
    lesson.render(lesson.engine.snapshot())
    type_into(qtbot, lesson.controls.editors["c"], "4")
    assert lesson.engine.snapshot().step == 7
    assert lesson.rules.numbers.text() == "dJ/db = 3 × 4 = 12"
    assert "J: 51 → 51.003" in lesson.nudge.moves.text()


def test_a_bad_value_gives_a_message_and_keeps_the_state(lesson, qtbot):
    messages = []
    lesson.message.connect(messages.append)
    type_into(qtbot, lesson.controls.editors["a"], "five")
    type_into(qtbot, lesson.controls.editors["b"], "1e9")
    assert messages == [
        "Not applied: “five” is not a number",  # Lesson.refuse: the one path of every lesson
        "Not applied: b must be a finite number between -1000 and 1000, got 1e+09",
    ]
    assert lesson.engine.values == {"a": 5.0, "b": 3.0, "c": 2.0}
    assert lesson.controls.editors["b"].text() == "3"  # the editor shows the value kept
    assert "color:#a0141e" in lesson.controls.feedback.text()


def test_the_nudge_panel_shows_cores_figures(lesson, qtbot):
    type_into(qtbot, lesson.nudge.epsilon, "0.01")
    snap = lesson.engine.snapshot()
    assert snap.epsilon == 0.01
    assert "a: 5 → 5.01" in lesson.nudge.moves.text() and "J: 33 → 33.03" in lesson.nudge.moves.text()
    lesson.nudge.variable.setCurrentIndex(lesson.nudge.variable.findData("b"))
    n = lesson.engine.snapshot().nudge
    assert n.name == "b" and n.derivative == 6.0
    for r, row in enumerate(n.table):
        assert lesson.nudge.cell(r, 0) == f"{row.epsilon:.0e}"
        assert lesson.nudge.cell(r, 2) == f"{row.two_sided_error:.1e}"
    eps, one, two = lesson.nudge.curves()
    assert list(eps) == pytest.approx([-1, -2, -3, -4, -5, -6, -7])  # log10 of ε (log axes)
    type_into(qtbot, lesson.nudge.epsilon, "0")
    assert lesson.engine.epsilon == 0.01 and lesson.nudge.epsilon.text() == "0.01"


def test_logistic_regression_walks_on_to_the_update_and_the_next_iteration(lesson):
    lesson.controls.kind_box.setCurrentIndex(lesson.controls.kind_box.findData("logreg"))
    snap = lesson.engine.snapshot()
    assert snap.kind == "logreg" and set(lesson.controls.editors) == {"x1", "x2", "y", "w1", "w2", "b"}
    assert lesson.controls.rate_box.isVisibleTo(lesson)
    lesson.engine.step(5)
    lesson.render(lesson.engine.snapshot())
    assert lesson.rules.numbers.text().endswith("= a − y = -0.450166")
    for _ in range(snap.stage_count - 5):
        lesson.forward()
    assert lesson.engine.snapshot().iteration == 2
    assert lesson.iteration_of(lesson.engine.snapshot()) == 2


def test_a_typed_formula_is_drawn_and_an_unsafe_one_refused(lesson, qtbot):
    messages = []
    lesson.message.connect(messages.append)
    lesson.controls.kind_box.setCurrentIndex(lesson.controls.kind_box.findData("expression"))
    assert lesson.controls.expression_box.isVisibleTo(lesson)
    type_into(qtbot, lesson.controls.expression, "a*b - c")
    assert [n.name for n in lesson.engine.graph.nodes] == ["u", "J"]
    type_into(qtbot, lesson.controls.expression, "__import__('os').system('rm -rf /')")
    assert messages[-1].startswith("Not applied: attribute access")
    assert lesson.engine.expression == "a*b - c"


def test_core_refusals_are_translated(qtbot):
    i18n.set_language("zh_CN")
    try:
        text = error_text(GraphError("name", name="x"))
        assert "x" in text and "unknown" not in text
    finally:
        i18n.set_language("en")
    assert error_text(GraphError("name", name="x")) == "unknown name “x”: the variables are a, b and c"


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
def test_the_lesson_fits_a_projector(window, size):
    window.open_lesson("computation-graph")
    hint = window.minimumSizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1]


def test_presentation_mode_hides_the_sidebar_and_enlarges_the_rule(window):
    lesson = window.open_lesson("computation-graph")
    before = lesson.rules.numbers.font().pointSizeF()
    window.view_menu.presentation.set_active(True)
    assert not lesson.side_panel.isVisibleTo(lesson)
    assert lesson.rules.numbers.font().pointSizeF() > before
    window.view_menu.presentation.set_active(False)
    assert lesson.side_panel.isVisibleTo(lesson) and lesson.rules.numbers.font().pointSizeF() == before


def test_what_to_look_at_follows_the_graph(window):
    """The strip spoke of J = 3(a + bc) while logistic regression was shown."""
    lesson = window.open_lesson("computation-graph")
    strip = window.look_panel.text
    assert "u = bc = 6" in strip.text()
    lesson._walk("logreg", 3)
    window.controller.refresh()
    assert "a = σ(z)" in strip.text() and "u = bc" not in strip.text()
    lesson._walk("course", 3)
    window.controller.refresh()
    assert "u = bc = 6" in strip.text()
