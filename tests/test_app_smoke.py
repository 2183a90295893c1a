"""The real program, launched as a user would: it opens, quits by itself, and takes screenshots."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def launch(*args, timeout=60):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "visualizer", *args], env=env,
                          capture_output=True, text=True, timeout=timeout)  # fmt: skip


def test_program_opens_and_quits_by_itself():
    out = launch("--quit-after", "1500")
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr


def test_screenshot_mode_writes_one_large_png_per_lesson(tmp_path):
    out = launch("--screenshot", str(tmp_path), timeout=180)
    assert out.returncode == 0, out.stderr
    written = sorted(p.name for p in tmp_path.glob("*.png"))
    assert "shallow-network.png" in written
    for name in written:
        image = QImage(str(tmp_path / name))
        assert image.width() >= 1280 and image.height() >= 800, name
        # not blank: a rendered lesson has many distinct colors
        colors = {
            image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)
        }
        assert len(colors) > 20, name


def test_no_display_says_so_and_how_to_take_screenshots():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "visualizer"], env=env, capture_output=True, text=True,
                         timeout=60)  # fmt: skip
    assert out.returncode != 0
    assert out.stderr.startswith("No display found")
    assert "python -m visualizer --screenshot DIR" in out.stderr
    assert "xcb" not in out.stderr and "Reinstalling" not in out.stderr  # Qt never got to abort


def test_which_environments_have_no_display():
    from visualizer.app import missing_display

    assert missing_display({}, "linux")
    assert missing_display({"DISPLAY": ""}, "linux")
    assert not missing_display({"DISPLAY": ":0"}, "linux")
    assert not missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")  # the user chose a platform
    assert not missing_display({}, "darwin") and not missing_display({}, "win32")
