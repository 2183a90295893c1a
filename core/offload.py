"""Training in a second process: the worker steps a copy of the engine on the other core.

The GUI's process draws; a worker process (this module's `serve`) receives the whole engine
once by pickle (at Run, and again after each change the user makes), trains it in slices of
PERIOD_S, `share` of each slice, and answers each "want" with what stepping changed
(`engine.training_state()`). The GUI's copy adopts that (`adopt_training_state`) and takes
its snapshots itself, so everything the GUI reads of its engine is at most a frame old and
every change the user makes goes through the GUI's copy as before.

Messages, each a tuple: GUI -> worker ("install", epoch, engine pickle, share), ("share", s),
("want",), ("stop", epoch), ("quit",); worker -> GUI ("ready",), ("state", epoch, Delivery),
("stopped", epoch, Delivery) (the answer to "stop"), ("error", epoch, text). A state of an
older epoch (sent before the last install) is dropped.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when a worker starts: start-up leaves multiprocessing out (~10 ms)
    from multiprocessing.connection import Connection

PERIOD_S = 0.016  # the worker's slice: train share x PERIOD_S, then wait out the rest
CHUNK_S = 0.001  # steps between two looks at the pipe: a "want" is answered within ~1 ms
STOP_TIMEOUT_S = 5.0  # a worker that has not answered "stop" by then is taken for dead
NICE = 5  # the worker's niceness: where the cores are busy, the window's drawing comes first


@dataclass(frozen=True)
class Delivery:
    """What the worker sends: the training state, the steps and seconds it trained since the
    last delivery, and `ended` (the engine could not go on: diverged or at its end; it stopped)."""

    state: Any
    steps: int
    seconds: float
    ended: bool = False


class WorkerError(RuntimeError):
    """The worker failed (its step raised, it died, or it stopped answering)."""


def offloadable(engine: object) -> bool:
    """Whether `engine` can train in the worker: a training engine (steps_per_tick None) that
    hands over and adopts its training state."""
    return (
        getattr(engine, "steps_per_tick", 0) is None
        and callable(getattr(engine, "training_state", None))
        and callable(getattr(engine, "adopt_training_state", None))
    )


class _Outbox:
    """The worker's sending, from a thread of its own: a state larger than the socket's buffer
    waits there for the GUI's next tick to read it while training goes on (sent from the training
    loop, the hidden-size sweep's 320 KB states held training to 40 % of the worker's time)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, daemon=True, name="nn-visualizer send")
        self._thread.start()

    def send(self, message: tuple) -> None:
        self._queue.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def close(self) -> None:
        """Send what is queued, then end the thread."""
        self._queue.put(None)
        self._thread.join(timeout=STOP_TIMEOUT_S)

    def _run(self) -> None:
        while (blob := self._queue.get()) is not None:
            try:
                self._conn.send_bytes(blob)
            except OSError:  # the GUI has gone
                return


class _Trainer:
    """The worker's side: one engine, trained in duty-cycled slices, answering the pipe."""

    def __init__(self, conn: Connection, outbox: _Outbox) -> None:
        self.conn = conn
        self.out = outbox
        self.engine: Any = None
        self.epoch = 0
        self.share = 0.0
        self.running = False
        self.wanted = False
        self.per_step = 1e-4  # seconds per step, refined as it trains
        self.steps = 0  # since the last delivery
        self.seconds = 0.0

    def handle(self, message: tuple) -> bool:
        """Act on one message; False on "quit"."""
        kind = message[0]
        if kind == "install":
            _, self.epoch, blob, self.share = message
            self.engine = pickle.loads(blob)
            self.running, self.wanted, self.steps, self.seconds = True, True, 0, 0.0
        elif kind == "share":
            self.share = message[1]
        elif kind == "want":
            self.wanted = True
            if not self.running:
                self.deliver()
        elif kind == "stop":
            self.running = False
            if self.engine is not None:
                self.deliver(kind="stopped")
        return kind != "quit"

    def deliver(self, ended: bool = False, kind: str = "state") -> None:
        state = self.engine.training_state()
        self.out.send((kind, self.epoch, Delivery(state, self.steps, self.seconds, ended)))
        self.wanted, self.steps, self.seconds = False, 0, 0.0

    def train_chunk(self) -> None:
        """About CHUNK_S of steps; an engine that cannot go on ends the run."""
        n = max(1, int(CHUNK_S / self.per_step))
        start = time.perf_counter()
        done = self.engine.step(n)
        spent = time.perf_counter() - start
        self.steps += done
        self.seconds += spent
        if done:
            self.per_step = 0.7 * self.per_step + 0.3 * spent / done
        if done < n:
            self.running = False
            self.deliver(ended=True)

    def drain(self) -> bool:
        """Handle every waiting message; False on "quit"."""
        while self.conn.poll():
            if not self.handle(self.conn.recv()):
                return False
        return True

    def slice(self) -> bool:
        """One PERIOD_S: train `share` of it in chunks, answering the pipe between them, then wait."""
        start = time.perf_counter()
        train_until, end = start + self.share * PERIOD_S, start + PERIOD_S
        while self.running and time.perf_counter() < train_until:
            self.train_chunk()
            if self.running and self.wanted:
                self.deliver()
            if not self.drain():
                return False
        while self.running and (left := end - time.perf_counter()) > 0:
            if self.conn.poll(left) and not self.handle(self.conn.recv()):
                return False
            if self.running and self.wanted:
                self.deliver()
        return True

    def loop(self) -> None:
        while True:
            try:
                if not self.running:
                    if not self.handle(self.conn.recv()):
                        return
                elif not self.slice():
                    return
            except (EOFError, OSError):  # the GUI has gone
                return
            except Exception as exc:  # a step that raised: the GUI trains on where it was
                self.running = False
                self.out.send(("error", self.epoch, f"{type(exc).__name__}: {exc}"))


