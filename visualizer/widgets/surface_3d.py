"""The cost surface J as a rotatable 3D bowl (pyqtgraph.opengl, imported lazily) with the paths on it."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtGui import QColor, QGuiApplication, QOpenGLContext, QVector3D
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from visualizer import scale

Array = np.ndarray
HEIGHT_FRACTION = 0.55  # the bowl's height on screen, as a fraction of the square's side
LIFT_FRACTION = 0.03  # paths float this far above the surface so they are never buried
# The 3D mesh is drawn on at most MESH_N x MESH_N of J's samples: on a pane some 600 pixels
# wide an 80 x 80 bowl looks the same as the 160 x 160 grid the contour map uses, and
# software OpenGL (llvmpipe) spent most of a frame on the 50,000 tiny triangles of the latter.
MESH_N = 80

_gl_available: bool | None = None


def opengl_available() -> bool:
    """True if a real OpenGL context can be made (False on the offscreen platform, DESIGN.md)."""
    global _gl_available
    if _gl_available is None:
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            _gl_available = False
        else:
            _gl_available = bool(QOpenGLContext().create())
    return _gl_available


def _anchor_sheet() -> str:
    return f"font-weight: bold; font-size: {scale.css_pt(13)}; background: transparent;"


def _no_depth_options() -> dict:
    """Drawn over the surface without a depth test: a path behind the bowl's rim stays visible."""
    from OpenGL import GL

    return {
        GL.GL_DEPTH_TEST: False,
        GL.GL_BLEND: True,
        GL.GL_CULL_FACE: False,
        "glBlendFunc": (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA),
    }


def _labelled_view_class() -> type:
    """A GLViewWidget whose axis names are QLabels kept over projected 3D anchor points.

    GLTextItem paints with a QPainter on the GL widget, which QWidget.grab() (screenshots)
    drops; child labels are ordinary widgets and always show.
    """

    from visualizer.widgets.offscreen_gl import offscreen_view_class

    class LabelledGLView(offscreen_view_class()):
        def __init__(self) -> None:
            super().__init__()
            self.anchors: list[tuple[QLabel, tuple[float, float, float]]] = []

        def set_anchor_labels(self, anchors: list[tuple[str, tuple[float, float, float]]]) -> None:
            for label, _ in self.anchors:
                label.deleteLater()
            self.anchors = []
            for text, xyz in anchors:
                label = QLabel(text, self)
                label.setStyleSheet(_anchor_sheet())
                label.nnv_self_scaled = True  # styled from visualizer.scale (apply_scale)
                label.adjustSize()
                label.show()
                self.anchors.append((label, xyz))
            self.update()

        def apply_scale(self) -> None:
            for label, _ in self.anchors:
                label.setStyleSheet(_anchor_sheet())
                label.adjustSize()
            self.update()

        def project(self, xyz: tuple[float, float, float]) -> tuple[float, float]:
            """Widget coordinates of a 3D point under the current camera."""
            w, h = max(self.width(), 1), max(self.height(), 1)
            mvp = self.projectionMatrix((0, 0, w, h), (0, 0, w, h)) * self.viewMatrix()
            p = mvp.map(QVector3D(*xyz))
            return (p.x() + 1.0) / 2.0 * w, (1.0 - p.y()) / 2.0 * h

        def paintGL(self) -> None:
            super().paintGL()
            for label, xyz in self.anchors:
                x, y = self.project(xyz)
                label.move(int(x - label.width() / 2), int(y - label.height() / 2))

    return LabelledGLView


FOV = 35.0  # degrees across the narrower side of the view


def field_of_view(width: int, height: int) -> float:
    """pyqtgraph's field of view spans the width: in a wide, short pane (1280x720 presenting)
    the surface ran off the top and bottom. FOV spans the narrower side instead."""
    if width <= 0 or height <= 0 or width <= height:
        return FOV
    return math.degrees(2 * math.atan(math.tan(math.radians(FOV / 2)) * width / height))


