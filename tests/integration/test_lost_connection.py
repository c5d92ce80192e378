"""A connection lost at any point of a service call surfaces as ``Unavailable``.

Each test terminates the call's own backend (``pg_terminate_backend`` from another
connection, as a server restart or a dropped network would) at one point of the call: before
a statement, at the commit, at the rollback after the service refused something, at the
rollback that ends a read-only call. The desk must get the service's own ``Unavailable``
(never a driver error), nothing half-written, and the next call must work again at once.

The check-in talks to the server through the psycopg connection itself (one assessment
statement, then the write, its COMMIT and the NOTIFY in one pipeline), which SQLAlchemy's
statement and commit events never see. Its points are named by what goes over the wire: the
test routes the program's connections through ``Wire``, a relay that terminates the backend
just before a chosen statement reaches it, or, for a commit whose acknowledgement is lost,
lets the server commit and then drops the link before the "COMMIT" reply reaches the desk.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, create_engine, event, func, select, text
from sqlalchemy.pool import NullPool

from fitmate_desktop.db.engine import current_database
from fitmate_desktop.models import (
    AdminSession,
    Attendance,
    AuditLog,
    Membership,
    MembershipPlan,
    Trainee,
    User,
)
from fitmate_desktop.services import auth, checkin, members, users
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import Unavailable, ValidationError
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
        self.kill_pid(raw.info.backend_pid)  # type: ignore[attr-defined]

    def kill_client(self, port: int) -> None:
        """Terminate the backend serving the connection that comes from ``port``."""
        with self.other.connect() as other:
            pid = other.execute(
                text(
                    "SELECT pid FROM pg_stat_activity "
                    "WHERE client_port = :port AND pid <> pg_backend_pid()"
                ),
                {"port": port},
            ).scalar_one()
        self.kill_pid(pid)

    def kill_pid(self, pid: int) -> None:
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


# The server's answer to a COMMIT: CommandComplete ('C', length 11, "COMMIT\0"). The server
# sends it only once the commit is done (and, for a visit, flushed to disk).
COMMIT_DONE = b"C\x00\x00\x00\x0bCOMMIT\x00"


class Wire:
    """A TCP relay between the program and the server that cuts the program's link once.

    ``cut(before=b"...")`` terminates the backend just before the statement whose text holds
    those bytes reaches it (the statement then meets a dead backend, as after a restart).
    ``cut(after_commit=True)`` lets the server commit, then terminates the backend and drops
    the link before the "COMMIT" answer reaches the program: the acknowledgement is lost.

    The statement's text is on the wire while psycopg has not prepared it yet (it does after
    five runs on one connection); the wire's connections are new in each test.
    """

    def __init__(self, killer: BackendKiller, upstream: tuple[str, int]) -> None:
        self.killer = killer
        self.upstream = upstream
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.address: tuple[str, int] = self.listener.getsockname()[:2]
        self._armed: tuple[str, bytes] | None = None
        self._lock = threading.Lock()
        self.errors: list[BaseException] = []  # raised in the relay's threads, for the test
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                program, _ = self.listener.accept()
            except OSError:
                return  # closed
            server = socket.create_connection(self.upstream)
            port = server.getsockname()[1]  # the backend's client_port
            for src, dst, way in ((program, server, "out"), (server, program, "in")):
                threading.Thread(target=self._pump, args=(src, dst, way, port), daemon=True).start()

    def _fires(self, way: str, data: bytes) -> bool:
        with self._lock:
            if self._armed is None or self._armed[0] != way or self._armed[1] not in data:
                return False
            self._armed = None
            return True

    def _pump(self, src: socket.socket, dst: socket.socket, way: str, port: int) -> None:
        try:
            while data := src.recv(1 << 16):
                if self._fires(way, data):
                    try:
                        self.killer.kill_client(port)
                    except BaseException as err:  # the test must hear of it
                        self.errors.append(err)
                        raise
                    if way == "in":
                        break  # the answer is lost with the link
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    @contextmanager
    def cut(self, *, before: bytes | None = None, after_commit: bool = False) -> Iterator[None]:
        assert (before is None) == after_commit
        with self._lock:
            self._armed = ("in", COMMIT_DONE) if before is None else ("out", before)
        try:
            yield
        finally:
            with self._lock:
                missed, self._armed = self._armed, None
        assert not self.errors, self.errors
        assert missed is None, f"the call never reached {missed}"


@pytest.fixture
def wire(killer: BackendKiller) -> Iterator[Wire]:
    """Every connection the program opens from now on goes through a ``Wire``."""
    engine: Engine = current_database().engine
    assert engine.url.host is not None and engine.url.port is not None
    w = Wire(killer, (engine.url.host, engine.url.port))

    def through_the_wire(_dialect: Any, _record: Any, _cargs: Any, cparams: Any) -> None:
        # Plain text on the wire, so the relay can see where the conversation is.
        cparams.update(
            host=w.address[0], port=w.address[1], sslmode="disable", gssencmode="disable"
        )

    event.listen(engine, "do_connect", through_the_wire)
    engine.dispose()
    yield w
    event.remove(engine, "do_connect", through_the_wire)
    engine.dispose()
    w.close()


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
#
# An ordinary scan (services/checkin) is: the pool's ping, ONE assessment statement, then ONE
# pipeline holding BEGIN, the write (visit and class-pack visit in one statement), COMMIT, and
# the NOTIFY in its own small transaction; all of it on an autocommit connection. An override
# (a red member let in with a reason) is an ordinary transaction: assessment, write, audit
# row, COMMIT. These are the points at which the connection can be lost.

ASSESSMENT = b"AS site_has_hours"  # in the text of the one statement that reads the facts
VISIT_WRITE = b"INSERT INTO attendance"
CHECK_OUT_WRITE = b"UPDATE attendance"
REASON = "Paying at the bar"


def _cut(wire: Wire, killer: BackendKiller, point: str, write: bytes) -> Any:
    if point == "assessment":
        return wire.cut(before=ASSESSMENT)
    if point == "write":
        return wire.cut(before=write)
    if point == "commit":  # the ORM's commit, before COMMIT leaves (a transaction's only)
        return killer.at("commit")
    assert point == "commit acknowledgement"
    return wire.cut(after_commit=True)


def _pack_member(code: str = "FM000777", *, visits: int = 10) -> tuple[int, int]:
    """A member on a class pack: every check-in takes a visit in the visit's own statement."""
    open_all_week()
    with unit_of_work() as uow:
        plan = MembershipPlan(
            name="10-class pack",
            membership_type="class_pack",
            duration_days=90,
            price=Decimal("60.00"),
            visit_count=visits,
        )
        uow.session.add(plan)
        uow.flush()
        plan_id = plan.id
        uow.commit()
    member = make_member("Rita Alves", code=code)
    with unit_of_work() as uow:
        m = Membership(
            trainee_id=member,
            plan_id=plan_id,
            site_id=1,
            membership_type="class_pack",
            status="active",
            start_date=TODAY - dt.timedelta(days=3),
            end_date=TODAY + dt.timedelta(days=60),
            price=Decimal("60.00"),
            visits_remaining=visits,
        )
        uow.session.add(m)
        uow.flush()
        membership = m.id
        uow.commit()
    return member, membership


