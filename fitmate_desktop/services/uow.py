"""The unit of work: one database transaction per service call.

    with unit_of_work() as uow:
        uow.session.add(...)
        uow.commit()

Leaving the block without ``commit()`` rolls back, so a forgotten commit loses a write
instead of half-saving it. Database faults are translated into the service errors of
``services.errors`` so that no screen ever shows SQL or a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from fitmate_desktop.db.engine import DatabaseUnavailable, current_database
from fitmate_desktop.services.errors import Conflict, PermissionDenied, ServiceError, Unavailable


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


def translate_db_error(err: Exception) -> ServiceError:
    """Turn a driver/ORM error into something a receptionist can read."""
    if isinstance(err, StaleDataError):
        return Conflict(
            "Someone at another desk changed this record while you were editing it. "
            "Reload to see their version."
        )
    sqlstate = getattr(getattr(err, "orig", None), "sqlstate", None)
    if sqlstate == "42501":  # insufficient_privilege: the desk's database login may not
        return PermissionDenied(
            "This desk's database login may not do this. Use an office desk, or ask the admin "
            "who set up the server."
        )
    if isinstance(err, sa_exc.IntegrityError):
        constraint = getattr(getattr(err.orig, "diag", None), "constraint_name", None) or ""
        return Conflict(
            CONSTRAINT_MESSAGES.get(constraint, "This would duplicate or break a record.")
        )
    if isinstance(err, (sa_exc.OperationalError, sa_exc.InterfaceError, DatabaseUnavailable)):
        return Unavailable(
            "The database cannot be reached right now. Your input is kept; try again."
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


@contextmanager
def unit_of_work() -> Iterator[UnitOfWork]:
    db = current_database()
    session = db.sessions()
    uow = UnitOfWork(session)
    try:
        yield uow
    except ServiceError:
        session.rollback()
        raise
    except (sa_exc.SQLAlchemyError, DatabaseUnavailable) as err:
        with suppress(sa_exc.SQLAlchemyError):
            session.rollback()
        raise translate_db_error(err) from err
    except BaseException:
        session.rollback()
        raise
    else:
        if not uow.committed:
            session.rollback()
    finally:
        session.close()
