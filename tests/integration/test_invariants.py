"""The database itself refuses what must never happen, whoever writes to it (DESIGN.md rule 7)."""

from __future__ import annotations

import pytest
from sqlalchemy import exc, text

from fitmate_desktop.db.engine import current_database
from tests.integration.factories import make_member, make_plan


def _sql(statement: str, **params: object) -> None:
    with current_database().engine.begin() as conn:
        conn.execute(text(statement), params)


def _refused(statement: str, **params: object) -> str:
    with pytest.raises(exc.IntegrityError) as err:
        _sql(statement, **params)
    return str(err.value.orig.diag.constraint_name)  # type: ignore[union-attr]


@pytest.fixture
def member() -> int:
    return make_member("Ana Silva", code="FM1")


def _pay(member: int, amount: str = "50.00", receipt: str | None = "R-1") -> int:
    with current_database().engine.begin() as conn:
        return int(
            conn.execute(
                text(
                    "INSERT INTO payments (trainee_id, site_id, description, amount, method, "
                    "receipt_number) VALUES (:m, 1, 'Monthly', :a, 'cash', :r) RETURNING id"
                ),
                {"m": member, "a": amount, "r": receipt},
            ).scalar_one()
        )


def test_one_open_visit_per_member(member: int) -> None:
    _sql("INSERT INTO attendance (trainee_id, site_id) VALUES (:m, 1)", m=member)
    name = _refused("INSERT INTO attendance (trainee_id, site_id) VALUES (:m, 1)", m=member)
    assert name == "uq_attendance_open_visit"
    _sql("UPDATE attendance SET checked_out_at = now() WHERE trainee_id = :m", m=member)
    _sql("INSERT INTO attendance (trainee_id, site_id) VALUES (:m, 1)", m=member)


def test_refunds_never_exceed_the_payment(member: int) -> None:
    pid = _pay(member)
    _sql("UPDATE payments SET refund_amount = 50.00 WHERE id = :p", p=pid)
    name = _refused("UPDATE payments SET refund_amount = 50.01 WHERE id = :p", p=pid)
    assert name == "ck_payments_refund_within_amount"


def test_receipt_numbers_are_unique_and_amounts_positive(member: int) -> None:
    _pay(member, receipt="R-2026-000001")
    assert (
        _refused(
            "INSERT INTO payments (site_id, description, amount, method, receipt_number) "
            "VALUES (1, 'x', 5, 'cash', 'R-2026-000001')"
        )
        == "uq_payments_receipt_number"
    )
    assert (
        _refused(
            "INSERT INTO payments (site_id, description, amount, method) "
            "VALUES (1, 'x', -5, 'cash')"
        )
        == "ck_payments_amount_positive"
    )


def test_dates_never_run_backwards(member: int) -> None:
    plan = make_plan()
    assert (
        _refused(
            "INSERT INTO memberships (trainee_id, plan_id, site_id, membership_type, start_date, "
            "end_date, price) VALUES (:m, :p, 1, 'monthly', '2026-03-10', '2026-03-01', 10)",
            m=member,
            p=plan,
        )
        == "ck_memberships_dates_ordered"
    )


def test_member_code_unique_per_gym(member: int) -> None:
    assert (
        _refused(
            "INSERT INTO trainees (site_id, member_code, full_name) VALUES (1, 'FM1', 'Other')"
        )
        == "uq_trainees_site_id_member_code"
    )
    _sql("INSERT INTO gym_sites (code, name) VALUES ('porto', 'Porto')")
    _sql(
        "INSERT INTO trainees (site_id, member_code, full_name) "
        "SELECT id, 'FM1', 'Other' FROM gym_sites WHERE code = 'porto'"
    )


def test_money_history_is_never_cascaded_away(member: int) -> None:
    _pay(member)
    with pytest.raises(exc.IntegrityError):
        _sql("DELETE FROM trainees WHERE id = :m", m=member)


def test_one_active_salary_config_per_trainer_and_date() -> None:
    _sql("INSERT INTO users (email, full_name, role) VALUES ('t@g.pt', 'T', 'TRAINER')")
    _sql("INSERT INTO trainers (user_id) SELECT id FROM users WHERE email = 't@g.pt'")
    insert = (
        "INSERT INTO trainer_salaries (trainer_id, salary_type, base_salary, effective_from, "
        "effective_to) SELECT id, 'fixed', 1200, :f, :t FROM trainers"
    )
    _sql(insert, f="2026-01-01", t="2026-06-30")
    assert _refused(insert, f="2026-06-01", t=None) == "ex_trainer_salaries_one_active"
    _sql(insert, f="2026-07-01", t=None)


def test_updated_at_is_maintained_by_the_database(member: int) -> None:
    with current_database().engine.begin() as conn:
        before = conn.execute(
            text("SELECT updated_at FROM trainees WHERE id = :m"), {"m": member}
        ).scalar_one()
    _sql("UPDATE trainees SET phone = '1' WHERE id = :m", m=member)
    with current_database().engine.begin() as conn:
        after = conn.execute(
            text("SELECT updated_at FROM trainees WHERE id = :m"), {"m": member}
        ).scalar_one()
    assert after > before
