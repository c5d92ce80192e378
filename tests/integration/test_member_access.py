"""Trainers see only their own trainees, through every service call that returns member data.

Own = assigned to the trainer (``trainees.trainer_id``), or with a PT session with them that
is not cancelled and starts within the past 12 months or later. Everyone else does not exist
for the trainer: left out of lists, counts, searches and exports; refused by id. The desk and
the office see everyone, as before.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

import pytest
from pypdf import PdfReader

from fitmate_desktop.models import MemberPhoto, PTSession, Trainee, Trainer, User
from fitmate_desktop.services import member_records, members, memberships
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import PermissionDenied
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import give_membership, make_member, make_plan, update_row

NOW = dt.datetime.now(dt.UTC)
TODAY = NOW.date()
OWN = ["Ana Assigned", "Beto Booked Ahead", "Carla Trained In Spring"]
NOT_OWN = [
    "Dora Trained Long Ago",
    "Eva Cancelled Session",
    "Fabio Other Coach",
    "Gil Other Coach Session",
    "Hugo Walk In",
]


def _trainer_row(user_id: int) -> uuid.UUID:
    with unit_of_work() as uow:
        row = Trainer(user_id=user_id)
        uow.session.add(row)
        uow.flush()
        uow.commit()
        return row.id


def _other_trainer() -> uuid.UUID:
    with unit_of_work() as uow:
        user = User(email="other.coach@test.fitmate", full_name="Other Coach", role="TRAINER")
        uow.session.add(user)
        uow.flush()
        user_id = user.id
        uow.commit()
    return _trainer_row(user_id)


def _session(trainer_id: uuid.UUID, member_id: int, start: dt.datetime, status: str) -> None:
    with unit_of_work() as uow:
        uow.session.add(
            PTSession(
                trainer_id=trainer_id,
                trainee_id=member_id,
                site_id=1,
                scheduled_start=start,
                scheduled_end=start + dt.timedelta(hours=1),
                status=status,
            )
        )
        uow.commit()


@pytest.fixture
def gym(trainer: Actor) -> dict[str, int]:
    mine = _trainer_row(trainer.user_id)
    other = _other_trainer()
    ids = {name: make_member(name, health="Knee surgery 2025") for name in OWN + NOT_OWN}
    plan = make_plan("Monthly")
    for member_id in ids.values():
        give_membership(member_id, plan, start=TODAY, end=TODAY + dt.timedelta(days=30))
    update_row(Trainee, ids["Ana Assigned"], trainer_id=mine)
    update_row(Trainee, ids["Fabio Other Coach"], trainer_id=other)
    day = dt.timedelta(days=1)
    _session(mine, ids["Beto Booked Ahead"], NOW + 7 * day, "scheduled")
    _session(mine, ids["Carla Trained In Spring"], NOW - 90 * day, "completed")
    _session(mine, ids["Dora Trained Long Ago"], NOW - 400 * day, "completed")
    _session(mine, ids["Eva Cancelled Session"], NOW + 3 * day, "cancelled")
    _session(other, ids["Gil Other Coach Session"], NOW + 2 * day, "scheduled")
    with unit_of_work() as uow:
        image = b"\xff\xd8\xff\xe0 not really a jpeg"
        for member_id in ids.values():
            uow.session.add(
                MemberPhoto(
                    trainee_id=member_id, image=image, sha256=hashlib.sha256(image).hexdigest()
                )
            )
        uow.commit()
    return ids


def _names(page: members.MemberPage) -> list[str]:
    return [r.full_name for r in page.rows]


def test_the_list_holds_only_own_trainees(trainer: Actor, gym: dict) -> None:
    assert _names(members.list_members(actor=trainer)) == OWN


def test_every_sort_and_page_holds_only_own_trainees(trainer: Actor, gym: dict) -> None:
    for sort in members.SORTS:
        for descending in (False, True):
            seen, after = [], None
            while True:
                page = members.list_members(
                    actor=trainer, sort=sort, descending=descending, after=after, limit=1
                )
                seen += _names(page)
                after = page.next_after
                if after is None:
                    break
            assert sorted(seen) == OWN, (sort, descending)


def test_the_count_is_of_own_trainees(trainer: Actor, reception: Actor, gym: dict) -> None:
    assert members.count_members(actor=trainer) == 3
    assert members.count_members(actor=trainer, query="coach") == 0
    assert members.count_members(actor=reception) == 8


def test_searching_a_non_trainee_finds_nothing(trainer: Actor, gym: dict) -> None:
    for query in ("Fabio", "Other Coach", "Dora", "Eva Cancelled", "hugo", "Gil"):
        assert _names(members.list_members(actor=trainer, query=query)) == [], query
        assert members.count_members(actor=trainer, query=query) == 0
    # Both search plans: a short query walks the name index, a longer one the trigram hits.
    assert _names(members.list_members(actor=trainer, query="an")) == ["Ana Assigned"]
    assert _names(members.list_members(actor=trainer, query="booked")) == ["Beto Booked Ahead"]


def test_detail_of_own_trainees_includes_health(trainer: Actor, gym: dict) -> None:
    for name in OWN:
        detail = members.get_member(actor=trainer, member_id=gym[name])
        assert detail.full_name == name
        assert detail.health_conditions == "Knee surgery 2025"


def test_detail_of_anyone_else_is_refused(trainer: Actor, gym: dict) -> None:
    for name in NOT_OWN:
        with pytest.raises(PermissionDenied, match="not one of your trainees"):
            members.get_member(actor=trainer, member_id=gym[name])
    # An id that does not exist is refused the same way: ids cannot be probed.
    with pytest.raises(PermissionDenied, match="not one of your trainees"):
        members.get_member(actor=trainer, member_id=987_654)


def test_photo_of_own_trainee_only(trainer: Actor, gym: dict) -> None:
    assert members.member_photo(actor=trainer, member_id=gym["Ana Assigned"]) is not None
    with pytest.raises(PermissionDenied):
        members.member_photo(actor=trainer, member_id=gym["Fabio Other Coach"])


def test_export_holds_only_own_trainees(trainer: Actor, reception: Actor, gym: dict) -> None:
    exported = [r.full_name for r in members.export_members(actor=trainer, batch=2)]
    assert exported == OWN
    assert [r.full_name for r in members.export_members(actor=trainer, query="Other")] == []
    assert len(list(members.export_members(actor=reception, batch=3))) == 8


def test_memberships_of_own_trainee_only(trainer: Actor, gym: dict) -> None:
    assert len(memberships.member_memberships(actor=trainer, member_id=gym["Ana Assigned"])) == 1
    with pytest.raises(PermissionDenied):
        memberships.member_memberships(actor=trainer, member_id=gym["Hugo Walk In"])


def test_membership_card_of_own_trainee_only(trainer: Actor, gym: dict, tmp_path) -> None:
    pdf = member_records.membership_card_pdf(actor=trainer, member_id=gym["Beto Booked Ahead"])
    path = tmp_path / "card.pdf"
    path.write_bytes(pdf)
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Beto Booked Ahead" in text
    with pytest.raises(PermissionDenied):
        member_records.membership_card_pdf(actor=trainer, member_id=gym["Gil Other Coach Session"])


def test_a_session_cancelled_later_ends_access(trainer: Actor, gym: dict) -> None:
    with unit_of_work() as uow:
        uow.session.query(PTSession).filter(
            PTSession.trainee_id == gym["Beto Booked Ahead"]
        ).update({"status": "cancelled"})
        uow.commit()
    assert "Beto Booked Ahead" not in _names(members.list_members(actor=trainer))
    with pytest.raises(PermissionDenied):
        members.get_member(actor=trainer, member_id=gym["Beto Booked Ahead"])


def test_a_trainer_without_a_trainer_profile_sees_nobody(gym: dict) -> None:
    stranger = _signed_in_trainer_without_profile()
    assert members.count_members(actor=stranger) == 0
    assert members.list_members(actor=stranger).rows == ()


def _signed_in_trainer_without_profile() -> Actor:
    from fitmate_desktop.services import auth, users

    users.create_user_from_cli(
        email="new.coach@test.fitmate", password="Coach-Pass-2026!", role="TRAINER"
    )
    return auth.sign_in(
        email="new.coach@test.fitmate", password="Coach-Pass-2026!", workstation="test-desk"
    )


def test_desk_and_office_see_everyone(reception: Actor, admin: Actor, gym: dict) -> None:
    for actor in (reception, admin):
        assert len(members.list_members(actor=actor).rows) == 8
        for name in NOT_OWN:
            assert members.get_member(actor=actor, member_id=gym[name]).full_name == name
            assert members.member_photo(actor=actor, member_id=gym[name]) is not None
            assert members.count_members(actor=actor, query=name) == 1
