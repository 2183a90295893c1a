"""The activations lesson's engine: a probe z that Step and Run sweep across the z range.

The lesson trains nothing; what moves is the probe. Each step moves it one notch
(about 1/240 of the range: 0.05 on the default -6..6), bouncing at the ends, so Run shows
g(z) and g'(z) change continuously and Reset brings the probe back to z = 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from core.activation_zones import ProbeValue, probe_values
from core.activations import LEAKY_SLOPE
from core.validation import RANGES, CoreError, check

NOTCHES_PER_RANGE = 240  # a sweep from one end to the other: about 4 s at 60 steps per second
Z_DECIMALS = 2  # the probe sits on a 0.01 grid, so "z = 1.23" printed is exactly its z
DEFAULT_Z_MAX = 6.0
Z_MAX_RANGE = RANGES["probe.z_max"].bounds  # half-widths the lesson offers
SLOPE_RANGE = RANGES["probe.slope"].bounds  # leaky ReLU slopes the lesson offers


@dataclass(frozen=True)
class ProbeConfig:
    """The sweep's settings: the range -z_max..z_max and the leaky ReLU slope (checked in core)."""

    z_max: float = DEFAULT_Z_MAX
    slope: float = LEAKY_SLOPE

    def __post_init__(self) -> None:
        check("z_max", self.z_max, "probe.z_max")
        check("slope", self.slope, "probe.slope")
        object.__setattr__(self, "z_max", round(float(self.z_max), Z_DECIMALS))
        object.__setattr__(self, "slope", float(self.slope))

    def changed(self, **changes: Any) -> ProbeConfig:
        return replace(self, **changes)


@dataclass(frozen=True)
class ProbeSnapshot:
    """Where the probe is, on which range, and every activation's g and g' there."""

    step: int
    z: float
    z_min: float
    z_max: float
    slope: float
    values: tuple[ProbeValue, ...]

    def value(self, name: str) -> ProbeValue:
        """The probe's reading of activation `name`."""
        for v in self.values:
            if v.name == name:
                return v
        raise KeyError(name)


class ProbeSweep:
    """Engine for the controller: step(n) moves the probe n notches, bouncing at the ends.

    The range is symmetric, -z_max..z_max; `set_z` (a drag of the probe), `set_z_max` and
    `set_slope` change the state between steps and keep the step count.
    """

    steps_per_tick = 1  # watched, not raced: one notch per frame at speed 1x

    def __init__(self, z_max: float = DEFAULT_Z_MAX, slope: float = LEAKY_SLOPE) -> None:
        self._config = ProbeConfig(z_max, slope)
        self.reset()

    @property
    def config(self) -> ProbeConfig:
        return self._config

    def apply_config(self, config: ProbeConfig) -> bool:
        """Adopt `config`; the probe stays where it is if it still fits (never a restart)."""
        self._config = config
        self.set_z(self._z)
        return False

    @property
    def z(self) -> float:
        return self._z

    @property
    def z_max(self) -> float:
        return self._config.z_max

    @property
    def slope(self) -> float:
        return self._config.slope

    @property
    def notch(self) -> float:
        """About 1/240 of the range, rounded to the probe's 0.01 grid."""
        return max(round(2.0 * self.z_max / NOTCHES_PER_RANGE, Z_DECIMALS), 10.0**-Z_DECIMALS)

    def reset(self) -> None:
        """Probe back at z = 0, moving right, step 0."""
        self._step = 0
        self._z = 0.0
        self._direction = 1.0

    def step(self, n: int) -> int:
        """Move n notches. The sweep is a triangle wave: unfold the bounces onto a circle

        of length 2W (W = 2 z_max), walk n notches along it, fold back.
        """
        if n <= 0:
            return 0
        width = 2.0 * self.z_max
        u = self._z + self.z_max  # 0..W
        phase = u if self._direction > 0 else 2.0 * width - u
        phase = math.fmod(phase + n * self.notch, 2.0 * width)
        if phase <= width:
            u, self._direction = phase, 1.0
        else:
            u, self._direction = 2.0 * width - phase, -1.0
        self._z = self._snap(u - self.z_max)
        self._step += n
        return n

    def set_z(self, z: float) -> None:
        """Put the probe at z, rounded to 0.01 and clamped to the range (a drag, the slider)."""
        if isinstance(z, bool) or not isinstance(z, int | float) or not math.isfinite(z):
            raise CoreError("value.number", name="z", value=z)
        self._z = self._snap(float(z))

    def set_z_max(self, z_max: float) -> None:
        """Show -z_max..z_max; the probe stays where it is if it still fits."""
        self.apply_config(self._config.changed(z_max=z_max))

    def set_slope(self, slope: float) -> None:
        self.apply_config(self._config.changed(slope=slope))

    def snapshot(self) -> ProbeSnapshot:
        return ProbeSnapshot(
            step=self._step,
            z=self._z,
            z_min=-self.z_max,
            z_max=self.z_max,
            slope=self.slope,
            values=probe_values(self._z, self.slope),
        )

    def _snap(self, z: float) -> float:
        """Onto the 0.01 grid (no 0.35000000000000003 drift), within the range."""
        return min(max(round(z, Z_DECIMALS), -self.z_max), self.z_max)
