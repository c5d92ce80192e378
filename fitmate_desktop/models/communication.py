"""Domain 7, communication and infrastructure: messages, notifications, equipment, opening hours."""

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
    SmallInteger,
    String,
    Time,
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


class Message(IdMixin, ArchiveMixin, Base):
    """A message between an admin/staff member and a user, with read status."""

    __tablename__ = "messages"

    sender_id: Mapped[int] = fk("users.id")
    recipient_id: Mapped[int] = fk("users.id")
    subject: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = text_col(nullable=False)
    sent_at: Mapped[dt.datetime] = tstz(nullable=False, now=True)
    is_read: Mapped[bool] = mapped_column(Boolean, server_default=text("false"), index=True)
    read_at: Mapped[dt.datetime | None] = tstz()

    __table_args__ = (CheckConstraint("length(body) > 0", name="body_not_empty"),)


class TrainerMessage(IdMixin, ArchiveMixin, Base):
    """A direct message between a trainer and one of their trainees."""

    __tablename__ = "trainer_messages"

    trainer_id: Mapped[uuid.UUID] = trainer_fk()
    trainee_id: Mapped[int] = fk("trainees.id")
    from_trainer: Mapped[bool] = mapped_column(Boolean)
    body: Mapped[str] = text_col(nullable=False)
    sent_at: Mapped[dt.datetime] = tstz(nullable=False, now=True)
    is_read: Mapped[bool] = mapped_column(Boolean, server_default=text("false"), index=True)
    read_at: Mapped[dt.datetime | None] = tstz()

    __table_args__ = (CheckConstraint("length(body) > 0", name="body_not_empty"),)


class Notification(IdMixin, Base):
    """Something a user should see: a trainee arrived, leave approved, maintenance due."""

    __tablename__ = "notifications"

    user_id: Mapped[int] = fk("users.id")
    type: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str | None] = text_col()
    payload: Mapped[Any] = jsonb()
    created_at: Mapped[dt.datetime] = tstz(nullable=False, now=True)
    is_read: Mapped[bool] = mapped_column(Boolean, server_default=text("false"), index=True)
    read_at: Mapped[dt.datetime | None] = tstz()

    __table_args__ = (
        Index("ix_notifications_unread", "user_id", postgresql_where=text("NOT is_read")),
    )


class Equipment(IdMixin, TimestampMixin, MoneyMixin, ArchiveMixin, Base):
    """A machine or item of the gym, with its maintenance schedule."""

    __tablename__ = "equipment"

    site_id: Mapped[int] = site_fk(nullable=False)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(32))
    serial_number: Mapped[str | None] = mapped_column(String(64))
    purchased_on: Mapped[dt.date | None] = mapped_column(Date)
    purchase_price: Mapped[Decimal | None] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(16), server_default="ok")
    last_maintenance_on: Mapped[dt.date | None] = mapped_column(Date)
    maintenance_interval_days: Mapped[int | None] = mapped_column(Integer)
    next_maintenance_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    notes: Mapped[str | None] = text_col()

    __table_args__ = (
        CheckConstraint(
            "status IN ('ok','maintenance','out_of_order','retired')", name="status_valid"
        ),
        CheckConstraint("purchase_price IS NULL OR purchase_price >= 0", name="price_non_negative"),
        CheckConstraint(
            "maintenance_interval_days IS NULL OR maintenance_interval_days > 0",
            name="interval_positive",
        ),
    )


class GymScheduleSlot(IdMixin, TimestampMixin, Base):
    """A weekly opening-hours slot of a site, with its type and capacity."""

    __tablename__ = "gym_schedule_slots"

    site_id: Mapped[int] = site_fk(nullable=False)
    day_of_week: Mapped[int] = mapped_column(SmallInteger)  # 0 = Monday
    opens_at: Mapped[dt.time] = mapped_column(Time)
    closes_at: Mapped[dt.time] = mapped_column(Time)
    slot_type: Mapped[str] = mapped_column(String(16), server_default="open")
    capacity: Mapped[int] = mapped_column(Integer)
    label: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        Index("ix_gym_schedule_slots_site_day", "site_id", "day_of_week", "opens_at"),
        CheckConstraint("day_of_week BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("closes_at > opens_at", name="closes_after_opens"),
        CheckConstraint("capacity > 0", name="capacity_positive"),
        CheckConstraint(
            "slot_type IN ('open','staffed','unstaffed','women_only','class','closed')",
            name="type_valid",
        ),
    )
