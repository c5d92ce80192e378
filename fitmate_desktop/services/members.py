"""Members (trainees) as the desk sees them: the lazy, searchable list and the detail pane."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, DateTime, and_, case, func, literal, literal_column, select, tuple_
from sqlalchemy.orm import Session

from fitmate_desktop.models import (
    Attendance,
    GymSite,
    MemberPhoto,
    Membership,
    MembershipPlan,
    Trainee,
    Trainer,
    User,
)
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import NotFound, ValidationError
from fitmate_desktop.services.gym import load_gym_profile
from fitmate_desktop.services.member_access import require_visible, visible_to
from fitmate_desktop.services.uow import unit_of_work

EXPIRING_DAYS = 7
MAX_PAGE = 500


@dataclass(frozen=True)
class MemberRow:
    """One line of the members list."""

    id: int
    member_code: str
    full_name: str
    email: str | None
    phone: str | None
    status: str  # active | expiring | expired | frozen | unpaid | cancelled | none
    plan_name: str | None
    days_left: int | None  # negative once expired; None without a membership
    joined_on: dt.date | None = None
    last_visit_at: dt.datetime | None = None  # kept by a trigger on attendance (0006)
    membership_end: dt.date | None = None  # latest end of a membership not cancelled (0006)


@dataclass(frozen=True)
class MemberPage:
    """A page of the list and the opaque cursor of the next one (None at the end)."""

    rows: tuple[MemberRow, ...]
    next_after: object | None


@dataclass(frozen=True)
class MembershipSummary:
    plan_name: str
    status: str
    start_date: dt.date
    end_date: dt.date
    price: Decimal
    currency: str


@dataclass(frozen=True)
class VisitSummary:
    checked_in_at: dt.datetime
    checked_out_at: dt.datetime | None
    site_name: str | None


@dataclass(frozen=True)
class MemberDetail:
    """Everything the read-only detail pane shows about one member."""

    id: int
    member_code: str
    full_name: str
    email: str | None
    phone: str | None
    date_of_birth: dt.date | None
    gender: str | None
    address: str | None
    emergency_contact_name: str | None
    emergency_contact_phone: str | None
    health_conditions: str | None
    fitness_goal: str | None
    trainer_name: str | None
    joined_at: dt.datetime
    status: str
    plan_name: str | None
    days_left: int | None
    membership_end: dt.date | None
    memberships: tuple[MembershipSummary, ...]
    recent_visits: tuple[VisitSummary, ...]
    photo_path: str | None
    is_archived: bool
    version: int = 1
    health_flagged: bool = False
    trainer_id: uuid.UUID | None = None
    has_photo: bool = False
    notes: str | None = None


def membership_state(
    status: str | None,
    start: dt.date | None,
    end: dt.date | None,
    today: dt.date,
    frozen_from: dt.date | None = None,
    frozen_until: dt.date | None = None,
) -> tuple[str, int | None]:
    """The one place that turns a stored membership into what the desk shows, with days left."""
    if status is None or end is None:
        return "none", None
    days_left = (end - today).days
    if status in ("cancelled", "frozen", "unpaid"):
        return status, days_left
    if frozen_from is not None and frozen_from <= today <= (frozen_until or today):
        return "frozen", days_left
    if days_left < 0 or status == "expired":
        return "expired", days_left
    if days_left <= EXPIRING_DAYS:
        return "expiring", days_left
    return "active", days_left


def state_of(m: Membership, today: dt.date) -> tuple[str, int | None]:
    """``membership_state`` of a loaded Membership row."""
    return membership_state(
        m.status, m.start_date, m.end_date, today, m.frozen_from, m.frozen_until
    )


def _current_membership(today: dt.date) -> Any:
    """LATERAL subquery: the membership covering today, else the one that ended last."""
    covers_today = and_(
        Membership.start_date <= today,
        Membership.end_date >= today,
        Membership.status != "cancelled",
    )
    return (
        select(
            Membership.status.label("m_status"),
            Membership.start_date.label("m_start"),
            Membership.end_date.label("m_end"),
            Membership.frozen_from.label("m_frozen_from"),
            Membership.frozen_until.label("m_frozen_until"),
            MembershipPlan.name.label("m_plan"),
        )
        .join(MembershipPlan, MembershipPlan.id == Membership.plan_id)
        .where(Membership.trainee_id == Trainee.id)
        .order_by(case((covers_today, 0), else_=1), Membership.end_date.desc())
        .limit(1)
        .lateral("current_membership")
    )


# Mirrors fitmate_search_key() in migration 0004: what the index holds, the query becomes.
_KEY_TRANSLATION = str.maketrans({ch: "q" for ch in " .@-_+()/'"} | {"|": None})
_SEARCH_KEY = Trainee.search_key


def search_key_of(query: str) -> str:
    """The query as the search key stores text: lower case, spaces/punctuation as "q"."""
    return query.lower().translate(_KEY_TRANSLATION)


def _search_filter(query: str) -> Any:
    key = search_key_of(query).replace("\\", "\\\\").replace("%", "\\%")
    return _SEARCH_KEY.like(f"%{key}%", escape="\\")


def _clean_query(query: str) -> str:
    cleaned = " ".join((query or "").split())
    if len(cleaned) > 100:
        raise ValidationError("query", "The search is too long.")
    return cleaned


# A search matching more members than this is answered by walking the sort order's index.
BROAD_MATCHES = 6000


@dataclass(frozen=True)
class _Sort:
    """One sortable column: the indexed key expression and the value the cursor carries.

    ``key`` is written exactly as its index is (migration 0006), so PostgreSQL walks the index
    in either direction. ``raw`` is what reaches Python: the coalesced keys hold -infinity,
    which Python dates cannot, so the cursor carries the column and ``wrap`` re-applies the
    coalesce to the bound value on the server.
    """

    key: Any
    raw: Any
    wrap: Any


_NEG_INF_TS: Any = literal_column("'-infinity'::timestamptz")
_NEG_INF_DATE: Any = literal_column("'-infinity'::date")

SORTS: dict[str, _Sort] = {
    "name": _Sort(func.lower(Trainee.full_name), func.lower(Trainee.full_name), lambda v: v),
    "code": _Sort(Trainee.member_code, Trainee.member_code, lambda v: v),
    "joined": _Sort(Trainee.joined_on, Trainee.joined_on, lambda v: v),
    "last_visit": _Sort(
        func.coalesce(Trainee.last_visit_at, _NEG_INF_TS),
        Trainee.last_visit_at,
        lambda v: func.coalesce(literal(v, DateTime(timezone=True)), _NEG_INF_TS),
    ),
    "membership_end": _Sort(
        func.coalesce(Trainee.membership_end, _NEG_INF_DATE),
        Trainee.membership_end,
        lambda v: func.coalesce(literal(v, Date()), _NEG_INF_DATE),
    ),
}
# What each sort's cursor value may be (None: no visit / no membership yet).
_CURSOR_TYPES: dict[str, tuple[type, ...]] = {
    "name": (str,),
    "code": (str,),
    "joined": (dt.date,),
    "last_visit": (dt.datetime, type(None)),
    "membership_end": (dt.date, type(None)),
}


def _listed(archived: bool) -> Any:
    return Trainee.deleted_at.isnot(None) if archived else Trainee.deleted_at.is_(None)


def _matches_most(session: Session, query: str, archived: bool, visible: Any) -> bool:
    """Whether ``query`` matches so many members that filtering in sort order is faster.

    Costs at most a bounded trigram scan (a few ms at 100,000 members)."""
    probe = (
        select(literal(1))
        .where(_listed(archived), visible, _search_filter(query))
        .limit(BROAD_MATCHES + 1)
        .subquery()
    )
    return (session.scalar(select(func.count()).select_from(probe)) or 0) > BROAD_MATCHES


def _after(key: Any, ident: Any, sort: _Sort, cursor: _Cursor) -> Any:
    """The keyset condition: rows strictly after the cursor in the chosen direction."""
    bound = tuple_(sort.wrap(cursor.value), literal(cursor.id))
    return tuple_(key, ident) < bound if cursor.descending else tuple_(key, ident) > bound


def _ordered(key: Any, ident: Any, descending: bool) -> tuple[Any, Any]:
    return (key.desc(), ident.desc()) if descending else (key, ident)


def _page_of_hits(
    query: str, sort: _Sort, descending: bool, cursor: _Cursor | None, limit: int, where: Any
) -> Any:
    """The page from the trigram hits, sorted: the hits are materialised first so the planner
    cannot walk the whole sort index and filter row by row (seconds at 100,000 members)."""
    hits = (
        select(Trainee.id, sort.key.label("k"), sort.raw.label("raw"))
        .where(where, _search_filter(query))
        .cte("hits")
        .prefix_with("MATERIALIZED")
    )
    page = select(hits.c.id, hits.c.k, hits.c.raw)
    if cursor is not None:
        page = page.where(_after(hits.c.k, hits.c.id, sort, cursor))
    return page.order_by(*_ordered(hits.c.k, hits.c.id, descending)).limit(limit + 1)


def _page_in_order(
    query: str, sort: _Sort, descending: bool, cursor: _Cursor | None, limit: int, where: Any
) -> Any:
    """The page walking the sort column's index: the whole list, or searches matching many."""
    page = select(Trainee.id, sort.key.label("k"), sort.raw.label("raw")).where(where)
    if query:
        page = page.where(_search_filter(query))
    if cursor is not None:
        page = page.where(_after(sort.key, Trainee.id, sort, cursor))
    return page.order_by(*_ordered(sort.key, Trainee.id, descending)).limit(limit + 1)


