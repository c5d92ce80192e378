"""Registering, editing and archiving members, their photo and their membership card.

Bad input is reported all at once: one ``ValidationErrors`` carrying a message for every
wrong field, in the form's order, and nothing is written.

Edits use optimistic locking: the form sends the version it was loaded with; if another desk
saved in between, nothing is overwritten and the Conflict carries the other desk's version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import tempfile
import uuid
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from fitmate_desktop.documents.card import MembershipCardData, render_membership_card
from fitmate_desktop.models import MemberPhoto, Trainee, Trainer
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.counters import next_number
from fitmate_desktop.services.documents import gym_header
from fitmate_desktop.services.errors import Conflict, NotFound, ValidationError
from fitmate_desktop.services.events import announce_changed
from fitmate_desktop.services.gym import load_gym_profile
from fitmate_desktop.services.members import MemberDetail, member_detail
from fitmate_desktop.services.uow import unit_of_work
from fitmate_desktop.services.validation import (
    FieldChecks,
    check_text,
    normalise_email,
    require_text,
)

PHOTO_MAX_PX = 512
PHOTO_MAX_FILE = 20 * 1024 * 1024
_PHONE_RE = re.compile(r"^\+?[0-9 ()./-]{6,25}$")


@dataclass(frozen=True)
class MemberForm:
    """What the registration/edit form sends. Empty strings mean "not given"."""

    full_name: str
    email: str = ""
    phone: str = ""
    date_of_birth: dt.date | None = None
    gender: str = ""
    address: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    health_conditions: str = ""
    health_flagged: bool = False
    fitness_goal: str = ""
    trainer_id: uuid.UUID | None = None
    notes: str = ""


_GENDERS = {"", "female", "male", "other", "undisclosed"}


def _optional(value: str, *, field: str, label: str, max_length: int) -> str | None:
    return check_text(field, value, max_length=max_length, label=label) or None


def _phone(value: str, *, field: str) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if not _PHONE_RE.match(text) or sum(ch.isdigit() for ch in text) < 6:
        raise ValidationError(field, "Enter a phone number with at least 6 digits.")
    return text


# The form's reading order: errors come back in it, and the form focuses the first.
FIELD_ORDER = (
    "full_name",
    "email",
    "phone",
    "date_of_birth",
    "gender",
    "address",
    "emergency_contact_name",
    "emergency_contact_phone",
    "photo",
    "health_conditions",
    "fitness_goal",
    "trainer_id",
    "notes",
)


def _validated(
    form: MemberForm, *, today: dt.date, checks: FieldChecks | None = None
) -> dict[str, object]:
    """The form's values, cleaned; every wrong field goes into ``checks`` (raised at once
    when no ``checks`` is given)."""
    own = checks is None
    checks = checks or FieldChecks(FIELD_ORDER)
    email = (form.email or "").strip()
    values: dict[str, object] = {
        "full_name": checks.check(
            lambda: require_text("full_name", form.full_name, label="the name", max_length=200)
        ),
        "email": checks.check(lambda: normalise_email(email)) if email else None,
        "phone": checks.check(lambda: _phone(form.phone, field="phone")),
        "date_of_birth": form.date_of_birth,
        "gender": (form.gender or "").strip().lower() or None,
        "address": checks.check(
            lambda: _optional(form.address, field="address", label="The address", max_length=500)
        ),
        "emergency_contact_name": checks.check(
            lambda: _optional(
                form.emergency_contact_name,
                field="emergency_contact_name",
                label="The emergency contact",
                max_length=200,
            )
        ),
        "emergency_contact_phone": checks.check(
            lambda: _phone(form.emergency_contact_phone, field="emergency_contact_phone")
        ),
        "health_conditions": checks.check(
            lambda: _optional(
                form.health_conditions,
                field="health_conditions",
                label="Health conditions",
                max_length=2000,
            )
        ),
        "health_flagged": bool(form.health_flagged),
        "fitness_goal": checks.check(
            lambda: _optional(
                form.fitness_goal, field="fitness_goal", label="The goal", max_length=1000
            )
        ),
        "trainer_id": form.trainer_id,
        "notes": checks.check(
            lambda: _optional(form.notes, field="notes", label="Notes", max_length=4000)
        ),
    }
    if (values["gender"] or "") not in _GENDERS:
        checks.add(ValidationError("gender", "Choose female, male, other or undisclosed."))
    dob = form.date_of_birth
    if dob is not None:
        if dob > today:
            checks.add(ValidationError("date_of_birth", "The date of birth is in the future."))
        elif dob < today.replace(year=today.year - 120):
            checks.add(ValidationError("date_of_birth", "Check the year of birth."))
    if (
        form.health_flagged
        and not values["health_conditions"]
        and not checks.failed("health_conditions")
    ):
        checks.add(
            ValidationError(
                "health_conditions",
                "Describe the condition so the desk knows what to watch for.",
            )
        )
    if own:
        checks.raise_if_any()
    return values


def form_errors(form: MemberForm, *, today: dt.date) -> tuple[ValidationError, ...]:
    """Every field error of ``form`` that needs no database, in the form's order.

    The form asks this when a field it reads itself (the date typed) is already wrong, so
    that one and the service's errors show together, before anything is sent."""
    checks = FieldChecks(FIELD_ORDER)
    _validated(form, today=today, checks=checks)
    return checks.sorted_errors()


