"""Entry point: parse the command line, make the QApplication, open the window or take screenshots."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nn-visualizer", description="Watch a neural network learn.")
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        type=Path,
        help="render every lesson to DIR/<lesson>.png without a screen, then exit",
    )
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=_size,
        default=None,
        help="with --screenshot: the window's size, e.g. 1024x768 (default 1440x900)",
    )
    parser.add_argument(
        "--present",
        action="store_true",
        help="with --screenshot: in presentation mode (F5)",
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        type=_language,
        default=None,
        help="language of the interface: en or zh_CN (default: the system's)",
    )
    parser.add_argument(
        "--quit-after",
        metavar="MS",
        type=int,
        default=0,
        help="close the window by itself after MS milliseconds (smoke tests)",
    )
    parser.add_argument(
        "--startup-probe", action="store_true",
        help="print 'first-paint' once the window has painted, then exit (benchmarks)",
    )  # fmt: skip
    return parser


def _language(code: str) -> str:
    from visualizer.i18n import normalize

    try:
        return normalize(code)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _size(text: str) -> tuple[int, int]:
    """ "1280x720" -> (1280, 720)."""
    width, sep, height = text.strip().lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"a size is WIDTHxHEIGHT, e.g. 1280x720, not {text!r}")
    if int(width) < 320 or int(height) < 240:
        raise argparse.ArgumentTypeError(f"{text} is too small for a window")
    return int(width), int(height)


def configure_font(app) -> None:
    """At least 11 pt: the size every layout is designed (and tested) for."""
    font = app.font()
    font.setPointSize(max(font.pointSize(), 11))
    app.setFont(font)


def configure_pyqtgraph() -> None:
    """White backgrounds and antialiasing: what reads best on a projector and in slides."""
    from visualizer.qt_mirror import import_pyqtgraph

    pg = import_pyqtgraph()  # the first import of pyqtgraph, without creating every Qt class

    pg.setConfigOptions(antialias=True, background="w", foreground="k", imageAxisOrder="row-major")
    from visualizer.plots import pg_speedups

    pg_speedups.apply()  # plots build in about half the time (no unseen menus, no re-set labels)


def _settings_and_language(args: argparse.Namespace):
    """The user's settings (None where they must not count), and the language set: --lang,
    else the saved one, else the system's."""
    from visualizer import window_state
    from visualizer.i18n import set_language, system_language

    # screenshots and the start-up benchmark must be the same on every machine: no settings
    remember = args.screenshot is None and not args.startup_probe
    settings = window_state.open_settings() if remember else None
    try:
        set_language(args.lang or window_state.saved_language(settings) or system_language())
    except (OSError, ValueError):  # a hand-edited or stale setting: the system's language
        set_language(system_language())
    return settings


def _exit_after_first_paint(window, app) -> None:
    """Print 'first-paint' once the window's first paint is over, then quit (benchmarks.startup).

    The window gets its paint event before its children (the lesson's plots) paint theirs in
    the same pass: the line is printed from a zero timer, after the whole pass.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    def painted() -> None:
        print("first-paint", flush=True)
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, painted)
            return False

    window._first_paint_probe = FirstPaint(window)
    window.installEventFilter(window._first_paint_probe)


WORKER_AFTER_MS = 300  # the training process starts after the first paint: start-up does not wait for it


def _train_in_second_process(window, app) -> None:
    """Give the controller a training process (core.offload) once the window is up; with
    NN_VISUALIZER_WORKER=0, or if it cannot start, training stays in this process."""
    if os.environ.get("NN_VISUALIZER_WORKER", "1") == "0":
        return
    from PySide6.QtCore import QTimer

    from core.offload import TrainingWorker

    worker = TrainingWorker()

    def start() -> None:
        try:
            worker.start()
        except OSError as exc:
            print(f"nn-visualizer: training stays in this process ({exc})", file=sys.stderr)
            return
        window.controller.use_worker(worker)

    QTimer.singleShot(WORKER_AFTER_MS, start)
    app.aboutToQuit.connect(worker.close)


NO_DISPLAY = """\
No display found: nn-visualizer opens a window, and neither DISPLAY nor WAYLAND_DISPLAY is set.
Start it from a desktop session (or over ssh -X, or under xvfb-run), or take screenshots of
every lesson without a display:
    python -m visualizer --screenshot DIR      (uses Qt's offscreen platform; in a checkout:
    .venv/bin/python -m visualizer --screenshot DIR, or make screenshots)"""


def missing_display(environ=os.environ, platform: str = sys.platform) -> bool:
    """On Linux without X11 or Wayland Qt aborts with a misleading "xcb-cursor0 is needed": say so first.

    QT_QPA_PLATFORM set by the user (offscreen, vnc, eglfs, ...) is trusted as it is.
    """
    if not platform.startswith("linux"):
        return False
    return not any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.screenshot is not None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # screenshots need no screen
    if missing_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    # numpy before Qt: once PySide6 is imported it reads the source of every module imported
    # after it (looking for `from __feature__ import`); numpy's ~80 modules cost ~15 ms of that
    import numpy  # noqa: F401
    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from visualizer import feature_scan

    feature_scan.apply()  # every module imported from here on is checked for "PySide6" cheaply
    if QApplication.instance() is None:
        # pyqtgraph.opengl compiles its shaders once per process: every GL view must share them
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("nn-visualizer")
    configure_font(app)
    configure_pyqtgraph()
    from visualizer import window_state
    from visualizer.i18n import current_language
    from visualizer.main_window import MainWindow

    settings = _settings_and_language(args)
    window = MainWindow()
    if args.screenshot is not None:
        from visualizer.screenshot import SIZE, save_screenshots

        size = args.size or SIZE
        for path in save_screenshots(window, args.screenshot, size, present=args.present):
            print(path)
        return 0
    maximized = window_state.restore_window(window, settings)
    if settings is not None:
        app.aboutToQuit.connect(lambda: window_state.save_window(window, settings, current_language()))
    if args.startup_probe:
        _exit_after_first_paint(window, app)
    if maximized:
        window.showMaximized()
    else:
        window.show()
    if not args.startup_probe:
        _train_in_second_process(window, app)
    if args.quit_after:
        QTimer.singleShot(args.quit_after, app.quit)
    return app.exec()