def list_members(
    *,
    actor: Actor,
    query: str = "",
    after: object | None = None,
    limit: int = 200,
    archived: bool = False,
    sort: str = "name",
    descending: bool = False,
) -> MemberPage:
    """Members in ``sort`` order, ``limit`` at a time after the ``after`` cursor (keyset paging).

    ``sort`` is one of ``SORTS`` (name, code, joined, last_visit, membership_end), ascending
    or ``descending``; members without a visit or membership sort first ascending, last
    descending. ``archived=True`` lists the archived members instead (to look one up or
    restore them). A trainer gets only their own trainees (``member_access``)."""
    actor.require(Permission.MEMBERS_VIEW, doing="see members")
    query = _clean_query(query)
    limit = max(1, min(limit, MAX_PAGE))
    if sort not in SORTS:
        raise ValidationError("sort", "The list cannot be sorted that way.")
    order = SORTS[sort]
    cursor = _decode_cursor(after, sort, descending) if after is not None else None
    visible = visible_to(actor)
    where = and_(_listed(archived), visible)
    with unit_of_work() as uow:
        session = uow.session
        today = load_gym_profile(session).today()
        if len(query) >= 3 and not _matches_most(session, query, archived, visible):
            page = _page_of_hits(query, order, descending, cursor, limit, where)
        else:
            page = _page_in_order(query, order, descending, cursor, limit, where)
        paged = page.subquery("page")
        current = _current_membership(today)
        stmt = (
            select(
                Trainee.id,
                Trainee.member_code,
                Trainee.full_name,
                Trainee.email,
                Trainee.phone,
                Trainee.joined_on,
                Trainee.last_visit_at,
                Trainee.membership_end,
                paged.c.raw.label("sort_value"),
                current.c.m_status,
                current.c.m_start,
                current.c.m_end,
                current.c.m_frozen_from,
                current.c.m_frozen_until,
                current.c.m_plan,
            )
            .select_from(paged.join(Trainee, Trainee.id == paged.c.id))
            .outerjoin(current, literal(True))
            .order_by(*_ordered(paged.c.k, paged.c.id, descending))
        )
        rows = session.execute(stmt).all()

    more = len(rows) > limit
    rows = rows[:limit]
    out = []
    for r in rows:
        status, days_left = membership_state(
            r.m_status, r.m_start, r.m_end, today, r.m_frozen_from, r.m_frozen_until
        )
        out.append(
            MemberRow(
                id=r.id,
                member_code=r.member_code,
                full_name=r.full_name,
                email=r.email,
                phone=r.phone,
                status=status,
                plan_name=r.m_plan,
                days_left=days_left,
                joined_on=r.joined_on,
                last_visit_at=r.last_visit_at,
                membership_end=r.membership_end,
            )
        )
    next_after = (sort, descending, rows[-1].sort_value, rows[-1].id) if more and rows else None
    return MemberPage(rows=tuple(out), next_after=next_after)


