"""The Members panel over the real members service: list, search, detail, states, export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.panels.members import model as model_module
from fitmate_desktop.gui.panels.members.model import COLUMN_INDEX, MEMBER_ID_ROLE
from fitmate_desktop.gui.panels.members.panel import MembersPanel
from fitmate_desktop.gui.widgets.badge_delegate import BADGE_ROLE
from fitmate_desktop.services import members as members_service
from fitmate_desktop.services.errors import Unavailable


@pytest.fixture
def make_panel(qtbot: QtBot, gui_context: GuiContext) -> Iterator[callable]:
    def make() -> MembersPanel:
        panel = MembersPanel(gui_context)
        qtbot.addWidget(panel)
        panel.resize(1200, 700)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    yield make


@pytest.fixture
def panel(make_panel, members: dict[str, int]) -> MembersPanel:
    return make_panel()


def _names(panel: MembersPanel) -> list[str]:
    model = panel.model
    column = COLUMN_INDEX["name"]
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _row_of(panel: MembersPanel, name: str) -> int:
    return _names(panel).index(name)


def _search(qtbot: QtBot, panel: MembersPanel, text: str) -> None:
    panel.ui.searchEdit.clear()
    qtbot.keyClicks(panel.ui.searchEdit, text)
    # The search waits for a pause in typing (debounce) before asking the service.
    qtbot.waitUntil(lambda: panel.model.query == text.strip(), timeout=2000)


def test_lists_the_members_by_name_with_a_count(panel: MembersPanel) -> None:
    assert _names(panel) == ["Ana Silva", "Bruno Costa", "Carla Murphy", "Diego Murphy"]
    assert panel.ui.countLabel.text() == "4 members"
    assert panel.ui.listState.state == "content"


def test_status_is_a_badge_with_words_not_just_colour(panel: MembersPanel) -> None:
    model = panel.model
    status = COLUMN_INDEX["status"]
    ana = model.index(_row_of(panel, "Ana Silva"), status)
    bruno = model.index(_row_of(panel, "Bruno Costa"), status)
    assert ana.data() == "Active"
    assert ana.data(BADGE_ROLE).tone == "ok"
    assert ana.data(BADGE_ROLE).icon == "status-active"
    assert bruno.data() == "No membership"
    days = model.index(_row_of(panel, "Bruno Costa"), COLUMN_INDEX["days_left"])
    assert days.data() == "—"


def test_typing_in_search_filters_rows_and_count(qtbot: QtBot, panel: MembersPanel) -> None:
    _search(qtbot, panel, "murphy")
    assert _names(panel) == ["Carla Murphy", "Diego Murphy"]
    assert panel.ui.countLabel.text() == "2 members found"

    _search(qtbot, panel, "912 345 002")  # any part of the phone number
    assert _names(panel) == ["Bruno Costa"]
    assert panel.ui.countLabel.text() == "1 member found"


def test_a_single_match_is_selected_and_shown(qtbot: QtBot, panel: MembersPanel) -> None:
    _search(qtbot, panel, "bruno")
    qtbot.waitUntil(lambda: panel.ui.detailState.state == "content", timeout=2000)
    assert panel.ui.nameLabel.text() == "Bruno Costa"


def test_no_match_says_so_and_offers_to_clear(qtbot: QtBot, panel: MembersPanel) -> None:
    _search(qtbot, panel, "xyzzy")
    assert panel.model.rowCount() == 0
    assert panel.ui.listState.state == "empty"
    assert panel.ui.listState.message_title() == "No members match ‘xyzzy’"

    qtbot.mouseClick(panel.ui.listState.message_button(), Qt.MouseButton.LeftButton)
    assert panel.ui.searchEdit.text() == ""
    assert panel.model.rowCount() == 4
    assert panel.ui.listState.state == "content"


def test_an_empty_gym_says_no_members_yet(make_panel) -> None:
    panel = make_panel()
    assert panel.ui.listState.state == "empty"
    assert panel.ui.listState.message_title() == "No members yet"
    assert panel.ui.countLabel.text() == "0 members"


def test_selecting_a_row_shows_the_detail(
    qtbot: QtBot, panel: MembersPanel, members: dict[str, int]
) -> None:
    assert panel.ui.detailState.state == "empty"  # "Select a member"
    row = _row_of(panel, "Ana Silva")
    rect = panel.ui.membersTable.visualRect(panel.model.index(row, COLUMN_INDEX["name"]))
    qtbot.mouseClick(panel.ui.membersTable.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: panel.ui.detailState.state == "content", timeout=2000)

    ui = panel.ui
    assert panel.selected_member_id() == members["Ana Silva"]
    assert ui.nameLabel.text() == "Ana Silva"
    assert ui.statusText.text().startswith("Active")
    assert ui.planValue.text().startswith("Trial Month")
    assert ui.phoneValue.text() == "+351 912 345 001"
    assert ui.emailValue.text() == "ana.silva@example.com"
    assert ui.healthValue.text() == "Asthma; inhaler in locker 12"
    assert ui.healthFrame.property("empty") is False
    history = [w.text() for w in ui.membershipsBox.findChildren(QLabel) if w.isVisibleTo(panel)]
    assert "Trial Month" in history
    visits = [w.text() for w in ui.visitsBox.findChildren(QLabel) if w.isVisibleTo(panel)]
    assert visits == ["No visits yet"]


def test_moving_to_another_member_replaces_every_field(qtbot: QtBot, panel: MembersPanel) -> None:
    panel.ui.membersTable.selectRow(_row_of(panel, "Ana Silva"))
    qtbot.waitUntil(lambda: panel.ui.nameLabel.text() == "Ana Silva", timeout=2000)
    panel.ui.membersTable.selectRow(_row_of(panel, "Diego Murphy"))
    qtbot.waitUntil(lambda: panel.ui.nameLabel.text() == "Diego Murphy", timeout=2000)

    assert panel.ui.emailValue.text() == "—"
    assert panel.ui.healthValue.text() == "None recorded"
    assert panel.ui.statusText.text() == "No membership"


def test_enter_on_a_row_moves_focus_to_the_detail(qtbot: QtBot, panel: MembersPanel) -> None:
    qtbot.keyClick(panel.ui.searchEdit, Qt.Key.Key_Down)  # from search into the table
    table = panel.ui.membersTable
    assert table.hasFocus()
    qtbot.waitUntil(lambda: panel.ui.detailState.state == "content", timeout=2000)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert panel.ui.detailScroll.hasFocus()
    qtbot.keyClick(panel.ui.detailScroll, Qt.Key.Key_Escape)
    assert table.hasFocus()


def test_a_failing_list_shows_the_error_and_retry_recovers(
    qtbot: QtBot, panel: MembersPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = members_service.list_members

    def unavailable(**_kwargs: object) -> object:
        raise Unavailable("The database cannot be reached right now. Your input is kept.")

    monkeypatch.setattr(members_service, "list_members", unavailable)
    _search(qtbot, panel, "ana")
    assert panel.ui.listState.state == "error"
    assert panel.ui.listState.message_title() == "Couldn’t load the members"
    assert panel.ui.searchEdit.text() == "ana"  # what was typed is kept

    monkeypatch.setattr(members_service, "list_members", real)
    qtbot.mouseClick(panel.ui.listState.message_button(), Qt.MouseButton.LeftButton)
    assert panel.ui.listState.state == "content"
    assert _names(panel) == ["Ana Silva"]


def test_the_list_retries_by_itself_when_the_connection_returns(
    qtbot: QtBot, panel: MembersPanel, monkeypatch: pytest.MonkeyPatch, gui_context: GuiContext
) -> None:
    real = members_service.list_members
    monkeypatch.setattr(
        members_service, "list_members", lambda **_kw: (_ for _ in ()).throw(Unavailable("x"))
    )
    _search(qtbot, panel, "carla")
    assert panel.ui.listState.state == "error"
    monkeypatch.setattr(members_service, "list_members", real)
    gui_context.events.sig_connection_changed.emit(True)
    assert panel.ui.listState.state == "content"
    assert _names(panel) == ["Carla Murphy"]


def test_rows_come_in_batches_as_the_view_asks(
    panel: MembersPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(model_module, "BATCH_SIZE", 3)
    panel.model.reload()
    model = panel.model
    assert model.rowCount() == 3
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4
    assert not model.canFetchMore()
    assert _names(panel)[-1] == "Diego Murphy"


def test_a_change_elsewhere_refreshes_the_list(
    panel: MembersPanel, desk_actor, gui_context: GuiContext
) -> None:
    from fitmate_desktop.services.member_records import MemberForm, register_member

    register_member(actor=desk_actor, form=MemberForm(full_name="Eva Walsh", gender="female"))
    assert "Eva Walsh" not in _names(panel)
    gui_context.events.notify("payments")  # not a concern of this panel
    assert "Eva Walsh" not in _names(panel)
    gui_context.events.notify("members")
    assert "Eva Walsh" in _names(panel)
    assert panel.ui.countLabel.text() == "5 members"


def test_column_widths_are_remembered(make_panel, members: dict[str, int]) -> None:
    first = make_panel()
    header = first.ui.membersTable.horizontalHeader()
    header.resizeSection(COLUMN_INDEX["name"], 321)
    first.hide()  # hiding saves the layout that changed

    second = make_panel()
    width = second.ui.membersTable.horizontalHeader().sectionSize(COLUMN_INDEX["name"])
    assert width == 321


def test_every_row_knows_its_member(panel: MembersPanel, members: dict[str, int]) -> None:
    row = _row_of(panel, "Carla Murphy")
    assert panel.model.index(row, 0).data(MEMBER_ID_ROLE) == members["Carla Murphy"]


def test_export_writes_the_current_search_to_csv(
    qtbot: QtBot, panel: MembersPanel, tmp_path: Path
) -> None:
    _search(qtbot, panel, "murphy")
    target = tmp_path / "murphys.csv"
    panel.start_export(target)

    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [
        "Code", "Name", "Phone", "Email", "Status", "Plan", "Days left", "Last visit",
        "Membership end", "Member since",
    ]  # fmt: skip
    assert [r[1] for r in rows[1:]] == ["Carla Murphy", "Diego Murphy"]
    assert panel.ui.noticeLabel.text() == "Saved 2 members to murphys.csv"


def test_export_follows_the_chosen_order(qtbot: QtBot, panel: MembersPanel, tmp_path: Path) -> None:
    panel.sort_by("name", descending=True)
    target = tmp_path / "all.csv"
    panel.start_export(target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        names = [r[1] for r in list(csv.reader(fh))[1:]]
    assert names == ["Diego Murphy", "Carla Murphy", "Bruno Costa", "Ana Silva"]


def _click_header(qtbot: QtBot, panel: MembersPanel, key: str) -> None:
    header = panel.ui.membersTable.horizontalHeader()
    section = COLUMN_INDEX[key]
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_clicking_a_header_sorts_both_ways(qtbot: QtBot, panel: MembersPanel) -> None:
    header = panel.ui.membersTable.horizontalHeader()
    _click_header(qtbot, panel, "name")  # sorted by name already: the other way
    assert _names(panel) == ["Diego Murphy", "Carla Murphy", "Bruno Costa", "Ana Silva"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    _click_header(qtbot, panel, "code")
    codes = [panel.model.member_row(r).member_code for r in range(panel.model.rowCount())]
    assert codes == sorted(codes)
    assert header.sortIndicatorSection() == COLUMN_INDEX["code"]
    _click_header(qtbot, panel, "code")
    codes = [panel.model.member_row(r).member_code for r in range(panel.model.rowCount())]
    assert codes == sorted(codes, reverse=True)


def test_a_column_the_service_cannot_sort_keeps_the_order(
    qtbot: QtBot, panel: MembersPanel
) -> None:
    before = _names(panel)
    _click_header(qtbot, panel, "status")
    assert _names(panel) == before
    header = panel.ui.membersTable.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMN_INDEX["name"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_the_chosen_order_is_remembered(qtbot: QtBot, make_panel, members: dict[str, int]) -> None:
    first = make_panel()
    first.sort_by("membership_end", descending=True)
    first.hide()  # saves the layout
    second = make_panel()
    assert (second.model.sort_key, second.model.descending) == ("membership_end", True)
    # Ana is the only one with a membership: first when the latest end comes first.
    assert _names(second)[0] == "Ana Silva"


def test_a_visit_elsewhere_reloads_the_detail_but_keeps_the_list(
    qtbot: QtBot, panel: MembersPanel, gui_context: GuiContext
) -> None:
    panel.ui.membersTable.selectRow(_row_of(panel, "Ana Silva"))
    qtbot.waitUntil(lambda: panel.ui.detailState.state == "content", timeout=2000)
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(panel.ui.detailState.currentChanged, raising=False, timeout=200):
        gui_context.events.notify("visits")
    assert resets == []
    assert panel.ui.nameLabel.text() == "Ana Silva"
    assert panel.selected_member_id() is not None


def test_a_hidden_panel_refreshes_when_shown_again(
    panel: MembersPanel, desk_actor, gui_context: GuiContext
) -> None:
    from fitmate_desktop.services.member_records import MemberForm, register_member

    panel.hide()
    register_member(actor=desk_actor, form=MemberForm(full_name="Zoe Byrne", gender="female"))
    gui_context.events.notify("members")
    assert "Zoe Byrne" not in _names(panel)  # nothing queried while hidden
    panel.show()
    assert "Zoe Byrne" in _names(panel)


def test_archived_members_are_found_under_archived_and_can_be_restored(
    qtbot: QtBot, panel: MembersPanel, members: dict[str, int], desk_actor
) -> None:
    from fitmate_desktop.services import member_records

    member_records.set_archived(actor=desk_actor, member_id=members["Bruno Costa"], archived=True)
    panel.model.reload()
    qtbot.waitUntil(lambda: "Bruno Costa" not in _names(panel), timeout=2000)
    panel.archived_box.setChecked(True)
    qtbot.waitUntil(lambda: _names(panel) == ["Bruno Costa"], timeout=2000)
    assert panel.ui.countLabel.text() == "1 archived member"
    member_records.set_archived(actor=desk_actor, member_id=members["Bruno Costa"], archived=False)
    panel.model.reload()
    qtbot.waitUntil(lambda: _names(panel) == [], timeout=2000)
    panel.archived_box.setChecked(False)
    qtbot.waitUntil(lambda: "Bruno Costa" in _names(panel), timeout=2000)
