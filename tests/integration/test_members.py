"""The members list and detail as the desk sees them."""

from __future__ import annotations

import datetime as dt

import pytest

from fitmate_desktop.models import Trainee, Trainer
from fitmate_desktop.services import members
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import NotFound, PermissionDenied
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
    assert members.count_members(actor=trainer) == 5
    nobody = Actor(0, "x", "x", "TRAINEE", "d", None, None, frozenset())
    with pytest.raises(PermissionDenied):
        members.list_members(actor=nobody)


def test_trainers_see_health_details_of_their_own_trainees_only(
    trainer: Actor, reception: Actor, gym: dict
) -> None:
    assert members.get_member(actor=reception, member_id=gym["zoe"]).health_conditions == "Asthma"
    assert members.get_member(actor=trainer, member_id=gym["zoe"]).health_conditions is None
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
