"""A folder of hostile files for the UI walks: every kind the issue lists, plus two good ones."""

import json
import os
import sys
from pathlib import Path

from core.csvdata import save_csv
from core.datasets import make_dataset
from core.session import save_session
from core.trainer import Trainer


def make_hostile_files(folder: Path) -> list[Path]:
    """Write them into `folder`; returns their paths (special files only where the OS has them)."""
    files = {
        "cr.csv": b"x1,x2,y\r0,1,0\r2,3,1\r",
        "long-field.csv": b"x1,x2,y\n0,1,0\n1," + b"7" * 200_000 + b",1\n",
        "semicolons.csv": b"x1;x2;y\n0;1;0\n",
        "tabs.csv": b"x1\tx2\ty\n0\t1\t0\n",
        "underscore.csv": b"x1,x2,y\n1_000,1,0\n2,3,1\n",
        "arabic-digits.csv": "x1,x2,y\n١٢,1,0\n2,3,1\n".encode(),
        "utf16.csv": "x1,x2,y\n0,1,0\n1,2,1\n".encode("utf-16"),
        "huge-values.csv": b"x1,x2,y\n-1.7e308,1,0\n1.7e308,3,1\n",
        "html.csv": b"x1,x2,y\n0,1,0\n<a href='http://x'>Click here</a><h1>big</h1>,2,1\n",
        "binary.csv": bytes(range(256)) * 10,
        "empty.csv": b"",
        "deep.nnvis.json": b"[" * 100_000 + b"]" * 100_000,
        "huge-int.nnvis.json": b'{"format": "nn-visualizer-session", "version": ' + b"9" * 5000 + b"}",
        "truncated.nnvis.json": b'{"format": "nn-visualizer-session", "version": 1, "lesson": "shallow-n',
        "utf16.nnvis.json": '{"format": "nn-visualizer-session"}'.encode("utf-16"),
    }
    paths = []
    for name, content in files.items():
        (folder / name).write_bytes(content)
        paths.append(folder / name)
    X, Y = make_dataset("moons", 60, 0.1, seed=2)
    save_csv(folder / "good.csv", X, Y)
    good = Trainer().state()
    save_session(folder / "good.nnvis.json", "shallow-network", {"trainer": good})
    for field, value in (("step", 2**63), ("diverged_at", 10**30), ("order", [1.5, 1.5])):
        bad = {"trainer": {**good, field: value}}
        save_session(folder / f"bad-{field}.nnvis.json", "shallow-network", bad)
    bad_version = json.loads((folder / "good.nnvis.json").read_text())
    bad_version["version"] = True
    (folder / "version-true.nnvis.json").write_text(json.dumps(bad_version))
    (folder / "folder.csv").mkdir()
    paths += sorted(folder.glob("good.*")) + sorted(folder.glob("bad-*"))
    paths.append(folder / "version-true.nnvis.json")
    paths.append(folder / "folder.csv")
    if sys.platform != "win32":
        os.mkfifo(folder / "fifo.csv")
        paths.append(folder / "fifo.csv")
        for device in ("/dev/zero", "/dev/urandom"):
            if os.path.exists(device):
                (folder / f"{Path(device).name}.nnvis.json").symlink_to(device)
                paths.append(folder / f"{Path(device).name}.nnvis.json")
    return paths
