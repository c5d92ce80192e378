"""The psycopg connection under the unit of work's SQLAlchemy connection, for the scan's hot
statements: no result-metadata building per statement, and pipeline mode for the write.

Errors are raised as SQLAlchemy's exceptions (``IntegrityError``, ``OperationalError``, …)
with the driver's error as ``orig``, so ``services.uow`` translates them for the desk as it
does every other database error.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any, cast

import psycopg
from sqlalchemy import Connection
from sqlalchemy import exc as sa_exc


def driver_connection(conn: Connection) -> psycopg.Connection[Any]:
    raw = conn.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    return cast("psycopg.Connection[Any]", raw)


@contextmanager
def translated(raw: psycopg.Connection[Any], statement: str) -> Iterator[None]:
    """Re-raise driver errors as SQLAlchemy's; leave the connection out of a failed
    transaction (a failed pipeline leaves it in one), so the pool gets it back clean."""
    try:
        yield
    except psycopg.Error as err:
        if not raw.closed and raw.info.transaction_status == psycopg.pq.TransactionStatus.INERROR:
            with suppress(psycopg.Error):  # gone: the pool's ping will replace it
                raw.rollback()
        raise sa_exc.DBAPIError.instance(
            statement, None, err, psycopg.Error, connection_invalidated=raw.closed
        ) from err