def _check_trainer(session: Session, trainer_id: uuid.UUID | None) -> None:
    if trainer_id is None:
        return
    active = session.scalar(
        select(Trainer.id).where(
            Trainer.id == trainer_id, Trainer.deleted_at.is_(None), Trainer.is_active
        )
    )
    if active is None:
        raise ValidationError("trainer_id", "This trainer is not working here any more.")


def _read_photo(photo_file: str | None) -> tuple[bytes | None, ValidationError | None]:
    """The photo made small, or the reason it cannot be used (reported with the others)."""
    if not photo_file:
        return None, None
    try:
        return _load_photo(photo_file), None
    except ValidationError as err:
        return None, err


def _checked(
    session: Session, form: MemberForm, photo_error: ValidationError | None
) -> dict[str, object]:
    """All of the form's checks, the trainer's and the photo's together: one
    ``ValidationErrors`` with every wrong field, or the clean values."""
    checks = FieldChecks(FIELD_ORDER)
    values = _validated(form, today=load_gym_profile(session).today(), checks=checks)
    if photo_error is not None:
        checks.add(photo_error)
    checks.check(lambda: _check_trainer(session, form.trainer_id))
    checks.raise_if_any()
    return values


def register_member(
    *, actor: Actor, form: MemberForm, photo_file: str | None = None
) -> MemberDetail:
    """Create a member with a generated member code (``FM`` + 6 digits)."""
    actor.require(Permission.MEMBERS_EDIT, doing="register members")
    if actor.site_id is None:
        raise ValidationError("site", "This desk is not assigned to a gym site.")
    # Read outside the transaction (decoding a large picture takes a moment).
    photo, photo_error = _read_photo(photo_file)
    with unit_of_work() as uow:
        session = uow.session
        values = _checked(session, form, photo_error)
        code = f"FM{next_number(session, 'MEMBER'):06d}"
        while session.scalar(
            select(Trainee.id).where(Trainee.site_id == actor.site_id, Trainee.member_code == code)
        ):
            code = f"FM{next_number(session, 'MEMBER'):06d}"  # skip codes typed in by hand
        member = Trainee(site_id=actor.site_id, member_code=code, **values)
        session.add(member)
        session.flush()
        if photo is not None:
            _store_photo(session, member.id, photo)
        audit.record(
            session,
            actor=actor,
            action="member.register",
            entity_type="member",
            entity_id=member.id,
            after={"member_code": code, **_public(values)},
        )
        announce_changed(session, "members", site_id=actor.site_id)
        detail = member_detail(session, actor=actor, member_id=member.id)
        uow.commit()
        return detail


def _public(values: dict[str, object]) -> dict[str, object]:
    """What goes into the audit log: no health details, just whether they changed."""
    out = {k: v for k, v in values.items() if k != "health_conditions"}
    out["health_conditions"] = "(set)" if values.get("health_conditions") else None
    return out


def update_member(
    *,
    actor: Actor,
    member_id: int,
    expected_version: int,
    form: MemberForm,
    photo_file: str | None = None,
) -> MemberDetail:
    """Save an edit made on ``expected_version``; a Conflict with ``current`` if it is stale."""
    actor.require(Permission.MEMBERS_EDIT, doing="edit members")
    photo, photo_error = _read_photo(photo_file)
    with unit_of_work() as uow:
        session = uow.session
        member = session.get(Trainee, member_id, with_for_update=True)
        if member is None:
            raise NotFound("This member no longer exists.")
        _refuse_if_erased(member)
        if member.version != expected_version:
            raise Conflict(
                "Another desk changed this member while you were editing. "
                "Compare both versions and save again.",
                current=member_detail(session, actor=actor, member_id=member_id),
            )
        values = _checked(session, form, photo_error)
        before = {f: getattr(member, f) for f in values}
        for key, value in values.items():
            setattr(member, key, value)
        changed = {k: v for k, v in values.items() if before[k] != v}
        if photo is not None:
            _store_photo(session, member.id, photo)
            changed["photo"] = "(replaced)"
            # The photo lives in its own table; touching the row still makes a new version
            # of the member, so a desk editing it meanwhile is told.
            member.updated_at = dt.datetime.now(dt.UTC)
        if changed:
            session.flush()
            audit.record(
                session,
                actor=actor,
                action="member.update",
                entity_type="member",
                entity_id=member.id,
                before=_public({k: before.get(k) for k in changed if k != "photo"}),
                after=_public({k: v for k, v in changed.items() if k != "photo"}),
            )
            announce_changed(session, "members", site_id=member.site_id)
        detail = member_detail(session, actor=actor, member_id=member_id)
        uow.commit()
        return detail