def export_members(
    *,
    actor: Actor,
    query: str = "",
    archived: bool = False,
    sort: str = "name",
    descending: bool = False,
    batch: int = MAX_PAGE,
) -> Iterator[MemberRow]:
    """Every member matching the search, for a CSV file: ``list_members`` page after page.

    Each page is its own short transaction (an export of 100,000 rows holds no snapshot open
    for minutes); the same rule applies as to the list, so a trainer exports only their own
    trainees. The permission is checked before the first row is asked for."""
    actor.require(Permission.MEMBERS_VIEW, doing="export members")
    after: object | None = None
    while True:
        page = list_members(
            actor=actor,
            query=query,
            after=after,
            limit=batch,
            archived=archived,
            sort=sort,
            descending=descending,
        )
        yield from page.rows
        after = page.next_after
        if after is None:
            return


@dataclass(frozen=True)
class _Cursor:
    sort: str
    descending: bool
    value: Any
    id: int


def _decode_cursor(after: object, sort: str, descending: bool) -> _Cursor:
    if (
        isinstance(after, tuple)
        and len(after) == 4
        and after[0] == sort
        and after[1] is descending
        and isinstance(after[2], _CURSOR_TYPES[sort])
        and not (sort in ("joined", "membership_end") and isinstance(after[2], dt.datetime))
        and isinstance(after[3], int)
    ):
        return _Cursor(sort, descending, after[2], after[3])
    raise ValidationError("after", "The list position is not valid; reload the list.")


