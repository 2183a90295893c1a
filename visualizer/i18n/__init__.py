"""The program's two languages: which one to use, and the Qt translators that make it so.

The compiled catalogues (nn_visualizer_<code>.qm) live next to this module, inside the
package, so an installed wheel finds them; their sources are assets/i18n/*.ts
(`make translations` re-extracts and compiles them).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

ENGLISH = "en"
CHINESE = "zh_CN"
# Each language's name in itself: the menu item a lost user can still recognize.
LANGUAGES: dict[str, str] = {ENGLISH: "English", CHINESE: "简体中文"}
# Ours, then pyqtgraph's (its plot context menus and export dialog use Qt's translate too).
CATALOGUES = ("nn_visualizer", "pyqtgraph")

_installed: list[QTranslator] = []
_current = ENGLISH


def normalize(code: str) -> str:
    """A language code as the program knows it: "zh", "zh-CN", "zh_Hans_CN" -> "zh_CN"; "en_US" -> "en".

    Raises ValueError for a language the program has no translation for.
    """
    lowered = code.strip().replace("-", "_").lower()
    if lowered.startswith("zh") and "tw" not in lowered and "hk" not in lowered and "hant" not in lowered:
        return CHINESE
    if lowered == "en" or lowered.startswith("en_") or lowered in ("c", "posix"):
        return ENGLISH
    raise ValueError(f"no translation for {code!r}; choose one of {', '.join(LANGUAGES)}")


def system_language(locale: QLocale | None = None) -> str:
    """Simplified Chinese if the system (or `locale`) asks for Chinese written that way, else English."""
    locale = locale if locale is not None else QLocale.system()
    if (
        locale.language() == QLocale.Language.Chinese
        and locale.script() != QLocale.Script.TraditionalChineseScript
    ):
        return CHINESE
    return ENGLISH


def catalogue_path(code: str, catalogue: str = CATALOGUES[0]) -> Path:
    """Where the compiled catalogue of `code` is shipped (inside the package)."""
    return Path(str(resources.files(__name__).joinpath(f"{catalogue}_{code}.qm")))


def current_language() -> str:
    return _current


def set_language(code: str) -> str:
    """Install the translators of `code` on the running application; returns the normalized code.

    English is the source language and needs no catalogue. Qt's own catalogue (standard
    dialog buttons) is loaded too when Qt ships one. A missing catalogue raises OSError
    and leaves the current language in place.
    """
    global _current
    code = normalize(code)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QApplication")
    new: list[QTranslator] = []
    if code != ENGLISH:
        for catalogue in CATALOGUES:
            translator = QTranslator(app)
            if not translator.load(str(catalogue_path(code, catalogue))):
                raise OSError(f"cannot load the translation {catalogue_path(code, catalogue)}")
            new.append(translator)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            new.append(qt_own)
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed[:] = new
    for translator in new:
        app.installTranslator(translator)
    _current = code
    return code
