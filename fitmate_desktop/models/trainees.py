"""Domain 3, trainees (members): profiles, measurements, goal checkpoints, gym visits.

A member's name and contact live on ``trainees`` itself, not on ``users``: most members never
have an account (the optional ``user_id`` is for a future member portal), and searching
100,000 members by any part of name, email, phone or code must hit one table's trigram indexes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Computed,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fitmate_desktop.models.base import (
    ArchiveMixin,
    Base,
    IdMixin,
    TimestampMixin,
    VersionedMixin,
)
from fitmate_desktop.models.columns import fk, site_fk, text_col, trainer_fk, tstz

if TYPE_CHECKING:
    from fitmate_desktop.models.identity import User
    from fitmate_desktop.models.trainers import Trainer


class Trainee(IdMixin, TimestampMixin, ArchiveMixin, VersionedMixin, Base):
    """A member of the gym: contact, health, goal, assigned trainer, member code."""

    __tablename__ = "trainees"

    user_id: Mapped[int | None] = fk("users.id", nullable=True, index=False)
    site_id: Mapped[int] = site_fk(nullable=False)  # home site
    member_code: Mapped[str] = mapped_column(String(32))
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(16))
    address: Mapped[str | None] = text_col()
    emergency_contact_name: Mapped[str | None] = mapped_column(String(200))
    emergency_contact_phone: Mapped[str | None] = mapped_column(String(40))
    health_conditions: Mapped[str | None] = text_col()
    health_flagged: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    fitness_goal: Mapped[str | None] = text_col()
    target_weight_kg: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    trainer_id: Mapped[uuid.UUID | None] = trainer_fk(nullable=True)
    photo_path: Mapped[str | None] = text_col()
    notes: Mapped[str | None] = text_col()
    joined_on: Mapped[dt.date] = mapped_column(Date, server_default=text("CURRENT_DATE"))
    # Kept by the database (statement triggers of migration 0006) so the members list can be
    # sorted and keyset-paged by them: the latest check-in, and the end of the latest
    # membership that is not cancelled.
    last_visit_at: Mapped[dt.datetime | None] = tstz()
    membership_end: Mapped[dt.date | None] = mapped_column(Date)
    # Personal data erased on request (services/data_rights): the row stays, anonymised.
    erased_at: Mapped[dt.datetime | None] = tstz()
    # Name, email, phone and code in one trigram-indexed text (migration 0004): lower case,
    # spaces and punctuation turned into "q" so fragments like "v.f" or "912 3" make strong
    # trigrams, fields joined by "|" so no match spans two fields.
    search_key: Mapped[str] = mapped_column(
        Text, Computed("fitmate_search_key(full_name, email, phone, member_code)", persisted=True)
    )

    user: Mapped[User | None] = relationship(back_populates="trainee_profile")
    trainer: Mapped[Trainer | None] = relationship()

    __table_args__ = (
        UniqueConstraint("site_id", "member_code"),
        UniqueConstraint("user_id"),
        # Keyset paging of the members list in name order.
        Index("ix_trainees_name_order", text("lower(full_name)"), "id"),
        Index("ix_trainees_member_code", "member_code", "id"),
        Index("ix_trainees_joined_order", "joined_on", "id"),
        # NULL ("never") sorts as the oldest, so one row comparison pages both directions.
        Index(
            "ix_trainees_last_visit_order",
            text("coalesce(last_visit_at, '-infinity'::timestamptz)"),
            "id",
        ),
        Index(
            "ix_trainees_membership_end_order",
            text("coalesce(membership_end, '-infinity'::date)"),
            "id",
        ),
        Index(
            "ix_trainees_search_key_trgm",
            "search_key",
            postgresql_using="gin",
            postgresql_ops={"search_key": "gin_trgm_ops"},
        ),
        CheckConstraint("length(btrim(member_code)) > 0", name="member_code_not_blank"),
        CheckConstraint("length(btrim(full_name)) > 0", name="full_name_not_blank"),
        CheckConstraint(
            "target_weight_kg IS NULL OR target_weight_kg > 0", name="target_weight_positive"
        ),
    )


class Measurement(IdMixin, TimestampMixin, Base):
    """One raw measuring session: weight, body fat, muscle mass, circumferences."""

    __tablename__ = "measurements"

    trainee_id: Mapped[int] = fk("trainees.id")
    measured_at: Mapped[dt.datetime] = tstz(nullable=False, now=True)
    recorded_by_id: Mapped[int | None] = fk("users.id", nullable=True, index=False)
    weight_kg: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    body_fat_pct: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    muscle_mass_kg: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    chest_cm: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    waist_cm: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    hips_cm: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    arm_cm: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    thigh_cm: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    resting_hr: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = text_col()

    __table_args__ = (
        Index("ix_measurements_trainee_time", "trainee_id", "measured_at"),
        CheckConstraint(
            "(weight_kg IS NULL OR weight_kg > 0) AND "
            "(body_fat_pct IS NULL OR body_fat_pct BETWEEN 0 AND 100) AND "
            "(muscle_mass_kg IS NULL OR muscle_mass_kg >= 0) AND "
            "(chest_cm IS NULL OR chest_cm > 0) AND (waist_cm IS NULL OR waist_cm > 0) AND "
            "(hips_cm IS NULL OR hips_cm > 0) AND (arm_cm IS NULL OR arm_cm > 0) AND "
            "(thigh_cm IS NULL OR thigh_cm > 0)",
            name="values_plausible",
        ),
    )


class ProgressMeasurement(IdMixin, TimestampMixin, Base):
    """A goal checkpoint: one metric's value against its target, drawn on progress charts."""

    __tablename__ = "progress_measurements"

    trainee_id: Mapped[int] = fk("trainees.id")
    metric: Mapped[str] = mapped_column(String(32))
    value: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    target_value: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    unit: Mapped[str] = mapped_column(String(16))
    recorded_at: Mapped[dt.datetime] = tstz(nullable=False, now=True)
    measurement_id: Mapped[int | None] = fk("measurements.id", nullable=True, index=False)
    notes: Mapped[str | None] = text_col()

    __table_args__ = (
        Index("ix_progress_measurements_trainee_metric", "trainee_id", "metric", "recorded_at"),
    )


