"""The members list and detail as the desk sees them."""

from __future__ import annotations

import datetime as dt

import pytest

from fitmate_desktop.models import Trainee, Trainer
from fitmate_desktop.services import members
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import give_membership, make_member, make_plan, update_row

TODAY = dt.datetime.now(dt.UTC).date()
TODAY_AWARE = dt.datetime.now(dt.UTC)


@pytest.fixture
def gym() -> dict[str, int]:
    plan = make_plan("Monthly")
    ids = {
        "ana": make_member(
            "Ana Silva", code="FM000001", email="ana@mail.pt", phone="+351 912 000 111"
        ),
        "bruno": make_member("Bruno Costa", code="FM000002", email="bruno@mail.pt"),
        "joao": make_member("João Gonçalves", code="FM000003", phone="+351 933 444 555"),
        "zoe": make_member("Zoë Müller", code="FM000004", health="Asthma"),
        "none": make_member("Nobody Member", code="FM000005"),
    }  # fmt: skip
    d = dt.timedelta
    give_membership(ids["ana"], plan, start=TODAY - d(days=10), end=TODAY + d(days=20))
    give_membership(ids["bruno"], plan, start=TODAY - d(days=27), end=TODAY + d(days=3))
    give_membership(ids["joao"], plan, start=TODAY - d(days=40), end=TODAY - d(days=5))
    give_membership(
        ids["zoe"], plan, start=TODAY - d(days=5), end=TODAY + d(days=25), status="frozen"
    )
    return ids


def test_list_is_in_name_order_with_status_and_days_left(admin: Actor, gym: dict) -> None:
    page = members.list_members(actor=admin)
    names = [r.full_name for r in page.rows]
    assert names == ["Ana Silva", "Bruno Costa", "João Gonçalves", "Nobody Member", "Zoë Müller"]
    by_name = {r.full_name: r for r in page.rows}
    assert (by_name["Ana Silva"].status, by_name["Ana Silva"].days_left) == ("active", 20)
    assert (by_name["Bruno Costa"].status, by_name["Bruno Costa"].days_left) == ("expiring", 3)
    assert (by_name["João Gonçalves"].status, by_name["João Gonçalves"].days_left) == (
        "expired",
        -5,
    )
    assert by_name["Zoë Müller"].status == "frozen"
    assert by_name["Nobody Member"].status == "none" and by_name["Nobody Member"].days_left is None
    assert page.next_after is None


def test_keyset_pages_cover_everyone_once(admin: Actor, gym: dict) -> None:
    seen: list[str] = []
    after = None
    while True:
        page = members.list_members(actor=admin, after=after, limit=2)
        seen += [r.member_code for r in page.rows]
        after = page.next_after
        if after is None:
            break
    assert sorted(seen) == [f"FM00000{i}" for i in range(1, 6)] and len(seen) == 5


@pytest.mark.parametrize(
    ("query", "expected"),
    [("silva", ["Ana Silva"]), ("GONÇ", ["João Gonçalves"]), ("933 444", ["João Gonçalves"]),
     ("933444555", ["João Gonçalves"]), ("bruno@", ["Bruno Costa"]),
     ("000004", ["Zoë Müller"]), ("fm00000", None),
     ("a", None), ("zz%", []), ("  ana   silva ", ["Ana Silva"])],
)  # fmt: skip
def test_search_matches_any_part_of_name_email_phone_or_code(
    admin: Actor, gym: dict, query: str, expected: list[str] | None
) -> None:
    page = members.list_members(actor=admin, query=query)
    names = [r.full_name for r in page.rows]
    if expected is None:
        assert len(names) >= 3
    else:
        assert names == expected
    assert members.count_members(actor=admin, query=query) == len(names)


def test_detail_shows_memberships_and_health(admin: Actor, gym: dict) -> None:
    detail = members.get_member(actor=admin, member_id=gym["zoe"])
    assert detail.full_name == "Zoë Müller" and detail.status == "frozen"
    assert detail.health_conditions == "Asthma"
    assert [m.status for m in detail.memberships] == ["frozen"]
    with pytest.raises(NotFound):
        members.get_member(actor=admin, member_id=999_999)


