"""Gapless numbering (receipts, credit notes, member codes) from a locked counter row.

Not a sequence: a sequence hands out numbers that a rolled-back sale never uses, leaving a gap
an auditor asks about. The counter row is locked (FOR UPDATE) in the caller's transaction, so
a number is taken only if the sale commits, and two desks selling at once queue for a moment.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from fitmate_desktop.models import ReceiptCounter


def next_number(session: Session, series: str) -> int:
    """Take the next number of ``series`` inside the caller's transaction."""
    session.execute(
        insert(ReceiptCounter)
        .values(series=series, next_number=1)
        .on_conflict_do_nothing(index_elements=[ReceiptCounter.series])
    )
    counter = session.scalars(
        select(ReceiptCounter).where(ReceiptCounter.series == series).with_for_update()
    ).one()
    number = counter.next_number
    counter.next_number = number + 1
    session.flush()
    return number
