"""Fixtures for driving real widgets over the real services (pytest-qt, offscreen).

- Background tasks run synchronously (``gui.tasks.set_synchronous``), like Picard's
  FakeThreadPool: a click's service call has answered by the time ``qtbot`` returns.
- QSettings and kept receipts go to the test's temporary folder, never the developer's own.
- Accounts and members are created through the services, as a desk would.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from fitmate_desktop.gui import tasks
from fitmate_desktop.gui.compat import protect_singletons
from fitmate_desktop.gui.connection import ConnectionMonitor
from fitmate_desktop.gui.context import ConnectionInfo, GuiContext, GymInfo
from fitmate_desktop.gui.style import apply_style

WORKSTATION = "test-desk"
DESK_EMAIL = "rita.desk@test.fitmate"
DESK_PASSWORD = "Front-Desk-2026!"
DESK_NAME = "Rita Lopes"


@pytest.fixture(scope="session", autouse=True)
def _pyside_none_refcount() -> None:
    """What ``app.main`` does first: see ``gui.compat.protect_singletons``."""
    protect_singletons()


@pytest.fixture(autouse=True)
def synchronous_tasks() -> Iterator[None]:
    """Service calls answer before the triggering call returns: deterministic tests."""
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture(autouse=True)
def isolated_settings(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The program's look, an empty QSettings store and a receipts folder of this test's own
    (receipts are kept in a lasting folder: never the developer's own Documents)."""
    monkeypatch.setenv("FITMATE_RECEIPTS_DIR", str(tmp_path / "Receipts"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    qapp.setOrganizationName("FitMateTests")
    qapp.setApplicationName("FitMateTests")
    apply_style(qapp)
    yield


@dataclass(frozen=True)
class Account:
    """A staff account the test can sign in with."""

    email: str
    password: str
    full_name: str


@pytest.fixture
def desk_account() -> Account:
    """A RECEPTION account."""
    from fitmate_desktop.services import users

    users.create_user_from_cli(
        email=DESK_EMAIL, password=DESK_PASSWORD, role="RECEPTION", full_name=DESK_NAME
    )
    return Account(DESK_EMAIL, DESK_PASSWORD, DESK_NAME)


@pytest.fixture
def desk_actor(desk_account: Account):
    """The receptionist, signed in at the test desk."""
    from fitmate_desktop.services import auth

    return auth.sign_in(
        email=desk_account.email, password=desk_account.password, workstation=WORKSTATION
    )


@pytest.fixture
def connection_info() -> ConnectionInfo:
    """What the start-up step would have found out about the test database."""
    from fitmate_desktop.services import system

    profile = system.gym_profile()
    return ConnectionInfo(
        database_label=system.database_label(),
        gym=GymInfo(profile.name, profile.timezone, profile.currency, profile.locale),
        workstation=WORKSTATION,
    )


@pytest.fixture
def gui_context(desk_actor, connection_info: ConnectionInfo) -> GuiContext:
    """A signed-in session as the main window hands it to panels."""
    return GuiContext(actor=desk_actor, connection=connection_info, workstation=WORKSTATION)


@pytest.fixture
def quiet_monitor() -> ConnectionMonitor:
    """A connection monitor that is told the state instead of asking the database."""
    state = {"live": True}
    monitor = ConnectionMonitor(check=lambda: state["live"])
    monitor.state = state  # type: ignore[attr-defined]
    return monitor


class _NoListener:
    """Stands in for the LISTEN thread: tests that do not need other desks skip it."""

    def stop(self, timeout: float = 0) -> None:
        pass


@pytest.fixture
def quiet_feed(gui_context: GuiContext):  # -> LiveFeed (imported lazily)
    """A live feed that listens to nothing."""
    from fitmate_desktop.gui.live import LiveFeed

    return LiveFeed(gui_context.events, start_listening=lambda _event, _state: _NoListener())


MEMBERS = (
    # name, email, phone, gender, health
    (
        "Ana Silva",
        "ana.silva@example.com",
        "+351 912 345 001",
        "female",
        "Asthma; inhaler in locker 12",
    ),
    ("Bruno Costa", "bruno.costa@example.com", "+351 912 345 002", "male", ""),
    ("Carla Murphy", "carla.murphy@example.com", "+351 912 345 003", "female", ""),
    ("Diego Murphy", "", "+351 912 345 004", "male", ""),
)


@pytest.fixture
def members(desk_actor) -> dict[str, int]:
    """Four members registered at the desk; Ana has a (free, so active) monthly membership."""
    from fitmate_desktop.services import memberships
    from fitmate_desktop.services.actor import system_actor
    from fitmate_desktop.services.member_records import MemberForm, register_member

    # Plans are the office's business: the administrator's command line sets one up.
    admin = system_actor(workstation=WORKSTATION)
    plan = memberships.save_plan(
        actor=admin,
        form=memberships.PlanForm(
            name="Trial Month", membership_type="monthly", duration_days=30, price="0"
        ),
    )
    ids: dict[str, int] = {}
    for name, email, phone, gender, health in MEMBERS:
        form = MemberForm(
            full_name=name, email=email, phone=phone, gender=gender, health_conditions=health
        )
        ids[name] = register_member(actor=desk_actor, form=form).id
    memberships.sell_membership(actor=desk_actor, member_id=ids["Ana Silva"], plan_id=plan.id)
    return ids
