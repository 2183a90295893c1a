"""The program runs numpy's BLAS on one thread (visualizer/__init__.py): on 2 cores shared with Qt's
painting, OpenBLAS's spinning threads made the deep lesson's largest frames several times dearer."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest.importorskip("threadpoolctl")  # scikit-learn's dependency (tests only)

PROBE = (
    "import visualizer, numpy\n"
    "from threadpoolctl import threadpool_info\n"
    "print(max((p['num_threads'] for p in threadpool_info() if p['user_api'] == 'blas'), default=1))\n"
)


def _blas_threads(env: dict[str, str]) -> int:
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def test_the_program_imports_numpy_with_one_blas_thread():
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    assert _blas_threads(env) == 1


def test_a_users_own_setting_wins():
    env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    env["OPENBLAS_NUM_THREADS"] = "2"
    assert _blas_threads(env) == min(2, os.cpu_count() or 1)  # OpenBLAS caps it at the cores
