"""Loading the user's CSV: exact round trip, and one clear, located message per kind of bad file."""

import numpy as np
import pytest

from core.csvdata import load_csv, save_csv
from core.datasets import make_dataset


def write(tmp_path, text, name="data.csv", mode="w"):
    path = tmp_path / name
    if mode == "wb":
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_round_trip_is_exact(tmp_path):
    X, Y = make_dataset("spiral", 137, 0.3, seed=8)
    save_csv(tmp_path / "s.csv", X, Y)
    X2, Y2 = load_csv(tmp_path / "s.csv")
    np.testing.assert_array_equal(X2, X)
    np.testing.assert_array_equal(Y2, Y)
    assert X2.shape == (2, 137) and Y2.shape == (1, 137) and X2.dtype == np.float64


def test_header_is_optional_and_blank_lines_are_ignored(tmp_path):
    with_header = load_csv(write(tmp_path, "x1,x2,y\n0,1,0\n\n2.5,-1e3,1\n"))
    without = load_csv(write(tmp_path, "0,1,0\n2.5,-1e3,1\n", "b.csv"))
    for a, b in zip(with_header, without, strict=True):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(without[0], [[0, 2.5], [1, -1000]])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "data.csv: not a text file"),
        (b"x1,x2,y\n1,2,0\n\xff\xfe,1,1\n", "data.csv, line 3: not UTF-8 text"),
        ("x1,x2,y\n1,2,0\n3,4\n", "data.csv, line 3: expected 3 columns (x1, x2, y), found 2"),
        ("1,2,0\n3,4,1,9\n", "data.csv, line 2: expected 3 columns"),
        ("x1,x2,y\n1,2,0\n3,abc,1\n", "data.csv, line 3: x2 is not a number: 'abc'"),
        ("x1,x2,y\n1,2,0\nnan,4,1\n", "data.csv, line 3: x1 must be finite, got 'nan'"),
        ("x1,x2,y\n1,inf,0\n3,4,1\n", "data.csv, line 2: x2 must be finite, got 'inf'"),
        ("x1,x2,y\n1,2,0\n3,4,2\n", "data.csv, line 3: the label y must be 0 or 1, got '2'"),
        ("x1,x2,y\n1,2,1\n3,4,1\n", "data.csv: every label is 1; a classifier needs both classes"),
        ("x1,x2,y\n\n", "data.csv: no data rows"),
        ("", "data.csv: no data rows"),
    ],
)
def test_each_malformed_file_names_the_file_and_line(tmp_path, content, message):
    path = write(tmp_path, content, mode="wb" if isinstance(content, bytes) else "w")
    with pytest.raises(ValueError) as info:
        load_csv(path)
    assert str(info.value).startswith(message)


def test_too_many_rows_is_refused_at_the_first_row_over_the_limit(tmp_path):
    rows = "".join(f"{i},{i},{i % 2}\n" for i in range(12))
    with pytest.raises(ValueError, match=r"data.csv, line 11: more than 10 rows"):
        load_csv(write(tmp_path, rows), max_rows=10)


def test_a_missing_file_is_a_value_error_too(tmp_path):
    with pytest.raises(ValueError, match="nope.csv: cannot be read"):
        load_csv(tmp_path / "nope.csv")


def test_saving_never_leaves_a_half_written_file(tmp_path, monkeypatch):
    X, Y = make_dataset("moons", 20, 0.1, seed=1)
    target = tmp_path / "keep.csv"
    save_csv(target, X, Y)
    before = target.read_text()

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("core.csvdata.os.replace", crash)
    with pytest.raises(OSError):
        save_csv(target, X[:, :5], Y[:, :5])
    assert target.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keep.csv"]  # no temporary file left
