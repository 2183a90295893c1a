"""Export from the real window: PNG width, SVG contents, the clipboard, parameters and costs."""

import csv
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from core.export import load_parameters_json
from visualizer.plot_export import plot_views

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def shallow(window):
    lesson = window.open_lesson("shallow-network")
    lesson.engine.step(50)
    window.controller.refresh()
    return lesson


@pytest.mark.parametrize("width", [640, 2400])
def test_png_has_the_chosen_width(window, shallow, tmp_path, width):
    path = tmp_path / "boundary.png"
    assert window.export_menu.save_png_path(shallow.boundary, path, width) is None
    image = QImage(str(path))
    assert image.width() == width
    aspect = shallow.boundary.height() / shallow.boundary.width()
    assert abs(image.height() - width * aspect) <= 0.02 * width * aspect + 2
    # the picture is the plot: the boundary's light blue and orange are both in it
    colors = {image.pixelColor(x, y).name() for x in range(0, width, 7) for y in range(0, image.height(), 7)}
    assert len(colors) > 20


def test_svg_is_valid_xml_with_drawing_and_the_plots_size(window, shallow, tmp_path):
    path = tmp_path / "costs.svg"
    assert window.export_menu.save_svg_path(shallow.costs, path) is None
    root = ET.parse(path).getroot()  # raises if it is not well-formed XML
    assert root.tag == f"{SVG}svg"
    w, h = shallow.costs.width(), shallow.costs.height()
    assert root.get("viewBox").split() == ["0", "0", str(w), str(h)]
    paths = root.findall(f".//{SVG}path") + root.findall(f".//{SVG}polyline")
    assert len(paths) > 10  # axes, ticks and the two cost curves as vector paths
    texts = "".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "iteration" in texts and "Cost J" in texts


def test_every_plot_exports_to_svg(window, tmp_path):
    for key, lesson in window.lessons.items():
        window.open_lesson(key)
        QApplication.processEvents()
        view = lesson.main_plot()
        assert view is not None, key
        assert window.export_menu.save_svg_path(view, tmp_path / f"{key}.svg") is None
        ET.parse(tmp_path / f"{key}.svg")


def test_clipboard_holds_the_plot(window, shallow):
    QApplication.clipboard().clear()
    window.export_menu.copy_plot(shallow.boundary)
    image = QApplication.clipboard().image()
    assert not image.isNull()
    assert image.width() == 2 * shallow.boundary.width()


def test_parameters_json_round_trips_cores_values(window, shallow, tmp_path):
    window.export_menu.menu.aboutToShow.emit()  # the entries follow the lesson when the menu opens
    assert window.export_menu.parameters_action.isEnabled()
    path = tmp_path / "p.json"
    assert window.export_menu.save_parameters_path(path) is None
    loaded = load_parameters_json(path)
    for name, value in shallow.engine.snapshot().parameters.items():
        np.testing.assert_array_equal(loaded[name], value)


def test_zero_init_exports_both_copies(window, tmp_path):
    lesson = window.open_lesson("zero-init")
    lesson.engine.step(20)
    assert window.export_menu.save_parameters_path(tmp_path / "z.json") is None
    loaded = load_parameters_json(tmp_path / "z.json")
    s = lesson.engine.snapshot()
    np.testing.assert_array_equal(loaded["symmetric"]["W1"], s.symmetric.parameters["W1"])
    np.testing.assert_array_equal(loaded["random"]["W2"], s.random.parameters["W2"])


def test_cost_csv_has_the_history_rows(window, shallow, tmp_path):
    path = tmp_path / "cost.csv"
    assert window.export_menu.save_costs_path(path) is None
    rows = list(csv.reader(path.read_text().splitlines()))
    s = shallow.engine.snapshot()
    train = [r for r in rows[1:] if r[1] == "train"]
    assert [int(r[2]) for r in train] == s.cost_steps.tolist() and len(train) == 50
    assert [float(r[3]) for r in train] == s.cost_values.tolist()
    assert {r[0] for r in rows[1:]} == {"n_h=4"}


def test_lessons_without_training_offer_no_parameters(window):
    window.open_lesson("activations")
    window.export_menu.menu.aboutToShow.emit()
    assert not window.export_menu.parameters_action.isEnabled()
    assert not window.export_menu.costs_action.isEnabled()


def right_click(qtbot, plot, x, y):
    vb = plot.getPlotItem().vb
    point = plot.mapFromScene(vb.mapViewToScene(QPointF(x, y)))
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.RightButton, pos=point)


def test_right_click_opens_the_export_menu_unless_drawing(window, shallow, qtbot):
    menus = window.export_menu.plot_menus
    m = shallow.engine.split()[0].shape[1]
    right_click(qtbot, shallow.boundary, 0.0, 0.0)
    assert menus.last_menu is not None and menus.last_menu.isVisible()
    texts = [a.text() for a in menus.last_menu.actions()]
    assert "Save plot as SVG…" in texts and "Copy plot to clipboard" in texts
    menus.last_menu.close()
    menus.last_menu = None
    shallow.sidebar.draw_class.setCurrentIndex(shallow.sidebar.draw_class.findData(0))
    x, y = shallow.engine.split()[0][:, 0]
    right_click(qtbot, shallow.boundary, x, y)  # drawing: removes the nearest point, no menu
    assert menus.last_menu is None
    assert shallow.engine.split()[0].shape[1] == m - 1


def test_every_plot_has_the_menu_and_no_pyqtgraph_menu(window, qtbot):
    menus = window.export_menu.plot_menus
    lesson = window.open_lesson("shallow-network")
    QApplication.processEvents()
    assert len(plot_views(lesson)) >= 3
    qtbot.mouseClick(lesson.costs.viewport(), Qt.MouseButton.RightButton, pos=lesson.costs.rect().center())
    assert menus.last_menu is not None and menus.last_menu.isVisible()
    assert not lesson.costs.getPlotItem().vb.menuEnabled()
    menus.last_menu.close()


def test_painted_widgets_export_too(window, tmp_path):
    lesson = window.open_lesson("backprop")
    QApplication.processEvents()
    view = lesson.main_plot()
    assert view in lesson.plot_widgets()
    assert window.export_menu.save_png_path(view, tmp_path / "d.png", 1000) is None
    assert QImage(str(tmp_path / "d.png")).width() == 1000
    assert window.export_menu.save_svg_path(view, tmp_path / "d.svg") is None
    root = ET.parse(tmp_path / "d.svg").getroot()
    assert len(root.findall(f".//{SVG}path")) + len(root.findall(f".//{SVG}text")) > 5
