"""Test fixtures: one real PostgreSQL for the whole session, a clean database for every test.

- ``embedded_server`` (session): an :class:`EmbeddedServer` in a temporary folder (with a space
  in its path, on purpose), destroyed at the end. ``FITMATE_TEST_DATABASE_URL`` replaces it
  with a server of your own (whose tables WILL be emptied).
- The process database is configured once (workstation ``test-desk``) and upgraded to head.
- ``db`` (function): autouse for tests under ``tests/integration`` and ``tests/gui`` (not
  ``tests/unit``, which must not need a database). After each test every table is emptied
  with one ``TRUNCATE ... RESTART IDENTITY CASCADE`` and the rows the migrations themselves
  inserted (reference data) are put back, so each test starts from a freshly upgraded database.
  Mark a test ``@pytest.mark.no_db`` to opt out.
- ``db_url``: the URL, for tests that open a second engine ("the other desk").
- Tests under ``tests/gui`` get the ``gui`` marker.
"""

from __future__ import annotations

import os

# Before anything can import Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, Integer, Table, select, text
from sqlalchemy import exc as sa_exc

from fitmate_desktop.db.embedded import EmbeddedServer
from fitmate_desktop.db.engine import (
    Database,
    DatabaseUnavailable,
    configure_database,
    current_database,
    dispose_database,
)

TESTS_DIR = Path(__file__).resolve().parent
WORKSTATION = "test-desk"
DB_AREAS = frozenset({"integration", "gui"})

# Whatever the developer's shell or config file says, code under test that reads the
# configuration must never reach a real gym's database.
for _var in ("FITMATE_DATABASE_URL", "FITMATE_DATA_DIR", "FITMATE_WORKSTATION", "FITMATE_SITE"):
    os.environ.pop(_var, None)
os.environ["FITMATE_CONFIG"] = str(TESTS_DIR / "no-such-dir" / "fitmate.toml")
# The desks' key for two-factor secrets (as fitmate.toml's secret_key would give it), so no
# test writes a key file into the real user data folder, embedded server or not.
os.environ["FITMATE_SECRET_KEY"] = "ZmFrZS1rZXktZm9yLXRoZS10ZXN0LXJ1bi0wMDAwMDA="


def _area(node: Any) -> str | None:
    """The first folder under tests/ holding the test: "unit", "integration", "gui"."""
    try:
        return Path(node.path).resolve().relative_to(TESTS_DIR).parts[0]
    except (ValueError, IndexError):
        return None


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "no_db: do not give this test the clean-database fixture")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _area(item) == "gui":
            item.add_marker(pytest.mark.gui)


# --------------------------------------------------------------------------- the server


@pytest.fixture(scope="session")
def embedded_server() -> Iterator[EmbeddedServer | None]:
    """The session's PostgreSQL (None when FITMATE_TEST_DATABASE_URL names another server)."""
    if os.environ.get("FITMATE_TEST_DATABASE_URL"):
        yield None
        return
    # mkdtemp makes a 0700 folder; 0755 lets a root run keep the cluster inside it (the
    # fitmate-pg account must reach it). The space checks that paths are never split.
    folder = Path(tempfile.mkdtemp(prefix="fitmate tests "))
    folder.chmod(0o755)
    server = EmbeddedServer(folder / "data")
    try:
        server.start()
        yield server
    finally:
        server.destroy()
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class _SessionDatabase:
    """The migrated test database and what the migrations put in it."""

    url: str
    database: Database
    tables: list[Table]
    seed_rows: list[tuple[Table, list[dict[str, Any]]]]


def _snapshot(engine: Engine, tables: list[Table]) -> list[tuple[Table, list[dict[str, Any]]]]:
    snapshot = []
    with engine.connect() as conn:
        for table in tables:  # metadata order: parents before children
            columns = [c for c in table.columns if c.computed is None]
            rows = [dict(r) for r in conn.execute(select(*columns)).mappings()]
            if rows:
                snapshot.append((table, rows))
    return snapshot


