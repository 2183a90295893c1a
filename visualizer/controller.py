"""The step/run controller: the program's only timer, driving whichever lesson engine is open."""

from __future__ import annotations

import logging
import math
import pickle
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from core.engine_contract import Engine
from core.offload import Delivery, TrainingWorker, WorkerError, offloadable
from visualizer.frame_meter import FrameMeter

log = logging.getLogger(__name__)

TICK_MS = 16  # ~60 frames per second
TICK_S = TICK_MS / 1000
RESERVE_S = 0.002  # of each tick left to the event loop (input, menus, other widgets)
TRAIN_OVER_FRAME = 1.3  # training's least share of a tick, against the frame: 1.3 : 1 is 56 %, so
# what the estimate misses (it trails a changing frame) still leaves training at least half
TRAIN_FLOOR = 0.6  # of a tick: a 6 ms frame left training 16 - 2 - 6 = 8 ms, half the tick, and steps
# between frames run slower than alone (the deep lesson's 0.85x per CPU second here, caches the frame
# took); 9.6 ms + a frame up to 7 ms still make 60 frames/s
LATE = 1.15  # a tick this late (x its interval) means the event loop had no idle time since the last
TRAIN_CAP_S = 0.05  # a tick stops training past this (or twice its share), whatever the estimate said
SPEED_RANGE = (0.01, 10.0)
WORKER_SHARE = 0.9  # of the worker process's core that training takes at speed 1 (all of it from 1.11x):
# in the GUI's process it got 0.6 of each tick at 1x, and the frames the rest
CAREFUL_TICKS = 3  # a run's first ticks train in chunks from one step up (the step estimate may be stale)
OUTLIER = 3.0  # a frame counts at most OUTLIER x max(estimate, TICK_S) in the estimate: one slow frame
# (a tab's first layout) moved training for a second; frames that stay slow raise it in a few ticks
FRAME_WEIGHT = 0.1  # a new frame's weight in the estimate (after the first ten, averaged): a lesson's
# slow frame every half second (its titles laid out again) at 0.3 made the next three ticks late


