"""After adopt_training_state the GUI's copy of an engine shows the adopted run, never a cached
picture of its own earlier one (issue 17; core.offload_state), and refuses a state of another model."""

from __future__ import annotations

import pickle

import pytest

from core.config import TrainConfig
from core.deep_run.config import deep_config
from core.deep_run.trainer import DeepLessonTrainer
from core.plane_maps import MapRequest
from core.plane_trainer import PlaneTrainer
from core.size_sweep import SizeSweep
from core.twin import TwinConfig, TwinEngine
from tests.engine_cases import assert_same

M = 100


@pytest.fixture(autouse=True)
def no_wall_clock_pace(monkeypatch):
    """Exact deep maps in every snapshot (their pace by the clock would differ between engines)."""
    monkeypatch.setattr("core.deep_run.snapshot.MAPS_COST_FACTOR", 0.0)
    monkeypatch.setattr("core.deep_run.snapshot.UNITS_EVERY_S", 0.0)


def copy_of(obj):
    return pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


def _plane():
    t = PlaneTrainer(TrainConfig(m=M, n_h=5))
    t.request_maps(MapRequest(16, 8, 0.0, 0.0))
    return t


def _twin():
    e = TwinEngine(TwinConfig(m=M, n_h=3))
    e.request_maps(MapRequest(12, 12, 0.0))
    return e


def _sweep(per_live_snapshot=0):
    e = SizeSweep(TrainConfig(m=M, test_ratio=0.0), sizes=(1, 3, 5))
    e.request_maps(MapRequest(12), per_live_snapshot=per_live_snapshot)
    return e


def _deep():
    return DeepLessonTrainer(deep_config((6, 6), m=M))


def live(engine):
    return getattr(engine, "live_snapshot", engine.snapshot)()


ENGINES = {"shallow": _plane, "twin": _twin, "size_sweep": _sweep, "deep": _deep}


@pytest.mark.parametrize("make", ENGINES.values(), ids=ENGINES.keys())
def test_after_adopting_the_live_snapshot_shows_the_adopted_run(make):
    worker = make()
    worker.step(3)
    gui = copy_of(worker)
    before = live(gui)  # the GUI's caches hold this picture
    worker.step(20)
    gui.adopt_training_state(copy_of(worker.training_state()))
    after = live(gui)
    assert after.step == before.step + 20
    assert_same(after, live(worker), "live snapshot")


def _perturbed_at_the_same_step(engine):
    """A copy of `engine` whose run is another at the same step (a unit nudged)."""
    other = copy_of(engine)
    if isinstance(other, SizeSweep):
        other.trainers[0].perturb_unit(0, 0.5)  # a run whose turn has not come
    elif isinstance(other, TwinEngine):
        other._symmetric.perturb_unit(0, 0.5)
    else:
        other.perturb_unit(0, 0.5)
    return other


@pytest.mark.parametrize(
    "make",
    [_plane, _twin, lambda: _sweep(per_live_snapshot=1), _deep],
    ids=["shallow", "twin", "size_sweep_in_turn", "deep"],
)
def test_a_state_of_another_run_at_the_same_step_is_shown_not_the_cached_picture(make):
    """The caches reused at the same step (the deep lesson's set statistics, the sweep's runs that
    wait for their turn) must not outlive an adopted state that changed the run without a step."""
    gui = make()
    gui.step(5)
    live(gui)
    live(gui)  # the sweep's runs computed and kept for their turns
    other = _perturbed_at_the_same_step(gui)
    assert gui.adopt_training_state(copy_of(other.training_state()))  # True: the caches were dropped
    assert_same(live(gui), live(other), "live snapshot")


@pytest.mark.parametrize("make", [_plane, _deep], ids=["shallow", "deep"])
def test_an_earlier_state_takes_the_run_back(make):
    gui = make()
    gui.step(3)
    earlier = copy_of(gui)
    state = earlier.training_state()
    gui.step(30)
    live(gui)
    assert gui.adopt_training_state(state)
    assert_same(live(gui), live(earlier), "live snapshot")
    gui.step(4)
    earlier.step(4)
    assert_same(gui.snapshot(), earlier.snapshot(), "snapshot")


def test_a_stopped_run_adopting_its_own_state_keeps_its_caches():
    """A state that neither moves the run on nor changes it (a diverged run, a sweep at its end)
    arrives every frame: it must not cost a new picture each time."""
    t = PlaneTrainer(TrainConfig(m=M))
    t.step(5)
    assert not t.adopt_training_state(t.training_state())


@pytest.mark.parametrize(
    "engine, other",
    [
        (lambda: PlaneTrainer(TrainConfig(m=M, n_h=4)), lambda: PlaneTrainer(TrainConfig(m=M, n_h=5))),
        (lambda: PlaneTrainer(TrainConfig(m=M)), lambda: PlaneTrainer(TrainConfig(m=M, optimizer="adam"))),
        (lambda: PlaneTrainer(TrainConfig(m=M)), lambda: PlaneTrainer(TrainConfig(m=M, model="logistic"))),
        (lambda: _deep(), lambda: DeepLessonTrainer(deep_config((6, 6, 6), m=M))),
        (lambda: _deep(), lambda: DeepLessonTrainer(deep_config((6, 5), m=M))),
        (lambda: _sweep(), lambda: SizeSweep(TrainConfig(m=M), sizes=(1, 3))),
        (lambda: _twin(), lambda: PlaneTrainer(TrainConfig(m=M))),
    ],
    ids=["n_h", "optimizer", "model", "depth", "width", "sweep_sizes", "twin_from_trainer"],
)
def test_a_state_of_another_model_is_refused_and_changes_nothing(engine, other):
    e = engine()
    e.step(2)
    before = e.snapshot()
    donor = other()
    donor.step(9)
    with pytest.raises(ValueError):
        e.adopt_training_state(donor.training_state())
    assert_same(e.snapshot(), before, "snapshot")
