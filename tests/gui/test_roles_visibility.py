"""Who sees which screens: the admin panels are for admins; My account is for everyone.

Hiding a panel is a courtesy; the services refuse the calls anyway (checked at the end).
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.connection import ConnectionMonitor
from fitmate_desktop.gui.context import ConnectionInfo, GuiContext
from fitmate_desktop.gui.live import LiveFeed
from fitmate_desktop.gui.main_window import MainWindow
from fitmate_desktop.gui.panels.account.panel import AccountPanel
from fitmate_desktop.gui.panels.registry import panels_for
from fitmate_desktop.services import accounts, audit, settings, users
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import PermissionDenied
from tests.gui.conftest import WORKSTATION
from tests.gui.identity_support import ready_admin

ADMIN_PANELS = {"users": "Users & roles", "settings": "Settings", "audit": "Audit log"}


def _nav_titles(window: MainWindow) -> list[str]:
    return [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]


def _trainer() -> Actor:
    from fitmate_desktop.services import auth

    users.create_user_from_cli(
        email="joao.coach@test.fitmate", password="Coach-Pass-2026!", role="TRAINER"
    )
    return auth.sign_in(
        email="joao.coach@test.fitmate", password="Coach-Pass-2026!", workstation=WORKSTATION
    )


def test_reception_sees_my_account_but_no_admin_panel(
    qtbot: QtBot,
    gui_context: GuiContext,
    quiet_monitor: ConnectionMonitor,
    quiet_feed: LiveFeed,
) -> None:
    names = [spec.name for spec in panels_for(gui_context.actor)]
    assert "account" in names
    assert not set(ADMIN_PANELS) & set(names)
    assert not [n for n in names if "payroll" in n or "expense" in n]

    window = MainWindow(gui_context, monitor=quiet_monitor, live_feed=quiet_feed)
    qtbot.addWidget(window)
    titles = _nav_titles(window)
    assert "My account" in titles
    assert not set(ADMIN_PANELS.values()) & set(titles)
    assert not [t for t in titles if "Payroll" in t or "Expenses" in t]
    assert isinstance(window.show_panel("account"), AccountPanel)
    assert window.show_panel("users") is None
    window.monitor.stop()


def test_a_trainer_sees_my_account_but_no_admin_panel() -> None:
    names = [spec.name for spec in panels_for(_trainer())]
    assert "account" in names
    assert not set(ADMIN_PANELS) & set(names)


def test_an_admin_sees_every_admin_panel_and_my_account_last(
    qtbot: QtBot,
    connection_info: ConnectionInfo,
    quiet_monitor: ConnectionMonitor,
) -> None:
    admin = ready_admin(workstation=WORKSTATION)
    context = GuiContext(actor=admin, connection=connection_info, workstation=WORKSTATION)
    names = [spec.name for spec in panels_for(admin)]
    assert set(ADMIN_PANELS) <= set(names)
    assert names[-1] == "account"
    assert names.index("users") < names.index("settings") < names.index("audit")

    feed = LiveFeed(context.events, start_listening=lambda _e, _s: _Quiet())
    window = MainWindow(context, monitor=quiet_monitor, live_feed=feed)
    qtbot.addWidget(window)
    assert set(ADMIN_PANELS.values()) <= set(_nav_titles(window))
    for name in ADMIN_PANELS:
        assert window.show_panel(name) is not None
    window.monitor.stop()


class _Quiet:
    """A LISTEN that listens to nothing."""

    def stop(self, timeout: float = 0) -> None:
        pass


@pytest.mark.parametrize(
    "call",
    [
        lambda actor: accounts.list_accounts(actor=actor),
        lambda actor: accounts.list_sessions(actor=actor),
        lambda actor: settings.get_settings(actor=actor),
        lambda actor: audit.list_audit(actor=actor),
        lambda actor: audit.audit_entity_types(actor=actor),
    ],
)
def test_the_services_refuse_reception_whatever_the_screens_show(desk_actor: Actor, call) -> None:
    with pytest.raises(PermissionDenied):
        call(desk_actor)
