"""Scans sent later from a desk's offline queue keep the time they were made, and are judged
as they would have been then; scans from the future or from days ago are refused."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from fitmate_desktop.models import Attendance, MembershipPlan
from fitmate_desktop.services import checkin
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import ValidationError
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import (
    give_membership,
    make_member,
    make_plan,
    open_all_week,
    update_row,
)

ZONE = ZoneInfo("Europe/Lisbon")  # the gym's time zone (admin_settings' default)
D = dt.timedelta


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _visits(member: int) -> list[Attendance]:
    with unit_of_work() as uow:
        rows = list(
            uow.session.scalars(
                select(Attendance).where(Attendance.trainee_id == member).order_by(Attendance.id)
            )
        )
        uow.session.expunge_all()
        return rows


def _member(code: str, *, plan: int | None = None, start: int = -10, end: int = 20,
            name: str = "Ana Silva") -> int:  # fmt: skip
    today = dt.datetime.now(ZONE).date()
    member = make_member(name, code=code)
    give_membership(member, plan or make_plan(), start=today + D(days=start),
                    end=today + D(days=end))  # fmt: skip
    return member


@pytest.fixture(autouse=True)
def _open() -> None:
    open_all_week()


def test_a_queued_scan_keeps_the_time_it_was_made(reception: Actor) -> None:
    member = _member("FM000401")
    scanned = _now() - D(minutes=20)
    result = checkin.check_in("FM000401", actor=reception, scanned_at=scanned)
    assert result.outcome == "checked_in" and result.checked_in_at == scanned
    [visit] = _visits(member)
    assert visit.checked_in_at == scanned
    assert visit.recorded_at - scanned > D(minutes=19)  # the server's time of storing it


def test_a_queued_scan_is_judged_by_the_day_it_was_made(reception: Actor) -> None:
    local_now = dt.datetime.now(ZONE)
    scanned = dt.datetime.combine(local_now.date(), dt.time(), tzinfo=ZONE) - D(minutes=1)
    if _now() - scanned > D(hours=23):
        pytest.skip("run in the last hour of the gym's day: yesterday 23:59 is too long ago")
    # The membership ended yesterday: valid when the scan was made, expired now.
    member = _member("FM000402", start=-30, end=-1)
    assert checkin.check_in("FM000402", actor=reception).outcome == "refused"
    result = checkin.check_in("FM000402", actor=reception, scanned_at=scanned)
    assert (result.outcome, result.headline) == (
        "checked_in",
        "Checked in — Membership ends today.",
    )
    [visit] = _visits(member)
    assert visit.checked_in_at == scanned


def test_a_queued_scan_is_judged_by_the_hour_it_was_made(reception: Actor) -> None:
    scanned = _now() - D(hours=3)
    local = scanned.astimezone(ZONE)
    if not dt.time(0, 40) < local.time() < dt.time(23, 20):
        scanned = _now() - D(hours=6)
        local = scanned.astimezone(ZONE)
    plan = make_plan("Off-peak")
    update_row(MembershipPlan, plan, access_from=(local - D(minutes=30)).time(),
               access_until=(local + D(minutes=30)).time())  # fmt: skip
    _member("FM000403", plan=plan)
    assert checkin.check_in("FM000403", actor=reception).reasons[0].code == "outside_plan_hours"
    assert checkin.check_in("FM000403", actor=reception, scanned_at=scanned).outcome == (
        "checked_in"
    )


def test_queued_check_in_and_check_out_keep_both_times(reception: Actor) -> None:
    member = _member("FM000404")
    came, left = _now() - D(minutes=50), _now() - D(minutes=5)
    checkin.check_in("FM000404", actor=reception, scanned_at=came)
    out = checkin.check_in("FM000404", actor=reception, scanned_at=left)
    assert out.outcome == "checked_out" and "45 min" in out.headline
    [visit] = _visits(member)
    assert (visit.checked_in_at, visit.checked_out_at, visit.duration_minutes) == (came, left, 45)


def test_a_late_scan_is_not_refused_for_who_is_inside_now(reception: Actor) -> None:
    with unit_of_work() as uow:
        from fitmate_desktop.models import GymScheduleSlot

        for slot in uow.session.scalars(select(GymScheduleSlot)):
            slot.capacity = 1
        uow.commit()
    _member("FM000405")
    _member("FM000406", name="Bruno Costa")
    assert checkin.check_in("FM000405", actor=reception).outcome == "checked_in"
    assert checkin.check_in("FM000406", actor=reception).reasons[0].code == "at_capacity"
    late = checkin.check_in("FM000406", actor=reception, scanned_at=_now() - D(minutes=30))
    assert late.outcome == "checked_in"


def test_a_scan_a_few_seconds_ahead_of_this_clock_is_taken_as_now(reception: Actor) -> None:
    member = _member("FM000407")
    before = _now()
    result = checkin.check_in("FM000407", actor=reception, scanned_at=_now() + D(seconds=30))
    assert result.outcome == "checked_in"
    [visit] = _visits(member)
    assert before <= visit.checked_in_at <= _now()


@pytest.mark.parametrize(
    ("scanned", "words"),
    [
        (lambda: _now() + D(minutes=10), "in the future"),
        (lambda: _now() - D(hours=25), "more than 24 hours"),
        (lambda: dt.datetime.now() - D(minutes=5), "time zone"),  # naive: no zone
    ],
    ids=["future", "too old", "naive"],
)
def test_scans_dated_in_the_future_or_too_long_ago_are_refused(
    reception: Actor, scanned, words: str
) -> None:
    member = _member("FM000408")
    with pytest.raises(ValidationError, match=words) as caught:
        checkin.check_in("FM000408", actor=reception, scanned_at=scanned())
    assert caught.value.field == "scanned_at"
    assert _visits(member) == []
