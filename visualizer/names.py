"""The names the interface shows for core's identifiers (data sets, initializations), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def dataset_label(name: str) -> str:
    """A data set's name in the current language; an unknown name is shown as it is."""
    return {
        "flower": translate("Names", "flower"),
        "moons": translate("Names", "moons"),
        "circles": translate("Names", "circles"),
        "xor": translate("Names", "xor"),
        "blobs": translate("Names", "blobs"),
        "spiral": translate("Names", "spiral"),
        "circles (course)": translate("Names", "circles (course)"),
        "moons (course)": translate("Names", "moons (course)"),
    }.get(name, name)


def init_label(scheme: str) -> str:
    """An initialization scheme (core.network.INIT_SCHEMES) in the current language."""
    return {
        "random": translate("Names", "random (randn·0.01)"),
        "zeros": translate("Names", "zeros"),
        "constant": translate("Names", "constant"),
        "xavier": translate("Names", "Xavier"),
        "he": translate("Names", "He"),
        "large": translate("Names", "large (randn·10)"),
    }.get(scheme, scheme)
