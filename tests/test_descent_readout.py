"""The gradient-descent lesson's table of numbers: a new text repaints the table, not the tab."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from visualizer.lessons.gradient_descent.readout import ReadoutSlot  # noqa: E402


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _table(rows: int, value: float) -> str:
    cells = "".join(f"<tr><td>racer {i}</td><td>{value + i:.6f}</td></tr>" for i in range(rows))
    return f"<b>Step {rows}</b><table>{cells}</table>"


@pytest.fixture
def slot(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    column.addWidget(QWidget(), 1)  # the plots above
    slot = ReadoutSlot()
    column.addWidget(slot)
    page.resize(600, 400)
    page.show()
    qtbot.waitExposed(page)
    slot.set_text(_table(3, 0.0), live=False)
    QApplication.processEvents()
    return page, slot


def test_new_numbers_while_running_lay_nothing_out(slot):
    page, slot = slot
    requests = LayoutRequests()
    page.installEventFilter(requests)
    for i in range(5):
        slot.set_text(_table(3, 0.1 * (i + 1)), live=True)
        QApplication.processEvents()
    assert requests.count == 0  # a QLabel in the layout posted one per text (a whole-tab repaint)
    assert "0.500000" in slot.label.text()


def test_the_slot_is_as_tall_as_its_text_and_only_grows_while_running(slot):
    page, slot = slot
    three = slot.height()
    assert three >= slot.label.heightForWidth(slot.width()) > 0
    slot.set_text(_table(6, 0.0), live=True)  # more lines: the slot grows at once
    QApplication.processEvents()
    six = slot.height()
    assert six > three and slot.label.height() == six
    slot.set_text(_table(3, 0.0), live=True)  # fewer while running: the plots do not jump
    QApplication.processEvents()
    assert slot.height() == six
    slot.set_text(_table(3, 0.0), live=False)  # paused: it fits the text again
    QApplication.processEvents()
    assert slot.height() == three


def test_a_narrower_slot_wraps_its_text_and_grows(slot):
    page, slot = slot
    wide = slot.height()
    slot.set_text("word " * 60, live=False)
    QApplication.processEvents()
    one_width = slot.height()
    page.resize(200, 400)
    QApplication.processEvents()
    assert slot.height() > one_width and slot.label.width() == slot.width()
    assert slot.label.height() >= slot.label.heightForWidth(slot.width())
    assert wide > 0


def test_while_running_only_a_longer_text_is_measured_again(slot):
    page, slot = slot
    before = slot.measured
    for i in range(5):  # new digits, the same length: no rich-text layout to measure
        slot.set_text(_table(3, 0.1 * (i + 1)), live=True)
    assert slot.measured == before
    slot.set_text(_table(6, 0.0), live=True)  # longer: measured, and the slot grows
    grown = slot.measured
    assert grown > before and slot.label.height() >= slot.label.heightForWidth(slot.width())
    slot.set_text(_table(3, 0.0), live=False)  # the pause measures whatever it shows
    assert slot.measured > grown
