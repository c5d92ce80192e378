"""A connection lost at any point of a service call surfaces as ``Unavailable``.

Each test terminates the call's own backend (``pg_terminate_backend`` from another
connection, as a server restart or a dropped network would) at one point of the call: before
a statement, at the commit, at the rollback after the service refused something, at the
rollback that ends a read-only call. The desk must get the service's own ``Unavailable``
(never a driver error), nothing half-written, and the next call must work again at once.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, event, func, select, text
from sqlalchemy.pool import NullPool

from fitmate_desktop.db.engine import current_database
from fitmate_desktop.models import AdminSession, Attendance, Trainee, User
from fitmate_desktop.services import auth, checkin, members, users
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import Unavailable
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import (
    give_membership,
    make_member,
    make_plan,
    open_all_week,
    update_row,
)

PASSWORD = "Front-Desk-Pass-2026"
TODAY = dt.date.today()


class BackendKiller:
    """Terminates the backend of the program's connection at one chosen moment, once."""

    def __init__(self, url: str) -> None:
        self.other = create_engine(url, poolclass=NullPool)
        self.killed: list[int] = []

    def kill(self, conn: Connection) -> None:
        if self.killed:
            return
        raw = conn.connection.dbapi_connection
        assert raw is not None
        pid = raw.info.backend_pid  # type: ignore[attr-defined]
        with self.other.connect() as other:
            assert other.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()
            # pg_terminate_backend only signals: wait until the backend is really gone.
            for _ in range(500):
                gone = other.execute(
                    text("SELECT count(*) = 0 FROM pg_stat_activity WHERE pid = :p"), {"p": pid}
                ).scalar()
                if gone:
                    break
                time.sleep(0.01)
        self.killed.append(pid)

    @contextmanager
    def at(self, point: str, *, nth_statement: int = 1) -> Iterator[None]:
        """``point``: "statement" (before the nth statement), "commit" or "rollback"."""
        engine = current_database().engine
        seen = [0]

        def before_statement(conn: Connection, *_args: Any) -> None:
            seen[0] += 1
            if seen[0] == nth_statement:
                self.kill(conn)

        listener: Any = before_statement if point == "statement" else self.kill
        name = "before_cursor_execute" if point == "statement" else point
        event.listen(engine, name, listener)
        try:
            yield
        finally:
            event.remove(engine, name, listener)
        assert self.killed, f"the call never reached {point}"


@pytest.fixture
def killer(db_url: str) -> Iterator[BackendKiller]:
    k = BackendKiller(db_url)
    yield k
    k.other.dispose()


@pytest.fixture
def front_desk() -> str:
    users.create_user_from_cli(email="front@gym.pt", password=PASSWORD, role="RECEPTION")
    return "front@gym.pt"


def _sessions() -> int:
    with unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(AdminSession)) or 0


def _visits(member_id: int) -> int:
    with unit_of_work() as uow:
        return (
            uow.session.scalar(
                select(func.count())
                .select_from(Attendance)
                .where(Attendance.trainee_id == member_id)
            )
            or 0
        )


def _inside(code: str = "FM000777") -> int:
    open_all_week()
    member = make_member("Rita Alves", code=code)
    give_membership(
        member, make_plan(), start=TODAY - dt.timedelta(days=3), end=TODAY + dt.timedelta(days=27)
    )
    return member


# --------------------------------------------------------------------------- sign-in


@pytest.mark.parametrize(("point", "nth"), [("statement", 1), ("statement", 3), ("commit", 1)])
def test_sign_in_loses_its_connection_before_a_statement_or_at_the_commit(
    killer: BackendKiller, front_desk: str, point: str, nth: int
) -> None:
    with killer.at(point, nth_statement=nth), pytest.raises(Unavailable, match="cannot be reached"):
        auth.sign_in(email=front_desk, password=PASSWORD, workstation="front-1")
    assert _sessions() == 0  # nothing half-written
    assert auth.sign_in(email=front_desk, password=PASSWORD, workstation="front-1").ready


def test_sign_in_refused_then_connection_lost_at_the_rollback(
    killer: BackendKiller, front_desk: str
) -> None:
    # Fails on the old code: the rollback after the refusal raised OperationalError.
    with killer.at("rollback"), pytest.raises(Unavailable):
        auth.sign_in(email="nobody@gym.pt", password=PASSWORD, workstation="front-1")
    assert auth.sign_in(email=front_desk, password=PASSWORD, workstation="front-1").ready


def test_wrong_password_counted_then_connection_lost_at_the_commit(
    killer: BackendKiller, front_desk: str
) -> None:
    with killer.at("commit"), pytest.raises(Unavailable):
        auth.sign_in(email=front_desk, password="Not-The-Password", workstation="front-1")
    with unit_of_work() as uow:
        user = uow.session.scalars(select(User).where(User.email == front_desk)).one()
        assert user.failed_attempts == 0  # the count never reached the server


# --------------------------------------------------------------------------- member search


@pytest.mark.parametrize("point", ["statement", "rollback"])
def test_member_search_loses_its_connection(
    killer: BackendKiller, reception: Actor, point: str
) -> None:
    # "rollback" fails on the old code: the read-only call's closing rollback leaked
    # OperationalError after the rows had been read.
    make_member("Rita Alves", code="FM000777")
    with killer.at(point), pytest.raises(Unavailable):
        members.list_members(actor=reception, query="rita")
    assert [r.full_name for r in members.list_members(actor=reception, query="rita").rows] == [
        "Rita Alves"
    ]


# --------------------------------------------------------------------------- check-in


def test_check_in_of_a_member_already_inside_loses_its_connection(
    killer: BackendKiller, reception: Actor
) -> None:
    # Fails on the old code (the example): the second scan of a member already
    # inside reads and returns without a write, and its closing rollback leaked
    # OperationalError.
    member = _inside()
    assert checkin.check_in("FM000777", actor=reception).outcome == "checked_in"
    with killer.at("rollback"), pytest.raises(Unavailable):
        checkin.check_in("FM000777", actor=reception)
    assert _visits(member) == 1
    again = checkin.check_in("FM000777", actor=reception)
    assert again.visit_id is not None and _visits(member) == 1


@pytest.mark.parametrize(("point", "nth"), [("statement", 1), ("statement", 4), ("commit", 1)])
def test_check_in_loses_its_connection_and_the_rescan_counts_once(
    killer: BackendKiller, reception: Actor, point: str, nth: int
) -> None:
    member = _inside()
    scan = uuid.uuid4()
    with killer.at(point, nth_statement=nth), pytest.raises(Unavailable):
        checkin.check_in("FM000777", actor=reception, scan_id=scan)
    assert _visits(member) == 0
    assert checkin.check_in("FM000777", actor=reception, scan_id=scan).outcome == "checked_in"
    assert _visits(member) == 1


def test_check_in_refused_then_connection_lost_at_the_rollback(
    killer: BackendKiller, reception: Actor
) -> None:
    # Fails on the old code: the refusal (archived member) was followed by a rollback that
    # leaked OperationalError instead of the service's own error.
    member = _inside()
    update_row(Trainee, member, deleted_at=dt.datetime.now(dt.UTC))
    with killer.at("rollback"), pytest.raises(Unavailable):
        checkin.check_in("FM000777", actor=reception)
    assert _visits(member) == 0
