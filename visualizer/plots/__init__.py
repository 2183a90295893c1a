"""Plot widgets: pyqtgraph items created once and updated from snapshots."""
