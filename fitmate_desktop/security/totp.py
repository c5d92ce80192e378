"""TOTP (RFC 6238) for admins, with the replay protection pyotp's ``verify`` does not give.

A code is accepted for the current 30-second step or one step either side, and only if its
step is later than the last accepted one: the same code (or an older one) never works twice.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import secrets
import time
import unicodedata

import pyotp
import qrcode

from fitmate_desktop.security.passwords import hash_password, verify_password

STEP_SECONDS = 30
DIGITS = 6
WINDOW = 1
RECOVERY_CODES = 10
_RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L


def new_secret() -> str:
    """A 160-bit base32 secret (RFC 4226's recommended length)."""
    return pyotp.random_base32(32)


def provisioning_uri(secret: str, *, account: str, issuer: str) -> str:
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).provisioning_uri(
        name=account, issuer_name=issuer
    )


def qr_png(uri: str) -> bytes:
    """The otpauth:// URI as a PNG QR code for authenticator apps."""
    image = qrcode.make(uri, box_size=8, border=2)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def accepted_step(
    secret: str,
    code: str,
    *,
    last_used_step: int | None,
    now: float | None = None,
    digits: int = DIGITS,
    digest: str = "sha1",
) -> int | None:
    """The time step ``code`` belongs to if it is valid now and not replayed, else None."""
    wanted = code_digits(code, digits=digits)
    if wanted is None:
        return None
    totp = pyotp.TOTP(secret, digits=digits, interval=STEP_SECONDS, digest=getattr(hashlib, digest))
    current = int((time.time() if now is None else now) // STEP_SECONDS)
    for step in range(current - WINDOW, current + WINDOW + 1):
        if last_used_step is not None and step <= last_used_step:
            continue
        if hmac.compare_digest(totp.at(step * STEP_SECONDS), wanted):
            return step
    return None


# Typed between the digit groups by people and some authenticator apps ("123 456").
_SEPARATORS = frozenset(" -\u00a0\u2009\u202f")
MAX_CODE_INPUT = 64  # longer text is neither a code nor a recovery code; refused unread


def code_digits(code: object, *, digits: int = DIGITS) -> str | None:
    """``code`` as ASCII digits if it is exactly ``digits`` decimal digits (of any script:
    Arabic-Indic and full-width digits are the same numbers) with optional separators."""
    if not isinstance(code, str) or len(code) > MAX_CODE_INPUT:
        return None
    out = []
    for ch in code.strip():
        if ch in _SEPARATORS:
            continue
        value = unicodedata.decimal(ch, None)
        if value is None:
            return None
        out.append(str(value))
    return "".join(out) if len(out) == digits else None


def recovery_code_form(code: object) -> str | None:
    """``code`` as a recovery code (``K7QD-M2XP``, any case, spaces or dashes), else None."""
    if not isinstance(code, str) or len(code) > MAX_CODE_INPUT:
        return None
    # NFKC: full-width letters and digits (an East Asian input method) are the plain ones.
    folded = unicodedata.normalize("NFKC", code).upper()
    canonical = "".join(ch for ch in folded if ch not in _SEPARATORS)
    if len(canonical) != 8 or any(ch not in _RECOVERY_ALPHABET for ch in canonical):
        return None
    return canonical


def new_recovery_codes() -> list[str]:
    """Ten single-use codes like ``K7QD-M2XP``, shown once at enrolment."""
    return [
        "-".join("".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(4)) for _ in range(2))
        for _ in range(RECOVERY_CODES)
    ]


def hash_recovery_code(code: str) -> str:
    return hash_password(_canonical_recovery(code))


def recovery_code_matches(stored_hash: str, code: str) -> bool:
    return verify_password(stored_hash, _canonical_recovery(code))


def _canonical_recovery(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())
