"""Declarative base, the constraint naming convention and the column mixins every model shares."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CHAR, BigInteger, DateTime, Identity, Integer, MetaData, Numeric, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Alembic and the service layer rely on these names (see services.uow.CONSTRAINT_MESSAGES).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(12, 2)
"""Every amount of money: NUMERIC(12,2), always beside a currency column."""


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class IdMixin:
    id: Mapped[int] = mapped_column(BigInteger, Identity(always=False), primary_key=True)


class TimestampMixin:
    """created_at/updated_at as timestamptz with server defaults; a trigger keeps updated_at."""

    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now(), nullable=False
    )


class ArchiveMixin:
    """Soft delete: a row is archived, never deleted (DESIGN.md, rule 6)."""

    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class VersionedMixin:
    """Optimistic locking for rows two desks may edit at once."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.version}  # type: ignore[attr-defined]


class MoneyMixin:
    currency: Mapped[str] = mapped_column(CHAR(3), nullable=False, server_default="EUR")


__all__ = [
    "ArchiveMixin",
    "Base",
    "Decimal",
    "IdMixin",
    "Money",
    "MoneyMixin",
    "TimestampMixin",
    "VersionedMixin",
    "utcnow",
]
