"""Training engines cross a process boundary (issue 17): pickled whole, and back as training states.

`pickle.loads(pickle.dumps(engine))` must go on exactly as the engine does, and a copy that adopts
the training state of one that stepped further must show and do exactly what that one does
(core.offload_state). Snapshots are compared field by field, arrays bit for bit.
"""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from core.config import TrainConfig
from core.deep_run.config import deep_config
from core.deep_run.trainer import DeepLessonTrainer
from core.plane_maps import MapRequest
from core.plane_trainer import PlaneTrainer
from core.size_sweep import SizeSweep
from core.twin import TwinConfig, TwinEngine
from tests.engine_cases import CASES, assert_same, assert_same_runs, trainers


@pytest.fixture(autouse=True)
def no_wall_clock_pace(monkeypatch):
    """The deep lesson keeps its maps a while (by the clock) once a snapshot follows many steps: two
    engines would keep them for different times. Exact maps in every snapshot here."""
    monkeypatch.setattr("core.deep_run.snapshot.MAPS_COST_FACTOR", 0.0)
    monkeypatch.setattr("core.deep_run.snapshot.UNITS_EVERY_S", 0.0)


def copy_of(obj):
    return pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


@pytest.mark.parametrize("case", CASES)
def test_a_pickled_engine_goes_on_exactly_as_the_original(case):
    engine = CASES[case]()
    engine.step(7)
    copy = copy_of(engine)
    assert_same(copy.snapshot(), engine.snapshot(), "snapshot")
    assert engine.step(25) == copy.step(25)
    assert_same(copy.snapshot(), engine.snapshot(), "snapshot")
    assert_same_runs(copy, engine)
    engine.step(3)
    copy.step(3)
    assert_same(copy.snapshot(), engine.snapshot(), "snapshot")


@pytest.mark.parametrize("case", CASES)
def test_a_copy_that_adopts_the_training_state_shows_and_does_what_the_original_does(case):
    engine = CASES[case]()
    engine.step(4)
    copy = copy_of(engine)  # the GUI's copy; `engine` plays the worker's
    engine.step(30)
    copy.adopt_training_state(copy_of(engine.training_state()))
    assert_same(copy.snapshot(), engine.snapshot(), "snapshot")
    assert_same_runs(copy, engine)
    assert engine.step(20) == copy.step(20)
    assert_same(copy.snapshot(), engine.snapshot(), "snapshot")
    assert_same_runs(copy, engine)


@pytest.mark.parametrize("case", ["tanh", "adam", "two_hidden_layers", "logistic", "deep"])
def test_adopting_shares_no_array_with_the_state_or_its_sender(case):
    worker = CASES[case]()
    gui = copy_of(worker)
    worker.step(5)
    state = worker.training_state()
    gui.adopt_training_state(state)  # not through pickle
    other = copy_of(gui)
    other.adopt_training_state(state)  # the same state twice
    worker.step(5)
    assert_same(gui.snapshot(), other.snapshot(), "snapshot")  # the worker's steps reached neither
    gui.step(5)
    assert_same(worker.snapshot(), gui.snapshot(), "snapshot")


def test_the_fused_networks_view_of_W2_follows_it_after_a_round_trip():
    t = copy_of(PlaneTrainer(TrainConfig(m=60)))
    t.step(1)
    stepper = t.run.stepper
    assert np.shares_memory(stepper._W2T, stepper.W2a)
    assert np.array_equal(stepper._W2T.T, stepper.W2a[:, : stepper.n_h])


@pytest.mark.parametrize("protocol", [pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL])
def test_data_stays_read_only_after_a_round_trip(protocol):
    """Protocol 4 (multiprocessing's) brings arrays back writeable; 5 keeps the flag."""
    for made in (PlaneTrainer(TrainConfig(m=60)), CASES["custom_data"]()):
        engine = pickle.loads(pickle.dumps(made, protocol=protocol))
        s = engine.snapshot()
        for a in (s.X_train, s.Y_train, s.X_test, s.Y_test, *engine.data, *(engine.custom_data or ())):
            assert not a.flags.writeable


def test_neither_work_buffers_nor_grids_nor_data_are_in_the_pickles():
    """At the shallow lesson's largest settings one work buffer is n_h x m x 8 = 800,000 bytes, the
    data set alone X (2, 2000) 32,000 bytes: the engine's pickle holds the data (about 150 KB with
    its split), not the buffers nor the plane's grids; the training state holds neither."""
    t = PlaneTrainer(TrainConfig(n_h=50, m=2000))
    t.request_maps(MapRequest(100, 40))
    t.step(100)
    t.snapshot()
    data_bytes = t.data[0].nbytes
    assert data_bytes == 32_000
    assert len(pickle.dumps(t.training_state())) < data_bytes / 2
    assert len(pickle.dumps(t)) < 250_000


@pytest.mark.parametrize(
    "make",
    [
        lambda: TwinEngine(TwinConfig(m=2000, n_h=10)),
        lambda: SizeSweep(TrainConfig(m=2000)),
        lambda: DeepLessonTrainer(deep_config((8, 8), m=2000, optimizer="adam", batch_size=64)),
    ],
    ids=["twin", "size_sweep", "deep_adam_mini_batch"],
)
def test_the_training_states_hold_no_data(make):
    engine = make()
    engine.step(50)
    data_bytes = sum(t.data[0].nbytes + t.data[1].nbytes for t in trainers(engine))
    parameters = sum(v.nbytes for t in trainers(engine) for v in t.parameters.values())
    optimizer_and_gradients = 3 * parameters  # Adam's v and s, the last dW and db
    histories = 50 * 16 * 12  # (step, value) of 50 steps, a dozen histories at most
    bound = parameters + optimizer_and_gradients + histories + 4_000 * len(trainers(engine))
    assert len(pickle.dumps(engine.training_state())) < min(bound, data_bytes)


def _largest_shallow():
    t = PlaneTrainer(TrainConfig(n_h=50, m=2000))
    t.request_maps(MapRequest(100, 40))
    return t


def _largest_twin():
    e = TwinEngine(TwinConfig(m=2000, n_h=10))
    e.request_maps(MapRequest(100, 100))
    return e


def _largest_sweep():
    e = SizeSweep(TrainConfig(m=2000))
    e.request_maps(MapRequest(100), per_live_snapshot=2)
    return e


LARGEST = {
    "shallow": _largest_shallow,
    "twin": _largest_twin,
    "size_sweep": _largest_sweep,
    "deep": lambda: DeepLessonTrainer(deep_config((8, 8, 8), m=2000)),
}


@pytest.mark.parametrize("make", LARGEST.values(), ids=LARGEST.keys())
def test_a_used_engine_pickles_no_bigger_than_a_new_one_but_for_its_histories(make):
    """Work buffers, grids, maps, the last live pictures, the snapshot's caches: none is pickled."""
    new = len(pickle.dumps(make()))
    engine = make()
    engine.step(20)
    getattr(engine, "live_snapshot", engine.snapshot)()
    engine.snapshot()
    assert len(pickle.dumps(engine)) < new + 20_000
