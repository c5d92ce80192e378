"""Front-desk figures: scan -> verdict committed (and the floor under it), round trips counted
on the wire, 20 desks as 20 processes at once, and signing in.

Check-ins write real visits into the benchmark database; every figure removes what it wrote
(visits, the trainers' arrival notifications) and puts back the opening hours it widened and
the class-pack visits it took, so the data stays as generated for the next run.
"""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text

from benchmarks.registry import Bench, Lines, figure, median, p95, timed_ms

SCANS = 400
DESKS = 20
DESK_SECONDS = 10.0
CODES_PER_DESK = 1200  # more than a desk can scan in its time


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


@contextmanager
def _packs_kept() -> Iterator[None]:
    """Put back the class-pack visits the figure's check-ins took."""
    with _engine().connect() as conn:
        saved = conn.execute(
            text(
                "SELECT id, visits_remaining FROM memberships "
                "WHERE membership_type = 'class_pack' AND visits_remaining IS NOT NULL"
            )
        ).all()
    try:
        yield
    finally:
        with _engine().begin() as conn:
            conn.execute(
                text(
                    "UPDATE memberships m SET visits_remaining = s.n FROM "
                    "unnest(CAST(:ids AS bigint[]), CAST(:ns AS int[])) AS s(id, n) "
                    "WHERE m.id = s.id AND m.visits_remaining IS DISTINCT FROM s.n"
                ),
                {"ids": [r[0] for r in saved], "ns": [r[1] for r in saved]},
            )


def _floor_connection(bench: Bench) -> Any:
    """A raw psycopg connection to the same server, autocommit: the floor's own."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(bench.url).set(drivername="postgresql").render_as_string(hide_password=False)
    return psycopg.connect(url, autocommit=True)


def _floor_check_in(conn: Any, code: str, site_id: int) -> None:
    """The least an allowed check-in can do: find the member by code, insert the visit, commit
    (autocommit: the insert commits as it ends). Two round trips."""
    row = conn.execute(
        "SELECT id FROM trainees WHERE member_code = %s ORDER BY id LIMIT 1", (code,)
    ).fetchone()
    conn.execute(
        "INSERT INTO attendance (trainee_id, site_id, checked_in_at) VALUES (%s, %s, now())",
        (row[0], site_id),
    )


@figure("checkin_p95_ms", "ms", budget=6)
def checkin_p95_ms(bench: Bench) -> Lines:
    """Scan -> verdict committed through the service, and the floor on the same server in the
    same run (raw psycopg, find + insert + commit), interleaved scan by scan so both see the
    same load; ``checkin_vs_floor`` is the ratio of their p95s."""
    from fitmate_desktop.services.checkin import check_in

    desk = bench.actor("RECEPTION")
    site_id = desk.site_id or 1
    codes = _codes(bench, SCANS, seed=11)
    floor_codes = [c for c in _codes(bench, 2 * SCANS, seed=12, active_share=1.0)
                   if c not in set(codes)][: len(codes)]  # fmt: skip
    marks = _marks()
    timings: list[float] = []
    floor: list[float] = []
    outcomes: dict[str, int] = {}
    raw = _floor_connection(bench)
    with _doors_open(site_id), _packs_kept():
        try:
            for code, other in zip(codes[:10], floor_codes[:10], strict=False):  # warm, untimed
                check_in(code, actor=desk)
                _floor_check_in(raw, other, site_id)
            backend, floor_backend = _service_backend(), int(raw.info.backend_pid)
            cpu = (time.process_time(), _cpu_seconds(backend), _cpu_seconds(floor_backend))
            for code, other in zip(codes[10:], floor_codes[10:], strict=False):
                started = time.perf_counter()
                result = check_in(code, actor=desk)
                timings.append((time.perf_counter() - started) * 1000)
                outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
                started = time.perf_counter()
                _floor_check_in(raw, other, site_id)
                floor.append((time.perf_counter() - started) * 1000)
            # CPU spent per scan, the floor's excluded (its own connection; the client's share
            # of the floor is only its two small statements, ~0.1 ms)
            client_cpu = (time.process_time() - cpu[0]) * 1000 / len(timings)
            server, floor_server = _cpu_seconds(backend), _cpu_seconds(floor_backend)
            server_cpu = floor_cpu = None
            if None not in (server, cpu[1], floor_server, cpu[2]):
                server_cpu = (server - cpu[1]) * 1000 / len(timings)  # type: ignore[operator]
                floor_cpu = (floor_server - cpu[2]) * 1000 / len(floor)  # type: ignore[operator]
        finally:
            raw.close()
            _forget_since(marks)
    cpu_lines: Lines = [("checkin_client_cpu_ms", client_cpu, "ms")]
    if server_cpu is not None and floor_cpu is not None:
        cpu_lines.append(("checkin_server_cpu_ms", server_cpu, "ms"))
        cpu_lines.append(("checkin_floor_server_cpu_ms", floor_cpu, "ms"))
    return [
        ("checkin_p95_ms", p95(timings), "ms"),
        ("checkin_median_ms", median(timings), "ms"),
        ("checkin_floor_p95_ms", p95(floor), "ms"),
        ("checkin_floor_median_ms", median(floor), "ms"),
        ("checkin_vs_floor", p95(timings) / p95(floor), "x"),
        ("checkin_scans", len(timings), "scans"),
        ("checkin_checked_in", outcomes.get("checked_in", 0), "scans"),
        ("checkin_refused", outcomes.get("refused", 0), "scans"),
        *cpu_lines,
    ]


def _service_backend() -> int | None:
    """The server process behind the pool's (only) connection, once warm."""
    pool = _engine().pool
    if pool.checkedin() != 1:
        return None
    raw = _engine().raw_connection()
    try:
        return int(raw.driver_connection.info.backend_pid)  # type: ignore[union-attr]
    finally:
        raw.close()


