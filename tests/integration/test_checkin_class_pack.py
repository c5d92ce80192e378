"""Class packs at the door: every allowed check-in takes one visit, in the same transaction.

The two-desk tests run the desks as two separate OS processes, each with its own connection,
released at the same instant by a barrier: the count is taken once and never goes below zero.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from fitmate_desktop.models import Attendance, Membership, MembershipPlan
from fitmate_desktop.services import checkin
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import Conflict
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import make_member, open_all_week, update_row

TODAY = dt.date.today()
D = dt.timedelta


def _pack_member(code: str, *, visits: int, left: int | None = None, name: str = "Ana Silva",
                 end: int = 60) -> tuple[int, int]:  # fmt: skip
    """A member on a class pack of ``visits`` with ``left`` of them remaining."""
    with unit_of_work() as uow:
        plan = MembershipPlan(
            name=f"{visits}-class pack {code}",
            membership_type="class_pack",
            duration_days=90,
            price=Decimal("60.00"),
            visit_count=visits,
        )
        uow.session.add(plan)
        uow.flush()
        plan_id = plan.id
        uow.commit()
    member = make_member(name, code=code)
    with unit_of_work() as uow:
        m = Membership(
            trainee_id=member,
            plan_id=plan_id,
            site_id=1,
            membership_type="class_pack",
            status="active",
            start_date=TODAY - D(days=10),
            end_date=TODAY + D(days=end),
            price=Decimal("60.00"),
            visits_remaining=visits if left is None else left,
        )
        uow.session.add(m)
        uow.flush()
        membership = m.id
        uow.commit()
    return member, membership


def _left(membership: int) -> int | None:
    with unit_of_work() as uow:
        return uow.session.scalar(
            select(Membership.visits_remaining).where(Membership.id == membership)
        )


def _visit_count(member: int) -> int:
    with unit_of_work() as uow:
        return int(
            uow.session.scalar(
                select(func.count()).select_from(Attendance).where(Attendance.trainee_id == member)
            )
            or 0
        )


@pytest.fixture(autouse=True)
def _open() -> None:
    open_all_week()


def test_a_check_in_takes_one_visit_and_the_card_shows_what_is_left(reception: Actor) -> None:
    _member, pack = _pack_member("FM000101", visits=10)
    result = checkin.check_in("FM000101", actor=reception)
    assert (result.outcome, result.verdict, result.headline) == (
        "checked_in",
        "green",
        "Welcome, Ana",
    )
    assert result.member.visits_left == 9 and _left(pack) == 9
    # A double scan neither takes another visit nor changes what the card says.
    again = checkin.check_in("FM000101", actor=reception)
    assert again.outcome == "already_in" and again.member.visits_left == 9 and _left(pack) == 9


def test_few_visits_left_is_said_once_in_amber(reception: Actor) -> None:
    _member, pack = _pack_member("FM000102", visits=10, left=4)
    result = checkin.check_in("FM000102", actor=reception)
    assert (result.outcome, result.verdict) == ("checked_in", "amber")
    assert result.headline == "Checked in — 3 visits left on the class pack."
    assert [r.code for r in result.reasons] == ["visits_left"]
    assert result.other_reasons == ()  # the headline said it; the card does not repeat it
    assert result.member.visits_left == 3 and _left(pack) == 3


def test_the_last_visit_says_so(reception: Actor) -> None:
    _member, pack = _pack_member("FM000103", visits=10, left=1)
    result = checkin.check_in("FM000103", actor=reception)
    assert result.outcome == "checked_in" and "Last visit" in result.headline
    assert result.member.visits_left == 0 and _left(pack) == 0


def test_no_visits_left_is_refused_with_renew_and_writes_nothing(reception: Actor) -> None:
    member, pack = _pack_member("FM000104", visits=10, left=0)
    result = checkin.check_in("FM000104", actor=reception)
    assert (result.outcome, result.verdict) == ("refused", "red")
    assert result.reasons[0].code == "no_visits_left"
    assert result.headline == "Not checked in — No visits left on the class pack."
    assert "renew" in result.actions and "override" in result.actions
    assert result.member.visits_left == 0
    assert _visit_count(member) == 0 and _left(pack) == 0


def test_an_override_on_an_empty_pack_lets_them_in_and_never_goes_negative(
    reception: Actor,
) -> None:
    member, pack = _pack_member("FM000105", visits=10, left=0)
    result = checkin.check_in("FM000105", actor=reception, override_reason="Buying a new pack")
    assert (result.outcome, result.overridden) == ("checked_in", True)
    assert _visit_count(member) == 1 and _left(pack) == 0


def test_undo_gives_the_visit_back(reception: Actor) -> None:
    member, pack = _pack_member("FM000106", visits=10, left=5)
    result = checkin.check_in("FM000106", actor=reception)
    assert _left(pack) == 4
    checkin.undo_check_in(actor=reception, visit_id=result.visit_id)
    assert _left(pack) == 5 and _visit_count(member) == 0


def test_a_check_out_takes_nothing(reception: Actor) -> None:
    _member, pack = _pack_member("FM000107", visits=10, left=5)
    first = checkin.check_in("FM000107", actor=reception)
    update_row(Attendance, first.visit_id, checked_in_at=first.checked_in_at - D(minutes=50))
    out = checkin.check_in("FM000107", actor=reception)
    assert out.outcome == "checked_out" and out.member.visits_left == 4 and _left(pack) == 4


def test_the_database_refuses_a_negative_count() -> None:
    _member, pack = _pack_member("FM000108", visits=10, left=0)
    with pytest.raises(Conflict) as caught, unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE memberships SET visits_remaining = -1 WHERE id = :id"), {"id": pack}
        )
    assert isinstance(caught.value.__cause__, IntegrityError)
    assert "visits_remaining_non_negative" in str(caught.value.__cause__)


# --------------------------------------------------------------------------- two desks


def _desk(url: str, actor: Actor, codes: list[str], barrier: Any, answers: Any) -> None:
    """One desk in its own process: for each code, wait for the other desk, then scan."""
    from fitmate_desktop.db.engine import configure_database, dispose_database

    configure_database(url, workstation=actor.workstation)
    try:
        checkin.present_now(actor=actor)  # connected before the race starts
        for code in codes:
            barrier.wait(timeout=60)
            try:
                result = checkin.check_in(code, actor=actor)
                answers.put((code, result.outcome, result.member.visits_left))
            except Exception as err:  # reported to the test, which fails on it
                answers.put((code, f"error: {type(err).__name__}: {err}", None))
    finally:
        dispose_database()


def _race(db_url: str, actor: Actor, codes: list[str], desks: int = 2) -> list[tuple]:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(desks)
    answers = ctx.Queue()
    processes = [
        ctx.Process(target=_desk, args=(db_url, actor, codes, barrier, answers))
        for _ in range(desks)
    ]
    for p in processes:
        p.start()
    got = [answers.get(timeout=120) for _ in range(desks * len(codes))]
    for p in processes:
        p.join(timeout=60)
        assert p.exitcode == 0
    return got


def test_two_desks_at_once_take_one_visit(reception: Actor, db_url: str) -> None:
    packs = {f"FM0002{n:02d}": _pack_member(f"FM0002{n:02d}", visits=10, left=5, name=f"M {n}")
             for n in range(6)}  # fmt: skip
    answers = _race(db_url, reception, list(packs))
    for code, (member, pack) in packs.items():
        outcomes = sorted(a[1] for a in answers if a[0] == code)
        assert outcomes == ["already_in", "checked_in"], (code, outcomes)
        assert _visit_count(member) == 1 and _left(pack) == 4


def test_two_desks_and_one_visit_left_one_gets_in_the_other_is_told(
    reception: Actor, db_url: str
) -> None:
    packs = {f"FM0003{n:02d}": _pack_member(f"FM0003{n:02d}", visits=10, left=1, name=f"M {n}")
             for n in range(6)}  # fmt: skip
    answers = _race(db_url, reception, list(packs))
    for code, (member, pack) in packs.items():
        mine = [a for a in answers if a[0] == code]
        outcomes = sorted(a[1] for a in mine)
        assert outcomes == ["already_in", "checked_in"], (code, outcomes)
        assert [a[2] for a in mine] == [0, 0]  # both cards: nothing left
        assert _visit_count(member) == 1 and _left(pack) == 0