def _thinned(p1: Array, p2: Array, J: Array, rgba: Array) -> tuple[Array, Array, Array, Array]:
    """At most MESH_N samples along each axis, evenly spread, the first and last always kept."""
    i1 = np.unique(np.linspace(0, len(p1) - 1, min(len(p1), MESH_N)).round().astype(int))
    i2 = np.unique(np.linspace(0, len(p2) - 1, min(len(p2), MESH_N)).round().astype(int))
    return p1[i1], p2[i2], J[np.ix_(i2, i1)], rgba[np.ix_(i2, i1)]


class Surface3D(QWidget):
    """A 3D view (drawn offscreen, shown as an image) + GLSurfacePlotItem; paths are GLLinePlotItems
    lifted slightly above J. The mesh is uploaded once per surface; a frame updates the paths."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph.opengl as gl  # ~85 ms: only when a 3D pane is really shown

        self._gl = gl
        self.view = _labelled_view_class()()
        self.view.opts["fov"] = FOV  # less perspective than the default 60: the bowl reads true
        self.view.setBackgroundColor(QColor(255, 255, 255))
        self.view.setMinimumSize(160, 160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        # smooth=True: drawn indexed, each vertex shaded once (smooth=False repeats it for each of
        # its six triangles); without normals the two look the same: colours are per vertex
        self.surface_item = gl.GLSurfacePlotItem(
            shader=None, computeNormals=False, drawEdges=False, smooth=True, glOptions="opaque"
        )
        self.view.addItem(self.surface_item)
        self._options = _no_depth_options()
        self.start_item = gl.GLScatterPlotItem(pos=np.zeros((1, 3)), size=13, pxMode=True)
        self.start_item.setGLOptions("translucent")
        self.start_item.setDepthValue(20)
        self.view.addItem(self.start_item)
        self.path_items: list[Any] = []
        self.head_items: list[Any] = []
        self.axes_item: Any = None
        self._extent = (0.0, 1.0, 0.0, 1.0)
        self._J_min, self._J_top, self._height = 0.0, 1.0, 1.0

    # -- the surface ---------------------------------------------------------------------
    def set_surface(
        self, p1: Array, p2: Array, J: Array, rgba: Array, names: tuple[str, str],
        camera: tuple[float, float] = (30.0, -50.0),
    ) -> None:  # fmt: skip
        """Show J (len(p2), len(p1)) with per-vertex colors rgba (len(p2), len(p1), 4) in [0, 1].

        camera: (elevation, azimuth) in degrees of the default view (the user may rotate it).
        """
        x0, x1, y0, y1 = float(p1[0]), float(p1[-1]), float(p2[0]), float(p2[-1])
        self._extent = (x0, x1, y0, y1)
        self._J_min, self._J_top = float(J.min()), float(J.max())
        self._height = HEIGHT_FRACTION * max(x1 - x0, y1 - y0)
        p1, p2, J, rgba = _thinned(np.asarray(p1), np.asarray(p2), np.asarray(J), np.asarray(rgba))
        z = self.display_z(J).T  # GLSurfacePlotItem wants z[i, j] at (x[i], y[j])
        colors = np.ascontiguousarray(rgba.transpose(1, 0, 2), dtype=np.float32).reshape(-1, 4)
        self.surface_item.setData(
            x=np.asarray(p1, dtype=np.float32), y=np.asarray(p2, dtype=np.float32),
            z=np.ascontiguousarray(z, dtype=np.float32), colors=colors,
        )  # fmt: skip
        self._set_axis_labels(names)
        side = max(x1 - x0, y1 - y0)
        self.view.setCameraPosition(
            pos=QVector3D((x0 + x1) / 2, (y0 + y1) / 2, self._height * 0.12),
            distance=2.7 * side, elevation=camera[0], azimuth=camera[1],
        )  # fmt: skip

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.view.opts["fov"] = field_of_view(self.width(), self.height())

    def apply_scale(self) -> None:
        """Presentation mode toggled: the axes' width (paths and points follow on the next frame)."""
        if self.axes_item is not None:
            self.axes_item.setData(width=scale.width(2))

    def display_z(self, J: Array) -> Array:
        """J on screen: linear from J_min (z = 0) to the square's highest J (z = height)."""
        t = (np.asarray(J, dtype=float) - self._J_min) / max(self._J_top - self._J_min, 1e-12)
        return self._height * np.clip(t, 0.0, 1.0)

    def _set_axis_labels(self, names: tuple[str, str]) -> None:
        """Three axes along the floor's back-left corner, named w / b (or w1 / w2) and J."""
        gl = self._gl
        x0, x1, y0, y1 = self._extent
        h = self._height
        if self.axes_item is not None:
            self.view.removeItem(self.axes_item)
        edges = np.array([[x0, y0, 0], [x1, y0, 0], [x0, y0, 0], [x0, y1, 0], [x0, y0, 0], [x0, y0, h]])
        self.axes_item = gl.GLLinePlotItem(
            pos=edges, color=(0.2, 0.2, 0.2, 1.0), width=scale.width(2), mode="lines"
        )
        self.axes_item.setGLOptions(self._options)
        self.view.addItem(self.axes_item)
        pad_x, pad_y = 0.06 * (x1 - x0), 0.06 * (y1 - y0)
        self.view.set_anchor_labels(
            [(names[0], (x1 + pad_x, y0, 0.0)), (names[1], (x0, y1 + pad_y, 0.0)),
             ("J", (x0, y0, 1.08 * h))]
        )  # fmt: skip

    # -- the paths -------------------------------------------------------------------------
    def lifted(self, path: Array, costs: Array) -> Array:
        """(k, 3) points: the path clipped to the square, at its J's height plus a small lift."""
        x0, x1, y0, y1 = self._extent
        pts = np.empty((len(path), 3), dtype=np.float32)
        pts[:, 0] = np.clip(path[:, 0], x0, x1)
        pts[:, 1] = np.clip(path[:, 1], y0, y1)
        pts[:, 2] = self.display_z(costs) + LIFT_FRACTION * self._height
        return pts

    def set_paths(self, paths: list[tuple[Array, Array, tuple]], start: Array, J0: float) -> None:
        """paths: one (path (k, 2), costs (k,), rgba color) per racer, in legend order."""
        gl = self._gl
        while len(self.path_items) < len(paths):
            line = gl.GLLinePlotItem(width=3, antialias=True, mode="line_strip")
            head = gl.GLScatterPlotItem(size=12, pxMode=True)
            for item, depth in ((line, 10), (head, 15)):
                item.setGLOptions("translucent")  # depth-tested: hidden behind a wall, as in 3D
                item.setDepthValue(depth)
                self.view.addItem(item)
            self.path_items.append(line)
            self.head_items.append(head)
        for i, (line, head) in enumerate(zip(self.path_items, self.head_items, strict=True)):
            visible = i < len(paths)
            line.setVisible(visible)
            head.setVisible(visible)
            if not visible:
                continue
            path, costs, color = paths[i]
            pts = self.lifted(path, costs)
            if len(pts) == 1:
                pts = np.vstack([pts, pts])  # a one-point strip draws nothing; two are fine
            line.setData(pos=pts, color=color, width=scale.width(3))
            head.setData(pos=pts[-1:], color=np.array([color], dtype=np.float32), size=scale.size(12))
        start_pt = self.lifted(np.asarray(start, dtype=float).reshape(1, 2), np.array([J0]))
        self.start_item.setData(pos=start_pt, color=np.array([[1.0, 1.0, 1.0, 1.0]]), size=scale.size(13))

    def path_point_count(self, i: int) -> int:
        """How many points racer i's 3D path holds (tests check it follows the steps)."""
        pos = self.path_items[i].pos if i < len(self.path_items) else None
        return 0 if pos is None else len(pos)