def _cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU of a local server process (None: not on this machine, or unreadable)."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@figure("checkin_round_trips", "trips", budget=3)
def checkin_round_trips(bench: Bench) -> Lines:
    """Round trips of real scans, counted on the wire by libpq's trace of the pool's
    connection (benchmarks/wire.py): an allowed check-in, a class-pack check-in, a refusal,
    a double scan; and the floor's, counted the same way."""
    from benchmarks.wire import WireTrace, traced
    from fitmate_desktop.db.engine import configure_database
    from fitmate_desktop.services.checkin import check_in

    desk = bench.actor("RECEPTION")
    site_id = desk.site_id or 1
    codes = _codes(bench, 40, seed=31, active_share=1.0)
    packs = _class_pack_codes(count=3)
    refusals = _refused_codes(count=3)
    database = configure_database(bench.url, workstation="bench", pool_size=1)
    trace = WireTrace(database.engine)
    marks = _marks()
    lines: Lines = []
    try:
        with _doors_open(site_id), _packs_kept():
            for code in codes[:5]:  # the pool's connection, prepared statements: warm
                check_in(code, actor=desk)
            allowed = next(c for c in codes[5:] if _allowed(check_in, c, desk, trace, lines))
            with trace.measure() as wire:
                assert check_in(allowed, actor=desk).outcome == "already_in"
            lines.append(("checkin_round_trips_double_scan", wire.round_trips, "trips"))
            if refusals:
                check_in(refusals[0], actor=desk)
                with trace.measure() as wire:
                    assert check_in(refusals[-1], actor=desk).outcome == "refused"
                lines.append(("checkin_round_trips_refused", wire.round_trips, "trips"))
            for code in packs:
                with trace.measure() as wire:
                    result = check_in(code, actor=desk)
                if result.outcome == "checked_in" and result.member.visits_left is not None:
                    lines.append(("checkin_round_trips_class_pack", wire.round_trips, "trips"))
                    break
            raw = _floor_connection(bench)
            try:
                _floor_check_in(raw, codes[-1], site_id)
                with traced(raw) as wire:
                    _floor_check_in(raw, codes[-2], site_id)
                lines.append(("checkin_floor_round_trips", wire.round_trips, "trips"))
            finally:
                raw.close()
    finally:
        _forget_since(marks)
        configure_database(bench.url, workstation="bench")
    return lines


