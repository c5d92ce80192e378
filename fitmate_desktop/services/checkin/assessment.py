"""Everything a verdict depends on, read in ONE statement, then judged in Python.

The desk waits on the server round trip after round trip, so the member by code, their
current membership and plan, the open visit, the visits this week, an unpaid renewal, the
opening-hours slot and how many are inside, the trainer to tell and a replayed scan all come
back in one row (``FACTS_BY_CODE``). The judging (``assess``) stays in Python, in one place,
so the rules read as rules.

The times are the scan's: a scan sent later from a desk's offline queue is judged as it would
have been when it was made (membership valid that day, the slot of that hour, that week).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from psycopg.rows import dict_row
from sqlalchemy import Connection

from fitmate_desktop.services.checkin.driver import driver_connection, translated
from fitmate_desktop.services.checkin.results import (
    MemberCard,
    Reason,
    days,
    visits,
)
from fitmate_desktop.services.gym import GymProfile
from fitmate_desktop.services.members import membership_state
from fitmate_desktop.services.text import long_date

# Few enough visits left on a class pack that the desk should say so.
FEW_VISITS_LEFT = 3

# {member} is one of the two lookups below. Every parameter is cast: psycopg sends None as an
# untyped NULL, and the statement is prepared once per connection and reused.
_FACTS = """
WITH cfg AS (
    SELECT coalesce(s.timezone, 'UTC') AS tz, coalesce(s.gym_name, 'FitMate') AS gym_name,
           coalesce(s.currency, 'EUR') AS currency, coalesce(s.locale, 'en_GB') AS locale
    FROM (SELECT 1) AS one LEFT JOIN admin_settings s ON s.id = 1
), k AS (
    SELECT cfg.*, (%(at)s::timestamptz AT TIME ZONE cfg.tz) AS local FROM cfg
), t AS (
    {member}
)
SELECT
    k.tz, k.gym_name, k.currency, k.locale,
    t.id, t.full_name, t.member_code, t.photo_path, t.date_of_birth, t.health_flagged,
    t.health_conditions, t.deleted_at,
    (SELECT tr.user_id FROM trainers tr WHERE tr.id = t.trainer_id) AS trainer_user_id,
    m.id AS m_id, m.status AS m_status, m.start_date AS m_start, m.end_date AS m_end,
    m.frozen_from AS m_frozen_from, m.frozen_until AS m_frozen_until, m.site_id AS m_site_id,
    m.membership_type AS m_type, m.visits_remaining AS m_visits_remaining,
    m.plan_name, m.access_from, m.access_until, m.visits_per_week, m.all_sites,
    (SELECT r.start_date FROM memberships r
     WHERE r.trainee_id = t.id AND r.status = 'unpaid' AND r.start_date > k.local::date
     ORDER BY r.start_date LIMIT 1) AS renewal_due,
    (SELECT count(*) FROM attendance w
     WHERE w.trainee_id = t.id
       AND w.checked_in_at >= (date_trunc('week', k.local) AT TIME ZONE k.tz)) AS week_visits,
    ov.id AS open_id, ov.checked_in_at AS open_in,
    rp.id AS replay_id, rp.trainee_id AS replay_member_id, rp.checked_in_at AS replay_in,
    rp.checked_out_at AS replay_out, rp.duration_minutes AS replay_minutes,
    sl.slot_type, sl.capacity,
    EXISTS (SELECT 1 FROM gym_schedule_slots h WHERE h.site_id = %(site)s::bigint)
        AS site_has_hours,
    -- Whether the gym is full needs counting up to its capacity only, however many are in.
    CASE WHEN sl.capacity IS NOT NULL THEN
        (SELECT count(*) FROM (SELECT 1 FROM attendance o
                               WHERE o.site_id = %(site)s::bigint AND o.checked_out_at IS NULL
                               LIMIT sl.capacity) inside)
    END AS open_count,
    (SELECT gs.name FROM gym_sites gs WHERE gs.id = %(site)s::bigint) AS site_name
