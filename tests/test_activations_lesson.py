"""The activations lesson: what it plots and prints equals core's functions; controls act on it."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from core.activation_zones import DEAD, SATURATED, saturation_edge
from core.activations import ACTIVATION_NAMES, LEAKY_SLOPE, get_activation, sigmoid_prime
from tests.ticks import tick_until
from visualizer.activation_info import display_name
from visualizer.controller import Controller
from visualizer.lessons.activations.lesson import ActivationsLesson


@pytest.fixture
def lesson(qtbot):
    """The lesson wired to a controller the way the main window wires it."""
    lesson = ActivationsLesson()
    qtbot.addWidget(lesson)
    controller = Controller()
    controller.snapshot_ready.connect(lesson.render)
    lesson.changed.connect(controller.refresh)
    controller.set_engine(lesson.engine)
    lesson.controller = controller  # kept alive with the lesson
    yield lesson
    controller.pause()


def select(lesson, name):
    lesson.function_combo.setCurrentIndex(lesson.function_combo.findData(name))


def shown_zones(lesson):
    """(lo, hi) of the visible shaded regions in the g'(z) plot, and their labels."""
    plot = lesson.plots.g_prime_plot
    regions = [r.getRegion() for r in lesson.plots.zones[plot] if r.isVisible()]
    labels = [t.toPlainText() for t in lesson.plots.zone_labels if t.isVisible()]
    return regions, labels


def test_plotted_curves_equal_cores_functions(lesson):
    for name in ACTIVATION_NAMES:
        g, g_prime = get_activation(name, LEAKY_SLOPE)
        z, y = lesson.plots.g_curves[name].getData()
        assert z[0] == -6.0 and z[-1] == 6.0 and len(z) > 500
        np.testing.assert_array_equal(y, g(z))
        z, y_prime = lesson.plots.g_prime_curves[name].getData()
        np.testing.assert_array_equal(y_prime, g_prime(z))
    z, relu_prime = lesson.plots.g_prime_curves["relu"].getData()
    assert relu_prime[z == 0.0].tolist() == [0.0]  # ReLU'(0) = 0, then the jump to 1
    assert relu_prime[z > 0.0].min() == 1.0


def test_probe_readout_equals_core(lesson):
    lesson.probe_slider.box.setValue(1.5)
    assert lesson.engine.z == 1.5
    assert [line.value() for line in lesson.plots.probe_lines] == [1.5, 1.5]
    assert lesson.table.z_label.text() == "z = 1.50"
    status = lesson.status_text(lesson.engine.snapshot())
    assert status.startswith("z = 1.50")
    for name in ACTIVATION_NAMES:
        g, g_prime = get_activation(name, LEAKY_SLOPE)
        shown_g = float(lesson.table.g_labels[name].text())
        shown_g_prime = float(lesson.table.g_prime_labels[name].text())
        assert shown_g == pytest.approx(float(g(1.5)), abs=5e-5)
        assert shown_g_prime == pytest.approx(float(g_prime(1.5)), abs=5e-5)
        assert f"{display_name(name)}: g = {shown_g:.4f}, g′ = {shown_g_prime:.4f}" in status
    dots_z, dots_g = lesson.plots.probe_dots[0].getData()
    assert dots_z.tolist() == [1.5] * 5
    np.testing.assert_allclose(dots_g, [get_activation(n)[0](1.5) for n in ACTIVATION_NAMES])


def test_course_landmarks_at_zero(lesson):
    assert lesson.engine.z == 0.0
    assert lesson.table.g_prime_labels["sigmoid"].text() == "0.2500"  # sigma'(0) = 1/4
    assert lesson.table.g_prime_labels["tanh"].text() == "1.0000"  # tanh'(0) = 1
    assert lesson.table.g_prime_labels["relu"].text() == "0.0000"  # the course's ReLU'(0)


def test_tiny_slopes_are_not_printed_as_zero(lesson):
    lesson.probe_slider.box.setValue(-6.0)
    tanh_prime = float(get_activation("tanh")[1](-6.0))  # 2.46e-05: vanishing, not zero
    assert lesson.table.g_prime_labels["tanh"].text() == f"{tanh_prime:.2e}"


def test_dragging_the_probe_line_moves_everything(lesson):
    lesson.plots.probe_lines[1].setValue(-2.3456)  # what a drag in the g'(z) plot does
    assert lesson.engine.z == -2.35  # on the probe's 0.01 grid
    assert [line.value() for line in lesson.plots.probe_lines] == [-2.35, -2.35]
    assert lesson.probe_slider.value() == -2.35
    assert lesson.table.z_label.text() == "z = -2.35"


def test_a_mouse_drag_of_the_probe_line(lesson, qtbot):
    lesson.resize(1400, 850)
    lesson.show()
    qtbot.waitExposed(lesson)
    plots, viewport = lesson.plots, lesson.plots.viewport()

    def at(z):  # the widget point of (z, 0.5) in the g'(z) plot
        return plots.mapFromScene(plots.g_prime_plot.vb.mapViewToScene(QPointF(z, 0.5)))

    start, end = at(0.0), at(2.0)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 11):
        QTest.mouseMove(viewport, start + (end - start) * (i / 10))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    z = lesson.engine.z
    assert z == pytest.approx(2.0, abs=0.02)
    assert [line.value() for line in plots.probe_lines] == [z, z]
    assert lesson.table.g_prime_labels["sigmoid"].text() == f"{float(sigmoid_prime(z)):.4f}"


