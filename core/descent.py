"""The gradient-descent lesson's engine: optimizers racing down J(theta) from one start point.

The controller calls step(n), reset() and snapshot(); the lesson changes the setup with
apply_config() and set_start(). Each racer stops on its own when it diverges (its point
or cost stops being finite, or it leaves a bound far outside the plotted square) or
converges; step() returns 0 once every racer has stopped.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

import numpy as np

from core import logreg_surface as ls
from core.optimizers import OPTIMIZER_LABELS, OPTIMIZER_NAMES, make_optimizer
from core.validation import RANGES, CoreError, check, check_choice

Array = np.ndarray

GRID_N = 160  # the surface is sampled on GRID_N x GRID_N points
MAX_STEPS = 3000  # a race ends here (a path of 3001 points is plenty to watch)
DIVERGE_FACTOR = 3.0  # diverged: farther than this many half-widths from the square's centre
GRAD_TOL, STEP_TOL = 1e-6, 1e-7  # converged: gradient and last step both this small
LEARNING_RATE_RANGE = RANGES["descent.learning_rate"].bounds
# The plotted square (p1_lo, p1_hi, p2_lo, p2_hi) and the default start, per mode.
EXTENTS: dict[str, tuple[float, float, float, float]] = {
    "w_b": (-6.0, 8.0, -7.0, 7.0),
    "w1_w2": (-4.0, 6.0, -5.0, 5.0),
}
DEFAULT_STARTS: dict[str, tuple[float, float]] = {"w_b": (-4.5, 5.5), "w1_w2": (-3.0, 3.5)}
# Changing one of these changes J itself (a new surface); the rest only restart the race.
SURFACE_FIELDS = frozenset({"mode", "loss", "m", "separation", "noise", "data_seed", "normalize"})


def _frozen(a: Array) -> Array:
    a = np.array(a, dtype=float, copy=True)
    a.flags.writeable = False
    return a


@dataclass(frozen=True)
class DescentConfig:
    """Everything that decides a race; the same config gives the same paths, bit for bit."""

    mode: str = "w_b"
    loss: str = "cross_entropy"
    m: int = 100
    separation: float = 2.0
    noise: float = 1.0
    data_seed: int = 1
    normalize: bool = False
    learning_rate: float = 1.0
    beta1: float = 0.9  # momentum's beta, Adam's beta1
    beta2: float = 0.999  # Adam's beta2
    beta_rmsprop: float = 0.9  # RMSprop's beta2 (no bias correction: 0.999 would jump 32 alpha)
    optimizers: tuple[str, ...] = ("gd", "momentum")
    start: tuple[float, float] | None = None  # None: the mode's default start

    def __post_init__(self) -> None:
        check_choice("mode", self.mode, ls.MODES)
        check_choice("loss", self.loss, ls.LOSSES)
        for name in ("m", "separation", "noise", "learning_rate", "beta1", "beta2", "beta_rmsprop"):
            check(name, getattr(self, name), f"descent.{name}")
        names = tuple(self.optimizers)
        for name in names:
            check_choice("optimizers", name, OPTIMIZER_NAMES)
        if len(set(names)) != len(names):
            raise CoreError("descent.optimizer_twice")
        object.__setattr__(self, "optimizers", names)
        if self.start is not None:
            start = tuple(float(v) for v in self.start)
            if not (len(start) == 2 and all(math.isfinite(v) for v in start)):
                raise CoreError("descent.start")
            object.__setattr__(self, "start", start)

    @property
    def start_point(self) -> tuple[float, float]:
        return self.start if self.start is not None else DEFAULT_STARTS[self.mode]

    @property
    def extent(self) -> tuple[float, float, float, float]:
        return EXTENTS[self.mode]

    def changed(self, **changes: Any) -> DescentConfig:
        return replace(self, **changes)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> DescentConfig:
        data = json.loads(text)
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise CoreError("config.unknown_keys", keys=", ".join(unknown))
        data["optimizers"] = tuple(data.get("optimizers", ()))
        if data.get("start") is not None:
            data["start"] = tuple(data["start"])
        return cls(**data)


@dataclass(frozen=True)
class Surface:
    """J sampled on the plotted square: p1 (N,), p2 (M,), J (M, N) row-major, all read-only."""

    p1: Array
    p2: Array
    J: Array
    names: tuple[str, str]
    minimum: Array  # (2,) the lowest grid point
    J_min: float
    X: Array  # (n_x, m) the inputs the model sees (normalized if asked)
    Y: Array  # (1, m)


def make_surface(config: DescentConfig, problem: ls.Problem) -> Surface:
    """Sample J over the mode's square on a GRID_N x GRID_N grid."""
    x0, x1, y0, y1 = config.extent
    p1, p2 = np.linspace(x0, x1, GRID_N), np.linspace(y0, y1, GRID_N)
    J = ls.cost_grid(problem, p1, p2)
    i, j = np.unravel_index(int(np.argmin(J)), J.shape)
    X = problem.U[:1] if config.mode == "w_b" else problem.U
    return Surface(
        _frozen(p1), _frozen(p2), _frozen(J), problem.names,
        _frozen([p1[j], p2[i]]), float(J[i, j]), _frozen(X), _frozen(problem.Y),
    )  # fmt: skip


