"""The main window: navigation from the registry, the status bar, the connection banner."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.connection import ConnectionMonitor
from fitmate_desktop.gui.context import GuiContext, GymInfo
from fitmate_desktop.gui.live import LiveFeed
from fitmate_desktop.gui.main_window import BANNER_TEXT, MainWindow, window_title
from fitmate_desktop.gui.panels.members.panel import MembersPanel
from fitmate_desktop.gui.panels.registry import panels_for, register_panel, unregister_panel
from fitmate_desktop.services.actor import Actor
from tests.gui.conftest import DESK_NAME, WORKSTATION


@pytest.fixture
def window(
    qtbot: QtBot, gui_context: GuiContext, quiet_monitor: ConnectionMonitor, quiet_feed: LiveFeed
) -> Iterator[MainWindow]:
    window = MainWindow(gui_context, monitor=quiet_monitor, live_feed=quiet_feed)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.monitor.stop()


def _status_texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.ui.statusBar.findChildren(QLabel) if label.text()]


def test_title_names_the_program_once_then_the_site_and_the_person(
    qtbot: QtBot, gui_context: GuiContext, quiet_monitor: ConnectionMonitor, quiet_feed: LiveFeed
) -> None:
    context = replace(
        gui_context, connection=replace(gui_context.connection, gym=GymInfo(name="Ginásio Baixa"))
    )
    window = MainWindow(context, monitor=quiet_monitor, live_feed=quiet_feed)
    qtbot.addWidget(window)
    assert window.windowTitle() == f"FitMate — Ginásio Baixa — {DESK_NAME}"
    window.monitor.stop()
    # A gym that carries the program's name, and the unnamed default profile.
    assert window_title("FitMate Alfama", "Rita Carvalho") == "FitMate — Alfama — Rita Carvalho"
    assert window_title("FitMate", "Rita Carvalho") == "FitMate — Rita Carvalho"
    # Qt appends the application display name to titles that lack it: none is set.
    assert QApplication.applicationDisplayName() in ("", QApplication.applicationName())


def _open(
    qtbot: QtBot, context: GuiContext, monitor: ConnectionMonitor, feed: LiveFeed
) -> MainWindow:
    window = MainWindow(context, monitor=monitor, live_feed=feed)
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    return window


def _close(window: MainWindow) -> None:
    window.prepare_sign_out()  # a sign-out: the next person signs in at the same desk
    window.close()


def test_first_start_is_maximised_then_the_desk_remembers_size_place_and_panel(
    qtbot: QtBot,
    gui_context: GuiContext,
    quiet_monitor: ConnectionMonitor,
    quiet_feed: LiveFeed,
    tmp_path: Path,
) -> None:
    first = _open(qtbot, gui_context, quiet_monitor, quiet_feed)
    assert first.isMaximized()
    first.showNormal()
    # The offscreen screen is 800 px wide, under the window's minimum width: height and place.
    first.resize(960, 640)
    first.move(0, 30)
    first.show_panel("members")
    _close(first)

    again = _open(qtbot, gui_context, quiet_monitor, quiet_feed)
    assert not again.isMaximized()
    assert (again.height(), again.y()) == (640, 30)
    assert again.current_panel() is again.panel("members")
    assert again.ui.navList.currentItem().text() == "Members"

    # Left maximised: comes back maximised.
    again.showMaximized()
    _close(again)
    third = _open(qtbot, gui_context, quiet_monitor, quiet_feed)
    assert third.isMaximized()
    assert third.current_panel() is third.panel("members")
    _close(third)
    # Nothing of it reached the real user settings: the test's own store holds it.
    assert QSettings().fileName().startswith(str(tmp_path))


def test_status_bar_shows_who_where_which_database_and_live(window: MainWindow) -> None:
    texts = _status_texts(window)
    assert f"{DESK_NAME} (Reception)" in texts
    assert f"Desk {WORKSTATION}" in texts
    assert "Database: embedded" in texts
    assert window.connection_label.text().endswith("Live")
    assert window.connection_label.property("tone") == "ok"


def test_navigation_lists_the_members_panel_and_opens_it(window: MainWindow) -> None:
    titles = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert "Members" in titles
    window.show_panel("members")
    assert isinstance(window.panel("members"), MembersPanel)
    assert window.current_panel() is window.panel("members")


def test_panels_are_created_on_first_show_only(
    qtbot: QtBot, gui_context: GuiContext, quiet_monitor: ConnectionMonitor, quiet_feed: LiveFeed
) -> None:
    built: list[str] = []

    @register_panel(name="zz-test", title="Zz test", icon="info", permission=None, order=999)
    def make_test_panel(_context: GuiContext) -> QWidget:
        built.append("zz-test")
        return QWidget()

    try:
        window = MainWindow(gui_context, monitor=quiet_monitor, live_feed=quiet_feed)
        qtbot.addWidget(window)
        assert built == []
        window.show_panel("zz-test")
        window.show_panel("members")
        window.show_panel("zz-test")
        assert built == ["zz-test"]
        window.monitor.stop()
    finally:
        unregister_panel("zz-test")


def test_lost_connection_shows_the_banner_and_offline_then_clears(
    window: MainWindow, quiet_monitor: ConnectionMonitor
) -> None:
    assert not window.banner_visible
    quiet_monitor.state["live"] = False  # type: ignore[attr-defined]
    quiet_monitor.check_now()

    assert window.banner_visible
    assert window.ui.bannerLabel.text() == BANNER_TEXT
    assert window.connection_label.text().endswith("Offline")
    assert window.connection_label.property("tone") == "bad"

    quiet_monitor.state["live"] = True  # type: ignore[attr-defined]
    quiet_monitor.check_now()
    assert not window.banner_visible
    assert window.connection_label.text().endswith("Live")


def test_typed_search_text_survives_a_lost_connection(
    qtbot: QtBot, window: MainWindow, quiet_monitor: ConnectionMonitor
) -> None:
    panel = window.show_panel("members")
    assert isinstance(panel, MembersPanel)
    qtbot.keyClicks(panel.ui.searchEdit, "murph")
    quiet_monitor.state["live"] = False  # type: ignore[attr-defined]
    quiet_monitor.check_now()
    quiet_monitor.state["live"] = True  # type: ignore[attr-defined]
    quiet_monitor.check_now()
    assert panel.ui.searchEdit.text() == "murph"


def test_f2_goes_to_the_first_panel_and_its_input(qtbot: QtBot, window: MainWindow) -> None:
    window.show_panel("members")
    window.ui.navList.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    first = window.panel(window.panel_specs[0].name)
    assert first is not None
    assert window.current_panel() is first
    focused = QApplication.focusWidget()
    assert focused is not None and first.isAncestorOf(focused)


def test_ctrl_number_switches_panels(qtbot: QtBot, window: MainWindow) -> None:
    row = [spec.name for spec in window.panel_specs].index("members")
    qtbot.keyClick(window, Qt.Key.Key_1 + row, Qt.KeyboardModifier.ControlModifier)
    panel = window.current_panel()
    assert isinstance(panel, MembersPanel)
    assert panel.ui.searchEdit.hasFocus()


def test_panels_follow_permissions(desk_actor: Actor) -> None:
    assert "members" in [spec.name for spec in panels_for(desk_actor)]
    nobody = Actor(
        user_id=99,
        email="x@example.com",
        full_name="No Rights",
        role="TRAINER",
        workstation=WORKSTATION,
        site_id=None,
        session_id=None,
        permissions=frozenset(),
    )
    # Only what every signed-in person has: their own account.
    assert [spec.name for spec in panels_for(nobody)] == ["account"]


def test_a_person_without_panels_is_told_so(
    qtbot: QtBot,
    gui_context: GuiContext,
    quiet_monitor: ConnectionMonitor,
    quiet_feed: LiveFeed,
    desk_actor: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dataclasses import replace

    from fitmate_desktop.gui import main_window

    # My account is offered to everyone, so "no panels" only happens if none is registered.
    monkeypatch.setattr(main_window, "panels_for", lambda _actor: [])
    context = GuiContext(
        actor=replace(desk_actor, permissions=frozenset()),
        connection=gui_context.connection,
        workstation=WORKSTATION,
    )
    window = MainWindow(context, monitor=quiet_monitor, live_feed=quiet_feed)
    qtbot.addWidget(window)
    assert window.ui.navList.count() == 0
    page = window.current_panel()
    assert page is not None
    assert "Nothing to show" in page.message_title()  # type: ignore[attr-defined]
    window.monitor.stop()


def test_what_another_desk_registers_appears_by_itself(
    qtbot: QtBot,
    gui_context: GuiContext,
    quiet_monitor: ConnectionMonitor,
    members: dict[str, int],
    desk_actor: Actor,
) -> None:
    from fitmate_desktop.services.member_records import MemberForm, register_member

    window = MainWindow(gui_context, monitor=quiet_monitor)  # the real LISTEN/NOTIFY feed
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.live_feed.connected, timeout=10_000)
    panel = window.show_panel("members")
    assert isinstance(panel, MembersPanel)
    assert panel.model.rowCount() == 4

    # "Another desk": the service announces the change when its transaction commits.
    register_member(actor=desk_actor, form=MemberForm(full_name="Eva Walsh", gender="female"))

    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=5000)
    assert panel.ui.countLabel.text() == "5 members"
    window.monitor.stop()
    window.live_feed.stop()
