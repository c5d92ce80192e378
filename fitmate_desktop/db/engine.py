"""The one engine of this process and its session factory.

Only ``fitmate_desktop.services`` asks for sessions (through ``services.uow``); everything else
talks to services. ``configure_database`` is called once by the composition root (``app.py``,
``cli.py``) or by the test fixtures.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


class DatabaseUnavailable(RuntimeError):
    """The database cannot be reached; the message says which and why, without a traceback."""


@dataclass
class Database:
    """An engine plus the session factory bound to it, and what the status bar says about it."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    embedded: bool
    workstation: str = ""

    @property
    def display_name(self) -> str:
        if self.embedded:
            return "embedded"
        host = self.engine.url.host or "local socket"
        port = f":{self.engine.url.port}" if self.engine.url.port else ""
        return f"{host}{port}/{self.engine.url.database}"


_current: Database | None = None


def make_engine(url: str, *, pool_size: int = 5, application_name: str = "fitmate") -> Engine:
    engine = create_engine(
        url,
        pool_size=pool_size,
        max_overflow=10,
        pool_pre_ping=True,  # a desk that slept over a server restart reconnects by itself
        pool_recycle=1800,
        connect_args={"connect_timeout": 5, "application_name": application_name[:63]},
    )

    @event.listens_for(engine, "connect")
    def _utc_sessions(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        # Every timestamp leaves the server in UTC; the GUI converts to the gym's time zone.
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")
        dbapi_conn.commit()

    return engine


def configure_database(
    url: str, *, embedded: bool = False, workstation: str = "", pool_size: int = 5
) -> Database:
    """Create (or replace) the process-wide database handle."""
    global _current
    dispose_database()
    engine = make_engine(url, pool_size=pool_size, application_name=f"fitmate {workstation}")
    _current = Database(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        embedded=embedded,
        workstation=workstation,
    )
    return _current


def current_database() -> Database:
    if _current is None:
        raise DatabaseUnavailable("The database has not been configured yet.")
    return _current


def dispose_database() -> None:
    global _current
    if _current is not None:
        _current.engine.dispose()
        _current = None
