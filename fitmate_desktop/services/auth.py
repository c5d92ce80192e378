"""Sign-in and sign-out of staff at a desk: argon2id passwords, lockout, session rows."""

from __future__ import annotations

import datetime as dt
import socket
from contextlib import suppress
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

import fitmate_desktop
from fitmate_desktop.config import load_config
from fitmate_desktop.db.engine import current_database
from fitmate_desktop.models import AdminOTP, AdminSession, AdminSettings, User
from fitmate_desktop.security.passwords import (
    MAX_PASSWORD_LENGTH,
    hash_password,
    needs_rehash,
    password_problem,
    verify_password,
)
from fitmate_desktop.security.permissions import DESKTOP_ROLES, Role, permissions_for
from fitmate_desktop.security.secrets import SecretBox, SecretKeyMissing, secret_box
from fitmate_desktop.security.verifiers import is_sealed, open_verifier, seal_verifier
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import AuthenticationFailed, ValidationError
from fitmate_desktop.services.sites import workstation_site_id
from fitmate_desktop.services.uow import UnitOfWork, unit_of_work
from fitmate_desktop.services.validation import normalise_email

__all__ = [
    "Actor",
    "SessionState",
    "change_password",
    "heartbeat",
    "lockout_delay",
    "office_box",
    "sign_in",
    "sign_out",
    "stored_verifier",
    "unlock_desk",
]

# Failures allowed before the account starts waiting; then 30 s, doubling, at most 1 hour
# (NIST 800-63B caps consecutive failures at 100; with these waits nobody gets near it).
FREE_ATTEMPTS = 5
FIRST_DELAY = dt.timedelta(seconds=30)
MAX_DELAY = dt.timedelta(hours=1)


def lockout_delay(failed_attempts: int) -> dt.timedelta:
    """How long an account waits after its ``failed_attempts``-th consecutive failure."""
    if failed_attempts < FREE_ATTEMPTS:
        return dt.timedelta(0)
    return min(FIRST_DELAY * 2 ** (failed_attempts - FREE_ATTEMPTS), MAX_DELAY)


def _local_address() -> str | None:
    try:
        return socket.gethostbyname(socket.gethostname())
    except OSError:
        return None


def sign_in(*, email: str, password: str, workstation: str, site_code: str | None = None) -> Actor:
    """Check the credentials and open a session row; the same refusal whatever went wrong."""
    address = _sign_in_email(email)
    _require_password(password, field="password")

    now = dt.datetime.now(dt.UTC)
    with unit_of_work() as uow:
        user = uow.session.scalar(
            select(User)
            .where(func.lower(User.email) == address, User.deleted_at.is_(None))
            .with_for_update()
        )
        if user is None or not user.is_active or user.role not in DESKTOP_ROLES:
            # Pay for one argon2 verification anyway, so timing doesn't reveal unknown emails.
            verify_password(None, password)
            raise AuthenticationFailed()
        verifier = _check_and_count(uow, user, password)

        second_factor = _second_factor_state(uow.session, user)
        unsealed_office = user.role == Role.ADMIN and not is_sealed(user.password_hash)
        if needs_rehash(verifier) or (unsealed_office and office_box() is not None):
            # A stronger hash, or an office account from before verifiers were sealed: store
            # it anew (sealed if this desk has the office key; otherwise as it was).
            with suppress(ValidationError):
                user.password_hash = stored_verifier(
                    user_id=user.id, role=user.role, password_hash=hash_password(password)
                )
        # The password counter only: wrong second-factor codes have their own, which a correct
        # password never resets (services.twofactor).
        user.failed_attempts = 0
        user.locked_until = None
        user.last_login_at = now
        site_id = workstation_site_id(uow.session, workstation=workstation, site_code=site_code)
        session_row = AdminSession(
            user_id=user.id,
            site_id=site_id,
            workstation=workstation,
            host_name=socket.gethostname(),
            ip_address=_local_address(),
            app_version=fitmate_desktop.__version__,
        )
        uow.session.add(session_row)
        uow.flush()
        actor = Actor(
            user_id=user.id,
            email=user.email,
            full_name=user.full_name,
            role=str(user.role),
            workstation=workstation,
            site_id=site_id,
            session_id=session_row.id,
            permissions=frozenset(),
            second_factor=second_factor,
            must_change_password=user.must_change_password,
        )
        uow.commit()
        return with_permissions(actor)


def with_permissions(actor: Actor) -> Actor:
    """The actor with its role's permissions once every sign-in step is done, else none."""
    granted = permissions_for(actor.role) if actor.ready else frozenset()
    return replace(actor, permissions=granted)


def _second_factor_state(session: Session, user: User) -> str:
    if user.role != Role.ADMIN:
        return "not_required"
    settings = session.get(AdminSettings, 1)
    enrolled = session.scalar(
        select(AdminOTP.id).where(AdminOTP.user_id == user.id, AdminOTP.confirmed_at.isnot(None))
    )
    if enrolled is not None:
        return "verify"
    if settings is None or settings.require_admin_2fa:
        return "enrol"
    return "not_required"


def sign_out(*, actor: Actor, reason: str = "signed_out") -> None:
    """End the desk's session row."""
    if actor.session_id is None:
        return
    with unit_of_work() as uow:
        row = uow.session.get(AdminSession, actor.session_id)
        if row is not None and row.ended_at is None:
            row.ended_at = dt.datetime.now(dt.UTC)
            row.end_reason = reason
        uow.commit()


