"""One front desk in its own OS process, for ``checkin_concurrent_per_s``.

Twenty desks are twenty processes (``multiprocessing`` spawn), each with its own interpreter
and its own connection, as at a real chain's doors; threads in one process would measure the
GIL instead. Each desk connects, waits for the others at a barrier, then scans its own members
one after the other until its time is up, and reports what it saw.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any


@dataclass
class DeskReport:
    """What one desk did in its run."""

    desk: int
    scans: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    first_errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


def run_desk(
    desk: int, url: str, actor: Any, codes: list[str], seconds: float, barrier: Any, out: Any
) -> None:
    """The body of one desk process (picklable arguments only: spawn sends them over)."""
    from fitmate_desktop.db.engine import configure_database, dispose_database
    from fitmate_desktop.services import checkin

    report = DeskReport(desk)
    configure_database(url, workstation=f"bench-desk-{desk}", pool_size=1)
    try:
        try:
            checkin.present_now(actor=actor)  # imports done and connected before the start
        except BaseException:
            barrier.abort()  # the others stop waiting for a desk that will never come
            raise
        barrier.wait(timeout=300)
        started = time.perf_counter()
        deadline = started + seconds
        for code in codes:
            if time.perf_counter() >= deadline:
                break
            try:
                result = checkin.check_in(code, actor=actor)
                report.outcomes[result.outcome] = report.outcomes.get(result.outcome, 0) + 1
            except Exception as err:  # counted and reported, never hidden
                report.errors += 1
                if len(report.first_errors) < 5:
                    report.first_errors.append(f"{type(err).__name__}: {err}")
            report.scans += 1
        report.seconds = time.perf_counter() - started
    finally:
        dispose_database()
        out.put(report)
