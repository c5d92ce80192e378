"""Staff accounts: create and look up the people who sign in at a desk."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from fitmate_desktop.models import User
from fitmate_desktop.security.passwords import hash_password, password_problem
from fitmate_desktop.security.permissions import Permission, Role
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor, system_actor
from fitmate_desktop.services.auth import stored_verifier
from fitmate_desktop.services.errors import Conflict, ValidationError
from fitmate_desktop.services.uow import unit_of_work
from fitmate_desktop.services.validation import normalise_email, require_text


@dataclass(frozen=True)
class UserSummary:
    """A staff account as lists and dialogs show it."""

    id: int
    email: str
    full_name: str
    role: str
    is_active: bool


def _parse_role(role: str) -> Role:
    try:
        return Role(role.strip().upper())
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise ValidationError("role", f"Choose one of the roles: {names}.") from None


def create_user(
    *,
    actor: Actor,
    email: str,
    full_name: str,
    role: str,
    password: str,
    phone: str | None = None,
    must_change_password: bool = False,
) -> UserSummary:
    """Create a staff account (admins only). The password is hashed with argon2id at once."""
    actor.require(Permission.USERS_MANAGE, doing="create accounts")
    address = normalise_email(email)
    name = require_text("full_name", full_name, label="a name", max_length=200)
    parsed_role = _parse_role(role)
    problem = password_problem(password, email=address)
    if problem:
        raise ValidationError("password", problem)
    password_hash = hash_password(password)

    with unit_of_work() as uow:
        taken = uow.session.scalar(select(User.id).where(func.lower(User.email) == address))
        if taken is not None:
            raise Conflict("An account with this email already exists.")
        user = User(
            email=address,
            full_name=name,
            role=parsed_role,
            phone=(phone or "").strip() or None,
            password_hash=password_hash,
            must_change_password=must_change_password,
        )
        uow.session.add(user)
        uow.flush()
        # An office account's verifier is sealed with the office key, bound to its new id.
        user.password_hash = stored_verifier(
            user_id=user.id, role=parsed_role, password_hash=password_hash
        )
        audit.record(
            uow.session,
            actor=actor,
            action="user.create",
            entity_type="user",
            entity_id=user.id,
            after={"email": address, "full_name": name, "role": parsed_role.value},
        )
        summary = UserSummary(user.id, user.email, user.full_name, parsed_role.value, True)
        uow.commit()
        return summary


def create_user_from_cli(
    *, email: str, password: str, role: str, full_name: str | None = None
) -> UserSummary:
    """``fitmate user create``: run by whoever administers the database server."""
    name = full_name or email.split("@")[0].replace(".", " ").title()
    return create_user(
        actor=system_actor(), email=email, full_name=name, role=role, password=password
    )
