"""Domain 4, training: workout plans and logs, PT packages and sessions, insight reports."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from fitmate_desktop.models.base import (
    ArchiveMixin,
    Base,
    IdMixin,
    Money,
    MoneyMixin,
    TimestampMixin,
)
from fitmate_desktop.models.columns import fk, jsonb, site_fk, text_col, trainer_fk, tstz


class WorkoutPlan(IdMixin, TimestampMixin, ArchiveMixin, Base):
    """A trainer-written plan for one trainee; exercises as JSON (days -> exercises -> sets)."""

    __tablename__ = "workout_plans"

    trainer_id: Mapped[uuid.UUID] = trainer_fk()
    trainee_id: Mapped[int] = fk("trainees.id")
    title: Mapped[str] = mapped_column(String(200))
    goal: Mapped[str | None] = text_col()
    plan_json: Mapped[Any] = jsonb()
    starts_on: Mapped[dt.date] = mapped_column(Date, server_default=text("CURRENT_DATE"))
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))

    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="dates_ordered"),
    )


class Workout(IdMixin, TimestampMixin, Base):
    """One logged workout: duration, calories, how closely the plan was followed."""

    __tablename__ = "workouts"

    trainee_id: Mapped[int] = fk("trainees.id", index=False)
    plan_id: Mapped[int | None] = fk("workout_plans.id", nullable=True)
    trainer_id: Mapped[uuid.UUID | None] = trainer_fk(nullable=True)
    performed_at: Mapped[dt.datetime] = tstz(nullable=False, now=True)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    calories_burned: Mapped[int | None] = mapped_column(Integer)
    accuracy_pct: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    exercises_json: Mapped[Any] = jsonb(default="'[]'::jsonb")
    notes: Mapped[str | None] = text_col()

    __table_args__ = (
        Index("ix_workouts_trainee_time", "trainee_id", "performed_at"),
        CheckConstraint("duration_minutes >= 0", name="duration_non_negative"),
        CheckConstraint(
            "calories_burned IS NULL OR calories_burned >= 0", name="calories_non_negative"
        ),
        CheckConstraint(
            "accuracy_pct IS NULL OR accuracy_pct BETWEEN 0 AND 100", name="accuracy_range"
        ),
    )


class PTPackage(IdMixin, TimestampMixin, MoneyMixin, Base):
    """A personal-training package for sale: sessions, validity, price, what it includes."""

    __tablename__ = "pt_packages"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str | None] = text_col()
    sessions_count: Mapped[int] = mapped_column(Integer)
    validity_days: Mapped[int] = mapped_column(Integer)
    session_minutes: Mapped[int] = mapped_column(Integer, server_default="60")
    price: Mapped[Decimal] = mapped_column(Money)
    features: Mapped[Any] = jsonb(default="'[]'::jsonb")
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))

    __table_args__ = (
        CheckConstraint("sessions_count > 0", name="sessions_positive"),
        CheckConstraint("validity_days > 0", name="validity_positive"),
        CheckConstraint("session_minutes > 0", name="minutes_positive"),
        CheckConstraint("price >= 0", name="price_non_negative"),
    )


class PTSession(IdMixin, TimestampMixin, Base):
    """A scheduled personal-training session with its outcome, metrics and feedback."""

    __tablename__ = "pt_sessions"

    trainer_id: Mapped[uuid.UUID] = trainer_fk()
    trainee_id: Mapped[int] = fk("trainees.id")
    package_id: Mapped[int | None] = fk("pt_packages.id", nullable=True)
    site_id: Mapped[int | None] = site_fk()
    scheduled_start: Mapped[dt.datetime] = tstz(nullable=False)
    scheduled_end: Mapped[dt.datetime] = tstz(nullable=False)
    status: Mapped[str] = mapped_column(String(16), server_default="scheduled")
    performance_json: Mapped[Any] = jsonb()
    rating: Mapped[int | None] = mapped_column(SmallInteger)
    trainer_feedback: Mapped[str | None] = text_col()
    trainee_feedback: Mapped[str | None] = text_col()

    __table_args__ = (
        Index("ix_pt_sessions_trainer_start", "trainer_id", "scheduled_start"),
        CheckConstraint("scheduled_end > scheduled_start", name="ends_after_start"),
        CheckConstraint(
            "status IN ('scheduled','completed','cancelled','no_show')", name="status_valid"
        ),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating_range"),
    )


class AIReport(IdMixin, TimestampMixin, Base):
    """An insight report computed on this machine from the member's own data (rules, not magic)."""

    __tablename__ = "ai_reports"

    trainee_id: Mapped[int] = fk("trainees.id")
    created_by_id: Mapped[int | None] = fk("users.id", nullable=True, index=False)
    generator_version: Mapped[str] = mapped_column(String(32))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    report_json: Mapped[Any] = jsonb()

    __table_args__ = (CheckConstraint("period_end >= period_start", name="dates_ordered"),)
