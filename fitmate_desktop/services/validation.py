"""Input checks shared by services: each raises ValidationError naming the field.

``FieldChecks`` collects them for a whole form, to report every wrong field at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from fitmate_desktop.services.errors import ValidationError, ValidationErrors

T = TypeVar("T")

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


class FieldChecks:
    """Runs a form's field checks and keeps every ``ValidationError`` instead of stopping at
    the first, so the person is told about all of them at once (``ValidationErrors``).

    ``order`` is the form's reading order of field names; errors are raised in it, so the
    screen can focus the first wrong field.
    """

    def __init__(self, order: Sequence[str] = ()) -> None:
        self.errors: list[ValidationError] = []
        self._rank = {name: i for i, name in enumerate(order)}

    def check(self, fn: Callable[[], T]) -> T | None:
        """``fn()``; on a ValidationError keep it and give None."""
        try:
            return fn()
        except ValidationError as err:
            self.add(err)
            return None

    def add(self, err: ValidationError) -> None:
        """Keep ``err`` (a field already wrong keeps its first message)."""
        if not self.failed(err.field):
            self.errors.append(err)

    def failed(self, field: str) -> bool:
        """Whether ``field`` has an error already."""
        return any(err.field == field for err in self.errors)

    def sorted_errors(self) -> tuple[ValidationError, ...]:
        """The errors in the form's reading order (unknown fields last)."""
        last = len(self._rank)
        return tuple(sorted(self.errors, key=lambda err: self._rank.get(err.field, last)))

    def raise_if_any(self) -> None:
        """Raise one ``ValidationErrors`` carrying every error, if there is any."""
        if self.errors:
            raise ValidationErrors(self.sorted_errors())
