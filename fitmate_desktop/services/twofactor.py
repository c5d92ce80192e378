"""Two-factor sign-in for admins: enrolment with a QR code, verification, recovery codes.

The TOTP secret is sealed with the desk's secret key (``security.secrets``) before it reaches
the database and is never shown again after enrolment. The last accepted time step is stored,
so no code is accepted twice. Ten recovery codes are stored as argon2id hashes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fitmate_desktop.config import load_config
from fitmate_desktop.db.engine import current_database
from fitmate_desktop.models import AdminOTP, AdminSession, AdminSettings, User
from fitmate_desktop.security import totp
from fitmate_desktop.security.permissions import Permission, Role
from fitmate_desktop.security.secrets import SecretBox, SecretKeyMissing, secret_box
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.auth import lockout_delay, with_permissions
from fitmate_desktop.services.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from fitmate_desktop.services.uow import unit_of_work

WRONG_CODE = "The code is not correct, has expired or was already used."
NOT_A_CODE = (
    "Type the 6 digits from your authenticator app, or one of your recovery codes (like K7QD-M2XP)."
)


@dataclass(frozen=True)
class Enrolment:
    """What the enrolment screen shows: the QR code, and the secret in text for typing in."""

    secret: str
    uri: str
    qr_png: bytes


@dataclass(frozen=True)
class EnrolmentDone:
    """The fully signed-in actor, and the recovery codes to write down (shown this once)."""

    actor: Actor
    recovery_codes: tuple[str, ...]


def _box() -> SecretBox:
    try:
        return secret_box(load_config(), embedded=current_database().embedded)
    except SecretKeyMissing as err:
        raise ValidationError("code", str(err)) from None


def _context(user_id: int) -> str:
    return f"admin_otp:{user_id}"


def _require_admin(actor: Actor) -> None:
    if actor.role != Role.ADMIN:
        raise PermissionDenied("Two-factor sign-in is for admin accounts.")


def start_enrolment(*, actor: Actor) -> Enrolment:
    """A new secret for this admin (nothing is stored until a correct code confirms it)."""
    _require_admin(actor)
    _box()  # fail now, not after the admin scanned the code, if this desk has no key
    with unit_of_work() as uow:
        settings = uow.session.get(AdminSettings, 1)
        issuer = settings.gym_name if settings else "FitMate"
    secret = totp.new_secret()
    uri = totp.provisioning_uri(secret, account=actor.email, issuer=f"FitMate {issuer}")
    return Enrolment(secret=secret, uri=uri, qr_png=totp.qr_png(uri))


def _mark_session_verified(session: Session, actor: Actor) -> None:
    if actor.session_id is not None:
        row = session.get(AdminSession, actor.session_id)
        if row is not None:
            row.two_factor_verified = True
            row.last_activity_at = dt.datetime.now(dt.UTC)


def _refuse_replacing_unverified(session: Session, actor: Actor) -> None:
    """An existing enrolment is replaced only from a session that passed it: otherwise the
    password alone would let anyone enrol their own app and skip every code limit."""
    enrolled = session.scalar(
        select(AdminOTP.id).where(
            AdminOTP.user_id == actor.user_id, AdminOTP.confirmed_at.isnot(None)
        )
    )
    if enrolled is None:
        return
    row = session.get(AdminSession, actor.session_id) if actor.session_id is not None else None
    if row is None or not row.two_factor_verified or row.user_id != actor.user_id:
        raise PermissionDenied(
            "Two-factor sign-in is already set up for this account. Sign in with a code "
            "first, or ask another admin to reset it."
        )


def confirm_enrolment(*, actor: Actor, secret: str, code: str) -> EnrolmentDone:
    """Finish enrolment with a correct code; replaces any earlier enrolment of this admin."""
    _require_admin(actor)
    if totp.code_digits(code) is None:
        raise ValidationError("code", "Type the 6 digits your authenticator app shows.")
    step = totp.accepted_step(secret, code, last_used_step=None)
    if step is None:
        raise ValidationError("code", "That code does not match. Type the current 6 digits.")
    box = _box()
    codes = totp.new_recovery_codes()
    hashes = [{"hash": totp.hash_recovery_code(c), "used_at": None} for c in codes]
    with unit_of_work() as uow:
        session = uow.session
        _refuse_replacing_unverified(session, actor)
        session.execute(delete(AdminOTP).where(AdminOTP.user_id == actor.user_id))
        session.add(
            AdminOTP(
                user_id=actor.user_id,
                secret_encrypted=box.seal(secret, context=_context(actor.user_id)),
                confirmed_at=dt.datetime.now(dt.UTC),
                last_used_step=step,
                recovery_codes=hashes,
            )
        )
        _mark_session_verified(session, actor)
        audit.record(
            session, actor=actor, action="2fa.enrol", entity_type="user", entity_id=actor.user_id
        )
        uow.commit()
    return EnrolmentDone(
        actor=with_permissions(replace(actor, second_factor="verified")),
        recovery_codes=tuple(codes),
    )


def verify_second_factor(*, actor: Actor, code: str) -> Actor:
    """Check a TOTP code (or a recovery code) after the password; never the same code twice.

    Wrong codes are counted on the account apart from wrong passwords
    (``users.second_factor_failures``), with the same backoff; a correct password never resets
    them, only a correct code or an admin's unlock. So knowing a password buys no more than
    a handful of code guesses, however many times it is typed.
    """
    _require_admin(actor)
    if not isinstance(code, str) or not code.strip():
        raise ValidationError("code", "Type the 6-digit code from your authenticator app.")
    digits = totp.code_digits(code)
    recovery = None if digits is not None else totp.recovery_code_form(code)
    if digits is None and recovery is None:
        # Not a code of either kind (letters, symbols, emoji, control characters, a pasted
        # page): it cannot be right, so it is refused here without counting or hashing.
        raise ValidationError("code", NOT_A_CODE)
    now = dt.datetime.now(dt.UTC)
    with unit_of_work() as uow:
        session = uow.session
        user = session.get(User, actor.user_id, with_for_update=True)
        otp = session.scalars(
            select(AdminOTP).where(AdminOTP.user_id == actor.user_id).with_for_update()
        ).first()
        if user is None or otp is None or otp.confirmed_at is None:
            raise ValidationError("code", "Two-factor sign-in is not set up for this account.")
        locked = user.second_factor_locked_until
        if locked is not None and locked > now:
            # Whoever is here knows the password already: saying "wait" tells them nothing
            # new, and tells the real admin why a right code was refused.
            raise AuthenticationFailed(_wait_message(locked - now))
        if digits is not None:
            secret = _box().open(otp.secret_encrypted, context=_context(actor.user_id))
            step = totp.accepted_step(secret, digits, last_used_step=otp.last_used_step)
            ok = step is not None
            if step is not None:
                otp.last_used_step = step
        else:
            assert recovery is not None
            ok = _use_recovery_code(otp, recovery, now)
            if ok:
                audit.record(
                    session,
                    actor=actor,
                    action="2fa.recovery_code_used",
                    entity_type="user",
                    entity_id=actor.user_id,
                )
        if not ok:
            user.second_factor_failures += 1
            delay = lockout_delay(user.second_factor_failures)
            user.second_factor_locked_until = now + delay if delay else None
            uow.commit()
            raise AuthenticationFailed(WRONG_CODE)
        user.second_factor_failures = 0
        user.second_factor_locked_until = None
        _mark_session_verified(session, actor)
        uow.commit()
    return with_permissions(replace(actor, second_factor="verified"))


def _wait_message(wait: dt.timedelta) -> str:
    minutes = max(1, -(-int(wait.total_seconds()) // 60))
    return (
        f"Too many wrong codes. Try again in {minutes} minute{'s' if minutes > 1 else ''}, "
        "or ask another admin to unlock your account."
    )


def _use_recovery_code(otp: AdminOTP, canonical: str, now: dt.datetime) -> bool:
    codes = list(otp.recovery_codes or [])
    for n, entry in enumerate(codes):
        if entry.get("used_at") is None and totp.recovery_code_matches(entry["hash"], canonical):
            codes[n] = {**entry, "used_at": now.isoformat()}
            otp.recovery_codes = codes  # a new list, so the JSONB change is saved
            return True
    return False


def recovery_codes_left(*, actor: Actor) -> int:
    _require_admin(actor)
    with unit_of_work() as uow:
        otp = uow.session.scalars(select(AdminOTP).where(AdminOTP.user_id == actor.user_id)).first()
        return sum(1 for c in (otp.recovery_codes if otp else []) if c.get("used_at") is None)


def reset_two_factor(*, actor: Actor, user_id: int) -> None:
    """An admin clears another admin's 2FA: they enrol again at their next sign-in."""
    actor.require(Permission.USERS_MANAGE, doing="reset two-factor sign-in")
    with unit_of_work() as uow:
        user = uow.session.get(User, user_id)
        if user is None:
            raise NotFound("This account no longer exists.")
        enrolled = uow.session.scalar(select(AdminOTP.id).where(AdminOTP.user_id == user_id))
        uow.session.execute(delete(AdminOTP).where(AdminOTP.user_id == user_id))
        audit.record(
            uow.session,
            actor=actor,
            action="2fa.reset",
            entity_type="user",
            entity_id=user_id,
            before={"enrolled": enrolled is not None},
            after={"enrolled": False},
        )
        uow.commit()
