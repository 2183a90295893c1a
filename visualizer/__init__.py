"""The nn-visualizer window: PySide6 + pyqtgraph views over the numpy engine in `core`."""

import os

# numpy's OpenBLAS splits the larger products (a deep net's 32 x 32 layers over m = 400 or the
# plane's 3,600 points) over every core. On the GUI thread with 2 cores, beside Qt's painting and
# other programs, its threads spin: the deep lesson's 8 x 32 snapshot took 25-117 ms of CPU with 2
# threads against 6.5-9 ms with one, and training ran slower too. Set before numpy is imported
# (`python -m visualizer` and the nn-visualizer script import this package first); a user's own
# setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
