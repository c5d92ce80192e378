"""Errors a screen can show as they are: each carries a message in the gym's language."""

from __future__ import annotations

from collections.abc import Sequence


class ServiceError(Exception):
    """Base of every error a service raises on purpose. ``str(err)`` is fit for a user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(ServiceError):
    """Bad input. ``field`` names the form field the message belongs next to."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFound(ServiceError):
    """The thing asked for does not exist (or is archived and hidden)."""


class PermissionDenied(ServiceError):
    """The acting user's role may not do this."""


class Conflict(ServiceError):
    """Someone else changed the row first (stale version) or the value is taken (duplicate).

    ``current`` carries the record as it is now when the conflict is a stale edit, so a screen
    can show both versions side by side instead of silently overwriting either.
    """

    def __init__(self, message: str, *, current: object | None = None) -> None:
        super().__init__(message)
        self.current = current


class AuthenticationFailed(ServiceError):
    """Sign-in refused. Always the same message, whatever the reason, so nothing leaks."""

    def __init__(self, message: str = "Email or password is not correct.") -> None:
        super().__init__(message)


class Unavailable(ServiceError):
    """The database could not be reached; the caller may retry."""


class ValidationErrors(ValidationError):
    """Several fields are wrong at once: a form shows every message at its field together.

    ``errors`` holds one ``ValidationError`` per field, in the form's reading order. As a
    ``ValidationError`` it is the first of them (``field`` and message), so a screen that
    shows one error at a time still shows the right one first.
    """

    def __init__(self, errors: Sequence[ValidationError]) -> None:
        if not errors:
            raise ValueError("ValidationErrors needs at least one error")
        first = errors[0]
        super().__init__(first.field, first.message)
        self.errors: tuple[ValidationError, ...] = tuple(errors)

    def fields(self) -> tuple[str, ...]:
        """The fields with an error, in order."""
        return tuple(err.field for err in self.errors)
