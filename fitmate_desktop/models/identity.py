"""Domain 1, identity: users, admin sessions and OTP, settings, sites, workstations, audit log."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    CHAR,
    BigInteger,
    Boolean,
    CheckConstraint,
    Enum,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fitmate_desktop.models.base import (
    ArchiveMixin,
    Base,
    IdMixin,
    Money,
    TimestampMixin,
    VersionedMixin,
)
from fitmate_desktop.models.columns import fk, jsonb, site_fk, text_col, tstz
from fitmate_desktop.security.permissions import Role

if TYPE_CHECKING:
    from fitmate_desktop.models.trainees import Trainee
    from fitmate_desktop.models.trainers import Trainer

UserRole = Role
"""ADMIN, RECEPTION, TRAINER, TRAINEE (the seed's roles plus front-desk staff)."""


class GymSite(IdMixin, TimestampMixin, Base):
    """One gym of a chain; a single gym has exactly one row and never thinks about it."""

    __tablename__ = "gym_sites"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = text_col()
    timezone: Mapped[str] = mapped_column(String(64), server_default="Europe/Lisbon")
    capacity: Mapped[int | None] = mapped_column(Integer)
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))

    __table_args__ = (
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
    )


class Workstation(IdMixin, TimestampMixin, Base):
    """A desk running the program; it belongs to one site."""

    __tablename__ = "workstations"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    site_id: Mapped[int] = site_fk(nullable=False)
    last_seen_at: Mapped[dt.datetime | None] = tstz()


class User(IdMixin, TimestampMixin, ArchiveMixin, Base):
    """Anyone with an account: staff who sign in to the desk, and members' future portal logins."""

    __tablename__ = "users"

    email: Mapped[str] = mapped_column(String(254))
    full_name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    role: Mapped[Role] = mapped_column(
        Enum(Role, name="user_role", native_enum=False, create_constraint=True, length=16),
        index=True,
    )
    password_hash: Mapped[str | None] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    must_change_password: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    failed_attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    locked_until: Mapped[dt.datetime | None] = tstz()
    # Wrong two-factor codes, counted apart from passwords: a correct password never resets
    # them, only a correct code or an admin's unlock (services.twofactor).
    second_factor_failures: Mapped[int] = mapped_column(Integer, server_default="0")
    second_factor_locked_until: Mapped[dt.datetime | None] = tstz()
    last_login_at: Mapped[dt.datetime | None] = tstz()
    password_changed_at: Mapped[dt.datetime | None] = tstz()
    site_id: Mapped[int | None] = site_fk()

    trainer_profile: Mapped[Trainer | None] = relationship(back_populates="user", uselist=False)
    trainee_profile: Mapped[Trainee | None] = relationship(back_populates="user", uselist=False)

    __table_args__ = (
        # Unique regardless of case: "Ana@Gym.pt" and "ana@gym.pt" are one person.
        Index("uq_users_email", text("lower(email)"), unique=True),
        CheckConstraint("failed_attempts >= 0", name="failed_attempts_non_negative"),
        CheckConstraint("second_factor_failures >= 0", name="second_factor_failures_non_negative"),
    )


class AdminSession(IdMixin, Base):
    """A signed-in desk session of staff: where, which version, 2FA, how it ended."""

    __tablename__ = "admin_sessions"

    user_id: Mapped[int] = fk("users.id")
    site_id: Mapped[int | None] = site_fk()
    workstation: Mapped[str] = mapped_column(String(120))
    host_name: Mapped[str | None] = mapped_column(String(255))
    ip_address: Mapped[str | None] = mapped_column(String(45))
    app_version: Mapped[str | None] = mapped_column(String(32))
    started_at: Mapped[dt.datetime] = tstz(nullable=False, now=True)
    last_activity_at: Mapped[dt.datetime] = tstz(nullable=False, now=True)
    two_factor_verified: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    ended_at: Mapped[dt.datetime | None] = tstz()
    end_reason: Mapped[str | None] = mapped_column(String(32))
    revoked_at: Mapped[dt.datetime | None] = tstz()
    revoked_by_id: Mapped[int | None] = fk("users.id", nullable=True, index=False)

    __table_args__ = (
        Index("ix_admin_sessions_live", "user_id", postgresql_where=text("ended_at IS NULL")),
    )


