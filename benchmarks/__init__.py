"""Benchmarks: measured figures (median and spread of repeats), never asserted by the tests."""

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the program runs (visualizer/__init__.py)
