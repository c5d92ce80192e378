"""Desks as separate OS processes, for races no thread in one process can stage.

Each desk is started with ``multiprocessing``'s spawn method (a fresh interpreter, nothing
inherited but its arguments), configures its own database handle to the test server, waits
at a barrier with the other desks and then makes one service call. What it got back (or the
refusal) comes home on a queue as plain values.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, text

from fitmate_desktop.services.actor import Actor

APP_PREFIX = "fitmate race-desk-"


@dataclass(frozen=True)
class Outcome:
    """What one desk saw: the receipt it was given, or the error it was refused with."""

    desk: int
    payment_id: int | None
    receipt_number: str | None
    error: str | None


def _desk(
    n: int, url: str, actor: Actor, call: str, kwargs: dict[str, Any], barrier: Any, out: Any
) -> None:
    from fitmate_desktop.db.engine import configure_database
    from fitmate_desktop.services import payments

    configure_database(url, workstation=f"race-desk-{n}")
    barrier.wait()
    try:
        info = getattr(payments, call)(actor=actor, **kwargs)
        out.put(Outcome(n, info.id, info.receipt_number, None))
    except Exception as err:  # the refusal itself is what the test reads
        out.put(Outcome(n, None, None, f"{type(err).__name__}: {err}"))


def waiting_desks(engine: Engine) -> int:
    """How many desks' backends are waiting for a lock right now."""
    with engine.connect() as conn:
        found = conn.scalar(
            text(
                "SELECT count(DISTINCT l.pid) FROM pg_locks l "
                "JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE NOT l.granted AND a.application_name LIKE :app"
            ),
            {"app": APP_PREFIX + "%"},
        )
    return int(found or 0)


@contextmanager
def desks(
    url: str, actor: Actor, call: str, count: int, **kwargs: Any
) -> Iterator[tuple[list[mp.process.BaseProcess], Any]]:
    """Start ``count`` desks making the same call; yields the processes and their queue."""
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(count)
    out = ctx.Queue()
    procs = [
        ctx.Process(target=_desk, args=(n, url, actor, call, kwargs, barrier, out), daemon=True)
        for n in range(count)
    ]
    for p in procs:
        p.start()
    try:
        yield procs, out
    finally:
        for p in procs:
            p.join(timeout=60)
            if p.is_alive():
                p.kill()
