"""Front-desk figures: scan -> verdict committed, 20 desks at once, and signing in.

Check-ins write real visits into the benchmark database; every figure removes what it wrote
(visits, the trainers' arrival notifications) and restores the opening hours it widened, so
the data stays as generated for the next run.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text

from benchmarks.registry import Bench, Lines, figure, median, p95, timed_ms

SCANS = 400
DESKS = 20
SCANS_PER_DESK = 30


def _engine() -> Any:
    from fitmate_desktop.db.engine import current_database

    return current_database().engine


@contextmanager
def _doors_open(site_id: int) -> Iterator[None]:
    """Open every day all day with room for everyone while the figure runs, then restore:
    otherwise a run at night would time only the cheap "closed" refusals."""
    with _engine().begin() as conn:
        saved = conn.execute(
            text("SELECT id, capacity FROM gym_schedule_slots WHERE site_id = :s"), {"s": site_id}
        ).all()
        conn.execute(
            text("UPDATE gym_schedule_slots SET capacity = 1000000 WHERE site_id = :s"),
            {"s": site_id},
        )
        added = (
            conn.execute(
                text(
                    "INSERT INTO gym_schedule_slots (site_id, day_of_week, opens_at, closes_at, "
                    "capacity, label) SELECT :s, d, '00:00', '23:59:59', 1000000, 'bench' "
                    "FROM generate_series(0, 6) d RETURNING id"
                ),
                {"s": site_id},
            )
            .scalars()
            .all()
        )
    try:
        yield
    finally:
        with _engine().begin() as conn:
            conn.execute(
                text("DELETE FROM gym_schedule_slots WHERE id = ANY(:ids)"), {"ids": added}
            )
            for slot_id, capacity in saved:
                conn.execute(
                    text("UPDATE gym_schedule_slots SET capacity = :c WHERE id = :i"),
                    {"c": capacity, "i": slot_id},
                )


def _codes(bench: Bench, count: int, *, seed: int, active_share: float = 0.85) -> list[str]:
    """Member codes a morning's queue would present: mostly active members, some not."""
    rng = random.Random(seed)
    with _engine().connect() as conn:
        active = (
            conn.execute(
                text(
                    "SELECT t.member_code FROM trainees t "
                    "JOIN memberships m ON m.trainee_id = t.id WHERE m.status = 'active' "
                    "AND current_date BETWEEN m.start_date AND m.end_date "
                    "AND t.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM attendance a "
                    "WHERE a.trainee_id = t.id AND a.checked_out_at IS NULL) "
                    "ORDER BY md5(t.id::text || :seed) LIMIT :n"
                ),
                {"n": count, "seed": str(seed)},
            )
            .scalars()
            .all()
        )
        others = (
            conn.execute(
                text("SELECT member_code FROM trainees ORDER BY md5(id::text || :seed) LIMIT :n"),
                {"n": count, "seed": f"x{seed}"},
            )
            .scalars()
            .all()
        )
    codes = [
        (active[i] if rng.random() < active_share and i < len(active) else others[i])
        for i in range(count)
    ]
    return list(dict.fromkeys(codes))  # each member once: a second scan would be a check-out


def _marks() -> tuple[int, int]:
    """The newest visit and notification ids now: what the figure adds comes after them."""
    with _engine().connect() as conn:
        row = conn.execute(
            text(
                "SELECT (SELECT coalesce(max(id), 0) FROM attendance), "
                "(SELECT coalesce(max(id), 0) FROM notifications)"
            )
        ).one()
        return int(row[0]), int(row[1])


def _forget_since(marks: tuple[int, int]) -> None:
    with _engine().begin() as conn:
        conn.execute(text("DELETE FROM attendance WHERE id > :m"), {"m": marks[0]})
        conn.execute(text("DELETE FROM notifications WHERE id > :m"), {"m": marks[1]})


