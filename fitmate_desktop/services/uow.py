"""The unit of work: one database transaction per service call.

    with unit_of_work() as uow:
        uow.session.add(...)
        uow.commit()

Leaving the block without ``commit()`` rolls back, so a forgotten commit loses a write
instead of half-saving it. Database faults are translated into the service errors of
``services.errors`` so that no screen ever shows SQL or a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from fitmate_desktop.db.engine import DatabaseUnavailable, current_database
from fitmate_desktop.services.errors import Conflict, PermissionDenied, ServiceError, Unavailable

log = logging.getLogger(__name__)

UNAVAILABLE = "The database cannot be reached right now. Your input is kept; try again."


class UnitOfWork:
    """Holds the session of one service call; rolls back unless ``commit()`` was called."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.committed = False

    def commit(self) -> None:
        self.session.commit()
        self.committed = True

    def flush(self) -> None:
        self.session.flush()


def _connection_lost(err: BaseException) -> bool:
    """Whether ``err`` (or what caused it) is a lost or refused connection."""
    seen: set[int] = set()
    current: BaseException | None = err
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sa_exc.DBAPIError) and current.connection_invalidated:
            return True
        if isinstance(
            current,
            (
                sa_exc.OperationalError,
                sa_exc.InterfaceError,
                sa_exc.DisconnectionError,
                psycopg.OperationalError,
                psycopg.InterfaceError,
                DatabaseUnavailable,
                OSError,
            ),
        ):
            return True
        # Explicit chaining only ("raise ... from err"): an unrelated error that merely
        # happened earlier in an except block must not make a duplicate look like a lost link.
        current = getattr(current, "orig", None) or current.__cause__
    return False


def translate_db_error(err: BaseException) -> ServiceError:
    """Turn a driver/ORM error into something a receptionist can read."""
    if _connection_lost(err):
        return Unavailable(UNAVAILABLE)
    if isinstance(err, StaleDataError):
        return Conflict(
            "Someone at another desk changed this record while you were editing it. "
            "Reload to see their version."
        )
    driver_error = getattr(err, "orig", err)
    sqlstate = getattr(driver_error, "sqlstate", None)
    if sqlstate == "42501":  # insufficient_privilege: the desk's database login may not
        return PermissionDenied(
            "This desk's database login may not do this. Use an office desk, or ask the admin "
            "who set up the server."
        )
    if isinstance(err, (sa_exc.IntegrityError, psycopg.IntegrityError)):
        constraint = getattr(getattr(driver_error, "diag", None), "constraint_name", None) or ""
        return Conflict(
            CONSTRAINT_MESSAGES.get(constraint, "This would duplicate or break a record.")
        )
    return ServiceError("Something went wrong while saving. Nothing was changed.")


# Messages for the database's own invariants, by constraint name (see models' naming convention).
CONSTRAINT_MESSAGES: dict[str, str] = {
    "uq_users_email": "An account with this email already exists.",
    "ix_users_email": "An account with this email already exists.",
    "uq_trainees_site_id_member_code": "This member code is already in use.",
    "uq_attendance_open_visit": "This member is already checked in.",
    "uq_payments_idempotency_key": "This payment was already taken.",
    "uq_payments_receipt_number": "This receipt number is already used.",
}


# What a lost connection can raise: the ORM's wrapped driver errors, the driver's own (from
# code that used the raw connection), and the socket's.
_DATABASE_FAULTS: tuple[type[BaseException], ...] = (
    sa_exc.SQLAlchemyError,
    psycopg.Error,
    DatabaseUnavailable,
    OSError,
)


def _rollback(session: Session) -> BaseException | None:
    """Roll back; a fault while doing so (the connection died) is returned, not raised.

    The server discards the transaction of a connection it lost, and SQLAlchemy invalidates
    that connection, so nothing is left half-done: the caller only has to say so."""
    try:
        session.rollback()
    except _DATABASE_FAULTS as err:
        return err
    return None


@contextmanager
def unit_of_work() -> Iterator[UnitOfWork]:
    """One transaction per service call; every database fault leaves as a ServiceError.

    A connection can be lost at any point: before or during a statement, at the commit, at
    the rollback after the service refused something, or at the rollback that ends a
    read-only call. Each surfaces here, in one place, as ``Unavailable`` (or the matching
    ServiceError), never as a driver error, whatever the service did with its session.
    """
    db = current_database()
    session = db.sessions()
    uow = UnitOfWork(session)
    try:
        try:
            yield uow
        except ServiceError as refusal:
            lost = _rollback(session)
            if lost is not None:
                raise translate_db_error(lost) from refusal
            raise
        except _DATABASE_FAULTS as err:
            _rollback(session)  # the original fault is the one to report
            raise translate_db_error(err) from err
        except BaseException:
            _rollback(session)  # a bug or an interrupt: reported as it is, not hidden
            raise
        else:
            if not uow.committed:
                # The end of a read-only call (or a forgotten commit).
                lost = _rollback(session)
                if lost is not None:
                    raise translate_db_error(lost) from lost
    finally:
        _close(session)


def _close(session: Session) -> None:
    # After the rollback above there is nothing left to undo; the pool discards a dead
    # connection by itself. A fault here must not turn a committed call into an error.
    try:
        session.close()
    except _DATABASE_FAULTS:
        log.warning("closing a database session failed", exc_info=True)