FROM k
LEFT JOIN t ON true
LEFT JOIN LATERAL (
    SELECT ms.id, ms.status, ms.start_date, ms.end_date, ms.frozen_from, ms.frozen_until,
           ms.site_id, ms.membership_type, ms.visits_remaining, p.name AS plan_name,
           p.access_from, p.access_until, p.visits_per_week, p.all_sites
    FROM memberships ms JOIN membership_plans p ON p.id = ms.plan_id
    WHERE ms.trainee_id = t.id
    ORDER BY (ms.start_date <= k.local::date AND ms.end_date >= k.local::date
              AND ms.status <> 'cancelled') DESC,
             ms.end_date DESC, ms.id DESC
    LIMIT 1
) m ON true
LEFT JOIN LATERAL (
    -- The open visit is the member's latest (one probe of their visits by time, however many
    -- are inside the gym); an older one left open behind a later closed one is found by the
    -- open-visit index when the insert meets it (scan.py, _after_race).
    SELECT a.id, a.checked_in_at FROM (
        SELECT l.id, l.checked_in_at, l.checked_out_at FROM attendance l
        WHERE l.trainee_id = t.id ORDER BY l.checked_in_at DESC LIMIT 1
    ) a
    WHERE a.checked_out_at IS NULL
) ov ON true
LEFT JOIN LATERAL (
    SELECT a.id, a.trainee_id, a.checked_in_at, a.checked_out_at, a.duration_minutes
    FROM attendance a
    WHERE a.scan_id = %(scan)s::uuid OR a.checkout_scan_id = %(scan)s::uuid
    LIMIT 1
) rp ON true
LEFT JOIN LATERAL (
    SELECT g.slot_type, g.capacity FROM gym_schedule_slots g
    WHERE g.site_id = %(site)s::bigint
      AND g.day_of_week = extract(isodow FROM k.local)::int - 1
      AND g.opens_at <= k.local::time AND g.closes_at > k.local::time
    ORDER BY g.opens_at DESC
    LIMIT 1
) sl ON true
"""

_MEMBER_COLUMNS = (
    "id, full_name, member_code, photo_path, date_of_birth, health_flagged, "
    "health_conditions, deleted_at, trainer_id"
)
# The member at this desk's site first when two sites of a chain gave out the same code.
FACTS_BY_CODE = _FACTS.format(
    member=f"SELECT {_MEMBER_COLUMNS} FROM trainees WHERE member_code = %(code)s::text "
    "ORDER BY (site_id = %(site)s::bigint) DESC, id LIMIT 1"
)
FACTS_BY_ID = _FACTS.format(
    member=f"SELECT {_MEMBER_COLUMNS} FROM trainees WHERE id = %(member_id)s::bigint"
)


@dataclass(frozen=True)
class Facts:
    """The one row of ``FACTS_BY_CODE``: what is known about a scan before judging it."""

    profile: GymProfile
    row: dict[str, Any]

    @property
    def found(self) -> bool:
        return self.row["id"] is not None

    @property
    def member_id(self) -> int:
        return int(self.row["id"])

    @property
    def archived(self) -> bool:
        return self.row["deleted_at"] is not None

    @property
    def open_visit(self) -> tuple[int, dt.datetime] | None:
        r = self.row
        return (int(r["open_id"]), r["open_in"]) if r["open_id"] is not None else None

    @property
    def class_pack_id(self) -> int | None:
        """The membership to take a visit from, when it is a counted class pack."""
        r = self.row
        if r["m_type"] == "class_pack" and r["m_visits_remaining"] is not None:
            return int(r["m_id"])
        return None

    def __getitem__(self, key: str) -> Any:
        return self.row[key]


def read_facts(
    conn: Connection,
    *,
    site_id: int,
    at: dt.datetime,
    code: str | None = None,
    member_id: int | None = None,
    scan_id: uuid.UUID | None = None,
) -> Facts:
    """One statement, one round trip: the facts about a member code (or member id)."""
    params = {"code": code, "member_id": member_id, "site": site_id, "at": at, "scan": scan_id}
    sql = FACTS_BY_CODE if code is not None else FACTS_BY_ID
    raw = driver_connection(conn)
    with translated(raw, sql), raw.cursor(row_factory=dict_row) as cur:
        row = cur.execute(sql, params).fetchone()
    assert row is not None  # one row always: the member joins in, or its columns are NULL
    profile = GymProfile(row["gym_name"], row["tz"], row["currency"], row["locale"])
    return Facts(profile, row)


def assess(
    facts: Facts, *, site_id: int, at: dt.datetime, count_capacity: bool = True
) -> tuple[MemberCard, list[Reason], list[Reason]]:
    """The card, and the red (refusing) and amber (warning) reasons, most important first.

    ``count_capacity``: whether how many are inside now says anything about this scan (not
    for a scan made a while ago and sent late from a desk's offline queue).
    """
    r = facts.row
    local = at.astimezone(facts.profile.zone)
    today = local.date()
    red: list[Reason] = []
    amber: list[Reason] = []
    visits_left: int | None = None

    status, days_left = membership_state(
        r["m_status"], r["m_start"], r["m_end"], today, r["m_frozen_from"], r["m_frozen_until"]
    )
    plan_name = r["plan_name"]
    if r["m_id"] is None:
        red.append(Reason("no_membership", "No membership. Sell one to let them in."))
    elif r["m_start"] > today and status not in ("cancelled", "frozen", "unpaid"):
        red.append(Reason("not_started", f"Membership starts on {long_date(r['m_start'])}."))
    elif status == "expired":
        ago = -(days_left or 0)
        when = "today" if ago == 0 else f"{days(ago)} ago"
        red.append(Reason("expired", f"Membership ended on {long_date(r['m_end'])} ({when})."))
    elif status == "frozen":
        until = f" until {long_date(r['m_frozen_until'])}" if r["m_frozen_until"] else ""
        red.append(Reason("frozen", f"Membership is frozen{until}."))
    elif status == "cancelled":
        red.append(Reason("cancelled", "Membership was cancelled."))
    elif status == "unpaid":
        red.append(Reason("unpaid", f"Payment due since {long_date(r['m_start'])}."))
    else:
        _plan_rules(r, site_id, local.time(), red)
        if facts.class_pack_id is not None:
            left = int(r["m_visits_remaining"])
            if left <= 0:
                red.append(Reason("no_visits_left", "No visits left on the class pack."))
                visits_left = 0
            else:
                visits_left = left - 1  # what is left once this scan has taken one
        if status == "expiring" and days_left is not None:
            ends = "today" if days_left == 0 else f"in {days(days_left)}"
            amber.append(Reason("expiring", f"Membership ends {ends}."))
        if visits_left is not None and not red and visits_left <= FEW_VISITS_LEFT:
            amber.append(Reason("visits_left", _visits_left_words(visits_left)))
        if r["renewal_due"] is not None:
            amber.append(
                Reason("payment_due", f"Renewal from {long_date(r['renewal_due'])} is unpaid.")
            )

    # A site without any opening hours set up is never "closed" (a single gym that has not
    # filled them in yet).
    closed = r["slot_type"] == "closed" or (r["slot_type"] is None and r["site_has_hours"])
    if closed:
        red.append(Reason("closed", "The gym is closed now (outside opening hours)."))
    elif count_capacity and r["capacity"] is not None and r["open_count"] >= r["capacity"]:
        red.append(Reason("at_capacity", f"The gym is full ({r['capacity']} inside)."))

    born = r["date_of_birth"]
    if born is not None and (born.month, born.day) == (today.month, today.day):
        amber.append(Reason("birthday", "Birthday today! 🎂"))
    if r["health_flagged"]:
        note = (r["health_conditions"] or "see the trainer's note").strip()
        amber.append(Reason("health", f"Health: {note}"))

    card = MemberCard(
        id=int(r["id"]),
        full_name=r["full_name"],
        member_code=r["member_code"],
        photo_path=r["photo_path"],
        plan_name=plan_name,
        status=status,
        days_left=days_left,
        membership_end=r["m_end"],
        visits_this_week=int(r["week_visits"] or 0),
        health_conditions=r["health_conditions"] if r["health_flagged"] else None,
        visits_left=visits_left,
    )
    return card, red, amber


def _plan_rules(r: dict[str, Any], site_id: int, local_time: dt.time, red: list[Reason]) -> None:
    """The plan's own limits: its hours, its visits a week, its sites."""
    plan = r["plan_name"]
    opens, closes = r["access_from"], r["access_until"]
    if opens is not None and closes is not None and not opens <= local_time < closes:
        red.append(
            Reason("outside_plan_hours", f"{plan} allows visits {opens:%H:%M}–{closes:%H:%M} only.")
        )
    per_week = r["visits_per_week"]
    week_visits = int(r["week_visits"] or 0)
    if per_week is not None and week_visits >= per_week:
        red.append(
            Reason(
                "weekly_limit",
                f"Already {visits(week_visits)} this week (plan allows {per_week}).",
            )
        )
    if r["m_site_id"] != site_id and not r["all_sites"]:
        red.append(Reason("other_site", f"{plan} is valid at the home gym only."))


def _visits_left_words(n: int) -> str:
    if n == 0:
        return "Last visit on the class pack."
    return f"{visits(n)} left on the class pack."
