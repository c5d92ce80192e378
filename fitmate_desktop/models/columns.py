"""Column factories shared by the domain modules, so each rule is written once."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import BigInteger, DateTime, ForeignKey, Text, func
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import MappedColumn, mapped_column


def fk(
    target: str,
    *,
    nullable: bool = False,
    index: bool = True,
    ondelete: str = "RESTRICT",
    uuid_key: bool = False,
) -> MappedColumn[Any]:
    """A foreign key that never cascades a delete: history is archived, not removed."""
    col_type = UUID(as_uuid=True) if uuid_key else BigInteger
    return mapped_column(
        col_type, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index
    )


def trainer_fk(*, nullable: bool = False) -> MappedColumn[uuid.UUID]:
    return fk("trainers.id", nullable=nullable, uuid_key=True)


def site_fk(*, nullable: bool = True) -> MappedColumn[int]:
    return fk("gym_sites.id", nullable=nullable)


def tstz(
    *, nullable: bool = True, now: bool = False, index: bool = False
) -> MappedColumn[dt.datetime]:
    return mapped_column(
        DateTime(timezone=True),
        nullable=nullable,
        server_default=func.now() if now else None,
        index=index,
    )


def jsonb(*, default: str = "'{}'::jsonb") -> MappedColumn[Any]:
    from sqlalchemy import text

    return mapped_column(JSONB, nullable=False, server_default=text(default))


def text_col(*, nullable: bool = True) -> MappedColumn[str]:
    return mapped_column(Text, nullable=nullable)
