"""Which members an acting user may see at all: the trainer rule, in one SQL predicate.

The desk (RECEPTION) and the office (ADMIN) see every member. A TRAINER sees only their own
trainees: members whose ``trainer_id`` is this trainer (the ``trainers`` row whose ``user_id``
is the actor), and anyone with a PT session with them that is not cancelled and starts within
the past 12 months or later (reception books the first sessions before any assignment). For a
trainer everyone else does not exist: lists, counts and searches leave them out, and asking
for one by id is refused with ``PermissionDenied``. Any other role (should one ever reach a
member call) sees nobody: the rule fails closed.

``visible_to(actor)`` is the one predicate every member query adds to its WHERE clause (list,
count, search, export, and by id); ``require_visible`` guards the calls that take an id.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, false, func, literal_column, select, true, union_all
from sqlalchemy.orm import Session, aliased

from fitmate_desktop.models import PTSession, Trainee, Trainer
from fitmate_desktop.security.permissions import Role
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import PermissionDenied

# A PT session keeps a member "own" for this long after it took place (and any time before).
PT_SESSION_LOOKBACK = "12 months"
NOT_YOURS = "This member is not one of your trainees."
_SEES_EVERYONE = frozenset({Role.ADMIN, Role.RECEPTION})


def sees_every_member(actor: Actor) -> bool:
    """True for the desk and the office; a trainer sees only their own trainees."""
    return actor.role in _SEES_EVERYONE


def restricted_to_own(actor: Actor) -> bool:
    """True when lists show "My trainees" rather than every member (a trainer)."""
    return actor.role == Role.TRAINER


def _own_trainee_ids(actor: Actor) -> Any:
    """The ids of the actor's own trainees: assigned, or with a PT session in the window.

    Both halves are index scans (``trainees.trainer_id``, ``pt_sessions(trainer_id,
    scheduled_start)``); the trainer's id is looked up once as an InitPlan.
    """
    me = select(Trainer.id).where(Trainer.user_id == actor.user_id).scalar_subquery()
    assigned = aliased(Trainee, name="assigned")
    since = func.now() - literal_column(f"interval '{PT_SESSION_LOOKBACK}'")
    return union_all(
        select(assigned.id.label("id")).where(assigned.trainer_id == me),
        select(PTSession.trainee_id.label("id")).where(
            PTSession.trainer_id == me,
            PTSession.status != "cancelled",
            PTSession.scheduled_start >= since,
        ),
    ).subquery("own_trainees")


def visible_to(actor: Actor) -> ColumnElement[bool]:
    """WHERE-clause predicate on ``Trainee``: the members ``actor`` may see.

    For a trainer: ``trainees.id = ANY(ARRAY(<own trainee ids>))``. The array is an InitPlan,
    computed once per statement from two index scans, and the condition is an index
    condition on the primary key, so a trainer's page starts from their few hundred trainees
    and sorts them, whatever the sort. (A correlated EXISTS was measured first: the planner,
    misjudging how many rows a keyset page skips, re-ran the whole own-trainees subquery for
    every member it walked past — 2 s for one page at 100,000 members.) The desk's and the
    office's queries are unchanged (the predicate is TRUE).
    """
    if sees_every_member(actor):
        return true()
    if not restricted_to_own(actor):
        return false()
    own = _own_trainee_ids(actor)
    ids = func.array(select(own.c.id).scalar_subquery())
    return Trainee.id == func.any(ids)


def is_visible(session: Session, actor: Actor, member_id: int) -> bool:
    """Whether ``actor`` may see member ``member_id`` (inside the caller's transaction)."""
    if sees_every_member(actor):
        return True
    found = session.scalar(select(Trainee.id).where(Trainee.id == member_id, visible_to(actor)))
    return found is not None


def require_visible(session: Session, actor: Actor, member_id: int) -> None:
    """Refuse with ``PermissionDenied`` when ``actor`` may not see this member.

    Said the same way whether or not the member exists, so ids cannot be probed."""
    if not is_visible(session, actor, member_id):
        raise PermissionDenied(NOT_YOURS)