def _left(membership: int) -> int | None:
    with unit_of_work() as uow:
        return uow.session.scalar(
            select(Membership.visits_remaining).where(Membership.id == membership)
        )


def _overrides() -> int:
    with unit_of_work() as uow:
        return (
            uow.session.scalar(
                select(func.count())
                .select_from(AuditLog)
                .where(AuditLog.action == "checkin.override")
            )
            or 0
        )


@pytest.mark.parametrize("point", ["assessment", "write", "commit acknowledgement"])
def test_check_in_loses_its_connection_and_the_rescan_counts_once(
    wire: Wire, killer: BackendKiller, reception: Actor, point: str
) -> None:
    # Fails on the old test's hooks: the scan's statements and commit bypass SQLAlchemy's
    # events, so those kills never met the scan. Each point here is on the wire.
    member, pack = _pack_member()
    scan = uuid.uuid4()
    with _cut(wire, killer, point, VISIT_WRITE), pytest.raises(Unavailable, match="reached"):
        checkin.check_in("FM000777", actor=reception, scan_id=scan)
    if point == "commit acknowledgement":
        # The server committed; the desk could not know. Visit and class-pack visit together.
        assert (_visits(member), _left(pack)) == (1, 9)
    else:
        assert (_visits(member), _left(pack)) == (0, 10)  # nothing half-written
    # The desk re-sends the same scan: it counts once, and takes one class-pack visit.
    again = checkin.check_in("FM000777", actor=reception, scan_id=scan)
    assert again.outcome == ("already_in" if point == "commit acknowledgement" else "checked_in")
    assert again.visit_id is not None
    assert (_visits(member), _left(pack)) == (1, 9)
    # The open visit alone would catch that; the scan_id is what catches a copy that arrives
    # after the member has left (checked out from the list): it is not a new visit.
    checkin.check_out(actor=reception, visit_id=again.visit_id)
    late = checkin.check_in("FM000777", actor=reception, scan_id=scan)
    assert (late.outcome, late.visit_id) == ("checked_out", again.visit_id)
    assert (_visits(member), _left(pack)) == (1, 9)


