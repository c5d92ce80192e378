"""The front door: every verdict, the double-scan and two-desk guarantees, NOTIFY."""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from fitmate_desktop.db.engine import current_database
from fitmate_desktop.db.notify import CHANNEL_PRESENCE, NotificationListener
from fitmate_desktop.models import Attendance, AuditLog, MembershipPlan, Trainee
from fitmate_desktop.services import checkin
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import (
    give_membership,
    make_member,
    make_plan,
    open_all_week,
    update_row,
)

ZONE = ZoneInfo("Europe/Lisbon")
TODAY = dt.datetime.now(ZONE).date()
D = dt.timedelta


def _visits(member_id: int | None = None) -> list[Attendance]:
    with unit_of_work() as uow:
        stmt = select(Attendance).order_by(Attendance.id)
        if member_id is not None:
            stmt = stmt.where(Attendance.trainee_id == member_id)
        rows = list(uow.session.scalars(stmt))
        uow.session.expunge_all()  # keep the loaded values after the read-only rollback
        return rows


@pytest.fixture
def plan() -> int:
    open_all_week()
    return make_plan("Monthly")


def _member(plan: int, code: str, *, start: int = -10, end: int = 20, status: str = "active",
            name: str = "Ana Silva") -> int:  # fmt: skip
    member = make_member(name, code=code)
    give_membership(member, plan, start=TODAY + D(days=start), end=TODAY + D(days=end),
                    status=status)  # fmt: skip
    return member


def test_green_checks_in_and_says_welcome(reception: Actor, plan: int) -> None:
    member = _member(plan, "FM000001")
    result = checkin.check_in("FM000001", actor=reception)
    assert (result.outcome, result.verdict, result.headline) == (
        "checked_in",
        "green",
        "Welcome, Ana",
    )
    assert result.member.days_left == 20 and result.member.plan_name.startswith("Monthly")
    assert result.member.visits_this_week == 0
    [visit] = _visits(member)
    assert visit.checked_out_at is None and visit.verdict == "green"
    assert visit.workstation == "test-desk"


@pytest.mark.parametrize(
    "raw", [" FM000001 ", "fm000001", "]C1FM000001", "*FM000001*", "\x02FM000001\x03\r"]
)
def test_scanner_noise_is_ignored(reception: Actor, plan: int, raw: str) -> None:
    _member(plan, "FM000001")
    assert checkin.check_in(raw, actor=reception).outcome == "checked_in"


@pytest.mark.parametrize(
    ("start", "end", "status", "code", "words"),
    [(-40, -3, "active", "expired", "ended on"), (-5, 25, "frozen", "frozen", "frozen"),
     (-5, 25, "cancelled", "cancelled", "cancelled"), (0, 30, "unpaid", "unpaid", "Payment due"),
     (3, 33, "active", "not_started", "starts on")],
)  # fmt: skip
def test_red_refuses_and_writes_nothing(
    reception: Actor, plan: int, start: int, end: int, status: str, code: str, words: str
) -> None:
    member = _member(plan, "FM000002", start=start, end=end, status=status)
    result = checkin.check_in("FM000002", actor=reception)
    assert (result.outcome, result.verdict) == ("refused", "red")
    assert result.reasons[0].code == code and words in result.headline
    assert result.headline.startswith("Not checked in — ")
    assert "override" in result.actions
    assert _visits(member) == []


def test_no_membership_is_red_with_renew_offered(reception: Actor, plan: int) -> None:
    make_member("Walk In", code="FM000003")
    result = checkin.check_in("FM000003", actor=reception)
    assert result.reasons[0].code == "no_membership" and "renew" in result.actions


