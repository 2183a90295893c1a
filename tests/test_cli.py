"""`python -m core train`: the course's notebook output, without a window."""

import subprocess
import sys


def run(*args):
    return subprocess.run([sys.executable, "-m", "core", *args], capture_output=True, text=True)


def test_train_prints_the_cost_every_print_every_and_the_accuracy():
    out = run("train", "--dataset", "flower", "--hidden", "4", "--learning-rate", "1.2",
              "--iterations", "3000", "--print-every", "1000")  # fmt: skip
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert [l.split(":")[0] for l in lines[:3]] == [f"Cost after iteration {i}" for i in (0, 1000, 2000)]
    assert lines[0].endswith("0.693144")  # ln 2 at the start, as in the course
    costs = [float(l.split(":")[1]) for l in lines[:3]]
    assert costs[0] > costs[1] > costs[2]
    assert lines[-1].startswith("Training accuracy:") and lines[-1].endswith("%")


def test_bad_values_give_a_message_not_a_traceback():
    out = run("train", "--learning-rate", "50")
    assert out.returncode == 2
    assert "learning_rate must be between" in out.stderr and "Traceback" not in out.stderr
