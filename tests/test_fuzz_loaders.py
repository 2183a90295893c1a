"""Random and mutated files into core's loaders: a ValueError or a result, nothing else, ever.

The bound per file is measured in work, not seconds: the bytes read (never more than the
file, never more than the limit + 1) and the number of reads.
"""

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import userfile
from core.csvdata import MAX_BYTES as CSV_MAX_BYTES
from core.csvdata import load_csv
from core.session import MAX_BYTES as SESSION_MAX_BYTES
from core.session import open_session
from core.trainer import Trainer

FAST = settings(max_examples=120, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
SLOW = settings(FAST, max_examples=3000)

VALID_CSV = b"x1,x2,y\n0.5,1e-3,0\n-2,3.25,1\n1,1,0\n2,2,1\n"


def _valid_session() -> bytes:
    t = Trainer()
    t.step(3)
    document = {
        "format": "nn-visualizer-session",
        "version": 1,
        "lesson": "shallow-network",
        "state": t.state(),
    }
    return json.dumps(document).encode()


VALID_SESSION = _valid_session()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
    | st.sampled_from([2**63, 2**53, -1, 10**400, 1e308, -1e308, 2**128, 0.5]),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=20,
)  # fmt: skip


@st.composite
def mutated_bytes(draw, valid: bytes) -> bytes:
    """Truncate, flip, insert, delete or nest parts of a valid file."""
    data = bytearray(valid)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "nest", "digits"]))
        at = draw(st.integers(0, len(data)))
        if kind == "truncate":
            del data[at:]
        elif kind == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "insert":
            data[at:at] = draw(
                st.binary(min_size=1, max_size=8) | st.sampled_from([b"\r", b";", b"\t", b'"', b"_"])
            )
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 20))]
        elif kind == "nest":
            depth = draw(st.integers(1, 5000))
            data[at:at] = b"[" * depth + b"]" * draw(st.sampled_from([0, depth]))
        elif kind == "digits":
            data[at:at] = b"9" * draw(st.integers(1, 6000))
    return bytes(data)


def _paths(state: dict) -> list[list]:
    found, stack = [], [([], state)]
    while stack:
        path, value = stack.pop()
        found.append(path)
        if isinstance(value, dict):
            stack += [(path + [k], v) for k, v in value.items()]
        elif isinstance(value, list) and value:
            i = len(path) % len(value)  # one element of each list keeps the walk small
            stack.append((path + [i], value[i]))
    return found


@st.composite
def mutated_session(draw) -> bytes:
    """A valid session with one field replaced by another JSON value, or deleted."""
    document = json.loads(VALID_SESSION)
    paths = [p for p in _paths(document) if p]
    path = draw(st.sampled_from(paths))
    target = document
    for key in path[:-1]:
        target = target[key]
    if draw(st.booleans()) and isinstance(target, dict):
        del target[path[-1]]
    else:
        target[path[-1]] = draw(json_values)
    return json.dumps(document).encode()


class Meter:
    """Counts what userfile.read_chunk reads: the work of one load."""

    def __init__(self, monkeypatch) -> None:
        self.bytes = self.reads = 0
        real = userfile.read_chunk

        def counted(fd, n):
            chunk = real(fd, n)
            self.bytes += len(chunk)
            self.reads += 1
            return chunk

        monkeypatch.setattr(userfile, "read_chunk", counted)


def check(content: bytes, load, limit: int) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch, tempfile.TemporaryDirectory() as folder:
        meter = Meter(monkeypatch)
        path = Path(folder) / "fuzz.file"
        path.write_bytes(content)
        try:
            load(path)
        except ValueError as exc:
            assert re.match(r"fuzz\.file(, line \d+)?: ", str(exc)), str(exc)[:200]
            assert len(str(exc)) < 400
        assert meter.bytes <= min(len(content), limit + 1)
        assert meter.reads <= len(content) // userfile.CHUNK + 2


def load_and_restore(path):
    return open_session(path, lambda _lesson, state: Trainer.from_state(state))


csv_inputs = st.binary(max_size=300) | mutated_bytes(VALID_CSV)
session_inputs = st.binary(max_size=300) | mutated_bytes(VALID_SESSION) | mutated_session()


@FAST
@given(csv_inputs)
def test_csv_loader_gives_a_value_error_or_data(content):
    check(content, load_csv, CSV_MAX_BYTES)


@FAST
@given(session_inputs)
def test_session_loader_gives_a_value_error_or_a_trainer(content):
    check(content, load_and_restore, SESSION_MAX_BYTES)


@pytest.mark.slow
@SLOW
@given(csv_inputs)
def test_csv_loader_many(content):
    check(content, load_csv, CSV_MAX_BYTES)


@pytest.mark.slow
@SLOW
@given(session_inputs)
def test_session_loader_many(content):
    check(content, load_and_restore, SESSION_MAX_BYTES)
