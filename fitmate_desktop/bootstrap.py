"""From configuration to a working database handle, with messages a person can act on.

Used by the CLI and the composition root (``app.py``): the configured server
(``FITMATE_DATABASE_URL``/fitmate.toml) or else the embedded server of this machine.
"""

from __future__ import annotations

import atexit
import sys

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.engine import make_url

from fitmate_desktop.config import AppConfig
from fitmate_desktop.db.engine import (
    Database,
    DatabaseUnavailable,
    configure_database,
    dispose_database,
)

# Kept so the embedded server's client registration lives as long as the process.
_embedded_server: object | None = None


def describe_connection_error(url: str, err: BaseException, *, embedded: bool = False) -> str:
    """One line saying which database could not be reached and why (never the password)."""
    try:
        parsed = make_url(url)
        where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
        user, dbname = parsed.username or "?", parsed.database or "?"
    except (sa_exc.ArgumentError, ValueError):
        where, user, dbname = "the configured address", "?", "?"
    detail = str(getattr(err, "orig", None) or err)
    low = detail.lower()
    if "password authentication failed" in low:
        problem = f"The database at {where} refused the password of user {user!r}"
    elif f'database "{dbname}" does not exist'.lower() in low:
        problem = f"The database {dbname!r} does not exist on the server at {where}"
    elif "no pg_hba.conf entry" in low:
        problem = f"The database at {where} does not accept connections from this workstation"
    else:
        if "connection refused" in low:
            reason = "connection refused"
        elif "timeout" in low or "timed out" in low:
            reason = "no answer, timed out"
        elif "translate host name" in low or "name or service not known" in low:
            reason = "unknown host name"
        elif "no route to host" in low or "network is unreachable" in low:
            reason = "network unreachable"
        else:
            lines = [ln.strip() for ln in detail.strip().splitlines() if ln.strip()]
            reason = (lines[0] if lines else type(err).__name__)[:200]
        problem = f"Cannot reach the database at {where} ({reason})"
    if embedded:
        return f"{problem}. The embedded database of this machine is not answering."
    return f"{problem}. Check FITMATE_DATABASE_URL or the server."


def open_database(config: AppConfig, *, pool_size: int = 5) -> Database:
    """Configure the process database from ``config`` and prove it answers.

    Raises :class:`DatabaseUnavailable` with a one-line message if it does not.
    """
    global _embedded_server
    if config.database_url is not None:
        url, embedded = config.database_url, False
    else:
        from fitmate_desktop.db.embedded import EmbeddedServer

        server = EmbeddedServer(config.data_dir)
        url, embedded = server.start(), True
        _embedded_server = server
        # atexit runs last-in first-out: our connections close before the server may stop.
        atexit.register(dispose_database)
    try:
        backend = make_url(url).get_backend_name()
    except sa_exc.ArgumentError:
        backend = "?"
    if backend != "postgresql":
        raise DatabaseUnavailable(
            "FitMate needs PostgreSQL; the configured database URL is not a postgresql:// URL. "
            "Check FITMATE_DATABASE_URL."
        )
    try:
        db = configure_database(
            url, embedded=embedded, workstation=config.workstation, pool_size=pool_size
        )
        # The first connection is kept by the pool, so this probe costs nothing later.
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except sa_exc.ArgumentError:
        # Not the error text: it would repeat the URL, password included.
        dispose_database()
        raise DatabaseUnavailable(
            "The database URL is not valid; expected "
            "postgresql://user:password@host:5432/database. Check FITMATE_DATABASE_URL."
        ) from None
    except (sa_exc.OperationalError, sa_exc.InterfaceError) as err:
        dispose_database()
        raise DatabaseUnavailable(describe_connection_error(url, err, embedded=embedded)) from None
    return db


def connect_from_config(config: AppConfig) -> Database:
    """:func:`open_database`, or print the reason on one line and exit with status 2."""
    try:
        return open_database(config)
    except DatabaseUnavailable as err:
        print(f"fitmate: {err}", file=sys.stderr)
        raise SystemExit(2) from None


__all__ = ["connect_from_config", "describe_connection_error", "open_database"]
