"""The writes of a scan: the visit, the class-pack visit and the trainer's notice in ONE
statement (data-modifying CTEs), and the NOTIFY to every desk, sent with it in one round trip.

On the autocommit connection of an ordinary scan the write goes in a pipeline of two explicit
transactions flushed at once:

    BEGIN; <the write>; COMMIT;                          durable, as every visit must be
    BEGIN; <pg_notify, asynchronous commit>; COMMIT;     then every desk is told

PostgreSQL serialises the commits of notifying transactions (NOTIFY holds a cluster-wide lock
until its commit is flushed), so a NOTIFY inside the durable write would let one desk's commit
flush at a time: twenty desks would queue behind each other. Apart, the visits commit together
(group commit) and the notices, which need no durability (a crash loses them anyway), commit
without waiting for the disk. The notice follows its visit's commit, so a desk that hears it
reads the visit. A failed write (another desk's visit came first) skips the notice too.

The invariants stay in the database: the partial unique index allows one open visit per member
(a second desk's insert fails and the whole statement, class-pack visit included, is undone),
and the class pack is only taken from while it has visits left (``visits_remaining > 0``,
re-checked under the row lock, so two desks never take the count below zero; the CHECK
constraint is the last word).

Inside a transaction of the caller's (an override, which writes an audit row too) the write and
the NOTIFY are plain statements, and the NOTIFY goes out with the caller's commit.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from fitmate_desktop.services.checkin.driver import driver_connection, translated
from fitmate_desktop.services.events import CHANNEL_PRESENCE


def _check_in_sql(*, pack: bool, notice: bool) -> str:
    """The statement for this kind of check-in: a class pack or not, a trainer to tell or not
    (an empty UPDATE would still run the memberships' statement triggers on every scan)."""
    parts = []
    if pack:
        parts.append(
            "pack AS (UPDATE memberships SET visits_remaining = visits_remaining - 1 "
            "WHERE id = %(pack_id)s::bigint AND visits_remaining > 0 "
            "RETURNING visits_remaining)"
        )
    parts.append(
        "visit AS (INSERT INTO attendance (trainee_id, site_id, checked_in_at, verdict, "
        "override_reason, checked_in_by_id, workstation, scan_id) "
        "SELECT %(member_id)s::bigint, %(site)s::bigint, %(at)s::timestamptz, %(verdict)s::text, "
        "%(override)s::text, %(by)s::bigint, %(workstation)s::text, %(scan)s::uuid"
        + (" WHERE EXISTS (SELECT 1 FROM pack)" if pack else "")
        + " RETURNING id, checked_in_at)"
    )
    if notice:
        parts.append(
            "told AS (INSERT INTO notifications (user_id, type, title, payload) "
            "SELECT %(trainer_user)s::bigint, 'trainee_arrived', %(title)s::text, "
            "%(note)s::jsonb FROM visit)"
        )
    left = "(SELECT visits_remaining FROM pack)" if pack else "NULL::int"
    return (
        "WITH "
        + ",\n".join(parts)
        + f"\nSELECT visit.id, visit.checked_in_at, {left} AS visits_left FROM visit"
    )


_CHECK_IN = {
    (pack, notice): _check_in_sql(pack=pack, notice=notice)
    for pack in (False, True)
    for notice in (False, True)
}

# The notice of a check-in, read from the visit just committed (the member's one open visit).
_ANNOUNCE_CHECK_IN = """
SELECT pg_notify(%(channel)s::text, json_build_object('event', 'check_in',
           'site_id', a.site_id, 'visit_id', a.id, 'member_id', a.trainee_id,
           'full_name', %(full_name)s::text, 'member_code', %(code)s::text,
           'checked_in_at', a.checked_in_at, 'checked_out_at', NULL)::text)
FROM attendance a
WHERE a.trainee_id = %(member_id)s::bigint AND a.checked_out_at IS NULL
"""

_CHECK_OUT = """
UPDATE attendance
SET checked_out_at = greatest(%(at)s::timestamptz, checked_in_at),
    duration_minutes = floor(extract(epoch FROM
        greatest(%(at)s::timestamptz, checked_in_at) - checked_in_at) / 60)::int,
    checkout_scan_id = %(scan)s::uuid,
    auto_closed = false
WHERE id = %(visit_id)s::bigint AND checked_out_at IS NULL
RETURNING id, checked_in_at, checked_out_at, duration_minutes, site_id
"""

_ANNOUNCE_CHECK_OUT = """
SELECT pg_notify(%(channel)s::text, json_build_object('event', 'check_out',
           'site_id', a.site_id, 'visit_id', a.id, 'member_id', a.trainee_id,
           'full_name', %(full_name)s::text, 'member_code', %(code)s::text,
           'checked_in_at', a.checked_in_at, 'checked_out_at', a.checked_out_at)::text)
FROM attendance a
WHERE a.id = %(visit_id)s::bigint AND a.checked_out_at IS NOT NULL
"""


@functools.cache
def _without_flush(announce_sql: str) -> str:
    """The notice in its own transaction, which need not wait for the disk (nothing in it is
    durable: a crash loses the notifications anyway)."""
    no_flush = "SELECT set_config('synchronous_commit', 'off', true), "
    return announce_sql.replace("SELECT ", no_flush, 1)


def _write_then_announce(
    conn: Connection, write: str, announce_sql: str, params: dict[str, Any]
) -> tuple[Any, ...] | None:
    """Write, then tell every desk; the write's returned row (None: it wrote nothing).

    Autocommit connection: both transactions in one pipeline, one round trip. Inside the
    caller's transaction: the two statements, and the NOTIFY leaves with the caller's commit.
    """
    raw = driver_connection(conn)
    with translated(raw, write), raw.cursor() as control, raw.cursor() as written:
        if not raw.autocommit:
            row = written.execute(write, params).fetchone()
            if row is not None:
                control.execute(announce_sql, params)
            return row
        with raw.pipeline():
            control.execute("BEGIN")
            written.execute(write, params)
            control.execute("COMMIT")
            control.execute("BEGIN")
            control.execute(_without_flush(announce_sql), params)
            control.execute("COMMIT")
        return written.fetchone()


@dataclass(frozen=True)
class NewVisit:
    """What the check-in statement wrote."""

    id: int
    checked_in_at: dt.datetime
    visits_left: int | None


@dataclass(frozen=True)
class ClosedVisit:
    """What the check-out statement wrote."""

    id: int
    checked_in_at: dt.datetime
    checked_out_at: dt.datetime
    duration_minutes: int


@dataclass(frozen=True)
class TrainerNotice:
    """The trainer to tell that their trainee arrived."""

    user_id: int
    title: str
    member_id: int


def insert_visit(
    conn: Connection,
    *,
    member_id: int,
    member_code: str,
    full_name: str,
    site_id: int,
    at: dt.datetime,
    verdict: str,
    override_reason: str | None,
    by_user_id: int | None,
    workstation: str | None,
    scan_id: uuid.UUID | None,
    pack_id: int | None,
    notice: TrainerNotice | None,
) -> NewVisit | None:
    """Insert the visit (and take the class-pack visit, tell the trainer, NOTIFY the desks).

    None: the class pack had no visit left by the time of the write (nothing was written).
    Raises IntegrityError when another desk opened a visit for the member first.
    """
    params: dict[str, Any] = {
        "member_id": member_id,
        "code": member_code,
        "full_name": full_name,
        "site": site_id,
        "at": at,
        "verdict": verdict,
        "override": override_reason,
        "by": by_user_id,
        "workstation": workstation,
        "scan": scan_id,
        "pack_id": pack_id,
        "channel": CHANNEL_PRESENCE,
    }
    if notice is not None:
        params["trainer_user"] = notice.user_id
        params["title"] = notice.title[:200]
        params["note"] = json.dumps({"member_id": notice.member_id})
    sql = _CHECK_IN[(pack_id is not None, notice is not None)]
    row = _write_then_announce(conn, sql, _ANNOUNCE_CHECK_IN, params)
    if row is None:
        return None
    return NewVisit(int(row[0]), row[1], None if row[2] is None else int(row[2]))


def close_visit(
    conn: Connection,
    *,
    visit_id: int,
    at: dt.datetime,
    scan_id: uuid.UUID | None,
    member_id: int,
    member_code: str,
    full_name: str,
) -> ClosedVisit | None:
    """Check the visit out at ``at`` (never before it began) and NOTIFY the desks.

    None: it was already closed (another desk, the list, the closing-time sweep).
    """
    params = {
        "visit_id": visit_id,
        "at": at,
        "scan": scan_id,
        "member_id": member_id,
        "code": member_code,
        "full_name": full_name,
        "channel": CHANNEL_PRESENCE,
    }
    row = _write_then_announce(conn, _CHECK_OUT, _ANNOUNCE_CHECK_OUT, params)
    if row is None:
        return None
    return ClosedVisit(int(row[0]), row[1], row[2], int(row[3]))
