"""Fixtures of the check-in screen's tests: a gym with members, and the panel in a window.

Loaded by each ``test_checkin_*`` module with ``pytest_plugins = ["tests.gui.checkin_fixtures"]``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.live import LiveFeed
from fitmate_desktop.gui.panels.checkin.panel import CheckInPanel
from tests.integration.factories import give_membership, make_member, make_plan, open_all_week

D = dt.timedelta


@pytest.fixture
def today(gui_context: GuiContext) -> dt.date:
    return gui_context.formatter.today()


@pytest.fixture
def gym(today: dt.date) -> Callable[..., int]:
    """Open all week (capacity 80); returns a builder of members with a membership."""
    open_all_week(capacity=80)
    plan = make_plan("Monthly")

    def member(
        name: str,
        code: str,
        *,
        start: int = -10,
        end: int = 20,
        status: str = "active",
        health: str | None = None,
    ) -> int:
        member_id = make_member(name, code=code, health=health)
        give_membership(
            member_id, plan, start=today + D(days=start), end=today + D(days=end), status=status
        )
        return member_id

    return member


@pytest.fixture
def make_panel(qtbot: QtBot, gui_context: GuiContext) -> Iterator[Callable[..., CheckInPanel]]:
    made: list[CheckInPanel] = []

    def make(context: GuiContext | None = None, live: LiveFeed | None = None) -> CheckInPanel:
        panel = CheckInPanel(context or gui_context, live=live)
        qtbot.addWidget(panel)
        panel.resize(1300, 760)
        panel.show()
        qtbot.waitExposed(panel)
        made.append(panel)
        return panel

    yield make
    for panel in made:
        if panel.live is not None:
            panel.live.stop()


@pytest.fixture
def panel(make_panel: Callable[..., CheckInPanel]) -> CheckInPanel:
    return make_panel()