@dataclass(frozen=True)
class RacerSnapshot:
    """One optimizer's race so far: its path (finite points only) and where it stands now."""

    name: str
    label: str
    path: Array  # (k+1, 2) theta after each update, the start first
    costs: Array  # (k+1,) J along the path
    theta: Array  # (2,)
    cost: float
    gradient: Array  # (2,) dJ/dtheta at theta
    diverged_at: int | None
    converged_at: int | None

    @property
    def grad_norm(self) -> float:
        return float(np.hypot(*self.gradient))

    @property
    def stopped(self) -> bool:
        return self.diverged_at is not None or self.converged_at is not None

    @property
    def status(self) -> str:
        if self.diverged_at is not None:
            return f"diverged at step {self.diverged_at}"
        if self.converged_at is not None:
            return f"converged at step {self.converged_at}"
        return ""


@dataclass(frozen=True)
class DescentSnapshot:
    """What the plots may see at one step: the surface, the start and every racer."""

    step: int
    config: DescentConfig
    surface: Surface
    start: Array  # (2,)
    start_gradient: Array  # (2,) dJ/dtheta at the start, shared by every racer
    racers: tuple[RacerSnapshot, ...]

    @property
    def lead(self) -> RacerSnapshot | None:
        """The first racer: the one the single readouts (w, b, J, |grad J|) describe."""
        return self.racers[0] if self.racers else None

    @property
    def theta(self) -> Array:
        return self.lead.theta if self.lead else self.start

    @property
    def w(self) -> float:
        return float(self.theta[0])

    @property
    def b(self) -> float:
        """b in the 1-feature mode; the second parameter (w2) in the 2-feature mode."""
        return float(self.theta[1])

    @property
    def J(self) -> float:
        return self.lead.cost if self.lead else float("nan")

    @property
    def gradient(self) -> Array:
        return self.lead.gradient if self.lead else np.zeros(2)

    @property
    def grad_norm(self) -> float:
        return self.lead.grad_norm if self.lead else 0.0

    @property
    def diverged(self) -> tuple[RacerSnapshot, ...]:
        return tuple(r for r in self.racers if r.diverged_at is not None)

    @property
    def finished(self) -> bool:
        return all(r.stopped for r in self.racers) or self.step >= MAX_STEPS