def serve(fd: int) -> None:
    """The worker process's main, on its end of the socket pair: say ready, then train what the
    GUI installs until "quit" or until the GUI's end closes (the GUI's process ended)."""
    from multiprocessing.connection import Connection

    if hasattr(os, "nice"):
        os.nice(NICE)
    conn = Connection(fd)
    outbox = _Outbox(conn)
    outbox.send(("ready",))
    _warm()
    try:
        _Trainer(conn, outbox).loop()
    finally:
        outbox.close()


WARM = ("core.plane_trainer", "core.twin", "core.size_sweep", "core.deep_run.sweep")


def _warm() -> None:
    """Import the training engines' modules before the first Run needs them (~0.2 s)."""
    import importlib

    for name in WARM:
        importlib.import_module(name)


_PROJECT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the folder holding core/
_LAUNCH = "import sys; from core.offload import serve; serve(int(sys.argv[1]))"


class TrainingWorker:
    """The GUI's side of the worker process: start it, install engines, take their states."""

    def __init__(self) -> None:
        self._conn = None
        self._process = None
        self._ready = False
        self._epoch = 0
        self._pending: Delivery | None = None  # the newest state of this epoch, not yet taken

    def start(self) -> None:
        """Launch the worker, a fresh interpreter that imports only core (forking a process with
        Qt's threads is unsafe, and multiprocessing's spawn would import the GUI's main module
        again); returns at once, `ready` says when it answers."""
        from multiprocessing.connection import Connection

        if self._process is not None:
            return
        mine, theirs = socket.socketpair()
        path = os.pathsep.join(filter(None, [_PROJECT, os.environ.get("PYTHONPATH")]))
        env = dict(os.environ, PYTHONPATH=path)
        fd = theirs.fileno()
        self._process = subprocess.Popen(
            [sys.executable, "-c", _LAUNCH, str(fd)], pass_fds=(fd,), env=env, stdin=subprocess.DEVNULL
        )
        theirs.close()
        self._conn = Connection(mine.detach())

    @property
    def ready(self) -> bool:
        """True once the worker has started and answers (never blocks)."""
        if not self._ready and self._conn is not None:
            try:
                self._collect()
            except WorkerError:
                return False
        return self._ready

    def install(self, engine: object, share: float) -> None:
        """Train a copy of `engine` from where it stands, `share` of each slice (raises WorkerError,
        or pickle's own error for an engine that cannot be copied: nothing was sent then)."""
        blob = pickle.dumps(engine, protocol=pickle.HIGHEST_PROTOCOL)
        self._epoch += 1
        self._pending = None
        self._send(("install", self._epoch, blob, share))

    def set_share(self, share: float) -> None:
        self._send(("share", share))

    def want(self) -> None:
        """Ask for the next state (one request at a time: the pipe never fills)."""
        self._send(("want",))

    def take(self) -> Delivery | None:
        """The newest state of the installed engine that arrived, or None (never blocks)."""
        self._collect()
        delivery, self._pending = self._pending, None
        return delivery

    def stop(self) -> Delivery | None:
        """Stop training and return where the worker stood (waits for its answer, at most
        STOP_TIMEOUT_S: then WorkerError)."""
        self._send(("stop", self._epoch))
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not self._connection().poll(left):
                raise WorkerError("the training process did not answer")
            if self._receive() == "stopped":
                final, self._pending = self._pending, None
                return final

    def close(self) -> None:
        if self._process is None:
            return
        with contextlib.suppress(OSError):
            self._conn.send(("quit",))
        try:
            self._process.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=1.0)
        self._conn.close()
        self._process = self._conn = None
        self._ready = False

    def _connection(self) -> Connection:
        if self._conn is None:
            raise WorkerError("the training process is not running")
        return self._conn

    def _send(self, message: tuple) -> None:
        conn = self._connection()
        try:
            conn.send(message)
        except OSError as exc:
            raise WorkerError(f"the training process has gone: {exc}") from exc

    def _collect(self) -> None:
        conn = self._connection()
        try:
            waiting = conn.poll()
        except OSError as exc:
            raise WorkerError(f"the training process has gone: {exc}") from exc
        while waiting:
            self._receive()
            waiting = conn.poll()

    def _receive(self) -> str:
        """One message into this side's state (a delivery of this epoch is merged into the
        pending one); returns the message's kind."""
        try:
            message = self._connection().recv()
        except (EOFError, OSError) as exc:
            raise WorkerError(f"the training process has gone: {exc}") from exc
        kind = message[0]
        if kind == "ready":
            self._ready = True
        elif kind == "error" and message[1] == self._epoch:
            raise WorkerError(message[2])
        elif kind in ("state", "stopped") and message[1] == self._epoch:
            self._pending = _merged(self._pending, message[2])
        return kind


def _merged(older: Delivery | None, newer: Delivery) -> Delivery:
    """Two deliveries not yet taken as one: the newer state, the steps and seconds of both."""
    if older is None:
        return newer
    return Delivery(newer.state, older.steps + newer.steps, older.seconds + newer.seconds, newer.ended)
