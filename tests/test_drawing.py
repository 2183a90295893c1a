"""Drawing data: points join the training set, the nearest point goes, training goes on."""

import numpy as np
import pytest

from core.config import TrainConfig
from core.drawing import add_point, remove_nearest
from core.trainer import Trainer


def test_added_point_joins_the_training_set_and_training_goes_on():
    t = Trainer(TrainConfig(test_ratio=0.25))
    t.step(20)
    split = add_point(t.split(), 1.5, -2.0, 1)
    t.set_split(*split)
    X_train, Y_train, X_test, _ = t.split()
    assert X_train.shape == (2, 301) and X_test.shape == (2, 100)
    assert X_train[:, -1].tolist() == [1.5, -2.0] and Y_train[0, -1] == 1.0
    assert t.step_count == 20 and t.step(5) == 5 and t.step_count == 25
    assert t.has_custom_data and t.data[0].shape == (2, 401)


def test_remove_nearest_takes_the_closest_point_from_either_set():
    t = Trainer(TrainConfig(test_ratio=0.25))
    X_train, Y_train, X_test, Y_test = t.split()
    target = X_test[:, 7]
    after = remove_nearest(t.split(), *target)
    assert after[0].shape == X_train.shape and after[2].shape == (2, 99)
    assert not any(np.array_equal(col, target) for col in after[2].T)
    target = X_train[:, 3]
    after = remove_nearest(t.split(), *(target + 1e-9))
    assert after[0].shape == (2, 299)


def test_removing_the_last_point_of_a_class_is_refused():
    X = np.array([[0.0, 1.0, 2.0], [0.0, 1.0, 2.0]])
    Y = np.array([[0.0, 1.0, 1.0]])
    empty = (np.zeros((2, 0)), np.zeros((1, 0)))
    with pytest.raises(ValueError, match="both classes"):
        remove_nearest((X, Y, *empty), 0.1, 0.1)


@pytest.mark.parametrize(("x", "label"), [(float("nan"), 1), (0.0, 2)])
def test_bad_points_are_refused(x, label):
    t = Trainer()
    with pytest.raises(ValueError):
        add_point(t.split(), x, 0.0, label)


def test_drawing_many_points_keeps_the_work_buffers_bounded():
    t = Trainer(TrainConfig(test_ratio=0.0, m=40))
    for i in range(30):
        t.set_split(*add_point(t.split(), 0.1 * i, 0.2, i % 2))
        t.step(1)
    assert len(t.run.stepper._buffers) <= 4
