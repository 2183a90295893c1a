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


COURSE_CIRCLES = ["--dataset", "circles (course)", "--points", "300", "--noise", "0.05", "--seed", "1"]


def test_layers_and_the_course_s_init_print_the_course_s_first_costs(capsys):
    from core.__main__ import main

    assert main(["train", *COURSE_CIRCLES, "--course-test", "--layers", "2,10,5,1",
                 "--hidden-activation", "relu", "--init", "he", "--init-seed", "3", "--course-init",
                 "--learning-rate", "0.01", "--iterations", "2001"]) == 0  # fmt: skip
    lines = capsys.readouterr().out.splitlines()
    # the initialization assignment prints 0.8830537463419761, 0.6879825919728063, 0.6751286264523371
    assert lines[:3] == ["Cost after iteration 0: 0.883054", "Cost after iteration 1000: 0.687983",
                         "Cost after iteration 2000: 0.675129"]  # fmt: skip
    assert lines[-1].startswith("Test accuracy:")


def test_epochs_optimizer_and_decay_print_epoch_costs(capsys):
    from core.__main__ import main

    assert main(["train", "--dataset", "moons (course)", "--points", "300", "--seed", "3",
                 "--layers", "2,5,2,1", "--hidden-activation", "relu,tanh", "--optimizer", "adam",
                 "--batch-size", "64", "--learning-rate", "0.01", "--decay", "inverse",
                 "--decay-rate", "0.01", "--epochs", "30", "--print-every", "10"]) == 0  # fmt: skip
    lines = capsys.readouterr().out.splitlines()
    assert [l.split(":")[0] for l in lines[:3]] == [f"Cost after epoch {i}" for i in (0, 10, 20)]
    assert float(lines[2].split(":")[1]) < float(lines[0].split(":")[1])


def test_bad_layers_and_course_test_give_messages(capsys):
    from core.__main__ import main

    assert main(["train", "--layers", "3,4,1"]) == 2
    assert "--layers must start with 2" in capsys.readouterr().err
    assert main(["train", "--course-test"]) == 2
    assert "no test set for 'flower'" in capsys.readouterr().err
    assert main(["train", "--layers", "2,4,4,1", "--hidden-activation", "relu,tanh,relu"]) == 2
    assert "one activation per hidden layer" in capsys.readouterr().err
