"""Hostile files a user might pick: each is refused with a message naming the file, never a hang."""

import os
import sys

import numpy as np
import pytest

from core import userfile
from core.csvdata import load_csv, save_csv
from core.session import load_session

needs_posix = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")


def write(tmp_path, content, name="data.csv"):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def refused(loader, path, *parts):
    with pytest.raises(ValueError) as info:
        loader(path)
    text = str(info.value)
    assert text.startswith(path.name), text
    for part in parts:
        assert part in text, text
    return text


@needs_posix
@pytest.mark.parametrize("loader", [load_csv, load_session])
def test_a_fifo_is_refused_before_it_is_opened(tmp_path, loader):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)  # opening it for reading without O_NONBLOCK would wait for a writer forever
    refused(loader, fifo, "not a regular file (a pipe)")


@needs_posix
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize("loader", [load_csv, load_session])
def test_a_symlink_to_an_endless_device_is_refused(tmp_path, loader, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    link = tmp_path / "data.csv"
    link.symlink_to(device)
    refused(loader, link, "not a regular file (a device)")


@pytest.mark.parametrize("loader", [load_csv, load_session])
def test_a_folder_is_refused(tmp_path, loader):
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    refused(loader, folder, "not a regular file (a folder)")


def test_reading_stops_at_the_limit_whatever_the_size_claims(tmp_path, monkeypatch):
    path = write(tmp_path, b"0,1,0\n" * 10_000)
    monkeypatch.setattr("core.csvdata.MAX_BYTES", 1000)
    read = []
    real = userfile.read_chunk
    monkeypatch.setattr(
        userfile, "read_chunk", lambda fd, n: read.append(len(real(fd, n))) or b"x" * read[-1]
    )
    refused(load_csv, path, "larger than")
    assert sum(read) == 1001  # limit + 1 bytes, never the whole file


def test_bare_cr_line_endings_are_lines(tmp_path):
    X, Y = load_csv(write(tmp_path, "x1,x2,y\r0,1,0\r2.5,3,1\r"))
    np.testing.assert_array_equal(X, [[0, 2.5], [1, 3]])
    np.testing.assert_array_equal(Y, [[0, 1]])


def test_a_field_longer_than_the_csv_limit_is_a_message(tmp_path):
    path = write(tmp_path, "x1,x2,y\n0,1,0\n1," + "7" * 200_000 + ",1\n")
    text = refused(load_csv, path, "line 3", "longer than")
    assert len(text) < 200


def test_a_quoted_field_longer_than_the_csv_limit_is_a_message(tmp_path):
    path = write(tmp_path, 'x1,x2,y\n0,1,0\n1,"' + "7" * 200_000 + '",1\n')
    refused(load_csv, path, "line 3")


def test_an_unterminated_quote_is_a_message(tmp_path):
    refused(load_csv, write(tmp_path, 'x1,x2,y\n0,1,0\n1,"2,1\n'), "line 3")


@pytest.mark.parametrize(("sep", "name"), [(";", "';'"), ("\t", "tabs")])
def test_semicolon_or_tab_separated_files_are_named_as_such(tmp_path, sep, name):
    rows = sep.join(["x1", "x2", "y"]) + "\n" + sep.join(["0", "1", "0"]) + "\n"
    refused(load_csv, write(tmp_path, rows), "line 2", f"separated by {name}: use commas")


@pytest.mark.parametrize("cell", ["1_000", "١٢", "１", "0x10", "1.5.2", "--1"])
def test_only_plain_decimal_and_scientific_numbers_are_read(tmp_path, cell):
    refused(load_csv, write(tmp_path, f"x1,x2,y\n0,1,0\n{cell},2,1\n"), "line 3", "x1 is not a number")


def test_scientific_notation_and_spaces_are_fine(tmp_path):
    X, _ = load_csv(write(tmp_path, "x1,x2,y\n1e3, -2.5E-1 ,0\n.5,+3.,1\n"))
    np.testing.assert_array_equal(X, [[1000, 0.5], [-0.25, 3]])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le", "utf-16-le no BOM"])
def test_utf16_files_are_named_as_such(tmp_path, encoding):
    content = "x1,x2,y\n0,1,0\n1,2,1\n"
    raw = content.encode(encoding.split()[0])
    if encoding in ("utf-16-be", "utf-16-le"):
        raw = ("\ufeff" + content).encode(encoding)  # with its byte-order mark
    refused(load_csv, write(tmp_path, raw), "UTF-16 text; save it as UTF-8")


@pytest.mark.parametrize("value", ["1e308", "-1.7e308", "2e9"])
def test_data_too_far_out_to_draw_is_refused(tmp_path, value):
    refused(load_csv, write(tmp_path, f"x1,x2,y\n0,1,0\n{value},2,1\n"), "line 3", "too large to draw")


def test_a_huge_cell_is_quoted_short(tmp_path):
    cell = "<a href='http://x'>Click</a>" * 30
    text = refused(load_csv, write(tmp_path, f"x1,x2,y\n0,1,0\n{cell},2,1\n"), "line 3")
    assert len(text) < 160 and text.endswith("…")


def test_a_temporary_file_is_named_for_its_target_and_a_stale_one_goes(tmp_path):
    X, Y = np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([[0.0, 1.0]])
    stale = tmp_path / ".data.csv.nnv-tmp-deadbeef"  # a save killed mid-write left it
    stale.write_text("half")
    os.utime(stale, (1e9, 1e9))
    other = tmp_path / ".other.csv.nnv-tmp-deadbeef"  # another file's: not ours to remove
    other.write_text("half")
    os.utime(other, (1e9, 1e9))
    save_csv(tmp_path / "data.csv", X, Y)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.csv.nnv-tmp-deadbeef", "data.csv"]


def test_the_temporary_file_has_the_recognisable_name(tmp_path, monkeypatch):
    seen = []
    real = os.replace
    monkeypatch.setattr(
        "core.csvdata.os.replace", lambda a, b: seen.append(os.path.basename(a)) or real(a, b)
    )
    save_csv(tmp_path / "d.csv", np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([[0.0, 1.0]]))
    assert len(seen) == 1 and seen[0].startswith(".d.csv.nnv-tmp-")


@needs_posix
def test_saving_over_a_symlink_writes_its_target(tmp_path):
    target = tmp_path / "real.csv"
    target.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    save_csv(link, np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([[0.0, 1.0]]))
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text().startswith("x1,x2,y")
