"""Input checks shared by services: each raises ValidationError naming the field."""

from __future__ import annotations

import re

from fitmate_desktop.services.errors import ValidationError

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def require_text(field: str, value: str | None, *, label: str, max_length: int) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, f"Enter {label}.")
    if len(text) > max_length:
        raise ValidationError(field, f"{label.capitalize()} is too long (at most {max_length}).")
    return text


def normalise_email(value: str | None, *, field: str = "email") -> str:
    email = require_text(field, value, label="an email address", max_length=254)
    if not _EMAIL_RE.match(email):
        raise ValidationError(field, "This does not look like an email address (name@example.com).")
    return email.lower()