class _Racer:
    """One optimizer's state and its preallocated path."""

    def __init__(self, name: str, config: DescentConfig, problem: ls.Problem, bound: tuple):
        self.name = name
        self.problem = problem
        self.center, self.radius = bound
        self.optimizer = make_optimizer(
            name, config.learning_rate, beta1=config.beta1, beta2=config.beta2,
            beta_rmsprop=config.beta_rmsprop,
        )  # fmt: skip
        self.path = np.empty((MAX_STEPS + 1, 2))
        self.costs = np.empty(MAX_STEPS + 1)
        self.theta = np.array(config.start_point, dtype=float)
        self.cost, self.grad = ls.cost_and_gradient(problem, self.theta)
        self.path[0], self.costs[0], self.k = self.theta, self.cost, 0
        self.diverged_at: int | None = None
        self.converged_at: int | None = None

    @property
    def active(self) -> bool:
        return self.diverged_at is None and self.converged_at is None

    def advance(self, step: int) -> None:
        """One update; a non-finite or far-away result ends the race without entering the path."""
        with np.errstate(all="ignore"):
            theta = self.optimizer.update(self.theta, self.grad)
            far = not np.all(np.isfinite(theta)) or np.hypot(*(theta - self.center)) > self.radius
            cost, grad = (math.nan, theta) if far else ls.cost_and_gradient(self.problem, theta)
        if far or not (math.isfinite(cost) and np.all(np.isfinite(grad))):
            self.diverged_at = step
            return
        moved = float(np.hypot(*(theta - self.theta)))
        self.theta, self.cost, self.grad = theta, cost, grad
        self.k += 1
        self.path[self.k], self.costs[self.k] = theta, cost
        if np.hypot(*grad) < GRAD_TOL and moved < STEP_TOL:
            self.converged_at = step

    def snapshot(self) -> RacerSnapshot:
        n = self.k + 1
        return RacerSnapshot(
            self.name, OPTIMIZER_LABELS[self.name], _frozen(self.path[:n]),
            _frozen(self.costs[:n]), _frozen(self.theta), self.cost, _frozen(self.grad),
            self.diverged_at, self.converged_at,
        )  # fmt: skip


class DescentEngine:
    """Runs the race; step(n), reset() and snapshot() are all the controller needs."""

    steps_per_tick = 2  # Run shows the path grow: ~120 updates a second at speed 1

    def __init__(self, config: DescentConfig | None = None) -> None:
        self._config = config or DescentConfig()
        self._build_surface()
        self.reset()

    @property
    def config(self) -> DescentConfig:
        return self._config

    @property
    def problem(self) -> ls.Problem:
        return self._problem

    @property
    def surface(self) -> Surface:
        return self._surface

    @property
    def step_count(self) -> int:
        return self._step

    def _build_surface(self) -> None:
        c = self._config
        self._problem = ls.make_problem(
            c.mode, c.loss, m=c.m, separation=c.separation, noise=c.noise,
            seed=c.data_seed, normalize=c.normalize,
        )  # fmt: skip
        self._surface = make_surface(c, self._problem)

    def bound(self) -> tuple[Array, float]:
        """(centre, radius) of the disc outside which a racer counts as diverged."""
        x0, x1, y0, y1 = self._config.extent
        center = np.array([(x0 + x1) / 2, (y0 + y1) / 2])
        return center, DIVERGE_FACTOR * max(x1 - x0, y1 - y0) / 2

    def reset(self) -> None:
        """Every racer back at the start point, step 0, fresh optimizer state."""
        self._step = 0
        self._start_gradient = _frozen(ls.gradient(self._problem, np.array(self._config.start_point)))
        bound = self.bound()
        self._racers = [_Racer(n, self._config, self._problem, bound) for n in self._config.optimizers]

    def apply_config(self, config: DescentConfig) -> bool:
        """Adopt `config` and restart the race; True if J itself changed (a new surface)."""
        new_surface = any(getattr(config, f) != getattr(self._config, f) for f in SURFACE_FIELDS)
        self._config = config
        if new_surface:
            self._build_surface()
        self.reset()
        return new_surface

    def set_start(self, theta: tuple[float, float]) -> None:
        """Start every racer at `theta` (and restart the race there)."""
        self.apply_config(self._config.changed(start=(float(theta[0]), float(theta[1]))))

    def step(self, n: int = 1) -> int:
        """Up to n updates of every racer still going; returns how many were made (0: all stopped)."""
        done = 0
        for _ in range(max(0, int(n))):
            active = [r for r in self._racers if r.active]
            if not active or self._step >= MAX_STEPS:
                break
            self._step += 1
            for racer in active:
                racer.advance(self._step)
            done += 1
        return done

    def snapshot(self) -> DescentSnapshot:
        return DescentSnapshot(
            self._step, self._config, self._surface, _frozen(self._config.start_point),
            self._start_gradient, tuple(r.snapshot() for r in self._racers),
        )  # fmt: skip
