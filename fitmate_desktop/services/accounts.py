"""Staff accounts and their desk sessions, as the admin's Users & roles panel manages them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fitmate_desktop.models import AdminOTP, AdminSession, User
from fitmate_desktop.security.passwords import hash_password, password_problem
from fitmate_desktop.security.permissions import DESKTOP_ROLES, Permission, Role
from fitmate_desktop.security.verifiers import open_verifier
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.auth import office_box, stored_verifier
from fitmate_desktop.services.errors import Conflict, NotFound, ValidationError
from fitmate_desktop.services.uow import unit_of_work
from fitmate_desktop.services.validation import normalise_email, require_text


@dataclass(frozen=True)
class Account:
    """One staff account as the Users & roles list shows it."""

    id: int
    email: str
    full_name: str
    phone: str | None
    role: str
    is_active: bool
    archived: bool
    locked: bool
    failed_attempts: int
    two_factor: bool
    must_change_password: bool
    last_login_at: dt.datetime | None
    # Wrong second-factor codes in a row (counted apart from passwords; Unlock clears both).
    code_failed_attempts: int = 0


@dataclass(frozen=True)
class DeskSession:
    """A desk session: who, where, since when, last activity, and how it ended."""

    id: int
    user_id: int
    full_name: str
    role: str
    workstation: str
    host_name: str | None
    ip_address: str | None
    app_version: str | None
    started_at: dt.datetime
    last_activity_at: dt.datetime
    two_factor_verified: bool
    ended_at: dt.datetime | None
    end_reason: str | None
    revoked_at: dt.datetime | None


def list_accounts(*, actor: Actor, include_archived: bool = False) -> tuple[Account, ...]:
    """Staff accounts (not members), by name."""
    actor.require(Permission.USERS_MANAGE, doing="manage accounts")
    now = dt.datetime.now(dt.UTC)
    with unit_of_work() as uow:
        enrolled = set(
            uow.session.scalars(select(AdminOTP.user_id).where(AdminOTP.confirmed_at.isnot(None)))
        )
        stmt = (
            select(User)
            .where(User.role.in_([r.value for r in DESKTOP_ROLES]))
            .order_by(func.lower(User.full_name))
        )
        if not include_archived:
            stmt = stmt.where(User.deleted_at.is_(None))
        return tuple(
            Account(
                id=u.id,
                email=u.email,
                full_name=u.full_name,
                phone=u.phone,
                role=str(u.role),
                is_active=u.is_active,
                archived=u.deleted_at is not None,
                locked=_locked(u.locked_until, now) or _locked(u.second_factor_locked_until, now),
                failed_attempts=u.failed_attempts,
                two_factor=u.id in enrolled,
                must_change_password=u.must_change_password,
                last_login_at=u.last_login_at,
                code_failed_attempts=u.second_factor_failures,
            )
            for u in uow.session.scalars(stmt)
        )


def _locked(until: dt.datetime | None, now: dt.datetime) -> bool:
    return until is not None and until > now


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id, with_for_update=True)
    if user is None:
        raise NotFound("This account no longer exists.")
    return user


def update_account(
    *, actor: Actor, user_id: int, full_name: str, email: str, role: str, phone: str = ""
) -> None:
    """Change an account's name, email, phone or role (audited with before/after)."""
    actor.require(Permission.USERS_MANAGE, doing="manage accounts")
    name = require_text("full_name", full_name, label="a name", max_length=200)
    address = normalise_email(email)
    try:
        new_role = Role(role.upper())
    except ValueError:
        raise ValidationError("role", "Choose Admin, Reception or Trainer.") from None
    if new_role not in DESKTOP_ROLES:
        raise ValidationError("role", "Choose Admin, Reception or Trainer.")
    if user_id == actor.user_id and new_role != Role.ADMIN:
        raise ValidationError("role", "You cannot take away your own admin role.")
    with unit_of_work() as uow:
        user = _user(uow.session, user_id)
        clash = uow.session.scalar(
            select(User.id).where(func.lower(User.email) == address, User.id != user_id)
        )
        if clash is not None:
            raise Conflict("An account with this email already exists.")
        before = {"full_name": user.full_name, "email": user.email, "role": str(user.role),
                  "phone": user.phone}  # fmt: skip
        if (user.role == Role.ADMIN) != (new_role == Role.ADMIN):
            user.password_hash = _restored_for_role(user, new_role)
        user.full_name, user.email, user.role = name, address, new_role
        user.phone = phone.strip() or None
        after = {"full_name": name, "email": address, "role": new_role.value, "phone": user.phone}
        audit.record(
            uow.session,
            actor=actor,
            action="user.update",
            entity_type="user",
            entity_id=user_id,
            before=before,
            after=after,
        )
        uow.commit()


def _restored_for_role(user: User, new_role: Role) -> str | None:
    """The account's verifier as ``new_role`` stores it: sealed with the office key when it
    becomes an admin, opened back to the plain argon2 hash when it stops being one."""
    box = office_box()
    argon = open_verifier(box, user_id=user.id, stored=user.password_hash)
    if argon is None:
        if user.password_hash is None:
            return None
        raise ValidationError(
            "role",
            "Changing to or from Admin needs the gym's secret key on this desk: do it at an "
            "office desk.",
        )
    return stored_verifier(user_id=user.id, role=new_role, password_hash=argon)


