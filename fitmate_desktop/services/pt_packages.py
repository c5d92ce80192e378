"""Personal-training packages on sale, for the payment dialog's quick-add buttons."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from fitmate_desktop.models import PTPackage
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.uow import unit_of_work


@dataclass(frozen=True)
class PTPackageInfo:
    """A PT package as a sale line: what it is called, what it costs, what it holds."""

    id: int
    name: str
    sessions_count: int
    validity_days: int
    price: Decimal
    currency: str


def list_pt_packages(*, actor: Actor) -> tuple[PTPackageInfo, ...]:
    """The active PT packages, cheapest first."""
    actor.require(Permission.PAYMENTS_TAKE, doing="see PT packages")
    with unit_of_work() as uow:
        rows = uow.session.execute(
            select(
                PTPackage.id,
                PTPackage.name,
                PTPackage.sessions_count,
                PTPackage.validity_days,
                PTPackage.price,
                PTPackage.currency,
            )
            .where(PTPackage.is_active.is_(True))
            .order_by(PTPackage.price, PTPackage.name)
        ).all()
    return tuple(
        PTPackageInfo(
            id=r.id,
            name=r.name,
            sessions_count=r.sessions_count,
            validity_days=r.validity_days,
            price=r.price,
            currency=r.currency,
        )
        for r in rows
    )