def test_every_desk_role_may_look_members_up_but_must_be_signed_in(
    reception: Actor, trainer: Actor, gym: dict
) -> None:
    assert members.count_members(actor=reception) == 5
    # A trainer without trainees sees nobody (tests/integration/test_member_access.py).
    assert members.count_members(actor=trainer) == 0
    nobody = Actor(0, "x", "x", "TRAINEE", "d", None, None, frozenset())
    with pytest.raises(PermissionDenied):
        members.list_members(actor=nobody)


def test_trainers_see_health_details_of_their_own_trainees(
    trainer: Actor, reception: Actor, gym: dict
) -> None:
    assert members.get_member(actor=reception, member_id=gym["zoe"]).health_conditions == "Asthma"
    with pytest.raises(PermissionDenied):
        members.get_member(actor=trainer, member_id=gym["zoe"])
    with unit_of_work() as uow:
        own = Trainer(user_id=trainer.user_id)
        uow.session.add(own)
        uow.flush()
        own_id = own.id
        uow.commit()
    update_row(Trainee, gym["zoe"], trainer_id=own_id)
    assert members.get_member(actor=trainer, member_id=gym["zoe"]).health_conditions == "Asthma"


def test_archived_members_are_listed_apart(admin: Actor, gym: dict) -> None:
    update_row(Trainee, gym["bruno"], deleted_at=TODAY_AWARE)
    assert "Bruno Costa" not in [r.full_name for r in members.list_members(actor=admin).rows]
    archived = members.list_members(actor=admin, archived=True)
    assert [r.full_name for r in archived.rows] == ["Bruno Costa"]
    assert members.count_members(actor=admin, query="bruno", archived=True) == 1
    assert members.count_members(actor=admin, query="bruno") == 0


# ------------------------------------------------------------------------------ sorting


def _all_pages(actor: Actor, sort: str, descending: bool, limit: int = 2) -> list[str]:
    seen: list[str] = []
    after = None
    while True:
        page = members.list_members(
            actor=actor, sort=sort, descending=descending, after=after, limit=limit
        )
        seen += [r.member_code for r in page.rows]
        after = page.next_after
        if after is None:
            return seen


@pytest.fixture
def sortable(gym: dict) -> dict[str, int]:
    """Joined, last visit and membership end differ from name order (and some are missing)."""
    d = dt.timedelta
    joined = {"ana": 30, "bruno": 400, "joao": 5, "zoe": 60, "none": 200}
    for key, days in joined.items():
        update_row(Trainee, gym[key], joined_on=TODAY - d(days=days))
    # Last visits through real check-ins would need opening hours; the trigger is tested below.
    with unit_of_work() as uow:
        from fitmate_desktop.models import Attendance

        for key, hours in (("bruno", 2), ("zoe", 50), ("joao", 1)):
            uow.session.add(
                Attendance(
                    trainee_id=gym[key],
                    site_id=1,
                    checked_in_at=TODAY_AWARE - d(hours=hours),
                    checked_out_at=TODAY_AWARE - d(hours=hours) + d(minutes=30),
                )
            )
        uow.commit()
    return gym


EXPECTED_ASCENDING = {
    # FM000001 Ana, 2 Bruno, 3 João, 4 Zoë, 5 Nobody
    "name": ["FM000001", "FM000002", "FM000003", "FM000005", "FM000004"],
    "code": ["FM000001", "FM000002", "FM000003", "FM000004", "FM000005"],
    "joined": ["FM000002", "FM000005", "FM000004", "FM000001", "FM000003"],
    # No visit first (ids in order), then oldest visit first.
    "last_visit": ["FM000001", "FM000005", "FM000004", "FM000002", "FM000003"],
    # No membership first; then João (ended), Bruno, Ana, Zoë.
    "membership_end": ["FM000005", "FM000003", "FM000002", "FM000001", "FM000004"],
}


@pytest.mark.parametrize("sort", sorted(EXPECTED_ASCENDING))
def test_every_sort_pages_in_both_directions(admin: Actor, sortable: dict, sort: str) -> None:
    ascending = _all_pages(admin, sort, False)
    assert ascending == EXPECTED_ASCENDING[sort]
    assert _all_pages(admin, sort, True) == list(reversed(ascending))
    assert _all_pages(admin, sort, False, limit=500) == ascending


