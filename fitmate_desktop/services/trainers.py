"""Trainers as the desk picks them: who can be assigned to a member as personal trainer.

Only the id and the name leave this module. The trainers table also holds bank details and
health notes, which a desk's database login may not even read (see ``services.dbroles``), so
the query names its columns instead of loading ``Trainer`` rows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from fitmate_desktop.models import Trainer, User
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.uow import unit_of_work


@dataclass(frozen=True)
class TrainerChoice:
    """One entry of the "assigned trainer" list."""

    id: uuid.UUID
    name: str


def list_trainers(*, actor: Actor) -> tuple[TrainerChoice, ...]:
    """Trainers working here now (active, not archived, with an active account), by name."""
    actor.require(Permission.MEMBERS_VIEW, doing="see the trainers")
    with unit_of_work() as uow:
        rows = uow.session.execute(
            select(Trainer.id, User.full_name)
            .join(User, User.id == Trainer.user_id)
            .where(
                Trainer.deleted_at.is_(None),
                Trainer.is_active.is_(True),
                User.deleted_at.is_(None),
                User.is_active.is_(True),
            )
            .order_by(func.lower(User.full_name), Trainer.id)
        ).all()
    return tuple(TrainerChoice(id=row.id, name=row.full_name) for row in rows)