@pytest.mark.parametrize("point", ["assessment", "write", "commit acknowledgement"])
def test_check_out_scan_loses_its_connection_and_the_rescan_counts_once(
    wire: Wire, killer: BackendKiller, reception: Actor, point: str
) -> None:
    member = _inside()
    came = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=40)  # past the double-scan grace
    visit = checkin.check_in("FM000777", actor=reception, scanned_at=came).visit_id
    scan = uuid.uuid4()
    with _cut(wire, killer, point, CHECK_OUT_WRITE), pytest.raises(Unavailable):
        checkin.check_in("FM000777", actor=reception, scan_id=scan)
    with unit_of_work() as uow:
        row = uow.session.get(Attendance, visit)
        assert row is not None
        assert (row.checked_out_at is not None) == (point == "commit acknowledgement")
    again = checkin.check_in("FM000777", actor=reception, scan_id=scan)
    assert (again.outcome, again.visit_id) == ("checked_out", visit)
    assert _visits(member) == 1


@pytest.mark.parametrize("point", ["assessment", "write", "commit", "commit acknowledgement"])
def test_overridden_check_in_loses_its_connection_and_the_rescan_counts_once(
    wire: Wire, killer: BackendKiller, reception: Actor, point: str
) -> None:
    open_all_week()
    member = make_member("Rita Alves", code="FM000777")
    expired = TODAY - dt.timedelta(days=5)
    give_membership(member, make_plan(), start=expired - dt.timedelta(days=30), end=expired)
    scan = uuid.uuid4()
    with _cut(wire, killer, point, VISIT_WRITE), pytest.raises(Unavailable):
        checkin.check_in("FM000777", actor=reception, override_reason=REASON, scan_id=scan)
    # The visit and its audit row commit together, or neither does.
    done = 1 if point == "commit acknowledgement" else 0
    assert (_visits(member), _overrides()) == (done, done)
    again = checkin.check_in("FM000777", actor=reception, override_reason=REASON, scan_id=scan)
    assert again.outcome == ("already_in" if done else "checked_in")
    assert (_visits(member), _overrides()) == (1, 1)
    assert again.visit_id is not None
    checkin.check_out(actor=reception, visit_id=again.visit_id)
    late = checkin.check_in("FM000777", actor=reception, override_reason=REASON, scan_id=scan)
    assert (late.outcome, late.visit_id) == ("checked_out", again.visit_id)
    assert (_visits(member), _overrides()) == (1, 1)


def test_check_in_of_a_member_already_inside_loses_its_connection_at_the_end(
    killer: BackendKiller, reception: Actor
) -> None:
    # The example: the second scan of a member already inside reads and writes
    # nothing. On the old code its closing rollback went to the server and leaked
    # OperationalError. The scan now reads on an autocommit connection: there is no
    # transaction, so the "rollback" that ends it never reaches the server, and a backend
    # terminated there is one terminated just after the answer was read. The answer stands
    # (it is complete and true; nothing was written), and the next scan works at once (the
    # pool's ping finds the dead connection and replaces it).
    member = _inside()
    assert checkin.check_in("FM000777", actor=reception).outcome == "checked_in"
    with killer.at("rollback"):
        assert checkin.check_in("FM000777", actor=reception).outcome == "already_in"
    assert _visits(member) == 1
    again = checkin.check_in("FM000777", actor=reception)
    assert again.outcome == "already_in" and _visits(member) == 1


def test_check_in_refused_then_connection_lost_at_the_end(
    killer: BackendKiller, reception: Actor
) -> None:
    # As above, for a refusal: there is no rollback on the wire, so the refusal stands.
    member = _inside()
    update_row(Trainee, member, deleted_at=dt.datetime.now(dt.UTC))
    with killer.at("rollback"), pytest.raises(ValidationError, match="archived"):
        checkin.check_in("FM000777", actor=reception)
    with pytest.raises(ValidationError, match="archived"):
        checkin.check_in("FM000777", actor=reception)
    assert _visits(member) == 0


@pytest.mark.parametrize("archived", [False, True], ids=["already-inside", "archived"])
def test_overridden_scan_refused_or_read_only_then_rollback_lost(
    killer: BackendKiller, reception: Actor, archived: bool
) -> None:
    # An override is a real transaction: its rollback goes to the server, and losing the
    # connection there is Unavailable, never a driver error (nor the refusal, which the desk
    # could not tell from a half-done call).
    member = _inside()
    if archived:
        update_row(Trainee, member, deleted_at=dt.datetime.now(dt.UTC))
    else:
        assert checkin.check_in("FM000777", actor=reception).outcome == "checked_in"
    with killer.at("rollback"), pytest.raises(Unavailable):
        checkin.check_in("FM000777", actor=reception, override_reason=REASON)
    assert _visits(member) == (0 if archived else 1)
    assert _overrides() == 0
