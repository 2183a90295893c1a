"""A pyqtgraph 3D view that renders into an offscreen framebuffer and paints the picture as a widget.

A QOpenGLWidget anywhere in a window (even a hidden one) makes Qt compose the whole top-level
window through OpenGL on every repaint. With Mesa's software renderer (llvmpipe, Xvfb, many
projector laptops without a driver) that composition of a 1920 x 1080 window cost ~40 ms a
frame, in every lesson: gradient descent drew ~7 frames/s, the shallow lesson ~6 instead of
~25. Here the scene is drawn into a framebuffer object of the view's own size, read back
(~2 MB) and painted like any image: the window stays a plain raster window, no native window
is re-created when the view arrives (no flash), and grab(), render() and exports see the
picture as they see any widget.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage, QOffscreenSurface, QOpenGLContext, QPainter
from PySide6.QtOpenGL import QOpenGLFramebufferObject
from PySide6.QtWidgets import QWidget


def offscreen_view_class() -> type:
    """GLViewMixin on a QWidget (made on demand: pyqtgraph.opengl costs ~85 ms to import)."""
    from pyqtgraph.opengl.GLViewWidget import GLViewMixin

    class OffscreenGLView(GLViewMixin, QWidget):
        frameSwapped = Signal()  # noqa: N815 (QOpenGLWidget's name): a new frame was drawn

        def __init__(self, parent: QWidget | None = None) -> None:
            super().__init__(parent)
            self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # the image covers it all
            self._context: QOpenGLContext | None = None
            self._surface: QOffscreenSurface | None = None
            self._fbo: QOpenGLFramebufferObject | None = None
            self._image: QImage | None = None
            self._changed = True  # the scene changed since it was last drawn
            self.frames = 0  # scenes drawn so far (tests: a path update draws, a still view does not)

        def update(self, *args: Any) -> None:
            """Every change to the scene comes here (items, camera, background): draw it again on
            the next paint. A paint for any other reason (an overlapping widget, an expose) shows
            the picture already drawn."""
            self._changed = True
            super().update(*args)

        # -- what GLViewMixin and its items expect of a QOpenGLWidget ------------------
        def context(self) -> QOpenGLContext | None:
            return self._context

        def isValid(self) -> bool:  # noqa: N802 (Qt's name)
            return self._context is not None

        def makeCurrent(self) -> None:  # noqa: N802 (Qt's name)
            if self._ensure_context():
                self._context.makeCurrent(self._surface)

        def addItem(self, item: Any) -> None:  # noqa: N802 (pyqtgraph's name)
            if self.isValid():
                self.makeCurrent()  # the item may compile its shaders now
            super().addItem(item)

        def grabFramebuffer(self) -> QImage:  # noqa: N802 (QOpenGLWidget's name)
            """The scene as it is drawn now (rendered at once if it never was)."""
            return self._render()

        # -- drawing ------------------------------------------------------------------
        def _ensure_context(self) -> bool:
            if self._context is not None:
                return True
            context = QOpenGLContext(self)
            share = QOpenGLContext.globalShareContext()
            if share is not None:
                context.setShareContext(share)  # pyqtgraph's shaders are compiled once per process
            if not context.create():
                return False
            surface = QOffscreenSurface(None, self)
            surface.setFormat(context.format())
            surface.create()
            self._context, self._surface = context, surface
            context.makeCurrent(surface)
            self.initializeGL()  # GLViewMixin: initializes the items added so far
            return True

        def _render(self) -> QImage:
            w, h = max(1, self.deviceWidth()), max(1, self.deviceHeight())  # as paintGL's viewport
            if not self._ensure_context():
                image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
                image.fill(Qt.GlobalColor.white)
                return image
            self._context.makeCurrent(self._surface)
            if self._fbo is None or self._fbo.width() != w or self._fbo.height() != h:
                self._fbo = QOpenGLFramebufferObject(
                    w, h, QOpenGLFramebufferObject.Attachment.CombinedDepthStencil
                )
            self._fbo.bind()
            from OpenGL import GL

            GL.glViewport(0, 0, w, h)
            self.paintGL()
            self._fbo.release()
            image = self._fbo.toImage()
            image.setDevicePixelRatio(self.devicePixelRatioF())
            self._image, self._changed = image, False
            self.frames += 1
            return image

        def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
            image = self._image
            size = (self.deviceWidth(), self.deviceHeight())
            if self._changed or image is None or (image.width(), image.height()) != size:
                image = self._render()
            painter = QPainter(self)
            painter.drawImage(QRect(0, 0, self.width(), self.height()), image)
            painter.end()
            self.frameSwapped.emit()

    return OffscreenGLView
