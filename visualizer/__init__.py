"""The nn-visualizer window: PySide6 + pyqtgraph views over the numpy engine in `core`."""
