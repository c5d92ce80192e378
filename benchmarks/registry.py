"""The registry of benchmark figures, the context they run in, and small statistics helpers."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from fitmate_desktop.services.actor import Actor

REPO = Path(__file__).resolve().parent.parent

Lines = list[tuple[str, float, str]]
Result = Union[float, int, Lines]  # noqa: UP007 (an alias evaluated at run time)


@dataclass
class Bench:
    """What a figure may use: the benchmark database (configured as the process database)."""

    url: str
    members: int
    sizes: dict[str, int] = field(default_factory=dict)
    _actors: dict[str, Actor] = field(default_factory=dict)

    def actor(self, role: str = "ADMIN") -> Actor:
        """A signed-in demo account of ``role`` (ADMIN, RECEPTION, TRAINER), signed in once."""
        if role not in self._actors:
            from fitmate_desktop.services.auth import sign_in
            from fitmate_desktop.services.demo_data import SIGN_INS

            email, password = next((e, p) for r, e, p in SIGN_INS if r == role)
            self._actors[role] = sign_in(email=email, password=password, workstation="bench")
        return self._actors[role]

    def admin(self) -> Actor:
        return self.actor("ADMIN")


@dataclass(frozen=True)
class Figure:
    """One registered measurement."""

    name: str
    unit: str
    run: Callable[[Bench | None], Result]
    budget: float | None
    database: bool


FIGURES: dict[str, Figure] = {}


def figure(
    name: str, unit: str, *, budget: float | None = None, database: bool = True
) -> Callable[[Callable[..., Result]], Callable[..., Result]]:
    """Register the decorated function as the figure ``name`` (``unit``: ms, s, ...)."""

    def register(fn: Callable[..., Result]) -> Callable[..., Result]:
        if name in FIGURES:
            raise ValueError(f"benchmark figure {name!r} is registered twice")
        FIGURES[name] = Figure(name, unit, fn, budget, database)
        return fn

    return register


# --------------------------------------------------------------------------- statistics


def percentile(values: Sequence[float], pct: float) -> float:
    """The nearest-rank percentile (p95 of 200 timings is the 190th smallest)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def p95(values: Sequence[float]) -> float:
    return percentile(values, 95)


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def timed_ms(fn: Callable[[], object]) -> float:
    """Wall time of one call, in milliseconds."""
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000
