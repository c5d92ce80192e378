"""Domain 6, billing: plans, memberships, payments and refunds, receipts, trainer revenue, expenses.

Nothing here is ever cascaded away: every foreign key into money rows is RESTRICT, and a refund
is a row of its own pointing at the payment it returns money from.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Computed,
    Date,
    Index,
    Integer,
    Numeric,
    String,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import Mapped, mapped_column

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

MEMBERSHIP_TYPES = ("day", "monthly", "quarterly", "semiannual", "annual", "class_pack")


class MembershipPlan(IdMixin, TimestampMixin, MoneyMixin, Base):
    """A membership tier for sale: type, duration, price, visits per week, hours, features."""

    __tablename__ = "membership_plans"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    membership_type: Mapped[str] = mapped_column(String(16))
    duration_days: Mapped[int] = mapped_column(Integer)
    price: Mapped[Decimal] = mapped_column(Money)
    visits_per_week: Mapped[int | None] = mapped_column(Integer)  # None = unlimited
    access_from: Mapped[dt.time | None] = mapped_column(Time)  # None = all opening hours
    access_until: Mapped[dt.time | None] = mapped_column(Time)
    all_sites: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    visit_count: Mapped[int | None] = mapped_column(Integer)  # class packs: visits in the pack
    auto_renew: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))  # default
    features: Mapped[Any] = jsonb(default="'[]'::jsonb")
    description: Mapped[str | None] = text_col()
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))

    __table_args__ = (
        CheckConstraint("duration_days > 0", name="duration_positive"),
        CheckConstraint("price >= 0", name="price_non_negative"),
        CheckConstraint("visits_per_week IS NULL OR visits_per_week > 0", name="visits_positive"),
        CheckConstraint("visit_count IS NULL OR visit_count > 0", name="visit_count_positive"),
        CheckConstraint(
            "membership_type <> 'class_pack' OR visit_count IS NOT NULL",
            name="class_pack_has_visits",
        ),
        CheckConstraint(
            "(access_from IS NULL) = (access_until IS NULL)", name="access_hours_paired"
        ),
        CheckConstraint(
            "membership_type IN ('day','monthly','quarterly','semiannual','annual','class_pack')",
            name="type_valid",
        ),
    )


class Membership(IdMixin, TimestampMixin, MoneyMixin, VersionedMixin, Base):
    """A member's membership: dates, price paid, status, freezes, auto-renewal."""

    __tablename__ = "memberships"

    trainee_id: Mapped[int] = fk("trainees.id")
    plan_id: Mapped[int] = fk("membership_plans.id")
    site_id: Mapped[int] = site_fk(nullable=False)  # home site
    membership_type: Mapped[str] = mapped_column(String(16), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True, server_default="unpaid")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    price: Mapped[Decimal] = mapped_column(Money)
    auto_renew: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    frozen_from: Mapped[dt.date | None] = mapped_column(Date)
    frozen_until: Mapped[dt.date | None] = mapped_column(Date)
    frozen_days_total: Mapped[int] = mapped_column(Integer, server_default="0")
    visits_remaining: Mapped[int | None] = mapped_column(Integer)  # class packs only
    cancelled_at: Mapped[dt.datetime | None] = tstz()
    cancel_reason: Mapped[str | None] = text_col()
    renewed_from_id: Mapped[int | None] = fk("memberships.id", nullable=True, index=False)
    sold_by_id: Mapped[int | None] = fk("users.id", nullable=True, index=False)

    __table_args__ = (
        Index("ix_memberships_trainee_end", "trainee_id", "end_date"),
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
        CheckConstraint("price >= 0", name="price_non_negative"),
        CheckConstraint("frozen_days_total >= 0", name="frozen_days_non_negative"),
        CheckConstraint(
            "visits_remaining IS NULL OR visits_remaining >= 0",
            name="visits_remaining_non_negative",
        ),
        CheckConstraint(
            "frozen_until IS NULL OR frozen_from IS NULL OR frozen_until >= frozen_from",
            name="freeze_ordered",
        ),
        CheckConstraint(
            "status IN ('unpaid','active','frozen','expired','cancelled')", name="status_valid"
        ),
    )


class ReceiptCounter(Base):
    """The next number of a receipt series; locked (FOR UPDATE) while a receipt is issued,
    so numbers are gapless even when desks sell at the same moment."""

    __tablename__ = "receipt_counters"

    series: Mapped[str] = mapped_column(String(32), primary_key=True)
    next_number: Mapped[int] = mapped_column(Integer, server_default="1")

    __table_args__ = (CheckConstraint("next_number > 0", name="next_positive"),)


