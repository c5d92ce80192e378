"""Input checks shared by services: each raises ValidationError naming the field.

``FieldChecks`` collects them for a whole form, to report every wrong field at once.
"""

from __future__ import annotations

import datetime as dt
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
    if "\x00" in text:
        raise ValidationError(field, f"{label.capitalize()} contains a NUL character; remove it.")
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


# ----------------------------------------------------------------------------- bounds
# The one place that says what a sane date, id and text are. Past these a value would crash
# date arithmetic (OverflowError near year 9999), overflow a BIGINT/INTEGER column, or be
# refused by PostgreSQL (text cannot hold NUL), each as a generic "could not save".

EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2199, 12, 31)
BIGINT_MAX = 2**63 - 1
INTEGER_MAX = 2**31 - 1


def check_date(
    field: str,
    value: object,
    *,
    earliest: dt.date | None = None,
    latest: dt.date | None = None,
    label: str = "The date",
) -> dt.date:
    """A user's date inside [earliest, latest] (default: years 1900 to 2199), or a field error.

    A service passes narrower bounds where its rule is tighter (no start years ahead, no
    cash-up of a day to come); the defaults keep every date arithmetic far from overflow.
    """
    if not isinstance(value, dt.date):
        raise ValidationError(field, "Enter a date.")
    day = value.date() if isinstance(value, dt.datetime) else value
    low = max(earliest, EARLIEST_DATE) if earliest else EARLIEST_DATE
    high = min(latest, LATEST_DATE) if latest else LATEST_DATE
    if day < low:
        raise ValidationError(field, f"{label} cannot be before {low:%d %b %Y}.")
    if day > high:
        raise ValidationError(field, f"{label} cannot be after {high:%d %b %Y}.")
    return day


def check_id(field: str, value: object, *, bits: int = 64) -> int:
    """A record id as the database holds it (positive; BIGINT, or INTEGER with ``bits=32``)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "This record reference is not valid.")
    if not 1 <= value <= (BIGINT_MAX if bits == 64 else INTEGER_MAX):
        raise ValidationError(field, "This record does not exist.")
    return value


def check_optional_id(field: str, value: object, *, bits: int = 64) -> int | None:
    return None if value is None else check_id(field, value, bits=bits)


def check_text(field: str, value: str | None, *, max_length: int, label: str = "The text") -> str:
    """Optional free text, stripped: no NUL (PostgreSQL cannot store it), at most max_length."""
    if value is not None and not isinstance(value, str):
        raise ValidationError(field, f"{label} must be text.")
    text = (value or "").strip()
    if "\x00" in text:
        raise ValidationError(field, f"{label} contains a NUL character; remove it.")
    if len(text) > max_length:
        raise ValidationError(field, f"{label} is too long (at most {max_length} characters).")
    return text
