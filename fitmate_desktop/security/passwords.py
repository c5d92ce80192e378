"""Password hashing with argon2id (OWASP: m=19 MiB, t=2, p=1 is the floor; we use it)."""

from __future__ import annotations

import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher(
    time_cost=2, memory_cost=19 * 1024, parallelism=1, hash_len=32, salt_len=16
)

# Verified against when the account does not exist, so an unknown email costs as much time as a
# wrong password and the two cannot be told apart by timing.
_DUMMY_HASH = _hasher.hash("fitmate-dummy-password-for-timing")


# Longer input is refused before argon2 sees it (a pasted novel costs nothing to refuse).
MAX_PASSWORD_LENGTH = 256


def _secret_bytes(password: str) -> bytes:
    # "surrogatepass": a lone surrogate (possible in a Python str, never from a keyboard) is
    # still bytes to hash instead of a UnicodeEncodeError; every other text encodes as UTF-8,
    # exactly as argon2-cffi encoded a str before, so existing hashes keep verifying.
    return password.encode("utf-8", "surrogatepass")


def hash_password(password: str) -> str:
    return _hasher.hash(_secret_bytes(password))


def verify_password(password_hash: str | None, password: str) -> bool:
    """True if ``password`` matches; False for anything else, whatever the text or hash."""
    if not isinstance(password, str) or len(password) > MAX_PASSWORD_LENGTH:
        return False
    try:
        ok = _hasher.verify(password_hash or _DUMMY_HASH, _secret_bytes(password))
    except (VerificationError, InvalidHashError):
        return False
    return ok and password_hash is not None


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


MIN_PASSWORD_LENGTH = 10

# A small deny list of passwords that appear in every breach corpus; the length rule does the rest.
_COMMON = frozenset(
    {
        "password", "password1", "password123", "passw0rd", "123456789", "1234567890",
        "qwertyuiop", "qwerty123", "iloveyou", "letmein123", "welcome123", "admin12345",
        "fitmate123", "football", "monkey123", "abc123456", "111111111", "000000000",
        "gym12345", "changeme", "changeme123", "trustno1",
    }
)  # fmt: skip


def password_problem(password: str, *, email: str | None = None) -> str | None:
    """Why a new password is not acceptable, or None. NIST 800-63B: length and a deny list."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Use at least {MIN_PASSWORD_LENGTH} characters."
    if len(password) > MAX_PASSWORD_LENGTH:
        return f"Use at most {MAX_PASSWORD_LENGTH} characters."
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in password):
        # Any letters, digits, symbols, spaces or emoji are fine; control characters (NUL,
        # escape, line breaks) could not be typed again at the sign-in field.
        return "Use letters, digits, symbols and spaces (no control characters)."
    lowered = password.lower()
    if lowered in _COMMON or len(set(lowered)) <= 2:
        return "This password is too common; choose another."
    if email and lowered == email.lower():
        return "The password must not be the email address."
    return None