class Controller(QObject):
    """Owns the QTimer. Each tick trains, then emits one snapshot (the redraw).

    With a worker process (`use_worker`), a training engine (core.offload.offloadable) trains
    there instead, on the other core: Run installs a copy of the engine in it, each tick adopts
    the newest training state it sent into the GUI's engine and emits that engine's snapshot,
    a change the user makes (`refresh` while running) installs the changed engine again, and
    Pause brings the worker's last state home. The worker trains WORKER_SHARE x the speed of
    its core; the frames have this process to themselves. Without a worker, or if it fails,
    training runs in this process, as follows.

    It drives any engine of the contract (core.engine_contract.Engine): step, reset and
    snapshot, paced by `steps_per_tick` (None: fill the time budget; read with getattr so a
    test's bare stand-in needs no pacing).

    A frame is the tick's whole period (its start to the next tick's) less training and less the
    event loop's true sleep (the FrameMeter sums it: wall time less the GUI thread's CPU time
    between the dispatcher's aboutToBlock and awake), never less than the render call plus the
    paint Qt does after the tick (the meter times the window's repaints, `watch_paint`): the
    scene's queued bookkeeping, layouts and pyqtgraph's timers cost as much as the paint in some
    lessons. Training gets what the frame leaves of the 16 ms tick, never less than 60 % of the
    tick nor 1.3 frames (more than half of each tick, however slow the drawing), times the speed.
    `clock` and `cpu_clock` are injectable so tests drive time.
    """

    snapshot_ready = Signal(object)
    running_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.perf_counter,
        cpu_clock: Callable[[], float] = time.thread_time,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.frame_meter = FrameMeter(clock, self, cpu_clock)
        self.frame_meter.watch_idle()
        self._engine: Engine | None = None
        self._timer = QTimer(self)
        # a coarse timer may fire up to 5 % late: 16 ms ticks then made < 60 frames/s however cheap
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._speed = 1.0
        self._seconds_per_step = 1e-4  # running estimate, refined every tick
        self._frame_seconds = 0.0  # running estimate of a whole frame (all of a tick but training and sleep)
        self._frames = 0  # frames measured since the engine was set (the first ten are averaged)
        self._first_of_run = False  # the next frame is a run's first (not counted)
        self._ticks_run = 0  # ticks that trained since run()
        self._rendered = None  # the last tick's render time, until its paint is known
        self._last_tick: tuple[float, float] | None = None  # (its start, its training time)
        self._train_seconds = TICK_S / 2  # this tick's share for training
        self._owed = 0.0  # fractional steps carried between ticks at low speeds
        self._worker: TrainingWorker | None = None
        self._remote = False  # this run trains in the worker process
        self.worker_seconds = 0.0  # the worker's training time in the states adopted so far (benchmarks)

    @property
    def engine(self) -> Engine | None:
        return self._engine

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def speed(self) -> float:
        return self._speed

    def set_engine(self, engine: Engine | None, show: bool = True) -> None:
        """Drive `engine` from now on; pauses, then shows where that engine stands (`show`: a
        lesson that still shows its engine as it is passes False: no snapshot, no render)."""
        self.pause()
        self._engine = engine
        self._seconds_per_step = 1e-4
        self._frame_seconds = 0.0
        self._frames = 0
        self._rendered = None
        self._owed = 0.0
        if show:
            self.refresh()

    def use_worker(self, worker: TrainingWorker | None) -> None:
        """Train in `worker`'s process from the next Run on (None: in this process)."""
        self._bring_home()
        self._worker = worker

    @property
    def remote(self) -> bool:
        """True while the open run trains in the worker process."""
        return self._remote

    def watch_paint(self, window: QWidget) -> None:
        """Count `window`'s repaints in the frame's cost (the main window calls it once)."""
        self.frame_meter.watch(window)

    @property
    def frame_seconds(self) -> float:
        """The running estimate of one whole frame (all of a tick but training and sleep), in seconds."""
        return self._frame_seconds

    def training_seconds(self) -> float:
        """Training time of the next tick: what the frame leaves of the tick, at least 60 % of the
        tick and a little longer than the frame (training keeps more than half of each tick, however
        slow the drawing), times the speed."""
        frame = self._frame_seconds
        return max(TICK_S - RESERVE_S - frame, TRAIN_FLOOR * TICK_S, TRAIN_OVER_FRAME * frame) * self._speed

    def set_speed(self, speed: float) -> None:
        lo, hi = SPEED_RANGE
        if math.isfinite(speed):
            self._speed = min(max(float(speed), lo), hi)
            if self._remote:
                self._tell_worker(lambda w: w.set_share(self._worker_share()))

    def step(self) -> None:
        """One step of the open lesson, whether running or not."""
        if self._engine is not None:
            self._engine.step(1)
            self.refresh()

    def run(self) -> None:
        if self._engine is not None and not self._timer.isActive():
            self._owed = 0.0
            self._rendered = self._last_tick = None
            self._first_of_run = True  # its frame draws the run anew (the views were exact): not counted
            self._ticks_run = 0
            self.frame_meter.take()  # paints while paused (the user's edits) are no frame's
            self.frame_meter.take_idle()
            self._remote = self._install()
            self._timer.start()
            self.running_changed.emit(True)

    def pause(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._bring_home()
            self.running_changed.emit(False)

    def toggle(self) -> None:
        self.pause() if self.running else self.run()

    def reset(self) -> None:
        """Pause and return the open lesson to step 0."""
        self.pause()
        if self._engine is not None:
            self._engine.reset()
            self.refresh()

    def refresh(self) -> None:
        """Emit the open engine's snapshot now (after a change: one made while the worker trains
        goes to the worker too, which trains on from the changed engine)."""
        if self._engine is not None:
            if self._remote:
                self._remote = self._install()
            self.snapshot_ready.emit(self._engine.snapshot())

    def _worker_share(self) -> float:
        return min(1.0, WORKER_SHARE * self._speed)

    def _install(self) -> bool:
        """Hand the open engine to the worker to train; False (train here) when there is no
        worker ready or the engine is not one it can train."""
        worker = self._worker
        if worker is None or not offloadable(self._engine) or not worker.ready:
            return False
        try:
            worker.install(self._engine, self._worker_share())
        except (pickle.PicklingError, TypeError, AttributeError) as exc:  # an engine that cannot be copied
            log.warning("training here: the engine cannot go to the training process (%s)", exc)
            return False
        except WorkerError as exc:
            self._lose_worker(exc)
            return False
        return True

    def _bring_home(self) -> None:
        """Stop the worker's run and adopt where it stood (the pause shows the exact last step)."""
        if self._remote:
            self._remote = False
            try:
                final = self._worker.stop()
            except WorkerError as exc:
                self._lose_worker(exc)  # the engine keeps the last state it adopted
                return
            self._adopt(final)

    def _adopt(self, delivery: Delivery | None) -> None:
        if delivery is not None:
            self._engine.adopt_training_state(delivery.state)
            self.worker_seconds += delivery.seconds

    def _tell_worker(self, say: Callable[[TrainingWorker], None]) -> None:
        try:
            say(self._worker)
        except WorkerError as exc:
            self._lose_worker(exc)

    def _lose_worker(self, exc: Exception) -> None:
        """The worker failed: training goes on in this process, from the last state adopted."""
        log.warning("training in this process from now on: %s", exc)
        self._remote = False
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.close()

    def _remote_tick(self) -> None:
        """Adopt the worker's newest state, if one came, ask for the next, and draw it."""
        try:
            delivery = self._worker.take()
        except WorkerError as exc:
            self._lose_worker(exc)
            return
        if delivery is None:
            return  # nothing new to draw
        self._adopt(delivery)
        if delivery.ended:  # diverged or at its end: stop, as training here does
            self.pause()
            return
        self._tell_worker(TrainingWorker.want)
        self.snapshot_ready.emit(getattr(self._engine, "live_snapshot", self._engine.snapshot)())

    def steps_for_this_tick(self) -> int:
        """How many steps the next tick runs, at the current speed."""
        paced = getattr(self._engine, "steps_per_tick", None)
        if paced is not None:
            self._owed += paced * self._speed
        else:
            self._train_seconds = self.training_seconds()
            self._owed += self._train_seconds / self._seconds_per_step
        n = int(self._owed)
        self._owed -= n
        return n

    def _train(self, engine: Engine, n: int) -> int:
        """Up to n steps in doubling chunks, stopping once the tick's training time is spent.

        The estimate of a step's cost can be far off in a run's first ticks (100,000 imported
        points make a step hundreds of times slower): then chunks start at one step, and one tick
        costs a few steps, never minutes. Once the estimate has followed the run for a few ticks
        they start at a quarter of n: three calls a tick, not ten (each call has its own cost:
        the 2-4-1 network's steps ran at 0.8x of their speed alone between frames).
        """
        if getattr(engine, "steps_per_tick", None) is not None:
            return engine.step(n)  # paced to be watched: exactly n
        deadline = self._clock() + max(2 * self._train_seconds, TRAIN_CAP_S)
        self._ticks_run += 1
        done, chunk = 0, 1 if self._ticks_run <= CAREFUL_TICKS else max(1, n // 4)
        while done < n:
            want = min(chunk, n - done)
            ran = engine.step(want)
            done += ran
            if ran < want or self._clock() >= deadline:
                break
            chunk *= 2
        return done

    def _measure_last_frame(self, now: float) -> None:
        """Fold the last tick's frame into the estimate: all of the last tick's period that was
        neither training nor sleep (the paint, layouts and the scene's bookkeeping count), at
        least its render and paint; without a count of sleep, all that was not training when this
        tick came late (the event loop cannot have slept)."""
        painted = self.frame_meter.take()
        idle = self.frame_meter.take_idle()
        if self._rendered is not None and self._last_tick is not None:
            started, trained = self._last_tick
            frame = self._rendered + painted
            if idle is not None:
                frame = max(frame, now - started - trained - idle)
            elif now - started > LATE * TICK_S:
                frame = max(frame, now - started - trained)
            self._fold(frame)
        self._rendered = None

    def _fold(self, frame: float) -> None:
        """One frame into the estimate: the first ten averaged, then a slow average (FRAME_WEIGHT);
        the first frame of a run is left out, and every frame after the estimate's first counts at
        most OUTLIER times the larger of the current estimate and one tick (TICK_S).

        Deep's first frame after a reset took 128 ms: averaged in, the next ticks trained 1.3 x that
        (254 ms in one), and the run stuttered for a second after Run."""
        if self._first_of_run:
            self._first_of_run = False
            return
        if self._frames:
            frame = min(frame, OUTLIER * max(self._frame_seconds, TICK_S))
        self._frames += 1
        weight = max(FRAME_WEIGHT, 1 / self._frames)
        self._frame_seconds += weight * (frame - self._frame_seconds)

    def _on_timer_timeout(self) -> None:
        engine = self._engine
        if engine is None:
            return
        if self._remote:
            self._remote_tick()
            return
        now = self._clock()
        self._measure_last_frame(now)
        trained = 0.0
        n = self.steps_for_this_tick()
        if n:
            start = self._clock()
            done = self._train(engine, n)
            trained = self._clock() - start
            if done:
                per_step = trained / done
                self._seconds_per_step = 0.7 * self._seconds_per_step + 0.3 * per_step
            else:  # the engine cannot go on (diverged, or at its end): stop running
                self.pause()
        start = self._clock()
        self.snapshot_ready.emit(getattr(engine, "live_snapshot", engine.snapshot)())
        self._rendered = self._clock() - start
        self._last_tick = (now, trained)
