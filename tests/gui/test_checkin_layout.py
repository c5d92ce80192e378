"""The check-in screen fits reception's monitors: 1366x768 (the most common) and 1920x1080.

In the real main window (side bar, menu, status bar), with the longest card we can make: a
40-character name, a long plan name, every figure tile, the photo, several reasons and all
three buttons. Nothing of the card may lie outside it, no text may be cut, nothing may overlap,
and the card must lie inside the window. "In the gym now" must show every time in full.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.main_window import MainWindow
from fitmate_desktop.gui.panels.checkin.panel import CheckInPanel
from fitmate_desktop.models import Attendance
from fitmate_desktop.services.checkin import CheckInResult, MemberCard, Reason
from fitmate_desktop.services.uow import unit_of_work
from tests.gui.checkin_support import scan, settle
from tests.integration.factories import give_membership, make_member, make_plan

pytest_plugins = ["tests.gui.checkin_fixtures"]

D = dt.timedelta
# 1366x728: the same monitor with the window maximised above a 40-pixel task bar.
SIZES = [(1366, 768), (1920, 1080), (1366, 728)]
LONG_NAME = "Maria-Antónia Vasconcelos de Albuquerque"
LONG_PLAN = "Premium All Sites Twelve Months Off-Peak Plus Pool, Sauna and Spa"


@pytest.fixture
def window(
    qtbot: QtBot, gui_context: GuiContext, quiet_monitor: Any, quiet_feed: Any
) -> Iterator[MainWindow]:
    win = MainWindow(gui_context, monitor=quiet_monitor, live_feed=quiet_feed)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.monitor.stop()


def _at(window: MainWindow, size: tuple[int, int]) -> CheckInPanel:
    window.resize(*size)
    panel = window.current_panel()
    assert isinstance(panel, CheckInPanel)
    # The window really is that size (a layout asking for more would have grown it).
    assert (window.width(), window.height()) == size
    return panel


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _text_cut(widget: QWidget) -> str | None:
    """Why the text of ``widget`` does not show in full, or None."""
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        room = widget.contentsRect()
        if widget.wordWrap():
            need = widget.heightForWidth(room.width())
            if room.height() < need:
                return f"{room.height()} px high for {need}"
        else:
            metrics = widget.fontMetrics()
            width = max(metrics.horizontalAdvance(line) for line in widget.text().split("\n"))
            if room.width() < width or room.height() < metrics.height():
                return f"{room.width()}x{room.height()} for {width}x{metrics.height()}"
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.minimumSizeHint()
        if widget.width() < hint.width() or widget.height() < hint.height():
            return f"{widget.width()}x{widget.height()} for {hint.width()}x{hint.height()}"
    return None


def layout_problems(panel: CheckInPanel) -> list[str]:
    """Everything that would look broken on the verdict card, in words."""
    card = panel.ui.verdictCard
    window = panel.window()
    problems: list[str] = []
    if not window.rect().contains(_rect_in(card, window)):
        problems.append(f"card {_rect_in(card, window)} outside the window {window.rect()}")
    shown = [w for w in card.findChildren(QWidget) if w.isVisibleTo(card)]
    for widget in shown:
        name = widget.objectName() or type(widget).__name__
        where = _rect_in(widget, card)
        if not card.rect().contains(where):
            problems.append(f"{name} {where} outside the card {card.rect()}")
        cut = _text_cut(widget)
        if cut:
            problems.append(f"{name} cut: {cut} ({getattr(widget, 'text', str)()!r})")
    leaves = [w for w in shown if isinstance(w, (QLabel, QAbstractButton))]
    for a, b in itertools.combinations(leaves, 2):
        if a.isAncestorOf(b) or b.isAncestorOf(a):
            continue
        if _rect_in(a, card).intersects(_rect_in(b, card)):
            problems.append(f"{a.objectName() or a.text()} overlaps {b.objectName() or b.text()}")
    return problems


def _longest_card(member_id: int) -> CheckInResult:
    """A refusal with everything a card can hold (the service never gives all at once)."""
    reasons = (
        Reason("unpaid", "Payment due since 1 December 2026."),
        Reason("weekly_limit", "Already 3 visits this week (plan allows 3)."),
        Reason("birthday", "Birthday today!"),
        Reason("health", "Health: Asthma; inhaler in locker 12, tell the trainer on duty"),
    )
    return CheckInResult(
        outcome="refused",
        verdict="red",
        headline="Not checked in — Payment due since 1 December 2026.",
        member=MemberCard(
            id=member_id,
            full_name=LONG_NAME,
            member_code="FM000001",
            photo_path=None,
            plan_name=LONG_PLAN,
            status="unpaid",
            days_left=28,
            membership_end=dt.date(2027, 1, 5),
            visits_this_week=3,
            health_conditions="Asthma",
            visits_left=3,
        ),
        reasons=reasons,
        actions=("take_payment", "renew", "override"),
    )


@pytest.fixture
def busy_gym(gym: Callable[..., int], today: dt.date, gui_context: GuiContext) -> dict[str, int]:
    """The long-named members at the door, and 30 people already in."""
    long_plan = make_plan(LONG_PLAN)
    ids = {}
    for key, code, start, end in (
        ("green", "FM000001", -10, 60),
        ("amber", "FM000002", -28, 2),
        ("red", "FM000003", -40, -3),
    ):
        ids[key] = make_member(LONG_NAME, code=code, health="Asthma; inhaler in locker 12")
        give_membership(ids[key], long_plan, start=today + D(days=start), end=today + D(days=end))
    now = dt.datetime.now(dt.UTC)
    # All of them today (yesterday's visits are closed when the screen opens), whatever the
    # time the tests run at.
    local = gui_context.formatter.local(now)
    since_midnight = local - local.replace(hour=0, minute=0, second=0, microsecond=0)
    step = min(D(minutes=7), max(D(0), since_midnight) / 31)
    with unit_of_work() as uow:
        for i in range(30):
            member = gym(f"Member Number {i:02d} With A Long Surname", f"FM1{i:05d}")
            uow.session.add(Attendance(trainee_id=member, site_id=1, checked_in_at=now - step * i))
        uow.commit()
    return ids


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_verdict_fits_the_card_and_the_card_the_window(
    qtbot: QtBot, window: MainWindow, busy_gym: dict[str, int], size: tuple[int, int]
) -> None:
    panel = _at(window, size)
    for code, tone in (
        ("FM000001", "ok"),
        ("FM000002", "warn"),
        ("FM000003", "bad"),
        ("FM#12!", "bad"),
        ("FM999999", "bad"),
    ):
        scan(qtbot, panel, code)
        settle()
        assert panel.card.tone == tone
        assert layout_problems(panel) == [], f"{code} at {size}"
    # The longest card of all, under a full list of previous scans and an error line.
    panel.card.show_result(_longest_card(busy_gym["green"]))
    settle()
    assert panel.ui.nameLabel.text() == LONG_NAME
    assert panel.ui.takePaymentButton.isVisibleTo(panel)
    assert panel.ui.photoLabel.isVisibleTo(panel)
    assert len(panel.recent.entries) == 5
    assert layout_problems(panel) == []
    # A notice above the card as well: the older previous scans make room, the card is whole.
    panel._notice("Take payment opens in the Members panel: search for her there.", "info", "info")
    settle()
    assert layout_problems(panel) == []
    assert panel.recent.shown >= 1


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_in_the_gym_now_shows_every_time_in_full(
    qtbot: QtBot, window: MainWindow, busy_gym: dict[str, int], size: tuple[int, int]
) -> None:
    panel = _at(window, size)
    panel.reload_presence()
    view = panel.ui.presenceList
    delegate = panel.in_gym.delegate
    assert panel.presence.rowCount() == 30
    viewport = view.viewport().rect()
    for row in range(panel.presence.rowCount()):
        index = panel.presence.index(row)
        cells = delegate.cells(view.visualRect(index), view.font(), index)
        assert cells is not None
        for text, rect, font in (
            (cells.time, cells.time_rect, cells.time_font),
            (cells.stay, cells.stay_rect, cells.small_font),
        ):
            assert QFontMetrics(font).horizontalAdvance(text) <= rect.width(), text
            assert viewport.left() <= rect.left() and rect.right() <= viewport.right(), text
        assert not cells.name_rect.intersects(cells.time_rect)
        assert cells.time == panel.fmt.time(panel.presence.visit(row).checked_in_at)