@figure("checkin_p95_ms", "ms", budget=15)
def checkin_p95_ms(bench: Bench) -> Lines:
    from fitmate_desktop.services.checkin import check_in

    desk = bench.actor("RECEPTION")
    codes = _codes(bench, SCANS, seed=11)
    marks = _marks()
    timings: list[float] = []
    outcomes: dict[str, int] = {}
    with _doors_open(desk.site_id or 1):
        try:
            for code in codes[:10]:  # warm the pool and the caches, untimed
                check_in(code, actor=desk)
            for code in codes[10:]:
                started = time.perf_counter()
                result = check_in(code, actor=desk)
                timings.append((time.perf_counter() - started) * 1000)
                outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
        finally:
            _forget_since(marks)
    return [
        ("checkin_p95_ms", p95(timings), "ms"),
        ("checkin_median_ms", median(timings), "ms"),
        ("checkin_scans", len(timings), "scans"),
        ("checkin_checked_in", outcomes.get("checked_in", 0), "scans"),
        ("checkin_refused", outcomes.get("refused", 0), "scans"),
    ]


@figure("checkin_concurrent_per_s", "scans/s")
def checkin_concurrent_per_s(bench: Bench) -> Lines:
    """20 desks scanning at once, each its own connection; half the members are scanned by two
    desks at the same instant. Errors and double visits must both be 0."""
    from fitmate_desktop.db.engine import configure_database, current_database
    from fitmate_desktop.services.checkin import check_in

    desk = bench.actor("RECEPTION")
    codes = _codes(bench, DESKS * SCANS_PER_DESK // 2, seed=23, active_share=1.0)
    # Each code goes to two desks (at the same position of their queues): races on purpose.
    queues = [[] for _ in range(DESKS)]  # type: list[list[str]]
    for n, code in enumerate(codes):
        queues[(2 * n) % DESKS].append(code)
        queues[(2 * n + 1) % DESKS].append(code)
    original = current_database()
    configure_database(
        original.url, embedded=original.embedded, workstation="bench", pool_size=DESKS + 2
    )
    marks = _marks()
    errors: list[str] = []
    barrier = threading.Barrier(DESKS)

    def run(queue: list[str]) -> None:
        barrier.wait()
        for code in queue:
            try:
                check_in(code, actor=desk)
            except Exception as err:  # counted and reported, never hidden
                errors.append(f"{type(err).__name__}: {err}")

    try:
        with _doors_open(desk.site_id or 1):
            threads = [threading.Thread(target=run, args=(q,)) for q in queues]
            started = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - started
            with _engine().connect() as conn:
                doubles = int(
                    conn.scalar(
                        text(
                            "SELECT count(*) FROM (SELECT trainee_id FROM attendance "
                            "WHERE id > :m GROUP BY trainee_id HAVING count(*) > 1) d"
                        ),
                        {"m": marks[0]},
                    )
                    or 0
                )
            _forget_since(marks)
    finally:
        configure_database(original.url, embedded=original.embedded, workstation="bench")
    scans = sum(len(q) for q in queues)
    return [
        ("checkin_concurrent_per_s", scans / elapsed, "scans/s"),
        ("checkin_concurrent_desks", DESKS, "desks"),
        ("checkin_concurrent_scans", scans, "scans"),
        ("checkin_concurrent_errors", len(errors), "errors"),
        ("checkin_concurrent_doubles", doubles, "visits"),
    ]


@figure("sign_in_ms", "ms")
def sign_in_ms(bench: Bench) -> Lines:
    """Signing in at a desk; argon2id (19 MiB, t=2) is most of it, on purpose."""
    from fitmate_desktop.security.passwords import hash_password, verify_password
    from fitmate_desktop.services.auth import sign_in, sign_out
    from fitmate_desktop.services.demo_data import SIGN_INS

    email, password = next((e, p) for r, e, p in SIGN_INS if r == "RECEPTION")
    stored = hash_password(password)
    hashing = [timed_ms(lambda: verify_password(stored, password)) for _ in range(10)]
    timings = []
    for _ in range(10):
        started = time.perf_counter()
        actor = sign_in(email=email, password=password, workstation="bench")
        timings.append((time.perf_counter() - started) * 1000)
        sign_out(actor=actor)
    return [
        ("sign_in_ms", median(timings), "ms"),
        ("password_verify_ms", median(hashing), "ms"),
    ]