def test_amber_warnings_check_in_with_the_warning(reception: Actor, plan: int) -> None:
    member = _member(plan, "FM000004", end=2)
    update_row(
        Trainee, member, date_of_birth=TODAY.replace(year=1990), health_flagged=True,
        health_conditions="Asthma — inhaler in bag",
    )  # fmt: skip
    result = checkin.check_in("FM000004", actor=reception)
    assert (result.outcome, result.verdict) == ("checked_in", "amber")
    assert result.headline == "Checked in — Membership ends in 2 days."
    assert [r.code for r in result.reasons] == ["expiring", "birthday", "health"]
    assert "Asthma" in result.reasons[2].message


def test_outside_plan_hours_is_red(reception: Actor, plan: int) -> None:
    now = dt.datetime.now(ZONE)
    start, end = (now + D(hours=2)).time(), (now + D(hours=3)).time()
    if end < start:
        start, end = (now - D(hours=3)).time(), (now - D(hours=2)).time()
    update_row(MembershipPlan, plan, access_from=start, access_until=end)
    _member(plan, "FM000005")
    result = checkin.check_in("FM000005", actor=reception)
    assert result.reasons[0].code == "outside_plan_hours"


def test_gym_at_capacity_is_red(reception: Actor) -> None:
    open_all_week(capacity=1)
    plan = make_plan()
    _member(plan, "FM000006")
    _member(plan, "FM000007", name="Bruno Costa")
    assert checkin.check_in("FM000006", actor=reception).outcome == "checked_in"
    result = checkin.check_in("FM000007", actor=reception)
    assert result.reasons[0].code == "at_capacity"


def test_override_needs_permission_and_is_audited(
    reception: Actor, trainer: Actor, admin: Actor, plan: int
) -> None:
    member = _member(plan, "FM000008", start=-40, end=-1)
    with pytest.raises(PermissionDenied):
        checkin.check_in("FM000008", actor=trainer, override_reason="Paid cash, renewing")
    result = checkin.check_in("FM000008", actor=reception, override_reason="Paying at the bar")
    assert (result.outcome, result.verdict, result.overridden) == ("checked_in", "red", True)
    assert result.headline.startswith("Checked in anyway")
    [visit] = _visits(member)
    assert visit.override_reason == "Paying at the bar"
    with unit_of_work() as uow:
        row = uow.session.scalars(
            select(AuditLog).where(AuditLog.action == "checkin.override")
        ).one()
        assert row.reason == "Paying at the bar" and row.actor_email == reception.email


def test_second_scan_is_a_double_scan_then_a_check_out(reception: Actor, plan: int) -> None:
    member = _member(plan, "FM000009")
    first = checkin.check_in("FM000009", actor=reception)
    again = checkin.check_in("FM000009", actor=reception)
    assert again.outcome == "already_in" and "already checked in" in again.headline
    update_row(Attendance, first.visit_id, checked_in_at=first.checked_in_at - D(minutes=75))
    out = checkin.check_in("FM000009", actor=reception)
    assert out.outcome == "checked_out" and "1 h 15 min" in out.headline
    [visit] = _visits(member)
    assert visit.duration_minutes == 75 and not visit.auto_closed


def test_bad_codes_say_so_and_write_nothing(reception: Actor, plan: int) -> None:
    member = _member(plan, "FM000010")
    update_row(Trainee, member, deleted_at=dt.datetime.now(dt.UTC))
    with pytest.raises(NotFound, match="No member has the code FM999999"):
        checkin.check_in("FM999999", actor=reception)
    with pytest.raises(ValidationError, match="archived"):
        checkin.check_in("FM000010", actor=reception)
    with pytest.raises(ValidationError):
        checkin.check_in("   ", actor=reception)
    with pytest.raises(ValidationError):
        checkin.check_in("DROP TABLE; --", actor=reception)
    assert _visits() == []


