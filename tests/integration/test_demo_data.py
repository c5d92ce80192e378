"""The demo gym (`fitmate db demo`, `make run`): what someone opening the program would check."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from fitmate_desktop.db.engine import Database
from fitmate_desktop.demo import DemoResult, generate
from fitmate_desktop.services import auth, members, users
from fitmate_desktop.services.demo import SIGN_INS, DemoDataError


def _rows(db: Database, sql: str, **params: Any) -> list[Any]:
    with db.engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def _scalar(db: Database, sql: str, **params: Any) -> Any:
    return _rows(db, sql, **params)[0][0]


@pytest.fixture
def demo(db: Database) -> DemoResult:
    return generate(members=300, seed=1)


def test_the_gym_has_its_members_staff_and_settings(db: Database, demo: DemoResult) -> None:
    assert not demo.skipped
    assert demo.members == 300 == _scalar(db, "SELECT count(*) FROM trainees")
    assert demo.trainers == 12 == _scalar(db, "SELECT count(*) FROM trainers")
    settings = _rows(db, "SELECT gym_name, timezone, currency FROM admin_settings")[0]
    assert tuple(settings) == ("FitMate Alfama", "Europe/Lisbon", "EUR")

    names = {r[0] for r in _rows(db, "SELECT full_name FROM trainees")}
    assert {"João Gonçalves", "Zoë Müller", "Siobhán Ó Briain"} <= names
    codes = [r[0] for r in _rows(db, "SELECT member_code FROM trainees")]
    assert len(set(codes)) == 300
    assert all(re.fullmatch(r"FM\d{6}", c) for c in codes)

    flagged, coached = _rows(
        db,
        "SELECT count(*) FILTER (WHERE health_flagged AND health_conditions IS NOT NULL), "
        "count(*) FILTER (WHERE trainer_id IS NOT NULL) FROM trainees",
    )[0]
    assert 6 <= flagged <= 30  # about 5 %
    assert 150 <= coached <= 210  # about 60 %
    # One active salary configuration per trainer; 6 to 8 plans, one with off-peak hours.
    assert _scalar(db, "SELECT count(*) FROM trainer_salaries WHERE is_active") == 12
    assert 6 <= _scalar(db, "SELECT count(*) FROM membership_plans") <= 8
    assert _scalar(db, "SELECT count(*) FROM membership_plans WHERE access_from = '06:00'") == 1


def test_memberships_are_in_every_state(db: Database, demo: DemoResult) -> None:
    stored = {r[0] for r in _rows(db, "SELECT DISTINCT status FROM memberships")}
    assert stored == {"unpaid", "active", "frozen", "expired", "cancelled"}
    # What the desk shows for each member's current membership, as the members list computes it.
    today = _scalar(db, "SELECT (now() AT TIME ZONE 'Europe/Lisbon')::date")
    shown = {
        r[0]
        for r in _rows(
            db,
            """
            SELECT CASE WHEN m.status IN ('cancelled', 'frozen', 'unpaid') THEN m.status
                        WHEN m.end_date < :today OR m.status = 'expired' THEN 'expired'
                        WHEN m.end_date - :today <= 7 THEN 'expiring'
                        ELSE 'active' END
            FROM trainees t CROSS JOIN LATERAL (
                SELECT * FROM memberships m WHERE m.trainee_id = t.id
                ORDER BY (m.start_date <= :today AND m.end_date >= :today
                          AND m.status <> 'cancelled') DESC, m.end_date DESC
                LIMIT 1) m
            """,
            today=today,
        )
    }
    assert shown == {"active", "expiring", "expired", "frozen", "unpaid", "cancelled"}
    history = _scalar(
        db,
        "SELECT count(*) FROM (SELECT trainee_id FROM memberships GROUP BY trainee_id "
        "HAVING count(*) > 3) x",
    )
    assert history > 100  # two years of renewals behind most members


def test_money_adds_up(db: Database, demo: DemoResult) -> None:
    assert demo.payments == _scalar(db, "SELECT count(*) FROM payments")
    assert demo.refunds > 0
    # A refund never exceeds its payment, and the payment knows what was refunded.
    for amount, refunded, status, refunds in _rows(
        db,
        "SELECT p.amount, p.refund_amount, p.status, coalesce(sum(r.amount), 0) FROM payments p "
        "LEFT JOIN payments r ON r.refund_of_id = p.id WHERE NOT p.is_refund "
        "GROUP BY p.id",
    ):
        assert refunds == refunded <= amount
        expected = "completed"
        if refunded:
            expected = "refunded" if refunded == amount else "partially_refunded"
        assert status == expected
    numbers = [r[0] for r in _rows(db, "SELECT receipt_number FROM payments")]
    assert len(numbers) == len(set(numbers))
    assert all(re.fullmatch(r"(R|CR)-20\d\d-\d{6}", n) for n in numbers)
    # Receipt counters carry on after the demo's last number of each series and year.
    counters = _rows(
        db,
        "SELECT c.series, c.next_number, max(split_part(p.receipt_number, '-', 3)::int) "
        "FROM receipt_counters c JOIN payments p ON p.receipt_number LIKE c.series || '-%' "
        "WHERE c.series ~ '^C?R-\\d{4}$' GROUP BY c.series, c.next_number",
    )
    assert {series[:3] for series, _, _ in counters} == {"R-2", "CR-"}
    for series, next_number, used in counters:
        assert next_number == used + 1, series
    assert _scalar(db, "SELECT sum(amount) FROM payments WHERE NOT is_refund") > Decimal(1000)
    assert {r[0] for r in _rows(db, "SELECT DISTINCT method FROM payments")} == {
        "cash",
        "card",
        "transfer",
    }


def test_visits_are_plausible(db: Database, demo: DemoResult) -> None:
    assert demo.visits == _scalar(db, "SELECT count(*) FROM attendance")
    assert demo.visits > 300 * 30  # six months of regular visits
    open_visits = _rows(
        db,
        "SELECT trainee_id, (checked_in_at AT TIME ZONE 'Europe/Lisbon')::date = "
        "(now() AT TIME ZONE 'Europe/Lisbon')::date FROM attendance WHERE checked_out_at IS NULL",
    )
    assert len(open_visits) <= 12
    assert len({member for member, _ in open_visits}) == len(open_visits)
    assert all(today for _, today in open_visits)
    assert not _scalar(
        db,
        "SELECT count(*) FROM attendance WHERE checked_out_at < checked_in_at "
        "OR checked_in_at > now() OR checked_in_at < now() - interval '190 days'",
    )


def test_measurements_trend_towards_the_goal(db: Database, demo: DemoResult) -> None:
    # Coached members losing weight: first against last weighing, over at least three months.
    losses = [
        float(r[0])
        for r in _rows(
            db,
            """
            SELECT (last.weight_kg - first.weight_kg) / ((last.d - first.d) / 7.0)
            FROM trainees t
            CROSS JOIN LATERAL (SELECT weight_kg, measured_at::date AS d FROM measurements
                                WHERE trainee_id = t.id ORDER BY measured_at LIMIT 1) first
            CROSS JOIN LATERAL (SELECT weight_kg, measured_at::date AS d FROM measurements
                                WHERE trainee_id = t.id ORDER BY measured_at DESC LIMIT 1) last
            WHERE t.fitness_goal = 'Fat loss' AND t.trainer_id IS NOT NULL
              AND last.d - first.d BETWEEN 60 AND 150
            """,
        )
    ]
    assert losses
    assert sum(losses) / len(losses) < -0.2  # kg a week
    assert _scalar(db, "SELECT count(*) FROM progress_measurements WHERE target_value IS NOT NULL")


def test_the_demo_accounts_sign_in(db: Database, demo: DemoResult) -> None:
    assert demo.sign_ins == SIGN_INS
    for role, email, password in demo.sign_ins:
        actor = auth.sign_in(email=email, password=password, workstation="test-desk")
        assert actor.role == role
    admin = auth.sign_in(email=SIGN_INS[0][1], password=SIGN_INS[0][2], workstation="test-desk")
    page = members.list_members(actor=admin, limit=50)
    assert len(page.rows) == 50 and page.next_after is not None
    assert members.count_members(actor=admin, query="Gonçalves") >= 1


def test_a_second_run_is_skipped(db: Database, demo: DemoResult) -> None:
    again = generate(members=300, seed=1)
    assert again.skipped and again.sign_ins == SIGN_INS
    assert _scalar(db, "SELECT count(*) FROM trainees") == 300


def test_the_same_seed_gives_the_same_gym(db: Database) -> None:
    def names() -> list[str]:
        return [r[0] for r in _rows(db, "SELECT full_name FROM trainees ORDER BY member_code")]

    generate(members=300, seed=1)
    first = names()
    generate(members=300, seed=1, force=True)
    assert names() == first
    generate(members=300, seed=2, force=True)
    assert names() != first
    assert _scalar(db, "SELECT count(*) FROM users WHERE email = 'admin@fitmate.demo'") == 1


def test_a_database_with_other_people_is_left_alone(db: Database) -> None:
    users.create_user_from_cli(email="owner@gym.example", password="Owner-Pass-2026!", role="ADMIN")
    with pytest.raises(DemoDataError):
        generate(members=300, seed=1)
    assert _scalar(db, "SELECT count(*) FROM trainees") == 0
    assert _scalar(db, "SELECT count(*) FROM users") == 1


def test_class_packs_last_visits_and_membership_ends_are_filled(
    db: Database, demo: DemoResult
) -> None:
    # Every class pack knows what it has left: its plan's visits less the visits made in the
    # pack's days (the gym's days), never below zero; other memberships count nothing.
    packs = _rows(
        db,
        """
        SELECT m.visits_remaining, p.visit_count,
               (SELECT count(*) FROM attendance a WHERE a.trainee_id = m.trainee_id
                AND (a.checked_in_at AT TIME ZONE 'Europe/Lisbon')::date
                    BETWEEN m.start_date AND m.end_date)
        FROM memberships m JOIN membership_plans p ON p.id = m.plan_id
        WHERE m.membership_type = 'class_pack'
        """,
    )
    assert packs
    for left, visit_count, used in packs:
        assert visit_count == 10
        assert left == max(0, visit_count - used)
    assert any(0 < left < 10 for left, _, _ in packs)
    assert not _scalar(
        db,
        "SELECT count(*) FROM memberships "
        "WHERE membership_type <> 'class_pack' AND visits_remaining IS NOT NULL",
    )
    # The members list sorts on these: each member's latest check-in and the latest end of a
    # membership that was not cancelled, exactly as the triggers keep them afterwards.
    wrong = _rows(
        db,
        """
        SELECT t.member_code FROM trainees t
        WHERE t.last_visit_at IS DISTINCT FROM
                  (SELECT max(checked_in_at) FROM attendance a WHERE a.trainee_id = t.id)
           OR t.membership_end IS DISTINCT FROM
                  (SELECT max(end_date) FROM memberships m
                   WHERE m.trainee_id = t.id AND m.status <> 'cancelled')
        """,
    )
    assert wrong == []
    assert _scalar(db, "SELECT count(last_visit_at) FROM trainees") > 200
    assert _scalar(db, "SELECT count(membership_end) FROM trainees") > 250
    # The triggers are on again once the demo is loaded: a check-in moves the last visit.
    disabled = _rows(
        db,
        "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D' "
        "AND tgrelid IN ('attendance'::regclass, 'memberships'::regclass)",
    )
    assert disabled == []
    with db.engine.begin() as conn:
        member = conn.execute(
            text("SELECT id FROM trainees WHERE last_visit_at IS NOT NULL LIMIT 1")
        ).scalar_one()
        conn.execute(
            text(
                "INSERT INTO attendance (trainee_id, site_id, checked_in_at, checked_out_at, "
                "verdict) SELECT id, site_id, now() + interval '1 minute', "
                "now() + interval '2 minutes', 'green' FROM trainees WHERE id = :id"
            ),
            {"id": member},
        )
    assert _scalar(
        db,
        "SELECT last_visit_at = (SELECT max(checked_in_at) FROM attendance WHERE trainee_id = :id) "
        "AND last_visit_at > now() FROM trainees WHERE id = :id",
        id=member,
    )