class Attendance(IdMixin, Base):
    """A gym visit: check-in, check-out, duration; at most one open visit per member."""

    __tablename__ = "attendance"

    trainee_id: Mapped[int] = fk("trainees.id", index=False)
    site_id: Mapped[int] = site_fk(nullable=False)
    checked_in_at: Mapped[dt.datetime] = tstz(nullable=False, now=True)  # when it was scanned
    # When the server stored it: later than checked_in_at for a scan sent from the offline queue.
    recorded_at: Mapped[dt.datetime] = tstz(nullable=False, now=True)
    checked_out_at: Mapped[dt.datetime | None] = tstz()
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    auto_closed: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    verdict: Mapped[str] = mapped_column(String(8), server_default="green")
    override_reason: Mapped[str | None] = text_col()
    checked_in_by_id: Mapped[int | None] = fk("users.id", nullable=True, index=False)
    workstation: Mapped[str | None] = mapped_column(String(120))
    # The desk's id of the scan that opened/closed the visit: a scan re-sent after a lost
    # connection is recognised instead of checking the member in (or out) twice.
    scan_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    checkout_scan_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))

    __table_args__ = (
        Index("uq_attendance_scan_id", "scan_id", unique=True),
        Index("uq_attendance_checkout_scan_id", "checkout_scan_id", unique=True),
        Index(
            "uq_attendance_open_visit",
            "trainee_id",
            unique=True,
            postgresql_where=text("checked_out_at IS NULL"),
        ),
        Index("ix_attendance_trainee_time", "trainee_id", "checked_in_at"),
        Index("ix_attendance_site_time", "site_id", "checked_in_at"),
        Index(
            "ix_attendance_open_by_site", "site_id", postgresql_where=text("checked_out_at IS NULL")
        ),
        CheckConstraint(
            "checked_out_at IS NULL OR checked_out_at >= checked_in_at", name="out_after_in"
        ),
        CheckConstraint(
            "duration_minutes IS NULL OR duration_minutes >= 0", name="duration_non_negative"
        ),
        CheckConstraint("verdict IN ('green','amber','red')", name="verdict_valid"),
    )


class MemberPhoto(Base):
    """A member's photo, stored in the database so every desk of the gym shows it.

    Kept small (a JPEG of at most 512 px) and apart from ``trainees`` so member lists never
    drag image bytes along.
    """

    __tablename__ = "member_photos"

    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainees.id", ondelete="RESTRICT"), primary_key=True
    )
    image: Mapped[bytes] = mapped_column(LargeBinary)
    mime_type: Mapped[str] = mapped_column(String(32), server_default="image/jpeg")
    sha256: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = tstz(nullable=False, now=True)

    __table_args__ = (CheckConstraint("octet_length(image) <= 2097152", name="image_at_most_2mb"),)
