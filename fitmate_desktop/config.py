"""Where the program finds its database and who this workstation is.

Order of precedence: environment (``FITMATE_DATABASE_URL``, ``FITMATE_WORKSTATION``,
``FITMATE_SITE``, ``FITMATE_DATA_DIR``, ``FITMATE_RECEIPTS_DIR``), then the config file
``<platform config dir>/fitmate/fitmate.toml``, then defaults. Without a database URL the
program runs on the embedded PostgreSQL cluster kept in the platform's user data dir.

``receipts_dir`` (per workstation): where receipts, credit notes and cash-ups are kept, in a
folder per year. Unset, the GUI uses ``<Documents>/FitMate/Receipts``.
"""

from __future__ import annotations

import os
import socket
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "fitmate"


def config_file_path() -> Path:
    return platformdirs.user_config_path(APP_NAME) / "fitmate.toml"


def default_data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME)


@dataclass(frozen=True)
class AppConfig:
    """The settings of this workstation, read once at start-up."""

    database_url: str | None
    data_dir: Path
    workstation: str
    site_code: str | None
    secret_key: str | None = None  # encrypts TOTP secrets; see security.secrets
    receipts_dir: Path | None = None  # None: <Documents>/FitMate/Receipts (see gui pdf_view)

    @property
    def embedded(self) -> bool:
        return self.database_url is None


def normalise_database_url(url: str) -> str:
    """Accept ``postgres://`` and ``postgresql://`` and always use the psycopg 3 driver."""
    url = url.strip()
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def load_config(environ: dict[str, str] | None = None) -> AppConfig:
    env = os.environ if environ is None else environ
    file_values: dict[str, object] = {}
    path = Path(env["FITMATE_CONFIG"]) if env.get("FITMATE_CONFIG") else config_file_path()
    if path.is_file():
        with path.open("rb") as fh:
            file_values = tomllib.load(fh)

    def pick(env_key: str, file_key: str) -> str | None:
        value = env.get(env_key) or file_values.get(file_key)
        return str(value) if value else None

    url = pick("FITMATE_DATABASE_URL", "database_url")
    data_dir = pick("FITMATE_DATA_DIR", "data_dir")
    receipts_dir = pick("FITMATE_RECEIPTS_DIR", "receipts_dir")
    return AppConfig(
        database_url=normalise_database_url(url) if url else None,
        data_dir=Path(data_dir) if data_dir else default_data_dir(),
        workstation=pick("FITMATE_WORKSTATION", "workstation") or socket.gethostname(),
        site_code=pick("FITMATE_SITE", "site"),
        secret_key=pick("FITMATE_SECRET_KEY", "secret_key"),
        receipts_dir=Path(receipts_dir).expanduser() if receipts_dir else None,
    )