def _check_and_count(uow: UnitOfWork, user: User, password: str) -> str:
    """Verify ``password`` for ``user`` (always one argon2 run, locked or not) and return the
    argon2 hash it matched. A failure is counted towards the lockout and committed at once,
    then AuthenticationFailed is raised."""
    now = dt.datetime.now(dt.UTC)
    box = office_box() if is_sealed(user.password_hash) else None
    verifier = open_verifier(box, user_id=user.id, stored=user.password_hash)
    # No verifier here (an office account at a desk without the office key): the dummy hash
    # is verified instead, so the refusal costs the same time as a wrong password.
    ok = verify_password(verifier, password)
    if user.locked_until is not None and user.locked_until > now:
        raise AuthenticationFailed()
    if not ok or verifier is None:
        user.failed_attempts += 1
        delay = lockout_delay(user.failed_attempts)
        user.locked_until = now + delay if delay else None
        uow.commit()
        raise AuthenticationFailed()
    user.failed_attempts = 0
    return verifier


def office_box() -> SecretBox | None:
    """The office-only secret key of this desk, or None on a desk that has none."""
    try:
        return secret_box(load_config(), embedded=current_database().embedded)
    except SecretKeyMissing:
        return None


def stored_verifier(*, user_id: int, role: str, password_hash: str) -> str:
    """What ``users.password_hash`` holds for an account of ``role``: office accounts' argon2
    hashes sealed with the office key (a desk login can read the column but not attack it),
    desk staff's as they are (desks verify them without the key)."""
    if role != Role.ADMIN:
        return password_hash
    box = office_box()
    if box is None:
        raise ValidationError(
            "password",
            "An admin's password is stored sealed with the gym's secret key, which this desk "
            "does not have. Do this at an office desk (README: Two-factor on a shared server).",
        )
    return seal_verifier(box, user_id=user_id, password_hash=password_hash)


def _sign_in_email(email: str) -> str:
    if not isinstance(email, str) or not email.strip():
        raise ValidationError("email", "Enter your email address.")
    address = normalise_email(email)
    if not address.isprintable():  # NUL, control or direction characters: never an address
        raise ValidationError("email", "This does not look like an email address.")
    return address


def _require_password(password: str, *, field: str) -> None:
    """Refuse an empty or overlong password field before any hashing (any text is fine)."""
    if not isinstance(password, str) or not password:
        raise ValidationError(field, "Enter your password.")
    if len(password) > MAX_PASSWORD_LENGTH:
        # No stored password is this long: refused at once, for the price of nothing.
        if field == "password":
            raise AuthenticationFailed()
        raise ValidationError(field, "The current password is not correct.")


def unlock_desk(*, actor: Actor, password: str) -> None:
    """The idle lock: the same person proves it is them again; failures count as sign-in fails."""
    _require_password(password, field="password")
    with unit_of_work() as uow:
        user = uow.session.get(User, actor.user_id, with_for_update=True)
        if user is None or not user.is_active or user.deleted_at is not None:
            raise AuthenticationFailed()
        row = uow.session.get(AdminSession, actor.session_id) if actor.session_id else None
        if row is not None and (row.revoked_at is not None or row.ended_at is not None):
            raise AuthenticationFailed("This session was ended by an admin. Sign in again.")
        _check_and_count(uow, user, password)
        if row is not None:
            row.last_activity_at = dt.datetime.now(dt.UTC)
        uow.commit()


def change_password(*, actor: Actor, current_password: str, new_password: str) -> Actor:
    """Change one's own password (also the forced change after an admin's reset)."""
    _require_password(current_password, field="current_password")
    if not isinstance(new_password, str):
        raise ValidationError("new_password", "Enter a new password.")
    problem = password_problem(new_password, email=actor.email)
    if problem:
        raise ValidationError("new_password", problem)
    if new_password == current_password:
        raise ValidationError("new_password", "Choose a password different from the current one.")
    new_hash = hash_password(new_password)
    with unit_of_work() as uow:
        user = uow.session.get(User, actor.user_id, with_for_update=True)
        if user is None:
            raise AuthenticationFailed()
        try:
            _check_and_count(uow, user, current_password)
        except AuthenticationFailed:
            raise ValidationError(
                "current_password", "The current password is not correct."
            ) from None
        user.password_hash = stored_verifier(
            user_id=user.id, role=user.role, password_hash=new_hash
        )
        user.must_change_password = False
        user.password_changed_at = dt.datetime.now(dt.UTC)
        audit.record(
            uow.session,
            actor=actor,
            action="user.password_change",
            entity_type="user",
            entity_id=user.id,
        )
        uow.commit()
    return with_permissions(replace(actor, must_change_password=False))


@dataclass(frozen=True)
class SessionState:
    """What the desk's heartbeat learns: lock now (revoked/ended) and the idle time allowed."""

    revoked: bool
    idle_minutes: int


def heartbeat(*, actor: Actor, active: bool) -> SessionState:
    """Called by the desk every ~30 s: records activity and says if an admin revoked it."""
    if actor.session_id is None:
        return SessionState(revoked=False, idle_minutes=30)
    with unit_of_work() as uow:
        row = uow.session.get(AdminSession, actor.session_id)
        settings = uow.session.get(AdminSettings, 1)
        idle = 30
        if settings is not None:
            idle = (
                settings.idle_minutes_admin
                if actor.role == Role.ADMIN
                else (settings.idle_minutes_staff)
            )
        revoked = row is None or row.revoked_at is not None or row.ended_at is not None
        if row is not None and active and not revoked:
            row.last_activity_at = dt.datetime.now(dt.UTC)
        uow.commit()
        return SessionState(revoked=revoked, idle_minutes=idle)