def test_slope_slider_redraws_the_leaky_curve(lesson):
    relu_before = lesson.plots.g_curves["relu"].getData()[1].copy()
    lesson.slope_slider.box.setValue(0.2)
    assert lesson.engine.slope == 0.2
    z, y = lesson.plots.g_curves["leaky_relu"].getData()
    np.testing.assert_allclose(y[z < 0], 0.2 * z[z < 0])
    z, y_prime = lesson.plots.g_prime_curves["leaky_relu"].getData()
    assert set(y_prime[z <= 0].tolist()) == {0.2}
    np.testing.assert_array_equal(lesson.plots.g_curves["relu"].getData()[1], relu_before)
    lesson.probe_slider.box.setValue(-3.0)
    assert lesson.table.g_labels["leaky_relu"].text() == "-0.6000"
    select(lesson, "leaky_relu")
    assert "max(0.2 z, z)" in lesson.formula_label.text()


def test_toggles_hide_and_show_curves(lesson):
    lesson.table.checks["tanh"].setChecked(False)
    assert not lesson.plots.g_curves["tanh"].isVisible()
    assert not lesson.plots.g_prime_curves["tanh"].isVisible()
    assert lesson.table.g_labels["tanh"].text() == "—"
    assert "tanh" not in lesson.status_text(lesson.engine.snapshot())
    assert len(lesson.plots.probe_dots[1].getData()[0]) == 4
    lesson.table.checks["tanh"].setChecked(True)
    assert lesson.plots.g_curves["tanh"].isVisible()
    assert lesson.plots.g_prime_curves["tanh"].isVisible()
    assert lesson.table.g_labels["tanh"].text() == "0.0000"


def test_legend_click_hides_the_function_everywhere(lesson):
    curve = lesson.plots.g_prime_curves["sigmoid"]
    curve.setVisible(False)  # what a click on the legend's sample does, then it reports
    lesson.plots.legends[1].sigSampleClicked.emit(curve)
    assert not lesson.table.checks["sigmoid"].isChecked()
    assert not lesson.plots.g_curves["sigmoid"].isVisible()
    assert lesson.table.g_labels["sigmoid"].text() == "—"


def test_why_nonlinear_opens_the_shallow_network_with_a_linear_hidden_layer(lesson, qtbot):
    with qtbot.waitSignal(lesson.navigate) as blocker:
        lesson.nonlinear_button.click()
    assert blocker.args == ["shallow-network", {"activation": "linear"}]


def test_zones_follow_the_selected_function(lesson):
    edge = saturation_edge("sigmoid")  # ln((1 + sqrt 0.9) / (1 - sqrt 0.9)) = 3.6368
    regions, labels = shown_zones(lesson)
    assert regions == [pytest.approx((-6.0, -edge)), pytest.approx((edge, 6.0))]
    assert labels == [SATURATED, SATURATED]
    assert "<sup>" in lesson.formula_label.text()  # rich text, not LaTeX source
    assert "binary classification" in lesson.advice_label.text()
    select(lesson, "tanh")
    regions, _ = shown_zones(lesson)
    assert regions[1][0] == pytest.approx(1.8184, abs=1e-4)
    assert "centred on 0" in lesson.advice_label.text()
    select(lesson, "relu")
    assert shown_zones(lesson) == ([(-6.0, 0.0)], [DEAD])
    assert "default" in lesson.advice_label.text()
    select(lesson, "leaky_relu")
    assert shown_zones(lesson)[1] == ["small slope,\nnot dead"]
    lesson.slope_slider.box.setValue(0.2)  # a slope of 20% of the peak is no longer small
    assert shown_zones(lesson) == ([], [])
    select(lesson, "linear")
    assert shown_zones(lesson) == ([], [])


def test_z_range_control(lesson):
    lesson.probe_slider.box.setValue(5.0)
    lesson.range_slider.box.setValue(2.0)
    assert lesson.engine.z == 2.0  # the probe stays inside the range
    z, _ = lesson.plots.g_curves["sigmoid"].getData()
    assert (z[0], z[-1]) == (-2.0, 2.0)
    assert shown_zones(lesson) == ([], [])  # sigmoid saturates only past 3.64
    lesson.range_slider.box.setValue(10.0)
    regions, _ = shown_zones(lesson)
    assert regions[0][0] == -10.0 and regions[1][1] == 10.0
    assert lesson.probe_slider.box.maximum() == 10.0


def test_step_run_and_reset_move_the_probe(lesson, qtbot):
    controller = lesson.controller
    assert lesson.engine.steps_per_tick == 1
    with qtbot.assertNotEmitted(lesson.changed):  # the line placed by a step is no user drag
        controller.step()
    assert lesson.engine.z == 0.05
    assert lesson.plots.probe_lines[0].value() == 0.05
    controller.run()
    tick_until(controller, lambda: lesson.engine.z > 0.2, max_ticks=10)  # paced: 0.05 a tick
    controller.pause()
    assert lesson.table.z_label.text() == f"z = {lesson.engine.z:.2f}"
    controller.reset()
    assert (lesson.engine.snapshot().step, lesson.engine.z) == (0, 0.0)
    assert lesson.plots.probe_lines[0].value() == 0.0


def test_screenshot_state_is_fixed(lesson):
    lesson.table.checks["relu"].setChecked(False)
    select(lesson, "linear")
    lesson.range_slider.box.setValue(3.0)
    lesson.prepare_screenshot()
    snap = lesson.engine.snapshot()
    assert (snap.step, snap.z, snap.z_max, snap.slope) == (400, -4.0, 6.0, LEAKY_SLOPE)
    assert lesson.selected == "sigmoid"
    assert all(lesson.plots.g_curves[n].isVisible() for n in ACTIVATION_NAMES)
    assert lesson.table.z_label.text() == "z = -4.00"