_NULLABLE = {"date_of_birth", "trainer_id"}


def form_of(detail: MemberDetail) -> MemberForm:
    """The edit form's starting values for a member."""
    values: dict[str, Any] = {}
    for f in fields(MemberForm):
        value = getattr(detail, f.name, None)
        values[f.name] = "" if value is None and f.name not in _NULLABLE else value
    return MemberForm(**values)


def _refuse_if_erased(member: Trainee) -> None:
    # An erased record only keeps the money and visit counts pointing somewhere; bringing it
    # back (or editing it) would make an anonymous ghost a member again.
    if member.erased_at is not None:
        raise ValidationError(
            "member", "This member's data was erased on request; the record cannot be changed."
        )


def set_archived(*, actor: Actor, member_id: int, archived: bool, reason: str = "") -> None:
    """Archive a member (hidden from lists, history kept) or bring them back."""
    actor.require(Permission.MEMBERS_EDIT, doing="archive members")
    with unit_of_work() as uow:
        member = uow.session.get(Trainee, member_id, with_for_update=True)
        if member is None:
            raise NotFound("This member no longer exists.")
        if not archived:
            _refuse_if_erased(member)
        was = member.deleted_at
        member.deleted_at = dt.datetime.now(dt.UTC) if archived else None
        audit.record(
            uow.session,
            actor=actor,
            action="member.archive" if archived else "member.restore",
            entity_type="member",
            entity_id=member_id,
            before={"archived": was is not None},
            after={"archived": archived},
            reason=reason.strip() or None,
        )
        announce_changed(uow.session, "members", site_id=member.site_id)
        uow.commit()


def membership_card_pdf(*, actor: Actor, member_id: int) -> bytes:
    """A printable membership card with the code as text, Code128 barcode and QR code."""
    actor.require(Permission.MEMBERS_VIEW, doing="print membership cards")
    with unit_of_work() as uow:
        session = uow.session
        detail = member_detail(session, actor=actor, member_id=member_id)
        header = gym_header(session)
        photo = session.get(MemberPhoto, member_id)
        photo_bytes = bytes(photo.image) if photo is not None else None
    photo_path = None
    if photo_bytes is not None:
        with tempfile.NamedTemporaryFile(suffix=".jpg", delete=False) as fh:
            fh.write(photo_bytes)
            photo_path = fh.name
    try:
        return render_membership_card(
            MembershipCardData(
                gym=header,
                member_name=detail.full_name,
                member_code=detail.member_code,
                plan_name=detail.plan_name,
                valid_until=detail.membership_end,
                photo_path=photo_path,
            )
        )
    finally:
        if photo_path:
            Path(photo_path).unlink(missing_ok=True)


def _load_photo(path: str) -> bytes:
    """Read a picture file and make it a JPEG of at most 512 px; a clear message otherwise."""
    file = Path(path)
    if not file.is_file():
        raise ValidationError("photo", "The photo file cannot be found.")
    if file.stat().st_size > PHOTO_MAX_FILE:
        raise ValidationError("photo", "The photo file is larger than 20 MB.")
    try:
        with Image.open(file) as original:
            img = original.convert("RGB")
            img.thumbnail((PHOTO_MAX_PX, PHOTO_MAX_PX))
            out = io.BytesIO()
            img.save(out, format="JPEG", quality=85, optimize=True)
            return out.getvalue()
    except (UnidentifiedImageError, OSError):
        raise ValidationError("photo", "This file is not a picture FitMate can read.") from None


def _store_photo(session: Session, member_id: int, image: bytes) -> None:
    digest = hashlib.sha256(image).hexdigest()
    stmt = insert(MemberPhoto).values(trainee_id=member_id, image=image, sha256=digest)
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=[MemberPhoto.trainee_id],
            set_={"image": stmt.excluded.image, "sha256": stmt.excluded.sha256},
        )
    )
