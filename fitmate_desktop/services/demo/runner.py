"""Demo data: a believable gym, deterministic from a seed, from 300 members to the benchmark's 100k.

``generate()`` fills the process database (``current_database()``) with "FitMate Alfama", a gym
in Lisbon: staff who can sign in, trainers with schedules, payroll configuration, attendance,
leave and documents, members with two years of membership history in every state, six months
of visits, payments with receipts and refunds, body measurements that trend towards the
member's goal, PT packages and sessions, plans, logs, equipment, opening hours and messages.

How it stays fast at 100,000 members (~5M visits, ~1M payments) on a small machine:

- Every table is written with ``COPY ... FROM STDIN`` from generators: rows are streamed, never
  collected, and the per-member state kept in memory is a few small fields.
- Rows are written in the order they happened (visits day by day, memberships and payments
  through a heap keyed by sale time), so ids and receipt numbers rise with time and the tables'
  physical order is what a real gym's would be (the benchmarks depend on that).
- The foreign keys of the tables being loaded are dropped for the load and re-added at the end:
  one validating join per constraint instead of a trigger call per row (measured: 2.4x faster
  for visits). Indexes stay: rebuilding them saved little.
- The triggers that keep trainees' last visit and membership end (migration 0006) are off for
  the load; the load sets those columns with one UPDATE at the end, and class packs' visits
  left with another (see ``_disable_triggers``).
- All of it is one transaction: a failed run leaves the database as it was.

Each domain writes its own tables from its own module (``gym``, ``staff``, ``people``,
``billing``, ``visits``, ``training``, ``building``); this one runs them in order.

Randomness comes from ``random.Random`` streams derived from the seed and a section name, so the
same seed gives the same gym (dates are relative to today; the choices do not change).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from psycopg import Connection, Cursor, sql

from fitmate_desktop.db.engine import current_database
from fitmate_desktop.services.demo.base import Loader, ProgressFn
from fitmate_desktop.services.demo.billing import write_billing, write_class_pack_visits
from fitmate_desktop.services.demo.building import write_building
from fitmate_desktop.services.demo.gym import write_gym
from fitmate_desktop.services.demo.people import write_member_summaries, write_members
from fitmate_desktop.services.demo.reference import ADMIN_EMAIL, SIGN_INS, UTC
from fitmate_desktop.services.demo.staff import write_staff
from fitmate_desktop.services.demo.training import (
    write_measurements,
    write_personal_training,
    write_training_and_nutrition,
)
from fitmate_desktop.services.demo.visits import write_visits

# Bumped whenever the generated data changes shape, so stored benchmark data is rebuilt.
GENERATOR_VERSION = 2  # 2: class packs' visits_remaining, trainees' last visit and end


_ADVISORY_LOCK = 0x46_4D_44_45_4D_4F  # "FMDEMO": two `make run`s never generate twice at once

# Tables this generator writes; the big ones are streamed with COPY.
_DATA_TABLES = (
    "users", "trainers", "trainer_schedules", "trainer_salaries", "trainer_documents",
    "trainer_leaves", "trainer_attendance", "membership_plans", "pt_packages", "trainees",
    "memberships", "payments", "attendance", "measurements", "progress_measurements",
    "pt_sessions", "trainer_revenue", "workout_plans", "workouts", "diet_plans",
    "nutrition_logs", "equipment", "gym_schedule_slots", "expenses", "messages",
    "trainer_messages", "notifications",
)  # fmt: skip


# Their secondary indexes are dropped for the load and built afterwards: for the 4.5M visits
# that is 3 s of inserts plus 12 s of index builds instead of 42 s of inserts (measured).
_BULK_TABLES = (
    "trainees", "memberships", "payments", "attendance", "measurements",
    "progress_measurements", "pt_sessions", "trainer_revenue", "workouts", "nutrition_logs",
)  # fmt: skip


class DemoDataError(RuntimeError):
    """The database holds other data; demo data is only added to an empty one (or forced)."""


@dataclass(frozen=True)
class DemoResult:
    """What ``generate`` did: the sign-ins to print, the row counts, and whether it was skipped."""

    sign_ins: tuple[tuple[str, str, str], ...]
    skipped: bool = False
    members: int = 0
    trainers: int = 0
    memberships: int = 0
    visits: int = 0
    payments: int = 0
    refunds: int = 0
    pt_sessions: int = 0
    measurements: int = 0
    seconds: float = 0.0


def generate(
    *,
    members: int = 300,
    seed: int = 42,
    progress: ProgressFn | None = None,
    force: bool = False,
    now: dt.datetime | None = None,
) -> DemoResult:
    """Fill the process database with a demo gym of ``members`` members, in one transaction.

    Skipped (``skipped=True``) when the demo admin already exists, so ``make run`` may call it
    every time. Refused with :class:`DemoDataError` when the database holds other people or
    members, unless ``force``: then every table this generator writes (and those that refer
    to them) is emptied first. ``now`` pins the clock (tests); the choices depend on ``seed``.
    """
    if members < 1:
        raise ValueError("members must be at least 1")
    say: ProgressFn = progress or (lambda _line: None)
    started = time.perf_counter()
    engine = current_database().engine
    raw = engine.raw_connection()
    try:
        conn: Connection[Any] = raw.driver_connection  # type: ignore[assignment]
        cur = conn.cursor()
        try:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (_ADVISORY_LOCK,))
            cur.execute(
                "SELECT 1 FROM users WHERE lower(email) = %s AND deleted_at IS NULL",
                (ADMIN_EMAIL,),
            )
            exists = cur.fetchone() is not None
            if exists and not force:
                conn.rollback()
                say("Demo data is already there; nothing to do.")
                return DemoResult(sign_ins=SIGN_INS, skipped=True)
            cur.execute(
                "SELECT (SELECT count(*) FROM (SELECT 1 FROM users LIMIT 1) u) + "
                "(SELECT count(*) FROM (SELECT 1 FROM trainees LIMIT 1) t)"
            )
            if cur.fetchone()[0] and not force:  # type: ignore[index]
                raise DemoDataError(
                    "This database already has accounts or members; demo data is only added "
                    "to an empty database. Use a new database, or force it (this empties it)."
                )
            if force:
                say("Emptying the tables the demo writes ...")
                cur.execute(
                    sql.SQL("TRUNCATE {} RESTART IDENTITY CASCADE").format(
                        sql.SQL(", ").join(map(sql.Identifier, _DATA_TABLES))
                    )
                )
            # One big transaction: nothing waits for it, and a failed run leaves nothing.
            # A desk holding a lock on a table would otherwise make the DDL below wait forever.
            cur.execute("SET LOCAL lock_timeout = '30s'")
            cur.execute("SET LOCAL synchronous_commit = off")
            cur.execute("SET LOCAL maintenance_work_mem = '256MB'")
            cur.execute("SET LOCAL work_mem = '128MB'")
            cur.execute("SET LOCAL TIME ZONE 'UTC'")
            foreign_keys = _drop_foreign_keys(cur, _DATA_TABLES)
            indexes = _drop_indexes(cur, _BULK_TABLES)
            triggers = _disable_triggers(cur, _BULK_TABLES)
            gen = Loader(conn, members, seed, now or dt.datetime.now(UTC), say)
            say(f"Generating a demo gym with {members:,} members (seed {seed}) ...")
            write_gym(gen)
            staff = write_staff(gen)
            people = write_members(gen, staff)
            write_billing(gen, people, staff)
            write_visits(gen, people, staff)
            write_measurements(gen, people, staff)
            write_personal_training(gen, people, staff)
            write_training_and_nutrition(gen, people, staff)
            write_building(gen, people, staff)
            step = time.perf_counter()
            write_class_pack_visits(gen)
            write_member_summaries(gen)
            _enable_triggers(cur, triggers)
            say(
                f"Class packs, last visits and membership ends ({time.perf_counter() - step:.1f} s)"
            )
            step = time.perf_counter()
            for definition in indexes:
                cur.execute(sql.SQL(definition))  # type: ignore[arg-type]
            say(f"Indexes built ({time.perf_counter() - step:.1f} s)")
            step = time.perf_counter()
            _restore_foreign_keys(cur, foreign_keys)
            say(f"Foreign keys checked ({time.perf_counter() - step:.1f} s)")
            _sync_sequences(cur, _DATA_TABLES)
            # The services number receipts per series and year ("R-2026") and members from
            # "MEMBER": carry on after what the demo used.
            counters = {**gen.receipts, "MEMBER": gen.ids["trainees"]}
            cur.executemany(
                "INSERT INTO receipt_counters (series, next_number) VALUES (%s, %s) "
                "ON CONFLICT (series) DO UPDATE SET next_number = EXCLUDED.next_number",
                [(series, last + 1) for series, last in sorted(counters.items())],
            )
            step = time.perf_counter()
            conn.commit()
            say(f"Committed ({time.perf_counter() - step:.1f} s)")
        except BaseException:
            conn.rollback()
            raise
        step = time.perf_counter()
        _vacuum(conn, _DATA_TABLES)
        say(f"Vacuumed and analysed ({time.perf_counter() - step:.1f} s)")
    finally:
        raw.close()
    counts = gen.counts
    result = DemoResult(
        sign_ins=SIGN_INS,
        skipped=False,
        members=counts.get("trainees", 0),
        trainers=counts.get("trainers", 0),
        memberships=counts.get("memberships", 0),
        visits=counts.get("attendance", 0),
        payments=counts.get("payments", 0),
        refunds=sum(n for series, n in gen.receipts.items() if series.startswith("CR-")),
        pt_sessions=counts.get("pt_sessions", 0),
        measurements=counts.get("measurements", 0),
        seconds=time.perf_counter() - started,
    )
    say(
        f"Demo gym ready in {result.seconds:.1f} s: {result.members:,} members, "
        f"{result.memberships:,} memberships, {result.visits:,} visits, "
        f"{result.payments:,} payments ({result.refunds:,} refunds)."
    )
    return result


def _drop_foreign_keys(cur: Cursor[Any], tables: Sequence[str]) -> list[tuple[str, str, str]]:
    """Drop the foreign keys of ``tables`` for the load; returns what re-creates them.

    A foreign key is checked by a trigger call per inserted row; re-adding it afterwards
    checks the whole table with one join. Both happen inside the load's transaction, so a
    failure (or a row that breaks a reference) rolls everything back, the keys included.
    """
    cur.execute(
        "SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k "
        "JOIN pg_class c ON c.oid = k.conrelid "
        "WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace "
        "AND c.relname = ANY(%s) ORDER BY c.relname, k.conname",
        (list(tables),),
    )
    keys = [(str(t), str(n), str(d)) for t, n, d in cur.fetchall()]
    for table, name, _ in keys:
        cur.execute(
            sql.SQL("ALTER TABLE {} DROP CONSTRAINT {}").format(
                sql.Identifier(table), sql.Identifier(name)
            )
        )
    return keys


def _drop_indexes(cur: Cursor[Any], tables: Sequence[str]) -> list[str]:
    """Drop the secondary indexes of ``tables``; returns their CREATE INDEX statements.

    Primary keys and unique constraints stay (ids arrive in order, so their upkeep is cheap);
    unique *indexes* (open visit, receipt number) are checked again when they are rebuilt.
    """
    cur.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indrelid "
        "WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY(%s) "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint k "
        "                WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid) "
        "ORDER BY c.relname, 1",
        (list(tables),),
    )
    indexes = [(str(name), str(definition)) for name, definition in cur.fetchall()]
    for name, _ in indexes:
        cur.execute(sql.SQL("DROP INDEX {}").format(sql.SQL(name)))  # name as regclass prints it
    return [definition for _, definition in indexes]


def _disable_triggers(cur: Cursor[Any], tables: Sequence[str]) -> list[tuple[str, str]]:
    """Switch off the user triggers of ``tables`` for the load; returns what to switch back on.

    Migration 0006's statement triggers keep trainees.last_visit_at and membership_end. On a
    bulk load they cost far more than they save: the memberships one looks up each touched
    member's latest membership, and with the load's indexes dropped that is a scan of the
    whole table per member (measured: 20,000 members' memberships had not loaded after 10
    minutes; they load in about a second without it). The load sets both columns itself, once,
    at the end (``people.write_member_summaries``), inside the same transaction; a failure rolls
    the ALTERs back too.
    """
    cur.execute(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' "
        "AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY(%s) "
        "ORDER BY c.relname, t.tgname",
        (list(tables),),
    )
    triggers = [(str(table), str(name)) for table, name in cur.fetchall()]
    for table, name in triggers:
        cur.execute(
            sql.SQL("ALTER TABLE {} DISABLE TRIGGER {}").format(
                sql.Identifier(table), sql.Identifier(name)
            )
        )
    return triggers


def _enable_triggers(cur: Cursor[Any], triggers: list[tuple[str, str]]) -> None:
    for table, name in triggers:
        cur.execute(
            sql.SQL("ALTER TABLE {} ENABLE TRIGGER {}").format(
                sql.Identifier(table), sql.Identifier(name)
            )
        )


def _restore_foreign_keys(cur: Cursor[Any], keys: list[tuple[str, str, str]]) -> None:
    for table, name, definition in keys:
        cur.execute(
            sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} {}").format(
                sql.Identifier(table), sql.Identifier(name), sql.SQL(definition)
            )
        )


def _sync_sequences(cur: Cursor[Any], tables: Sequence[str]) -> None:
    """Rows written with explicit ids: move each identity past the largest one."""
    for table in tables:
        cur.execute("SELECT pg_get_serial_sequence(%s, 'id')", (table,))
        sequence = cur.fetchone()[0]  # type: ignore[index]
        if sequence is None:  # not an identity (the trainers' UUID keys)
            continue
        cur.execute(
            sql.SQL(
                "SELECT setval(%s, m) FROM (SELECT max(id) AS m FROM {}) x WHERE m IS NOT NULL"
            ).format(sql.Identifier(table)),
            (sequence,),
        )


def _vacuum(conn: Connection[Any], tables: Sequence[str]) -> None:
    """VACUUM ANALYZE what was loaded: statistics for the planner and a visibility map for
    index-only scans, as autovacuum would leave a real gym's database. Outside the load's
    transaction (VACUUM cannot run in one), so a failure here loses nothing."""
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            for table in tables:
                cur.execute(sql.SQL("VACUUM (ANALYZE) {}").format(sql.Identifier(table)))
    finally:
        conn.autocommit = False