@pytest.fixture(scope="session")
def _session_database(embedded_server: EmbeddedServer | None) -> Iterator[_SessionDatabase]:
    from fitmate_desktop.config import normalise_database_url
    from fitmate_desktop.models import Base
    from fitmate_desktop.services.schema import upgrade_to_head

    if embedded_server is not None:
        url = embedded_server.url
    else:
        url = normalise_database_url(os.environ["FITMATE_TEST_DATABASE_URL"])
    database = configure_database(
        url, embedded=embedded_server is not None, workstation=WORKSTATION
    )
    upgrade_to_head()
    # Code under test that reads the configuration (app.py, env.py) lands here too.
    os.environ["FITMATE_DATABASE_URL"] = url
    os.environ["FITMATE_WORKSTATION"] = WORKSTATION
    tables = [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]
    session_db = _SessionDatabase(url, database, tables, _snapshot(database.engine, tables))
    yield session_db
    dispose_database()


@pytest.fixture(scope="session")
def db_url(_session_database: _SessionDatabase) -> str:
    """URL of the (migrated) test database, for a second engine: "the other desk"."""
    return _session_database.url


# --------------------------------------------------------------------------- per test


def _reset(session_db: _SessionDatabase) -> None:
    """Empty every table in one statement, then restore the migrations' own rows."""
    engine = session_db.database.engine
    if not session_db.tables:
        return
    preparer = engine.dialect.identifier_preparer
    names = ", ".join(preparer.format_table(t) for t in session_db.tables)
    truncate = text(f"TRUNCATE TABLE {names} RESTART IDENTITY CASCADE")
    try:
        _truncate_and_reseed(engine, truncate, session_db.seed_rows)
    except sa_exc.OperationalError as err:
        if "lock timeout" not in str(err):
            raise
        # Free the database for the next tests, then blame this one.
        holders = _terminate_other_sessions(engine)
        _truncate_and_reseed(engine, truncate, session_db.seed_rows)
        pytest.fail(
            "The test left a database transaction open (its locks blocked the cleanup): "
            + "; ".join(holders),
            pytrace=False,
        )


def _truncate_and_reseed(
    engine: Engine, truncate: Any, seed_rows: list[tuple[Table, list[dict[str, Any]]]]
) -> None:
    with engine.begin() as conn:
        # A test that leaked an open transaction would otherwise hang the whole run here.
        conn.execute(text("SET LOCAL lock_timeout = '10s'"))
        conn.execute(truncate)
        for table, rows in seed_rows:
            conn.execute(table.insert(), rows)
            _resync_sequences(conn, table)


def _resync_sequences(conn: Connection, table: Table) -> None:
    """Rows put back with their ids leave the identity sequence at 1: move it past them."""
    preparer = conn.dialect.identifier_preparer
    qualified = preparer.format_table(table)
    for column in table.primary_key.columns:
        if not isinstance(column.type, Integer):
            continue
        conn.execute(
            text(
                "SELECT setval(s, m) FROM pg_get_serial_sequence(:t, :c) AS s, "
                f"(SELECT max({preparer.quote(column.name)}) AS m FROM {qualified}) AS x "
                "WHERE s IS NOT NULL AND m IS NOT NULL"
            ),
            {"t": qualified, "c": column.name},
        )


def _terminate_other_sessions(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT pg_terminate_backend(pid), application_name, state, left(query, 120) "
                "FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND state <> 'idle'"
            )
        ).all()
        conn.commit()
    engine.dispose()  # pooled connections may have been among them
    return [f"{r[1]!r} {r[2]}: {r[3]}" for r in rows]


@pytest.fixture
def db(_session_database: _SessionDatabase) -> Iterator[Database]:
    """The process database, emptied back to its freshly-migrated state after the test."""
    try:
        current = current_database()
    except DatabaseUnavailable:
        current = None
    if current is not _session_database.database:
        # A test replaced the process database: put the session's back.
        _session_database.database = configure_database(
            _session_database.url,
            embedded=_session_database.database.embedded,
            workstation=WORKSTATION,
        )
    yield _session_database.database
    _reset(_session_database)


@pytest.fixture(autouse=True)
def _clean_database_for_db_tests(request: pytest.FixtureRequest) -> None:
    if _area(request.node) in DB_AREAS and request.node.get_closest_marker("no_db") is None:
        request.getfixturevalue("db")