def set_account_archived(*, actor: Actor, user_id: int, archived: bool) -> None:
    """Archive (no sign-in, history kept) or restore a staff account; ends its live sessions."""
    actor.require(Permission.USERS_MANAGE, doing="manage accounts")
    if user_id == actor.user_id and archived:
        raise ValidationError("account", "You cannot archive your own account.")
    now = dt.datetime.now(dt.UTC)
    with unit_of_work() as uow:
        user = _user(uow.session, user_id)
        user.deleted_at = now if archived else None
        user.is_active = not archived
        if archived:
            _end_sessions(uow.session, user_id, now, "account_archived")
        audit.record(
            uow.session,
            actor=actor,
            action="user.archive" if archived else "user.restore",
            entity_type="user",
            entity_id=user_id,
        )
        uow.commit()


def _end_sessions(session: Session, user_id: int, now: dt.datetime, reason: str) -> None:
    rows = session.scalars(
        select(AdminSession).where(AdminSession.user_id == user_id, AdminSession.ended_at.is_(None))
    )
    for row in rows:
        row.ended_at, row.end_reason = now, reason


def reset_password(*, actor: Actor, user_id: int, temporary_password: str) -> None:
    """Set a temporary password; the person must choose a new one at their next sign-in."""
    actor.require(Permission.USERS_MANAGE, doing="reset passwords")
    with unit_of_work() as uow:
        user = _user(uow.session, user_id)
        problem = password_problem(temporary_password, email=user.email)
        if problem:
            raise ValidationError("password", problem)
        user.password_hash = stored_verifier(
            user_id=user.id, role=user.role, password_hash=hash_password(temporary_password)
        )
        user.must_change_password = True
        user.failed_attempts = 0
        user.locked_until = None
        audit.record(
            uow.session,
            actor=actor,
            action="user.password_reset",
            entity_type="user",
            entity_id=user_id,
        )
        uow.commit()


def unlock_account(*, actor: Actor, user_id: int) -> None:
    """Lift a lockout after repeated failed sign-ins."""
    actor.require(Permission.USERS_MANAGE, doing="unlock accounts")
    with unit_of_work() as uow:
        user = _user(uow.session, user_id)
        before = {
            "failed_attempts": user.failed_attempts,
            "locked_until": user.locked_until,
            "second_factor_failures": user.second_factor_failures,
            "second_factor_locked_until": user.second_factor_locked_until,
        }
        # Both counters: wrong passwords and wrong second-factor codes.
        user.failed_attempts = 0
        user.locked_until = None
        user.second_factor_failures = 0
        user.second_factor_locked_until = None
        audit.record(
            uow.session,
            actor=actor,
            action="user.unlock",
            entity_type="user",
            entity_id=user_id,
            before=before,
        )
        uow.commit()


def list_sessions(
    *, actor: Actor, live_only: bool = True, limit: int = 200
) -> tuple[DeskSession, ...]:
    """Desk sessions, newest first (live ones only by default)."""
    actor.require(Permission.SESSIONS_MANAGE, doing="see desk sessions")
    with unit_of_work() as uow:
        stmt = (
            select(AdminSession, User.full_name, User.role)
            .join(User, User.id == AdminSession.user_id)
            .order_by(AdminSession.started_at.desc())
            .limit(limit)
        )
        if live_only:
            stmt = stmt.where(AdminSession.ended_at.is_(None))
        return tuple(
            DeskSession(
                id=s.id,
                user_id=s.user_id,
                full_name=name,
                role=str(role),
                workstation=s.workstation,
                host_name=s.host_name,
                ip_address=s.ip_address,
                app_version=s.app_version,
                started_at=s.started_at,
                last_activity_at=s.last_activity_at,
                two_factor_verified=s.two_factor_verified,
                ended_at=s.ended_at,
                end_reason=s.end_reason,
                revoked_at=s.revoked_at,
            )
            for s, name, role in uow.session.execute(stmt)
        )


def revoke_session(*, actor: Actor, session_id: int) -> None:
    """End a desk's session: that desk locks at its next heartbeat (within a minute)."""
    actor.require(Permission.SESSIONS_MANAGE, doing="revoke sessions")
    now = dt.datetime.now(dt.UTC)
    with unit_of_work() as uow:
        row = uow.session.get(AdminSession, session_id, with_for_update=True)
        if row is None:
            raise NotFound("This session no longer exists.")
        if row.ended_at is None:
            row.revoked_at, row.revoked_by_id = now, actor.user_id or None
            row.ended_at, row.end_reason = now, "revoked"
        audit.record(
            uow.session,
            actor=actor,
            action="session.revoke",
            entity_type="admin_session",
            entity_id=session_id,
            after={"user_id": row.user_id, "workstation": row.workstation},
        )
        uow.commit()
