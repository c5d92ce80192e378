"""Members' data rights in the Members panel: export a member's data, erase a member.

Over the real services: the admin sees "Export member data…" and "Erase member…" in the
member's More menu (reception and trainers do not); the export writes a zip whose data.json
holds the member; the erasure dialog says what blocks it, stays disabled until the reason and
the exact confirmation are typed, and after an erasure the list shows "Erased member N".
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.context import ConnectionInfo, GuiContext
from fitmate_desktop.gui.panels.members.data_rights import documents_folder
from fitmate_desktop.gui.panels.members.erase_dialog import MemberEraseDialog
from fitmate_desktop.gui.panels.members.model import COLUMN_INDEX
from fitmate_desktop.gui.panels.members.panel import MembersPanel
from fitmate_desktop.services import members as members_service
from fitmate_desktop.services.actor import Actor
from tests.gui.conftest import WORKSTATION
from tests.gui.identity_support import ready_admin

MakePanel = Callable[[Actor], MembersPanel]


@pytest.fixture
def make_panel(qtbot: QtBot, connection_info: ConnectionInfo) -> MakePanel:
    def make(actor: Actor) -> MembersPanel:
        context = GuiContext(actor=actor, connection=connection_info, workstation=WORKSTATION)
        panel = MembersPanel(context)
        qtbot.addWidget(panel)
        panel.resize(1366, 720)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return make


@pytest.fixture
def admin_panel(make_panel: MakePanel, members: dict[str, int]) -> MembersPanel:
    return make_panel(ready_admin(WORKSTATION))


def _names(panel: MembersPanel) -> list[str]:
    column = COLUMN_INDEX["name"]
    return [panel.model.index(r, column).data() for r in range(panel.model.rowCount())]


def _show(qtbot: QtBot, panel: MembersPanel, name: str) -> None:
    panel.ui.searchEdit.clear()
    qtbot.keyClicks(panel.ui.searchEdit, name)
    qtbot.waitUntil(lambda: panel.model.query == name, timeout=2000)
    qtbot.waitUntil(lambda: panel.ui.detailState.state == "content", timeout=2000)
    assert panel.ui.nameLabel.text() == name


def _open_erase(qtbot: QtBot, panel: MembersPanel, name: str) -> MemberEraseDialog:
    _show(qtbot, panel, name)
    panel.action_bar.erase_action.trigger()
    dialog = panel.rights.last_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_admin_sees_export_and_erase_in_the_more_menu(admin_panel: MembersPanel) -> None:
    bar = admin_panel.action_bar
    shown = [a.text() for a in bar.more_menu.actions() if a.isVisible() and a.text()]
    assert "Export member data…" in shown
    assert "Erase member…" in shown


def test_reception_and_trainers_do_not(
    make_panel: MakePanel, desk_actor: Actor, members: dict[str, int]
) -> None:
    from fitmate_desktop.services import auth, users

    users.create_user_from_cli(
        email="joao.coach@test.fitmate", password="Coach-Pass-2026!", role="TRAINER"
    )
    trainer = auth.sign_in(
        email="joao.coach@test.fitmate", password="Coach-Pass-2026!", workstation=WORKSTATION
    )
    for actor in (desk_actor, trainer):
        bar = make_panel(actor).action_bar
        assert not bar.export_data_action.isVisible()
        assert not bar.erase_action.isVisible()
        assert not bar.rights_separator.isVisible()
        # A shortcut or a stray call does nothing either (and the service would refuse).
        bar.erase()
        assert bar.rights.last_dialog is None


def test_export_saves_a_zip_whose_data_json_holds_the_member(
    qtbot: QtBot,
    admin_panel: MembersPanel,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    target = tmp_path / "out" / "ana.zip"
    target.parent.mkdir()

    def save_dialog(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), "Zip archives (*.zip)"

    # The one thing a test cannot click: the system's own file dialog.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    _show(qtbot, admin_panel, "Ana Silva")
    code = members_service.get_member(
        actor=admin_panel.context.actor, member_id=admin_panel.selected_member_id()
    ).member_code
    admin_panel.action_bar.export_data_action.trigger()

    suggested = Path(asked[0])
    assert suggested.parent == documents_folder()
    assert suggested.name.startswith(f"member-{code}-personal-data-")
    assert suggested.suffix == ".zip"
    with zipfile.ZipFile(target) as archive:
        data = json.loads(archive.read(f"member-{code}/data.json"))
        assert f"member-{code}/summary.pdf" in archive.namelist()
    profile = data["sections"]["trainees"]["rows"][0]
    assert profile["full_name"] == "Ana Silva"
    assert profile["email"] == "ana.silva@example.com"
    assert "Asthma" in profile["health_conditions"]
    notice = admin_panel.ui.noticeLabel
    assert notice.isVisible() and str(target) in notice.text()


def test_a_member_with_a_running_membership_shows_why_and_cannot_be_erased(
    qtbot: QtBot, admin_panel: MembersPanel, members: dict[str, int]
) -> None:
    dialog = _open_erase(qtbot, admin_panel, "Ana Silva")
    blockers = dialog.ui.blockersLabel
    assert blockers.isVisible()
    assert "cannot be erased yet" in blockers.text()
    assert "running membership (Trial Month" in blockers.text()
    assert not dialog.ui.eraseButton.isEnabled()
    assert not dialog.ui.confirmEdit.isEnabled() and not dialog.ui.reasonEdit.isEnabled()

    dialog.erase()  # as Enter or a stray click would
    assert dialog.isVisible() and dialog.state == "editing"
    detail = members_service.get_member(
        actor=admin_panel.context.actor, member_id=members["Ana Silva"]
    )
    assert detail.full_name == "Ana Silva" and not detail.is_archived


def test_the_erase_button_waits_for_a_reason_and_the_exact_confirmation(
    qtbot: QtBot, admin_panel: MembersPanel
) -> None:
    dialog = _open_erase(qtbot, admin_panel, "Bruno Costa")
    ui, expected = dialog.ui, dialog.preview.confirmation_text
    assert not ui.blockersLabel.isVisible()
    assert expected in ui.confirmHint.text()
    assert not ui.eraseButton.isEnabled()

    qtbot.keyClicks(ui.confirmEdit, expected)
    assert not ui.eraseButton.isEnabled()  # no reason yet
    qtbot.keyClicks(ui.reasonEdit, "Erasure requested in writing on 8 Dec")
    assert ui.eraseButton.isEnabled()

    for wrong in ("ERASE", expected.lower(), expected[:-1] + "9"):
        ui.confirmEdit.clear()
        qtbot.keyClicks(ui.confirmEdit, wrong)
        assert not ui.eraseButton.isEnabled(), wrong
    # Said at the field once it cannot be the start of the text any more.
    assert dialog.errors.message("confirmation") == f"That is not {expected}. Type it exactly."


def test_a_name_in_the_reason_is_refused_at_the_field(
    qtbot: QtBot, admin_panel: MembersPanel, members: dict[str, int]
) -> None:
    dialog = _open_erase(qtbot, admin_panel, "Bruno Costa")
    ui = dialog.ui
    qtbot.keyClicks(ui.reasonEdit, "Bruno Costa asked at the desk")
    qtbot.keyClicks(ui.confirmEdit, dialog.preview.confirmation_text)
    qtbot.mouseClick(ui.eraseButton, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert "Leave the member's name" in dialog.errors.message("reason")
    assert ui.reasonEdit.text() == "Bruno Costa asked at the desk"  # kept, to be fixed
    detail = members_service.get_member(
        actor=admin_panel.context.actor, member_id=members["Bruno Costa"]
    )
    assert detail.full_name == "Bruno Costa"


def test_a_clean_member_is_erased_and_listed_as_erased_member(
    qtbot: QtBot, admin_panel: MembersPanel, members: dict[str, int]
) -> None:
    bruno = members["Bruno Costa"]
    dialog = _open_erase(qtbot, admin_panel, "Bruno Costa")
    ui = dialog.ui
    removed = ui.removedList.text()
    kept = ui.keptList.text()
    assert "Profile" in kept and f"Erased member {bruno}" in ui.introLabel.text()
    assert removed
    qtbot.keyClicks(ui.reasonEdit, "Erasure requested in writing on 8 Dec")
    qtbot.keyClicks(ui.confirmEdit, dialog.preview.confirmation_text)
    qtbot.mouseClick(ui.eraseButton, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    panel = admin_panel
    qtbot.waitUntil(lambda: panel.ui.detailState.state == "content", timeout=2000)
    assert panel.archived_box.isChecked()
    assert _names(panel) == [f"Erased member {bruno}"]
    assert panel.ui.nameLabel.text() == f"Erased member {bruno}"
    assert panel.selected_member_id() == bruno
    assert "Bruno Costa" in panel.ui.noticeLabel.text()
    assert "is erased" in panel.ui.noticeLabel.text()

    # The active list no longer has him; the others are untouched.
    panel.archived_box.setChecked(False)
    panel.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: panel.model.query == "", timeout=2000)
    assert _names(panel) == ["Ana Silva", "Carla Murphy", "Diego Murphy"]


def test_enter_erases_only_after_the_exact_confirmation(
    qtbot: QtBot, admin_panel: MembersPanel, members: dict[str, int]
) -> None:
    dialog = _open_erase(qtbot, admin_panel, "Carla Murphy")
    ui = dialog.ui
    qtbot.keyClicks(ui.reasonEdit, "Erasure requested in writing on 8 Dec")
    qtbot.keyClick(ui.reasonEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is ui.confirmEdit
    qtbot.keyClicks(ui.confirmEdit, "ERASE")
    qtbot.keyClick(ui.confirmEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # half the text: nothing happens
    qtbot.keyClicks(ui.confirmEdit, dialog.preview.confirmation_text[len("ERASE") :])
    qtbot.keyClick(ui.confirmEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert _names(admin_panel) == [f"Erased member {members['Carla Murphy']}"]
