"""What the training engines share to be trained in another process: pickling and training states.

A training engine (steps_per_tick None) goes to a worker process whole, by pickle, and comes back
~60 times a second as only what `step(n)` changed: its `training_state()`, which the GUI's copy
takes with `adopt_training_state(state)`. The rules every engine follows:

- Pickling drops what is rebuilt lazily and costs memory: the fused step's work buffers (n_h x m
  arrays, ~800 KB each at n_h = 50, m = 2,000), the plane's grids and maps, the snapshots' caches.
  Views that must follow in-place updates (FusedNetwork._W2T) are rebuilt, never pickled (pickle
  copies a view into an array of its own, which would stop following). Read-only arrays come back
  writeable under pickle protocol 4 (multiprocessing's): the engines make their data read-only
  again (`refreeze`).
- A training state (`TrainingState`, one per trainer) holds no data set, no work buffer and no
  picture: the stepper's parameters, optimizer averages and last gradients, the generator's state,
  the epoch's order, the counters and the cost histories (their used part only). Its arrays are
  copied into one bytes blob (`Packed`): numpy pickles each array through a reduce call of ~10 us
  here, bytes in ~1 us, and a state of several dozen arrays is sent every frame.
- Adopting writes into the engine's own objects (the fused parameters in place, the generator's
  state into its generator, the histories into their arrays); what it keeps of the state itself
  (a DeepStepper's parameters and averages, the last gradients, the epoch's order) are read-only
  views of the state's own bytes, which no engine writes: so the engine never shares an array with
  the sender, and the same state may be adopted again, by several engines. adopt returns True when
  the run went back or changed at the same step: the caches that trust the step were dropped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.history import CostHistory
from core.run_state import RunState

Array = np.ndarray
HISTORIES = ("history", "test_history", "epoch_history")


def refreeze(*arrays: Array | None) -> None:
    """Make arrays read-only again after unpickling (pickle restores them writeable)."""
    for a in arrays:
        if a is not None:
            a.flags.writeable = False


@dataclass(frozen=True)
class Packed:
    """Named arrays as one bytes blob: layout (name, dtype, shape) in order, then the bytes."""

    layout: tuple[tuple[str, str, tuple[int, ...]], ...] = ()
    blob: bytes = b""


def pack(arrays: dict[str, Array]) -> Packed:
    """Copies of `arrays` (any dtype, any layout) in one Packed."""
    items = [(k, np.asarray(v)) for k, v in arrays.items()]
    layout = tuple((k, v.dtype.str, v.shape) for k, v in items)
    return Packed(layout, b"".join(np.ascontiguousarray(v).tobytes() for _, v in items))


def unpack(packed: Packed) -> dict[str, Array]:
    """The arrays of `pack`: read-only views of its blob (no copy; nothing else holds the blob's
    bytes, and the engines never write into what they adopt: they copy it or replace it)."""
    out, offset = {}, 0
    for name, dtype, shape in packed.layout:
        a = np.frombuffer(packed.blob, dtype=dtype, count=math.prod(shape), offset=offset)
        out[name] = a.reshape(shape)
        offset += a.nbytes
    return out


@dataclass(frozen=True)
class TrainingState:
    """What a Trainer's step(n) changes, as plain values: `kind` (the stepper's class), the arrays
    (stepper's under "stepper.", the epoch's order, the histories' points) and the scalars."""

    kind: str
    arrays: Packed
    values: dict = field(default_factory=dict)


def _histories(run: RunState) -> dict[str, CostHistory]:
    named = {name: getattr(run, name) for name in HISTORIES}
    named.update({f"norms{i}": h for i, h in enumerate(run.norm_histories)})
    return named


def put_history(name: str, h: CostHistory, arrays: dict, values: dict) -> None:
    """A history's kept points into `arrays`, its counters into `values` (under `name`)."""
    state = h.__getstate__()
    arrays[name + ".steps"], arrays[name + ".values"] = state.pop("_steps"), state.pop("_values")
    values[name] = state


def take_history(name: str, arrays: dict, values: dict, into: CostHistory | None = None) -> CostHistory:
    """What `put_history` stored under `name`, written into `into` (a new CostHistory if None)."""
    h = CostHistory.__new__(CostHistory) if into is None else into
    h.__setstate__({**values[name], "_steps": arrays[name + ".steps"], "_values": arrays[name + ".values"]})
    return h


def run_training_state(run: RunState) -> TrainingState:
    """`run`'s TrainingState (copies: the run may step on while the state waits to be sent)."""
    fields, stepper_values = run.stepper.training_fields()
    arrays = {"stepper." + k: v for k, v in fields.items()}
    arrays["order"] = run.order
    values = dict(stepper=stepper_values, step=run.step, diverged_at=run.diverged_at, epoch=run.epoch,
                  epoch_sum=list(run.epoch_sum), changed_mid_run=run.changed_mid_run,
                  rng=run.rng.bit_generator.state, norms=len(run.norm_histories))  # fmt: skip
    for name, h in _histories(run).items():
        put_history(name, h, arrays, values)
    return TrainingState(type(run.stepper).__name__, pack(arrays), values)


def check_adoptable(run: RunState, state: Any) -> None:
    """ValueError unless a copy of `run` can have made `state`: the same stepper class, the same
    arrays by name and shape (the optimizer's averages too), the same number of histories."""
    if not isinstance(state, TrainingState) or state.kind != type(run.stepper).__name__:
        raise ValueError(f"not a training state of a {type(run.stepper).__name__} run")
    mine = {k: v.shape for k, v in run.stepper.training_fields()[0].items() if not k.startswith("last.")}
    theirs = {k[8:]: shape for k, _, shape in state.arrays.layout if k.startswith("stepper.")}
    if mine != {k: shape for k, shape in theirs.items() if not k.startswith("last.")}:
        raise ValueError("the training state's parameters have other names or shapes than this run's")
    if state.values["norms"] != len(run.norm_histories):
        raise ValueError("the training state has another number of layers than this run")


def _rewinds(run: RunState, step: int, stepper: dict[str, Array]) -> bool:
    """Whether taking (step, stepper arrays) could leave a cache keyed by the step stale: the step
    goes back, or stays with other parameters. (Moving on, or a stopped run's same state, leaves
    those caches right: their pace decides, as when the engine steps itself.)"""
    if step != run.step:
        return step < run.step
    mine = run.stepper.training_fields()[0]
    return any(not np.array_equal(v, stepper[k]) for k, v in mine.items() if not k.startswith("last."))


def adopt_run(run: RunState, state: TrainingState) -> bool:
    """Make `run` go on from `state` (made by a copy of it that stepped further); returns whether
    it went back or changed at the same step (`_rewinds`: caches keyed by the step are stale)."""
    check_adoptable(run, state)
    arrays, values = unpack(state.arrays), state.values
    stepper = {k[8:]: v for k, v in arrays.items() if k.startswith("stepper.")}
    rewound = _rewinds(run, values["step"], stepper)
    run.stepper.adopt_training(stepper, values["stepper"])
    run.order, run.step, run.diverged_at = arrays["order"], values["step"], values["diverged_at"]
    run.epoch, run.epoch_sum = values["epoch"], list(values["epoch_sum"])
    run.changed_mid_run = values["changed_mid_run"]
    run.rng.bit_generator.state = values["rng"]
    for name, h in _histories(run).items():
        take_history(name, arrays, values, into=h)
    return rewound


@dataclass(frozen=True)
class EngineState:
    """The training state of an engine of several trainers: one TrainingState per trainer, in the
    engine's order, and the engine's own arrays and values (TwinEngine's lockstep, say)."""

    runs: tuple[TrainingState, ...]
    arrays: Packed = Packed()
    values: dict = field(default_factory=dict)


def adopt_runs(trainers: list, state: Any) -> bool:
    """Each trainer adopts its run of `state` (an EngineState with one run per trainer, through its
    own adopt_training_state); returns whether any of them went back or changed at the same step."""
    if not isinstance(state, EngineState) or len(state.runs) != len(trainers):
        raise ValueError("a training state of another engine (not one run per trainer)")
    for t, run in zip(trainers, state.runs, strict=True):  # another kind of run: none adopts
        if not isinstance(run, TrainingState) or run.kind != type(t.run.stepper).__name__:
            raise ValueError(f"not a training state of a {type(t.run.stepper).__name__} run")
    return any([t.adopt_training_state(run) for t, run in zip(trainers, state.runs, strict=True)])


def runs_state(trainers: list) -> EngineState:
    """Every trainer's TrainingState, as one EngineState."""
    return EngineState(tuple(t.training_state() for t in trainers))