def test_sorted_rows_carry_last_visit_and_membership_end(admin: Actor, sortable: dict) -> None:
    rows = {r.member_code: r for r in members.list_members(actor=admin, sort="code").rows}
    assert rows["FM000001"].last_visit_at is None
    assert rows["FM000003"].last_visit_at is not None
    assert rows["FM000001"].membership_end == TODAY + dt.timedelta(days=20)
    assert rows["FM000005"].membership_end is None
    assert rows["FM000002"].joined_on == TODAY - dt.timedelta(days=400)


def test_a_search_keeps_the_chosen_order(admin: Actor, sortable: dict) -> None:
    page = members.list_members(actor=admin, query="mail.pt", sort="joined", descending=True)
    assert [r.member_code for r in page.rows] == ["FM000001", "FM000002"]


def test_a_cursor_of_another_sort_is_refused(admin: Actor, sortable: dict) -> None:
    page = members.list_members(actor=admin, sort="name", limit=2)
    with pytest.raises(ValidationError, match="reload the list"):
        members.list_members(actor=admin, sort="joined", after=page.next_after)
    with pytest.raises(ValidationError):
        members.list_members(actor=admin, sort="phone")


def test_check_in_sale_cancel_and_undo_keep_the_sort_columns(reception: Actor, gym: dict) -> None:
    """The triggers of migration 0006 keep last visit and membership end in the same
    transaction as the check-in, the sale and the undo."""
    from fitmate_desktop.services import checkin, memberships
    from tests.integration.factories import open_all_week

    open_all_week()

    def row(code: str) -> members.MemberRow:
        [r] = members.list_members(actor=reception, query=code).rows
        return r

    assert row("FM000001").last_visit_at is None
    result = checkin.check_in("FM000001", actor=reception)
    assert row("FM000001").last_visit_at == result.checked_in_at
    checkin.undo_check_in(actor=reception, visit_id=result.visit_id)
    assert row("FM000001").last_visit_at is None

    plan = make_plan("Annual", days=365)
    sold = memberships.sell_membership(
        actor=reception, member_id=gym["none"], plan_id=plan, start_date=TODAY
    )
    assert row("FM000005").membership_end == sold.end_date
    memberships.cancel_membership(
        actor=reception, membership_id=sold.id, reason="Changed mind", expected_version=1
    )
    assert row("FM000005").membership_end is None


INDEX_OF_SORT = {
    "name": "ix_trainees_name_order",
    "code": "ix_trainees_member_code",
    "joined": "ix_trainees_joined_order",
    "last_visit": "ix_trainees_last_visit_order",
    "membership_end": "ix_trainees_membership_end_order",
}


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(INDEX_OF_SORT))
def test_each_sort_is_served_by_its_index(
    admin: Actor, sortable: dict, sort: str, descending: bool
) -> None:
    """The sort key is written as its index is, so PostgreSQL can walk it (no OFFSET, no sort
    of the whole table). Measured at 100,000 members the planner does pick it; on this tiny
    table it would rather scan, so scans and sorts are priced out for the check."""
    from sqlalchemy import event

    from fitmate_desktop.db.engine import current_database

    engine = current_database().engine
    seen: list[tuple[str, object]] = []

    def grab(_conn, _cursor, statement, parameters, _context, _many) -> None:
        seen.append((statement, parameters))

    first = members.list_members(actor=admin, sort=sort, descending=descending, limit=2)
    event.listen(engine, "before_cursor_execute", grab)
    try:
        members.list_members(
            actor=admin, sort=sort, descending=descending, limit=2, after=first.next_after
        )
    finally:
        event.remove(engine, "before_cursor_execute", grab)
    [(statement, parameters)] = [s for s in seen if "current_membership" in s[0]]
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("SET enable_seqscan = off")
        cur.execute("SET enable_sort = off")
        cur.execute("SET enable_bitmapscan = off")
        cur.execute("EXPLAIN " + statement, parameters)
        plan = "\n".join(row[0] for row in cur.fetchall())
    finally:
        raw.rollback()
        raw.close()
    direction = "Index Scan Backward using" if descending else "Index Scan using"
    assert f"{direction} {INDEX_OF_SORT[sort]}" in plan, plan
    assert "OFFSET" not in statement.upper()
