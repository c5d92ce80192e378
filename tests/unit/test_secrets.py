"""Sealing two-factor secrets: round trip, tampering, and where the key comes from."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from fitmate_desktop.config import AppConfig
from fitmate_desktop.security.secrets import SecretBox, SecretKeyMissing, new_key, secret_box


def _config(tmp_path: Path, key: str | None = None) -> AppConfig:
    return AppConfig(
        database_url=None, data_dir=tmp_path, workstation="t", site_code=None, secret_key=key
    )


def test_seal_and_open_round_trip_and_refuse_tampering() -> None:
    box = SecretBox(new_key())
    token = box.seal("JBSWY3DPEHPK3PXP", context="admin_otp:7")
    assert "JBSWY3DPEHPK3PXP" not in token
    assert box.open(token, context="admin_otp:7") == "JBSWY3DPEHPK3PXP"
    with pytest.raises(ValueError):
        box.open(token, context="admin_otp:8")  # another admin's row
    with pytest.raises(ValueError):
        SecretBox(new_key()).open(token, context="admin_otp:7")  # another key
    flipped = token[:-4] + ("A" if token[-4] != "A" else "B") + token[-3:]
    with pytest.raises(ValueError):
        box.open(flipped, context="admin_otp:7")


def test_embedded_database_makes_a_private_key_file_once(tmp_path: Path) -> None:
    first = secret_box(_config(tmp_path), embedded=True)
    key_file = tmp_path / "secret.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    token = first.seal("x", context="c")
    assert secret_box(_config(tmp_path), embedded=True).open(token, context="c") == "x"


def test_a_shared_server_needs_the_configured_key(tmp_path: Path) -> None:
    with pytest.raises(SecretKeyMissing, match="secret_key"):
        secret_box(_config(tmp_path), embedded=False)
    key = new_key()
    assert (
        secret_box(_config(tmp_path, key), embedded=False).open(
            SecretBox(key).seal("y", context="c"), context="c"
        )
        == "y"
    )
    with pytest.raises(SecretKeyMissing):
        SecretBox("too-short")