def count_members(*, actor: Actor, query: str = "", archived: bool = False) -> int:
    """How many members (archived ones with ``archived=True``) match the search.

    A trainer counts only their own trainees."""
    actor.require(Permission.MEMBERS_VIEW, doing="see members")
    query = _clean_query(query)
    with unit_of_work() as uow:
        stmt = select(func.count()).select_from(Trainee).where(_listed(archived), visible_to(actor))
        if query:
            stmt = stmt.where(_search_filter(query))
        return int(uow.session.scalar(stmt) or 0)


def get_member(*, actor: Actor, member_id: int) -> MemberDetail:
    """The detail pane of one member; health information only for roles allowed to see it.

    A trainer asking for someone who is not their trainee gets ``PermissionDenied``."""
    actor.require(Permission.MEMBERS_VIEW, doing="see members")
    with unit_of_work() as uow:
        return member_detail(uow.session, actor=actor, member_id=member_id)


def member_photo(*, actor: Actor, member_id: int) -> bytes | None:
    """The member's photo (JPEG bytes), or None; refused for another trainer's trainee."""
    actor.require(Permission.MEMBERS_VIEW, doing="see members")
    with unit_of_work() as uow:
        require_visible(uow.session, actor, member_id)
        photo = uow.session.get(MemberPhoto, member_id)
        return bytes(photo.image) if photo is not None else None


def member_detail(session: Session, *, actor: Actor, member_id: int) -> MemberDetail:
    """Build the detail of one member inside the caller's transaction.

    Every caller goes through here, so the trainer rule is checked here once."""
    require_visible(session, actor, member_id)
    today = load_gym_profile(session).today()
    member = session.get(Trainee, member_id)
    if member is None:
        raise NotFound("This member no longer exists.")
    trainer_name = _trainer_name(session, member)
    memberships = session.execute(
        select(Membership, MembershipPlan.name)
        .join(MembershipPlan, MembershipPlan.id == Membership.plan_id)
        .where(Membership.trainee_id == member_id)
        .order_by(Membership.end_date.desc(), Membership.id.desc())
    ).all()
    visits = session.execute(
        select(Attendance.checked_in_at, Attendance.checked_out_at, GymSite.name)
        .join(GymSite, GymSite.id == Attendance.site_id)
        .where(Attendance.trainee_id == member_id)
        .order_by(Attendance.checked_in_at.desc())
        .limit(10)
    ).all()

    current = next(
        (
            (m, name)
            for m, name in memberships
            if m.start_date <= today <= m.end_date and m.status != "cancelled"
        ),
        memberships[0] if memberships else None,
    )
    if current is not None:
        m, plan_name = current
        status, days_left = state_of(m, today)
        membership_end: dt.date | None = m.end_date
    else:
        status, days_left, plan_name, membership_end = "none", None, None, None

    may_see_health = _may_see_health(actor)
    return MemberDetail(
        id=member.id,
        member_code=member.member_code,
        full_name=member.full_name,
        email=member.email,
        phone=member.phone,
        date_of_birth=member.date_of_birth,
        gender=member.gender,
        address=member.address,
        emergency_contact_name=member.emergency_contact_name,
        emergency_contact_phone=member.emergency_contact_phone,
        health_conditions=member.health_conditions if may_see_health else None,
        fitness_goal=member.fitness_goal,
        trainer_name=trainer_name,
        joined_at=dt.datetime.combine(member.joined_on, dt.time(), tzinfo=dt.UTC),
        status=status,
        plan_name=plan_name,
        days_left=days_left,
        membership_end=membership_end,
        memberships=tuple(
            MembershipSummary(
                plan_name=name,
                status=state_of(m, today)[0],
                start_date=m.start_date,
                end_date=m.end_date,
                price=m.price,
                currency=m.currency,
            )
            for m, name in memberships
        ),
        recent_visits=tuple(VisitSummary(*v) for v in visits),
        photo_path=member.photo_path,
        is_archived=member.deleted_at is not None,
        version=member.version,
        health_flagged=member.health_flagged if may_see_health else False,
        trainer_id=member.trainer_id,
        has_photo=session.scalar(
            select(MemberPhoto.trainee_id).where(MemberPhoto.trainee_id == member_id)
        )
        is not None,
        notes=member.notes,
    )


def _may_see_health(actor: Actor) -> bool:
    """Health details: the desk (to look out for the member) and the member's own trainer.

    A trainer only ever reaches the detail of their own trainees (``require_visible``), so
    the permission alone decides here."""
    return actor.can(Permission.MEMBERS_HEALTH_VIEW)


def _trainer_name(session: Session, member: Trainee) -> str | None:
    if member.trainer_id is None:
        return None
    return session.scalar(
        select(User.full_name)
        .join(Trainer, Trainer.user_id == User.id)
        .where(Trainer.id == member.trainer_id)
    )
