"""Encryption of secrets kept in the database (admins' TOTP seeds) with AES-256-GCM.

The key never lives in the database. A shared server's desks read it from ``secret_key`` in
fitmate.toml or ``FITMATE_SECRET_KEY`` (``fitmate db secret-key`` prints a new one; every
office desk that signs admins in needs the same key). On the embedded database the key is
generated once into the data directory, readable by this account only.
"""

from __future__ import annotations

import base64
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fitmate_desktop.config import AppConfig

PREFIX = "v1:"
KEY_FILE = "secret.key"


class SecretKeyMissing(RuntimeError):
    """No key is configured on this desk; the message says what an admin does about it."""


def new_key() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()


class SecretBox:
    """Seals and opens short secrets with one 256-bit key; tampering is detected."""

    def __init__(self, key: str) -> None:
        try:
            raw = base64.urlsafe_b64decode(key.strip().encode())
        except ValueError:
            raw = b""
        if len(raw) != 32:
            raise SecretKeyMissing("The configured secret_key is not a valid 32-byte key.")
        self._aead = AESGCM(raw)

    def seal(self, plaintext: str, *, context: str) -> str:
        nonce = secrets.token_bytes(12)
        sealed = self._aead.encrypt(nonce, plaintext.encode(), context.encode())
        return PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode()

    def open(self, token: str, *, context: str) -> str:
        if not token.startswith(PREFIX):
            raise ValueError("unknown secret format")
        blob = base64.urlsafe_b64decode(token[len(PREFIX) :].encode())
        try:
            return self._aead.decrypt(blob[:12], blob[12:], context.encode()).decode()
        except InvalidTag:
            raise ValueError("the secret was sealed with another key or altered") from None


def secret_box(config: AppConfig, *, embedded: bool) -> SecretBox:
    """The desk's box: configured key, else (embedded only) the data directory's own key."""
    if config.secret_key:
        return SecretBox(config.secret_key)
    if not embedded:
        raise SecretKeyMissing(
            "Two-factor sign-in needs the gym's secret key on this desk. An admin copies "
            "secret_key into fitmate.toml (see README: Two-factor on a shared server)."
        )
    path = Path(config.data_dir) / KEY_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another program on this machine made it a moment ago
        else:
            with os.fdopen(fd, "w") as fh:
                fh.write(new_key())
    return SecretBox(path.read_text())
