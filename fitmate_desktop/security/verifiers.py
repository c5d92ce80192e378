"""Password verifiers as the ``users`` table stores them.

Desk staff (reception, trainers): the argon2id hash itself. Office accounts (admins): the
argon2id hash sealed with the office-only secret key (``security.secrets``, the key that
already protects TOTP seeds), bound to the account's id. A desk's database login can read the
``users`` table, but without the key a sealed verifier gives it nothing to guess passwords
against offline; and bound to the id, one admin's verifier cannot be copied onto another row.
"""

from __future__ import annotations

from fitmate_desktop.security.secrets import PREFIX, SecretBox


def _context(user_id: int) -> str:
    return f"users.password_hash:{user_id}"


def is_sealed(stored: str | None) -> bool:
    return stored is not None and stored.startswith(PREFIX)


def seal_verifier(box: SecretBox, *, user_id: int, password_hash: str) -> str:
    """The stored form of an office account's argon2id hash."""
    return box.seal(password_hash, context=_context(user_id))


def open_verifier(box: SecretBox | None, *, user_id: int, stored: str | None) -> str | None:
    """The argon2id hash to verify against, or None when it cannot be had here (no key on
    this desk, another gym's key, or a sealed value altered or copied from another row)."""
    if stored is None or not is_sealed(stored):
        return stored
    if box is None:
        return None
    try:
        return box.open(stored, context=_context(user_id))
    except ValueError:
        return None
