"""Alembic environment of FitMate desktop.

Which database, in this order:

1. a connection handed in by the program (``config.attributes["connection"]``, see
   ``fitmate_desktop.services.schema``): used as is, inside the caller's transaction;
2. ``alembic -x url=...`` or ``sqlalchemy.url`` in alembic.ini (left unset in ours);
3. the program's configuration (``FITMATE_DATABASE_URL``, fitmate.toml);
4. the embedded server of this machine, started for the command and released afterwards.

Objects made by hand in migrations (triggers, trigram indexes, ...) are listed by the models in
``fitmate_desktop.models.ALEMBIC_IGNORE`` so that autogenerate and ``alembic check`` do not
report them as drift.
"""

from __future__ import annotations

from logging.config import fileConfig
from typing import Any

from alembic import context
from alembic.operations.ops import MigrationScript
from sqlalchemy import Connection, create_engine, pool, text

import fitmate_desktop.models as models
from fitmate_desktop.config import load_config, normalise_database_url

config = context.config

# Only when run by the `alembic` command: the program configures its own logging, and
# fileConfig would silence every logger it had already set up.
if config.config_file_name is not None and "connection" not in config.attributes:
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = models.Base.metadata
IGNORED: frozenset[str] = frozenset(getattr(models, "ALEMBIC_IGNORE", ()))

# Two desks upgrading one shared server at the same moment take turns on this lock.
MIGRATION_LOCK_KEY = 0x46_49_54_4D_41_54_45  # "FITMATE"


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave out objects the models declared as hand-made (by name)."""
    return name not in IGNORED


def process_revision_directives(ctx: Any, revision: Any, directives: list[Any]) -> None:
    """``alembic revision --autogenerate`` with no changes writes no empty file."""
    cmd_opts = getattr(config, "cmd_opts", None)
    if cmd_opts is not None and getattr(cmd_opts, "autogenerate", False):
        script = directives[0]
        if isinstance(script, MigrationScript) and all(
            ops.is_empty() for ops in script.upgrade_ops_list
        ):
            directives[:] = []
            print("No changes in the models: no revision written.")


def _configure_options() -> dict[str, Any]:
    return {
        "target_metadata": target_metadata,
        "compare_type": True,
        "compare_server_default": False,
        "include_object": include_object,
        "process_revision_directives": process_revision_directives,
    }


def _explicit_url() -> str | None:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    return normalise_database_url(url) if url else None


def run_migrations_offline() -> None:
    """``alembic upgrade --sql``: print the SQL instead of running it."""
    url = _explicit_url() or load_config().database_url or "postgresql+psycopg://"
    context.configure(
        url=url, literal_binds=True, dialect_opts={"paramstyle": "named"}, **_configure_options()
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_on(connection: Connection) -> None:
    context.configure(connection=connection, **_configure_options())
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return

    server = None
    url = _explicit_url()
    if url is None:
        app_config = load_config()
        url = app_config.database_url
        if url is None:
            from fitmate_desktop.db.embedded import EmbeddedServer

            server = EmbeddedServer(app_config.data_dir)
            url = server.start()
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            _run_on(conn)
            conn.commit()
    finally:
        engine.dispose()
        if server is not None:
            server.release()  # stops it unless a running program still uses it


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