class Payment(IdMixin, MoneyMixin, VersionedMixin, Base):
    """A payment or a refund (``is_refund``). No card numbers are ever stored."""

    __tablename__ = "payments"

    created_at: Mapped[dt.datetime] = tstz(nullable=False, now=True, index=True)
    updated_at: Mapped[dt.datetime] = tstz(nullable=False, now=True)
    trainee_id: Mapped[int | None] = fk("trainees.id", nullable=True)
    site_id: Mapped[int] = site_fk(nullable=False)
    membership_id: Mapped[int | None] = fk("memberships.id", nullable=True)
    pt_package_id: Mapped[int | None] = fk("pt_packages.id", nullable=True, index=False)
    description: Mapped[str] = mapped_column(String(300))
    items: Mapped[Any] = jsonb(default="'[]'::jsonb")
    amount: Mapped[Decimal] = mapped_column(Money)
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(5, 2), server_default="0")
    tax_amount: Mapped[Decimal] = mapped_column(Money, server_default="0")
    method: Mapped[str] = mapped_column(String(16))
    provider: Mapped[str | None] = mapped_column(String(64))
    provider_reference: Mapped[str | None] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(24), index=True, server_default="completed")
    receipt_number: Mapped[str | None] = mapped_column(String(32))
    idempotency_key: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    taken_by_id: Mapped[int | None] = fk("users.id", nullable=True, index=False)
    workstation: Mapped[str | None] = mapped_column(String(120))
    is_refund: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    refund_of_id: Mapped[int | None] = fk("payments.id", nullable=True)
    refund_reason: Mapped[str | None] = text_col()
    refund_amount: Mapped[Decimal] = mapped_column(Money, server_default="0")  # refunded so far
    cash_tendered: Mapped[Decimal | None] = mapped_column(Money)  # cash handed over
    change_given: Mapped[Decimal | None] = mapped_column(Money)

    __table_args__ = (
        Index("uq_payments_receipt_number", "receipt_number", unique=True),
        Index("uq_payments_idempotency_key", "idempotency_key", unique=True),
        Index("ix_payments_site_day", "site_id", "created_at"),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("tax_amount >= 0 AND tax_amount <= amount", name="tax_within_amount"),
        CheckConstraint("tax_rate >= 0 AND tax_rate <= 100", name="tax_rate_range"),
        # Refunds never exceed what was paid.
        CheckConstraint(
            "refund_amount >= 0 AND refund_amount <= amount", name="refund_within_amount"
        ),
        CheckConstraint(
            "(is_refund AND refund_of_id IS NOT NULL AND refund_reason IS NOT NULL) OR "
            "(NOT is_refund AND refund_of_id IS NULL)",
            name="refund_has_original",
        ),
        CheckConstraint("method IN ('cash','card','transfer','other')", name="method_valid"),
        CheckConstraint(
            "(cash_tendered IS NULL AND change_given IS NULL) OR (method = 'cash' AND "
            "NOT is_refund AND cash_tendered >= amount AND change_given = cash_tendered - amount)",
            name="change_from_cash",
        ),
        CheckConstraint(
            "status IN ('pending','completed','failed','refunded','partially_refunded')",
            name="status_valid",
        ),
    )


class CashUpRecord(IdMixin, MoneyMixin, Base):
    """A closed day at one site: who counted the drawer, when, and what they found.

    Stored as counted, never recomputed: later refunds of that day do not rewrite it."""

    __tablename__ = "cash_ups"

    site_id: Mapped[int] = site_fk(nullable=False)
    business_day: Mapped[dt.date] = mapped_column(Date)
    counted_by_id: Mapped[int] = fk("users.id", index=False)
    counted_at: Mapped[dt.datetime] = tstz(nullable=False, now=True)
    workstation: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = text_col()

    __table_args__ = (UniqueConstraint("site_id", "business_day"),)


class CashUpCount(IdMixin, Base):
    """One payment method of a cash-up: expected by the books, counted by the person closing."""

    __tablename__ = "cash_up_counts"

    cash_up_id: Mapped[int] = fk("cash_ups.id")
    method: Mapped[str] = mapped_column(String(16))
    expected: Mapped[Decimal] = mapped_column(Money)
    counted: Mapped[Decimal] = mapped_column(Money)
    difference: Mapped[Decimal] = mapped_column(Money, Computed("counted - expected"))

    __table_args__ = (
        UniqueConstraint("cash_up_id", "method"),
        CheckConstraint("counted >= 0", name="counted_non_negative"),
        CheckConstraint("method IN ('cash','card','transfer','other')", name="method_valid"),
    )


class TrainerRevenue(IdMixin, TimestampMixin, MoneyMixin, Base):
    """Money a trainer earned (a PT session, a commission, a bonus) and when it was paid out."""

    __tablename__ = "trainer_revenue"

    trainer_id: Mapped[uuid.UUID] = trainer_fk()
    source: Mapped[str] = mapped_column(String(16))
    pt_session_id: Mapped[int | None] = fk("pt_sessions.id", nullable=True, index=False)
    payment_id: Mapped[int | None] = fk("payments.id", nullable=True, index=False)
    amount: Mapped[Decimal] = mapped_column(Money)
    earned_on: Mapped[dt.date] = mapped_column(Date)
    payout_date: Mapped[dt.date | None] = mapped_column(Date)
    payout_reference: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), server_default="pending")

    __table_args__ = (
        Index("ix_trainer_revenue_trainer_day", "trainer_id", "earned_on"),
        CheckConstraint("amount >= 0", name="amount_non_negative"),
        CheckConstraint(
            "source IN ('pt_session','commission','bonus','other')", name="source_valid"
        ),
        CheckConstraint("status IN ('pending','approved','paid')", name="status_valid"),
        CheckConstraint(
            "payout_date IS NULL OR payout_date >= earned_on", name="payout_after_earned"
        ),
    )


class Expense(IdMixin, TimestampMixin, MoneyMixin, ArchiveMixin, Base):
    """An operational expense with its category and bill attachment."""

    __tablename__ = "expenses"

    site_id: Mapped[int] = site_fk(nullable=False)
    category: Mapped[str] = mapped_column(String(32), index=True)
    description: Mapped[str] = mapped_column(String(300))
    vendor: Mapped[str | None] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Money)
    tax_amount: Mapped[Decimal] = mapped_column(Money, server_default="0")
    spent_on: Mapped[dt.date] = mapped_column(Date, index=True)
    bill_path: Mapped[str | None] = text_col()
    bill_sha256: Mapped[str | None] = mapped_column(String(64))
    recorded_by_id: Mapped[int | None] = fk("users.id", nullable=True, index=False)
    approved_by_id: Mapped[int | None] = fk("users.id", nullable=True, index=False)

    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("tax_amount >= 0 AND tax_amount <= amount", name="tax_within_amount"),
    )
