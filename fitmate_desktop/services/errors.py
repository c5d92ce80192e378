"""Errors a screen can show as they are: each carries a message in the gym's language."""

from __future__ import annotations


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
