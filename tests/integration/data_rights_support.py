"""A member with data in every domain, and ways to look at the whole database, for the
data-rights tests (export, erasure, the audit redaction)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PIL import Image
from sqlalchemy import Engine, func, select, text

from fitmate_desktop.db.engine import current_database
from fitmate_desktop.models import (
    AIReport,
    Attendance,
    DietPlan,
    Measurement,
    Message,
    Notification,
    NutritionLog,
    ProgressMeasurement,
    ProgressPhoto,
    PTSession,
    Trainee,
    Trainer,
    TrainerMessage,
    TrainerRevenue,
    User,
    UserRole,
    Workout,
    WorkoutPlan,
)
from fitmate_desktop.services import member_records as records
from fitmate_desktop.services import payments
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.member_records import MemberForm
from fitmate_desktop.services.payments import SaleItem
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import give_membership, make_plan

NAME = "Ana Beatriz Quintela"
EMAIL = "ana.quintela@example.pt"
PHONE = "+351 912 345 678"


@dataclass(frozen=True)
class Member:
    id: int
    code: str
    user_id: int
    photo_file: Path
    progress_file: Path


def full_member(reception: Actor, tmp_path: Path) -> Member:
    """Ana, registered at the desk with a photo, then given data in every domain."""
    photo = tmp_path / "face.png"
    Image.new("RGB", (800, 600), (180, 120, 90)).save(photo)
    detail = records.register_member(
        actor=reception,
        form=MemberForm(
            full_name=NAME,
            email=EMAIL,
            phone=PHONE,
            date_of_birth=dt.date(1990, 5, 17),
            gender="female",
            address="Rua das Flores 12, Porto",
            emergency_contact_name="Rui Quintela",
            emergency_contact_phone="+351 933 222 111",
            health_conditions="Asthma, carries an inhaler",
            health_flagged=True,
            fitness_goal="Run a half marathon",
            notes="Prefers morning classes",
        ),
        photo_file=str(photo),
    )
    # An edit, so the audit log holds before/after values with her details in them.
    records.update_member(
        actor=reception,
        member_id=detail.id,
        expected_version=detail.version,
        form=dataclasses.replace(records.form_of(detail), address="Rua Nova 3, Porto"),
    )
    plan = make_plan("Monthly")
    membership = give_membership(
        detail.id,
        plan,
        start=dt.date.today() - dt.timedelta(days=90),
        end=dt.date.today() - dt.timedelta(days=60),
        status="expired",
    )
    paid = payments.take_payment(
        actor=reception,
        idempotency_key=uuid.uuid4(),
        member_id=detail.id,
        items=[SaleItem(description=f"Locker for {NAME}", amount="5.00")],
        method="cash",
    )
    payments.refund_payment(
        actor=reception,
        payment_id=paid.id,
        amount="2.00",
        reason=f"{NAME} gave the key back early",
        idempotency_key=uuid.uuid4(),
    )
    progress_file = tmp_path / "before.jpg"
    Image.new("RGB", (64, 64), (10, 200, 10)).save(progress_file)
    now = dt.datetime.now(dt.UTC)
    with unit_of_work() as uow:
        s = uow.session
        coach = User(email="coach.rita@gym.pt", full_name="Rita Coach", role=UserRole.TRAINER)
        portal = User(email=EMAIL, full_name=NAME, phone=PHONE, role=UserRole.TRAINEE)
        s.add_all([coach, portal])
        s.flush()
        trainer = Trainer(user_id=coach.id, specialization="Running")
        s.add(trainer)
        s.flush()
        member = s.get(Trainee, detail.id)
        assert member is not None
        member.user_id = portal.id
        member.trainer_id = trainer.id
        s.add(
            Attendance(
                trainee_id=detail.id,
                site_id=1,
                checked_in_at=now - dt.timedelta(days=70, hours=2),
                checked_out_at=now - dt.timedelta(days=70, hours=1),
                duration_minutes=60,
                verdict="red",
                override_reason=f"Let {NAME} in, her card was at home",
            )
        )
        m = Measurement(trainee_id=detail.id, weight_kg=Decimal("61.40"), notes="after a cold")
        s.add(m)
        s.flush()
        s.add(
            ProgressMeasurement(
                trainee_id=detail.id,
                metric="weight",
                value=Decimal("61.40"),
                target_value=Decimal("58.00"),
                unit="kg",
                measurement_id=m.id,
            )
        )
        wp = WorkoutPlan(trainer_id=trainer.id, trainee_id=detail.id, title="10k base")
        s.add(wp)
        s.flush()
        s.add(Workout(trainee_id=detail.id, plan_id=wp.id, duration_minutes=45, notes="easy"))
        session_row = PTSession(
            trainer_id=trainer.id,
            trainee_id=detail.id,
            scheduled_start=now - dt.timedelta(days=75),
            scheduled_end=now - dt.timedelta(days=75) + dt.timedelta(hours=1),
            status="completed",
            rating=5,
            trainer_feedback=f"{NAME} kept a steady pace",
            trainee_feedback="Loved it",
        )
        s.add(session_row)
        s.flush()
        s.add(
            TrainerRevenue(
                trainer_id=trainer.id,
                source="pt_session",
                pt_session_id=session_row.id,
                amount=Decimal("25.00"),
                earned_on=dt.date.today() - dt.timedelta(days=75),
            )
        )
        s.add(
            AIReport(
                trainee_id=detail.id,
                generator_version="rules-1",
                period_start=dt.date.today() - dt.timedelta(days=90),
                period_end=dt.date.today(),
                report_json={"trend": "down", "for": NAME},
            )
        )
        s.add(DietPlan(trainee_id=detail.id, title="Lean", daily_calories=1900))
        s.add(
            NutritionLog(
                trainee_id=detail.id,
                logged_on=dt.date.today(),
                meal_type="lunch",
                food_name="Bacalhau",
                calories=640,
            )
        )
        s.add(
            ProgressPhoto(
                trainee_id=detail.id,
                taken_on=dt.date.today(),
                kind="before",
                file_path=str(progress_file),
            )
        )
        s.add(
            TrainerMessage(
                trainer_id=trainer.id,
                trainee_id=detail.id,
                from_trainer=True,
                body="See you Tuesday",
            )
        )
        s.add(
            Message(
                sender_id=coach.id,
                recipient_id=portal.id,
                subject="Plan",
                body=f"Hi {NAME}, your plan is ready",
            )
        )
        s.add(
            Notification(
                user_id=coach.id,
                type="trainee_arrived",
                title=f"{NAME} arrived at the gym",
                payload={"member_id": detail.id},
            )
        )
        uow.commit()
        user_id = portal.id
    assert membership
    return Member(
        id=detail.id,
        code=detail.member_code,
        user_id=user_id,
        photo_file=photo,
        progress_file=progress_file,
    )


def engine() -> Engine:
    return current_database().engine


def text_columns() -> list[tuple[str, str]]:
    with engine().connect() as conn:
        return [
            (t, c)
            for t, c in conn.execute(
                text(
                    "SELECT c.table_name, c.column_name FROM information_schema.columns c "
                    "JOIN information_schema.tables t USING (table_schema, table_name) "
                    "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND "
                    "c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')"
                )
            )
        ]


def where_found(needles: tuple[str, ...]) -> list[str]:
    found = []
    with engine().connect() as conn:
        for table, column in text_columns():
            for needle in needles:
                hits = conn.execute(
                    text(f'SELECT count(*) FROM "{table}" WHERE "{column}"::text ILIKE :n'),
                    {"n": f"%{needle}%"},
                ).scalar_one()
                if hits:
                    found.append(f"{table}.{column} holds {needle!r}")
    return found


def fingerprint() -> dict[str, str]:
    """A digest of every row of every table: equal before and after means nothing changed."""
    with engine().connect() as conn:
        tables = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        ).scalars()
        return {
            t: conn.execute(
                text(
                    f"SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) "
                    f'FROM "{t}" x'
                )
            ).scalar_one()
            for t in list(tables)
        }


def count_rows(model: type, **where: object) -> int:
    with unit_of_work() as uow:
        stmt = select(func.count()).select_from(model)
        for key, value in where.items():
            stmt = stmt.where(getattr(model, key) == value)
        return int(uow.session.scalar(stmt) or 0)