class AdminOTP(IdMixin, TimestampMixin, Base):
    """An admin's TOTP enrolment: the secret (encrypted), last accepted step, recovery codes."""

    __tablename__ = "admin_otps"

    user_id: Mapped[int] = fk("users.id", index=False)
    secret_encrypted: Mapped[str] = mapped_column(String(512))
    confirmed_at: Mapped[dt.datetime | None] = tstz()
    # The last accepted RFC 6238 time step: a code at or before it is refused (no replay).
    last_used_step: Mapped[int | None] = mapped_column(BigInteger)
    # [{"hash": argon2id, "used_at": iso-8601 | null}, ...] — ten, shown once at enrolment.
    recovery_codes: Mapped[Any] = jsonb(default="'[]'::jsonb")

    __table_args__ = (Index("uq_admin_otps_user_id", "user_id", unique=True),)


class AdminSettings(TimestampMixin, VersionedMixin, Base):
    """The gym's configuration: one row (id = 1)."""

    __tablename__ = "admin_settings"

    id: Mapped[int] = mapped_column(SmallInteger, primary_key=True, server_default="1")
    gym_name: Mapped[str] = mapped_column(String(200), server_default="FitMate Gym")
    address: Mapped[str | None] = text_col()
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    tax_id: Mapped[str | None] = mapped_column(String(40))
    logo_path: Mapped[str | None] = text_col()
    timezone: Mapped[str] = mapped_column(String(64), server_default="Europe/Lisbon")
    locale: Mapped[str] = mapped_column(String(16), server_default="en_GB")
    currency: Mapped[str] = mapped_column(CHAR(3), server_default="EUR")
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(5, 2), server_default="23.00")
    receipt_footer: Mapped[str | None] = text_col()
    idle_minutes_admin: Mapped[int] = mapped_column(Integer, server_default="15")
    idle_minutes_staff: Mapped[int] = mapped_column(Integer, server_default="30")
    reception_refund_limit: Mapped[Decimal] = mapped_column(Money, server_default="100.00")
    require_admin_2fa: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    backup_dir: Mapped[str | None] = text_col()
    backup_schedule: Mapped[str | None] = mapped_column(String(64))
    last_backup_at: Mapped[dt.datetime | None] = tstz()
    notification_prefs: Mapped[Any] = jsonb()

    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("tax_rate >= 0 AND tax_rate <= 100", name="tax_rate_range"),
        CheckConstraint("reception_refund_limit >= 0", name="refund_limit_non_negative"),
        CheckConstraint(
            "idle_minutes_admin BETWEEN 1 AND 480 AND idle_minutes_staff BETWEEN 1 AND 480",
            name="idle_minutes_range",
        ),
    )


class AuditLog(IdMixin, Base):
    """Who did what to which entity, before and after, from which desk; hash-chained."""

    __tablename__ = "audit_log"

    occurred_at: Mapped[dt.datetime] = tstz(nullable=False, now=True, index=True)
    actor_user_id: Mapped[int | None] = fk("users.id", nullable=True)
    actor_email: Mapped[str | None] = mapped_column(String(254))
    workstation: Mapped[str | None] = mapped_column(String(120))
    site_id: Mapped[int | None] = site_fk()
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[Any | None] = mapped_column(JSONB)
    after: Mapped[Any | None] = mapped_column(JSONB)
    reason: Mapped[str | None] = text_col()
    prev_hash: Mapped[str | None] = mapped_column(CHAR(64))
    row_hash: Mapped[str] = mapped_column(CHAR(64))
    # The chain commits to sha256(salt | before, after, reason), not to the content itself, so
    # erasing a member can redact a row (content and salt gone, digest kept) and the chain
    # still verifies (migration 0009, services/audit.py).
    content_salt: Mapped[str | None] = mapped_column(CHAR(32))
    content_digest: Mapped[str] = mapped_column(CHAR(64))
    redacted_at: Mapped[dt.datetime | None] = tstz()

    __table_args__ = (
        Index("ix_audit_log_entity", "entity_type", "entity_id"),
        CheckConstraint(
            "(redacted_at IS NULL AND content_salt IS NOT NULL) OR (redacted_at IS NOT NULL AND "
            "content_salt IS NULL AND before IS NULL AND after IS NULL AND reason IS NULL)",
            name="redaction_complete",
        ),
    )
