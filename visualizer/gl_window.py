"""The main window is GL-capable from the start, so the 3D view arriving later does not flash.

Adding the first QOpenGLWidget to a shown window makes Qt re-create its native window (to
change the surface it composes through): the screen flashes black or half drawn the first
time Gradient descent opens (DESIGN.md). A hidden QOpenGLWidget child, present before the
window is first shown, makes the window composed that way from its first frame.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from visualizer.widgets.surface_3d import opengl_available


def make_gl_capable(window: QWidget) -> QWidget | None:
    """Give `window` a hidden 1 x 1 QOpenGLWidget (where OpenGL exists); returns it, or None."""
    if not opengl_available():
        return None  # offscreen: no GL, the lessons draw 2D fallbacks; nothing to prepare
    from PySide6.QtOpenGLWidgets import QOpenGLWidget

    keeper = QOpenGLWidget(window)
    keeper.setObjectName("glKeeper")
    keeper.setFixedSize(1, 1)
    keeper.hide()
    return keeper
