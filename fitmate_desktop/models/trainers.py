"""Domain 2, trainers: profiles, schedules, attendance, salary configs, documents, leave."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Time,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import UUID, ExcludeConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fitmate_desktop.models.base import (
    ArchiveMixin,
    Base,
    IdMixin,
    Money,
    MoneyMixin,
    TimestampMixin,
    VersionedMixin,
)
from fitmate_desktop.models.columns import fk, jsonb, site_fk, text_col, trainer_fk, tstz

if TYPE_CHECKING:
    from fitmate_desktop.models.identity import User


class Trainer(TimestampMixin, ArchiveMixin, VersionedMixin, Base):
    """A trainer's profile (UUID key): certifications, experience, bank details, health info."""

    __tablename__ = "trainers"

    id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), primary_key=True, server_default=func.gen_random_uuid()
    )
    user_id: Mapped[int] = fk("users.id", index=False)
    site_id: Mapped[int | None] = site_fk()
    specialization: Mapped[str | None] = mapped_column(String(200))
    certifications: Mapped[Any] = jsonb(default="'[]'::jsonb")
    experience_years: Mapped[int] = mapped_column(SmallInteger, server_default="0")
    bio: Mapped[str | None] = text_col()
    hire_date: Mapped[dt.date | None] = mapped_column(Date)
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    # Sensitive: only admins (and the trainer) may read these; see `fitmate db roles`.
    bank_account_holder: Mapped[str | None] = mapped_column(String(200))
    bank_iban: Mapped[str | None] = mapped_column(String(64))
    bank_name: Mapped[str | None] = mapped_column(String(200))
    health_notes: Mapped[str | None] = text_col()
    emergency_contact_name: Mapped[str | None] = mapped_column(String(200))
    emergency_contact_phone: Mapped[str | None] = mapped_column(String(40))

    user: Mapped[User] = relationship(back_populates="trainer_profile")
    schedules: Mapped[list[TrainerSchedule]] = relationship(back_populates="trainer")
    attendance: Mapped[list[TrainerAttendance]] = relationship(back_populates="trainer")
    salaries: Mapped[list[TrainerSalary]] = relationship(back_populates="trainer")
    documents: Mapped[list[TrainerDocument]] = relationship(back_populates="trainer")
    leaves: Mapped[list[TrainerLeave]] = relationship(back_populates="trainer")

    __table_args__ = (
        UniqueConstraint("user_id"),
        CheckConstraint("experience_years >= 0", name="experience_non_negative"),
    )


class TrainerSchedule(IdMixin, TimestampMixin, Base):
    """A recurring (weekday) or specific-date block of a trainer's availability."""

    __tablename__ = "trainer_schedules"

    trainer_id: Mapped[uuid.UUID] = trainer_fk()
    site_id: Mapped[int | None] = site_fk()
    is_recurring: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    day_of_week: Mapped[int | None] = mapped_column(SmallInteger)  # 0 = Monday
    specific_date: Mapped[dt.date | None] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    is_available: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    session_type: Mapped[str] = mapped_column(String(32), server_default="floor")
    notes: Mapped[str | None] = text_col()

    trainer: Mapped[Trainer] = relationship(back_populates="schedules")

    __table_args__ = (
        CheckConstraint("end_time > start_time", name="ends_after_start"),
        CheckConstraint("day_of_week IS NULL OR day_of_week BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint(
            "(is_recurring AND day_of_week IS NOT NULL) OR "
            "(NOT is_recurring AND specific_date IS NOT NULL)",
            name="recurring_or_dated",
        ),
    )


class TrainerAttendance(IdMixin, TimestampMixin, Base):
    """A trainer's working day: check-in/out, hours worked, or the leave that covered it."""

    __tablename__ = "trainer_attendance"

    trainer_id: Mapped[uuid.UUID] = trainer_fk()
    site_id: Mapped[int | None] = site_fk()
    work_date: Mapped[dt.date] = mapped_column(Date)
    check_in_at: Mapped[dt.datetime | None] = tstz()
    check_out_at: Mapped[dt.datetime | None] = tstz()
    hours_worked: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    status: Mapped[str] = mapped_column(String(16), server_default="present")
    leave_id: Mapped[int | None] = fk("trainer_leaves.id", nullable=True)
    notes: Mapped[str | None] = text_col()

    trainer: Mapped[Trainer] = relationship(back_populates="attendance")

    __table_args__ = (
        UniqueConstraint("trainer_id", "work_date"),
        CheckConstraint(
            "status IN ('present','late','absent','leave','holiday')", name="status_valid"
        ),
        CheckConstraint(
            "check_out_at IS NULL OR check_in_at IS NULL OR check_out_at >= check_in_at",
            name="out_after_in",
        ),
        CheckConstraint(
            "hours_worked IS NULL OR hours_worked BETWEEN 0 AND 24", name="hours_range"
        ),
    )