def _allowed(check_in: Any, code: str, desk: Any, trace: Any, lines: Lines) -> bool:
    """Check ``code`` in while counting; True (and the figure written) if it was let in."""
    with trace.measure() as wire:
        result = check_in(code, actor=desk)
    if result.outcome != "checked_in":
        return False
    lines.append(("checkin_round_trips", wire.round_trips, "trips"))
    lines.append(("checkin_statements", wire.statements, "statements"))
    return True


def _class_pack_codes(*, count: int) -> list[str]:
    with _engine().connect() as conn:
        return list(
            conn.execute(
                text(
                    "SELECT t.member_code FROM trainees t "
                    "JOIN memberships m ON m.trainee_id = t.id "
                    "WHERE m.membership_type = 'class_pack' AND m.status = 'active' "
                    "AND m.visits_remaining > 0 AND t.deleted_at IS NULL "
                    "AND current_date BETWEEN m.start_date AND m.end_date "
                    "AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.trainee_id = t.id "
                    "AND a.checked_out_at IS NULL) ORDER BY t.id LIMIT :n"
                ),
                {"n": count},
            ).scalars()
        )


def _refused_codes(*, count: int) -> list[str]:
    """Members whose last membership ended a while ago (and nothing since)."""
    with _engine().connect() as conn:
        return list(
            conn.execute(
                text(
                    "SELECT t.member_code FROM trainees t WHERE t.deleted_at IS NULL "
                    "AND t.membership_end < current_date - 10 ORDER BY t.id LIMIT :n"
                ),
                {"n": count},
            ).scalars()
        )


@figure("checkin_concurrent_per_s", "scans/s", budget=300)
def checkin_concurrent_per_s(bench: Bench) -> Lines:
    """20 desks as 20 separate OS processes (spawned, one connection each), each scanning its
    own members for 10 s against the one server. Errors and double visits must both be 0."""
    import multiprocessing

    from benchmarks.desks import run_desk

    desk = bench.actor("RECEPTION")
    codes = _codes(bench, DESKS * CODES_PER_DESK, seed=23, active_share=1.0)
    queues = [codes[n::DESKS] for n in range(DESKS)]
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(DESKS)
    out = ctx.Queue()
    marks = _marks()
    with _doors_open(desk.site_id or 1), _packs_kept():
        try:
            processes = [
                ctx.Process(
                    target=run_desk,
                    args=(n, bench.url, desk, queues[n], DESK_SECONDS, barrier, out),
                )
                for n in range(DESKS)
            ]
            for p in processes:
                p.start()
            reports = [out.get(timeout=600) for _ in processes]
            for p in processes:
                p.join(timeout=60)
            with _engine().connect() as conn:
                doubles = int(
                    conn.scalar(
                        text(
                            "SELECT count(*) FROM (SELECT trainee_id FROM attendance "
                            "WHERE id > :m OR checked_out_at IS NULL GROUP BY trainee_id "
                            "HAVING count(*) FILTER (WHERE id > :m) > 1 "
                            "OR count(*) FILTER (WHERE checked_out_at IS NULL) > 1) d"
                        ),
                        {"m": marks[0]},
                    )
                    or 0
                )
        finally:
            _forget_since(marks)
    scans = sum(r.scans for r in reports)
    errors = sum(r.errors for r in reports)
    for report in reports:
        for message in report.first_errors:
            _say(f"bench: desk {report.desk}: {message}")
    if any(r.scans >= len(q) for r, q in zip(sorted(reports, key=lambda r: r.desk), queues,
                                              strict=True)):  # fmt: skip
        _say("bench: a desk ran out of members before its time was up: raise CODES_PER_DESK")
    elapsed = max(r.seconds for r in reports)
    checked_in = sum(r.outcomes.get("checked_in", 0) for r in reports)
    return [
        ("checkin_concurrent_per_s", scans / elapsed, "scans/s"),
        ("checkin_concurrent_checked_in_per_s", checked_in / elapsed, "scans/s"),
        ("checkin_concurrent_desks", DESKS, "processes"),
        ("checkin_concurrent_scans", scans, "scans"),
        ("checkin_concurrent_errors", errors, "errors"),
        ("checkin_concurrent_double_visits", doubles, "visits"),
    ]


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


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
