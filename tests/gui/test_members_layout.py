"""The Members panel at the most common reception monitor (1366x768) and at 1920x1080.

In the real main window: every column header reads whole (not elided, not cut), every action
button's text fits the button and the button is visible. A trainer's panel is "My trainees"
and lists only them. With ``FITMATE_SHOTS=<folder>`` the window is also saved as PNG there.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QPushButton, QStyle, QStyleOptionHeader, QWidget
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.connection import ConnectionMonitor
from fitmate_desktop.gui.context import ConnectionInfo, GuiContext
from fitmate_desktop.gui.live import LiveFeed
from fitmate_desktop.gui.main_window import MainWindow
from fitmate_desktop.gui.panels.members.model import COLUMNS
from fitmate_desktop.gui.panels.members.panel import MembersPanel
from tests.gui.conftest import WORKSTATION

SIZES = [(1366, 768), (1920, 1080)]
LONG_NAME = "Maria da Conceição Albuquerque-Vasconcelos"  # 42 characters

PEOPLE = [
    ("Ana Silva", "ana.silva@example.com", "+351 912 345 001", "Asthma; inhaler in locker 12"),
    ("Bruno Costa", "bruno.costa@example.com", "+351 912 345 002", ""),
    ("Carla Murphy", "carla.murphy@example.com", "+351 912 345 003", ""),
    ("Diego Murphy", "", "+351 912 345 004", ""),
    (LONG_NAME, "maria.vasconcelos@example.com", "+351 912 345 005", "Knee surgery in 2025"),
    ("Eduardo Santos", "edu.santos@example.com", "+351 912 345 006", ""),
    ("Filipa Rocha", "filipa@example.com", "+351 912 345 007", ""),
    ("Gonçalo Pires", "goncalo.pires@example.com", "+351 912 345 008", ""),
    ("Helena Matos", "helena.matos@example.com", "+351 912 345 009", ""),
    ("Inês Ferreira", "ines.ferreira@example.com", "+351 912 345 010", ""),
    ("João Gonçalves", "joao.g@example.com", "+351 912 345 011", ""),
    ("Luísa Carvalho", "luisa.c@example.com", "+351 912 345 012", ""),
] + [  # enough rows for the vertical scroll bar to take its share of the width
    (f"Rui Member {n:02d}", f"rui.{n}@example.com", f"+351 913 000 0{n:02d}", "") for n in range(20)
]
TRAINEES = {"Ana Silva", LONG_NAME, "Filipa Rocha"}


def _gym(desk_actor) -> tuple[dict[str, int], object]:
    """Registered at the desk, with memberships and a visit each; a trainer with three."""
    from fitmate_desktop.models import Attendance, Trainee, Trainer
    from fitmate_desktop.services import auth, memberships, users
    from fitmate_desktop.services.actor import system_actor
    from fitmate_desktop.services.member_records import MemberForm, register_member
    from fitmate_desktop.services.uow import unit_of_work

    admin = system_actor(workstation=WORKSTATION)
    plan = memberships.save_plan(
        actor=admin,
        form=memberships.PlanForm(
            name="Monthly Unlimited Off-Peak", membership_type="monthly", duration_days=30,
            price="0",
        ),
    )  # fmt: skip
    ids: dict[str, int] = {}
    for name, email, phone, health in PEOPLE:
        form = MemberForm(full_name=name, email=email, phone=phone, health_conditions=health)
        ids[name] = register_member(actor=desk_actor, form=form).id
    for i, member_id in enumerate(ids.values()):
        if i % 4 != 3:
            memberships.sell_membership(actor=desk_actor, member_id=member_id, plan_id=plan.id)
    users.create_user_from_cli(
        email="joao.coach@test.fitmate", password="Coach-Pass-2026!", role="TRAINER",
        full_name="João Pereira",
    )  # fmt: skip
    trainer = auth.sign_in(
        email="joao.coach@test.fitmate", password="Coach-Pass-2026!", workstation=WORKSTATION
    )
    now = dt.datetime.now(dt.UTC)
    with unit_of_work() as uow:
        coach = Trainer(user_id=trainer.user_id)
        uow.session.add(coach)
        uow.flush()
        for i, (name, member_id) in enumerate(ids.items()):
            member = uow.session.get(Trainee, member_id)
            assert member is not None
            member.joined_on = now.date() - dt.timedelta(days=40 * i + 3)
            if name in TRAINEES:
                member.trainer_id = coach.id
            if i % 3 != 2:
                start = now - dt.timedelta(days=i, hours=2)
                uow.session.add(
                    Attendance(
                        trainee_id=member_id, site_id=1, checked_in_at=start,
                        checked_out_at=start + dt.timedelta(hours=1),
                    )
                )  # fmt: skip
        uow.commit()
    return ids, trainer


@pytest.fixture
def gym(desk_actor) -> tuple[dict[str, int], object]:
    return _gym(desk_actor)


@pytest.fixture
def open_window(
    qtbot: QtBot, connection_info: ConnectionInfo, quiet_monitor: ConnectionMonitor
) -> Iterator:
    windows: list[MainWindow] = []

    def open_(actor, size: tuple[int, int]) -> tuple[MainWindow, MembersPanel]:
        context = GuiContext(actor=actor, connection=connection_info, workstation=WORKSTATION)
        feed = LiveFeed(context.events, start_listening=lambda _e, _s: _Quiet())
        window = MainWindow(context, monitor=quiet_monitor, live_feed=feed)
        windows.append(window)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        panel = window.show_panel("members")
        assert isinstance(panel, MembersPanel)
        qtbot.waitUntil(lambda: panel.ui.listState.state == "content", timeout=3000)
        panel.ui.membersTable.selectRow(0)
        qtbot.waitUntil(lambda: panel.ui.detailState.state == "content", timeout=3000)
        return window, panel

    yield open_
    for window in windows:
        window.monitor.stop()


class _Quiet:
    def stop(self, timeout: float = 0) -> None:
        pass


def _shoot(window: QWidget, name: str) -> None:
    folder = os.environ.get("FITMATE_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / f"{name}.png"))


def _header_text_fits(panel: MembersPanel) -> list[str]:
    """Headers whose title does not fit its section (what the header would elide)."""
    table = panel.ui.membersTable
    header = table.horizontalHeader()
    style = header.style()
    cut = []
    for section, column in enumerate(COLUMNS):
        if header.isSectionHidden(section):
            continue
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.text = column.title
        option.section = section
        needed = style.sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, header.sizeHint(), header
        ).width()
        metrics_width = header.fontMetrics().horizontalAdvance(column.title)
        width = header.sectionSize(section)
        # The style's own measure (text, margins, sort arrow) and the bare text both fit.
        if width < needed or width < metrics_width + 12:
            cut.append(f"{column.title}: {width}px < {needed}px")
        # Nor cut by the edge of the table: a column on screen is on screen whole.
        left = header.sectionViewportPosition(section)
        if left < 0 or left + width > table.viewport().width():
            cut.append(f"{column.title}: at {left}+{width}px of {table.viewport().width()}px")
    return cut


def _visible_buttons(panel: MembersPanel) -> list[QPushButton]:
    bar = panel.findChild(QWidget, "memberActionsBar")
    assert bar is not None
    return [b for b in bar.findChildren(QPushButton) if not b.isHidden()]


def _button_problems(panel: MembersPanel) -> list[str]:
    problems = []
    detail = panel.ui.detailState
    area = QRect(detail.mapTo(panel, detail.rect().topLeft()), detail.size())
    for button in _visible_buttons(panel):
        icon_room = button.iconSize().width() + 8 if not button.icon().isNull() else 0
        menu_room = 16 if button.menu() is not None else 0
        text = button.text().replace("&", "")
        needed = button.fontMetrics().horizontalAdvance(text) + icon_room + menu_room
        if needed > button.width():
            problems.append(f"{text!r}: {button.width()}px < {needed}px")
        if not button.isVisible():
            problems.append(f"{text!r} not visible")
        where = QRect(button.mapTo(panel, button.rect().topLeft()), button.size())
        if not area.contains(where):
            problems.append(f"{text!r} outside the detail pane {where} / {area}")
        if not panel.rect().contains(where):
            problems.append(f"{text!r} outside the panel")
    buttons = _visible_buttons(panel)
    for i, one in enumerate(buttons):
        for other in buttons[i + 1 :]:
            if one.geometry().intersects(other.geometry()):
                problems.append(f"{one.text()!r} overlaps {other.text()!r}")
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_reception_reads_every_header_and_button(
    open_window, gym, desk_actor, size: tuple[int, int]
) -> None:
    window, panel = open_window(desk_actor, size)
    _shoot(window, f"members-reception-{size[0]}x{size[1]}")
    assert _header_text_fits(panel) == []
    buttons = [b.text().replace("&", "") for b in _visible_buttons(panel)]
    assert {"Edit", "Take payment", "Membership"} <= set(buttons)
    assert panel.more_button.isVisible() and panel.more_button.accessibleName() == "More"
    assert _button_problems(panel) == []
    assert panel.ui.titleLabel.text() == "Members"
    assert panel.ui.countLabel.text() == "32 members"
    # What the desk checks first is on screen at both sizes.
    shown = panel.columns.shown_columns()
    assert shown[:5] == ["code", "name", "status", "last_visit", "membership_end"]
    if size[0] >= 1920:
        assert "plan" in shown and "days_left" in shown


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_trainer_sees_my_trainees(open_window, gym, size: tuple[int, int]) -> None:
    _ids, trainer = gym
    window, panel = open_window(trainer, size)
    _shoot(window, f"members-trainer-{size[0]}x{size[1]}")
    assert panel.ui.titleLabel.text() == "My trainees"
    assert panel.ui.countLabel.text() == "3 trainees"
    model = panel.model
    names = {model.member_row(r).full_name for r in range(model.rowCount())}
    assert names == TRAINEES
    assert _header_text_fits(panel) == []
    assert _button_problems(panel) == []
    # A trainer has no desk actions: Edit, Take payment and Membership are not offered.
    assert _visible_buttons(panel) == [panel.more_button]


def test_a_trainer_exports_only_their_trainees(open_window, gym, tmp_path: Path) -> None:
    import csv

    _ids, trainer = gym
    _window, panel = open_window(trainer, (1366, 768))
    target = tmp_path / "mine.csv"
    panel.start_export(target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        names = {row[1] for row in list(csv.reader(fh))[1:]}
    assert names == TRAINEES
    assert panel.ui.noticeLabel.text() == "Saved 3 trainees to mine.csv"


def test_a_narrow_window_puts_the_detail_under_the_list(open_window, gym, desk_actor) -> None:
    from PySide6.QtCore import Qt

    window, panel = open_window(desk_actor, (1366, 768))
    assert panel.ui.splitter.orientation() == Qt.Orientation.Horizontal
    window.resize(1024, 700)
    QApplication.processEvents()
    assert panel.width() < 1000
    assert panel.ui.splitter.orientation() == Qt.Orientation.Vertical
    _shoot(window, "members-reception-1024x700")
    assert _header_text_fits(panel) == []
    assert _button_problems(panel) == []