def test_two_desks_at_the_same_instant_make_one_visit(reception: Actor, plan: int) -> None:
    member = _member(plan, "FM000011")
    barrier = threading.Barrier(8)
    results: list[str] = []
    errors: list[BaseException] = []

    def desk() -> None:
        barrier.wait()
        try:
            results.append(checkin.check_in("FM000011", actor=reception).outcome)
        except BaseException as err:  # collected and asserted below
            errors.append(err.__cause__ or err)

    threads = [threading.Thread(target=desk) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(results) == ["already_in"] * 7 + ["checked_in"]
    assert len(_visits(member)) == 1


def test_a_resent_scan_is_not_a_second_scan(reception: Actor, plan: int) -> None:
    member = _member(plan, "FM000012")
    scan = uuid.uuid4()
    first = checkin.check_in("FM000012", actor=reception, scan_id=scan)
    update_row(Attendance, first.visit_id, checked_in_at=first.checked_in_at - D(minutes=30))
    resent = checkin.check_in("FM000012", actor=reception, scan_id=scan)
    assert resent.outcome == "already_in"
    [visit] = _visits(member)
    assert visit.checked_out_at is None


def test_undo_within_a_minute(reception: Actor, plan: int) -> None:
    member = _member(plan, "FM000013")
    result = checkin.check_in("FM000013", actor=reception)
    checkin.undo_check_in(actor=reception, visit_id=result.visit_id)
    assert _visits(member) == []
    result = checkin.check_in("FM000013", actor=reception)
    update_row(Attendance, result.visit_id, checked_in_at=result.checked_in_at - D(minutes=5))
    with pytest.raises(ValidationError, match="within a minute"):
        checkin.undo_check_in(actor=reception, visit_id=result.visit_id)


def test_in_the_gym_now_and_check_out_from_the_list(reception: Actor, plan: int) -> None:
    _member(plan, "FM000014")
    _member(plan, "FM000015", name="Bruno Costa")
    checkin.check_in("FM000014", actor=reception)
    second = checkin.check_in("FM000015", actor=reception)
    presence = checkin.present_now(actor=reception)
    assert (presence.count, presence.capacity) == (2, 80)
    assert [v.full_name for v in presence.visits] == ["Bruno Costa", "Ana Silva"]
    checkin.check_out(actor=reception, visit_id=second.visit_id)
    assert checkin.present_now(actor=reception).count == 1


def test_visits_left_open_are_closed_at_closing_time(reception: Actor) -> None:
    plan = make_plan()
    member = _member(plan, "FM000016")
    with unit_of_work() as uow:
        from fitmate_desktop.models import GymScheduleSlot

        for day in range(7):
            uow.session.add(GymScheduleSlot(site_id=1, day_of_week=day, opens_at=dt.time(6),
                                            closes_at=dt.time(22), capacity=50))  # fmt: skip
        yesterday_evening = dt.datetime.combine(TODAY - D(days=1), dt.time(20), tzinfo=ZONE)
        uow.session.add(Attendance(trainee_id=member, site_id=1, checked_in_at=yesterday_evening))
        uow.commit()
    assert checkin.close_stale_visits(actor=reception) == 1
    [visit] = _visits(member)
    assert visit.auto_closed and visit.duration_minutes == 120
    assert visit.checked_out_at == dt.datetime.combine(TODAY - D(days=1), dt.time(22), tzinfo=ZONE)


def test_every_desk_hears_a_check_in_through_notify(reception: Actor, plan: int) -> None:
    _member(plan, "FM000017")
    heard: list[dict] = []
    got = threading.Event()

    def on_notify(channel: str, payload: str) -> None:
        heard.append(json.loads(payload))
        got.set()

    listener = NotificationListener(current_database().url, [CHANNEL_PRESENCE], on_notify)
    listener.start()
    try:
        assert listener.connected.wait(10)
        checkin.check_in("FM000017", actor=reception)
        assert got.wait(5)
    finally:
        listener.stop()
    assert heard[0]["event"] == "check_in" and heard[0]["member_code"] == "FM000017"


def test_trainer_is_told_when_their_trainee_arrives(reception: Actor, plan: int) -> None:
    from fitmate_desktop.models import Notification, Trainer, User

    member = _member(plan, "FM000018")
    with unit_of_work() as uow:
        user = uow.session.scalar(select(User).where(User.role == "RECEPTION"))
        coach = User(email="coach@g.pt", full_name="Coach", role="TRAINER")
        uow.session.add(coach)
        uow.flush()
        trainer_row = Trainer(user_id=coach.id)
        uow.session.add(trainer_row)
        uow.flush()
        uow.session.get(Trainee, member).trainer_id = trainer_row.id
        uow.commit()
        assert user is not None
    checkin.check_in("FM000018", actor=reception)
    with unit_of_work() as uow:
        note = uow.session.scalars(select(Notification)).one()
        assert note.type == "trainee_arrived" and "Ana Silva arrived" in note.title
        assert uow.session.scalar(select(func.count()).select_from(Notification)) == 1


def test_the_reason_is_said_once(reception: Actor, plan: int) -> None:
    member = _member(plan, "FM000019", end=2)
    update_row(Trainee, member, health_flagged=True, health_conditions="Asthma")
    result = checkin.check_in("FM000019", actor=reception)
    assert result.headline == "Checked in — Membership ends in 2 days."
    # The headline gave the first reason; the card lists the others, each once.
    assert [r.code for r in result.other_reasons] == ["health"]
    shown = [result.headline, *(r.message for r in result.other_reasons)]
    assert sum("Membership ends in 2 days." in line for line in shown) == 1
    _member(plan, "FM000020", start=-40, end=-3, name="Bruno Costa")
    refused = checkin.check_in("FM000020", actor=reception)
    assert refused.reasons[0].message in refused.headline
    assert refused.reasons[0] not in refused.other_reasons
    again = checkin.check_in("FM000019", actor=reception)
    assert again.outcome == "already_in" and again.other_reasons == ()


def test_every_desk_hears_check_outs_and_overrides_too(reception: Actor, plan: int) -> None:
    _member(plan, "FM000021")
    _member(plan, "FM000022", start=-40, end=-2, name="Bruno Costa")
    heard: list[dict] = []
    lock = threading.Condition()

    def on_notify(channel: str, payload: str) -> None:
        with lock:
            heard.append(json.loads(payload))
            lock.notify_all()

    def wait_for(count: int) -> None:
        with lock:
            assert lock.wait_for(lambda: len(heard) >= count, timeout=5)

    listener = NotificationListener(current_database().url, [CHANNEL_PRESENCE], on_notify)
    listener.start()
    try:
        assert listener.connected.wait(10)
        first = checkin.check_in("FM000021", actor=reception)
        wait_for(1)
        update_row(Attendance, first.visit_id, checked_in_at=first.checked_in_at - D(minutes=30))
        assert checkin.check_in("FM000021", actor=reception).outcome == "checked_out"
        wait_for(2)
        checkin.check_in("FM000022", actor=reception, override_reason="Renewing at the bar")
        wait_for(3)
    finally:
        listener.stop()
    assert [(h["event"], h["member_code"]) for h in heard] == [
        ("check_in", "FM000021"),
        ("check_out", "FM000021"),
        ("check_in", "FM000022"),
    ]
    assert heard[1]["visit_id"] == first.visit_id and heard[1]["checked_out_at"] is not None


def test_an_open_visit_behind_a_later_closed_one_is_still_found(
    reception: Actor, plan: int
) -> None:
    member = _member(plan, "FM000023")
    now = dt.datetime.now(dt.UTC)
    with unit_of_work() as uow:
        # A queued check-in sent late: open since 09:00-ish, behind a visit closed after it.
        uow.session.add(Attendance(trainee_id=member, site_id=1, checked_in_at=now - D(hours=3)))
        later = Attendance(trainee_id=member, site_id=1, checked_in_at=now - D(hours=2))
        later.checked_out_at, later.duration_minutes = now - D(hours=1), 60
        uow.session.add(later)
        uow.commit()
    result = checkin.check_in("FM000023", actor=reception)
    assert result.outcome == "already_in"
    assert [v.checked_out_at is None for v in _visits(member)] == [True, False]