class TrainerSalary(IdMixin, TimestampMixin, MoneyMixin, Base):
    """A salary configuration: fixed, commission or both, with bonuses, valid over dates."""

    __tablename__ = "trainer_salaries"

    trainer_id: Mapped[uuid.UUID] = trainer_fk()
    salary_type: Mapped[str] = mapped_column(String(16))
    base_salary: Mapped[Decimal] = mapped_column(Money, server_default="0")
    commission_rate: Mapped[Decimal] = mapped_column(Numeric(5, 2), server_default="0")
    pt_session_rate: Mapped[Decimal] = mapped_column(Money, server_default="0")
    performance_bonus: Mapped[Decimal] = mapped_column(Money, server_default="0")
    bonus_rules: Mapped[Any] = jsonb()
    effective_from: Mapped[dt.date] = mapped_column(Date)
    effective_to: Mapped[dt.date | None] = mapped_column(Date)
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))

    trainer: Mapped[Trainer] = relationship(back_populates="salaries")

    __table_args__ = (
        CheckConstraint("salary_type IN ('fixed','commission','hybrid')", name="type_valid"),
        CheckConstraint(
            "base_salary >= 0 AND performance_bonus >= 0 AND pt_session_rate >= 0",
            name="amounts_non_negative",
        ),
        CheckConstraint("commission_rate BETWEEN 0 AND 100", name="commission_range"),
        CheckConstraint(
            "effective_to IS NULL OR effective_to >= effective_from", name="dates_ordered"
        ),
        # One active salary configuration per trainer and date.
        ExcludeConstraint(
            ("trainer_id", "="),
            (text("daterange(effective_from, effective_to, '[]')"), "&&"),
            where=text("is_active"),
            name="ex_trainer_salaries_one_active",
            using="gist",
        ),
    )


class TrainerDocument(IdMixin, TimestampMixin, ArchiveMixin, Base):
    """A certificate or identity document, with its verification workflow."""

    __tablename__ = "trainer_documents"

    trainer_id: Mapped[uuid.UUID] = trainer_fk()
    doc_type: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    file_path: Mapped[str | None] = text_col()
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), server_default="pending")
    verified_by_id: Mapped[int | None] = fk("users.id", nullable=True, index=False)
    verified_at: Mapped[dt.datetime | None] = tstz()
    notes: Mapped[str | None] = text_col()

    trainer: Mapped[Trainer] = relationship(back_populates="documents")

    __table_args__ = (
        CheckConstraint("status IN ('pending','verified','rejected')", name="status_valid"),
        CheckConstraint(
            "expires_on IS NULL OR issued_on IS NULL OR expires_on >= issued_on",
            name="dates_ordered",
        ),
    )


class TrainerLeave(IdMixin, TimestampMixin, Base):
    """A leave request and its approval."""

    __tablename__ = "trainer_leaves"

    trainer_id: Mapped[uuid.UUID] = trainer_fk()
    leave_type: Mapped[str] = mapped_column(String(16))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = text_col()
    status: Mapped[str] = mapped_column(String(16), server_default="pending")
    decided_by_id: Mapped[int | None] = fk("users.id", nullable=True, index=False)
    decided_at: Mapped[dt.datetime | None] = tstz()
    decision_note: Mapped[str | None] = text_col()

    trainer: Mapped[Trainer] = relationship(back_populates="leaves")

    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
        CheckConstraint("days > 0", name="days_positive"),
        CheckConstraint(
            "leave_type IN ('annual','sick','unpaid','parental','other')", name="type_valid"
        ),
        CheckConstraint(
            "status IN ('pending','approved','rejected','cancelled')", name="status_valid"
        ),
    )
