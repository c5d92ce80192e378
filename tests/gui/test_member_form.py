"""Registering and editing members through the real dialog, over the real services.

Typed with ``qtbot.keyClicks`` and saved with Enter, as a receptionist would; the tests check
the list, the database (through the services) and the words on the screen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.panels.members.conflict_dialog import ConflictDialog
from fitmate_desktop.gui.panels.members.member_form import MemberFormDialog, parse_date
from fitmate_desktop.gui.panels.members.membership_actions import MembershipDialog
from fitmate_desktop.gui.panels.members.model import COLUMN_INDEX
from fitmate_desktop.gui.panels.members.panel import MembersPanel
from fitmate_desktop.services import members as members_service
from fitmate_desktop.services import memberships
from fitmate_desktop.services.actor import system_actor
from fitmate_desktop.services.member_records import form_of, update_member
from tests.gui.conftest import WORKSTATION


@pytest.fixture
def panel(qtbot: QtBot, gui_context: GuiContext) -> Iterator[MembersPanel]:
    panel = MembersPanel(gui_context)
    qtbot.addWidget(panel)
    panel.resize(1300, 760)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel


def _trainer(name: str):  # -> uuid.UUID
    from fitmate_desktop.models import Trainer, User
    from fitmate_desktop.services.uow import unit_of_work

    with unit_of_work() as uow:
        user = User(email=f"{name.split()[0].lower()}@coach.test", full_name=name, role="TRAINER")
        uow.session.add(user)
        uow.flush()
        trainer = Trainer(user_id=user.id)
        uow.session.add(trainer)
        uow.flush()
        trainer_id = trainer.id
        uow.commit()
    return trainer_id


def _names(panel: MembersPanel) -> list[str]:
    column = COLUMN_INDEX["name"]
    return [panel.model.index(r, column).data() for r in range(panel.model.rowCount())]


def _new_member_dialog(qtbot: QtBot, panel: MembersPanel) -> MemberFormDialog:
    qtbot.keyClick(panel.ui.searchEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.member_actions.last_dialog
    assert isinstance(dialog, MemberFormDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_registering_a_member_with_the_keyboard(
    qtbot: QtBot, panel: MembersPanel, gui_context: GuiContext
) -> None:
    coach = _trainer("Isabel Santos")
    dialog = _new_member_dialog(qtbot, panel)
    ui = dialog.ui
    assert dialog.focusWidget() is ui.nameEdit
    qtbot.keyClicks(ui.nameEdit, "Rui Ferreira")
    qtbot.keyClicks(ui.emailEdit, "Rui.Ferreira@Example.com")
    qtbot.keyClicks(ui.phoneEdit, "+351 912 000 111")
    qtbot.keyClicks(ui.birthEdit, "24/06/1988")
    assert "age" in ui.birthHint.text()
    ui.genderCombo.setCurrentIndex(ui.genderCombo.findData("male"))
    qtbot.keyClicks(ui.emergencyNameEdit, "Marta Ferreira (sister)")
    qtbot.keyClicks(ui.emergencyPhoneEdit, "+351 913 000 222")
    qtbot.keyClicks(ui.healthEdit, "Knee surgery 2024: no deep squats")
    ui.healthFlagCheck.setChecked(True)
    qtbot.keyClicks(ui.goalEdit, "Run a 10 km")
    ui.trainerCombo.setCurrentIndex(ui.trainerCombo.findText("Isabel Santos"))
    qtbot.keyClick(ui.goalEdit, Qt.Key.Key_Return)  # Enter saves

    assert dialog.state == "done"
    saved = dialog.saved
    assert saved is not None
    assert ui.doneTitle.text() == "Rui Ferreira is registered"
    assert saved.member_code in ui.doneText.text()
    # The next steps are offered, selling first (Enter).
    assert ui.sellButton.isVisible() and ui.sellButton.isDefault()
    assert ui.cardButton.isVisible()

    member = members_service.get_member(actor=gui_context.actor, member_id=saved.id)
    assert member.email == "rui.ferreira@example.com"
    assert member.date_of_birth == dt.date(1988, 6, 24)
    assert member.gender == "male"
    assert member.health_flagged
    assert (member.health_conditions or "").startswith("Knee surgery")
    assert member.trainer_id == coach and member.trainer_name == "Isabel Santos"
    assert "Rui Ferreira" in _names(panel)  # the list refreshed by itself

    # Editing shows the same trainer chosen (not as someone "no longer working here").
    edit = MemberFormDialog(gui_context, member=member, parent=panel)
    qtbot.addWidget(edit)
    assert edit.ui.trainerCombo.currentText() == "Isabel Santos"
    assert edit.selected_trainer() == coach
    assert edit.form() == form_of(member)  # nothing changes by opening and saving


def test_after_registering_sell_a_membership_opens_with_the_new_member(
    qtbot: QtBot, panel: MembersPanel
) -> None:
    memberships.save_plan(
        actor=system_actor(workstation=WORKSTATION),
        form=memberships.PlanForm(
            name="Monthly", membership_type="monthly", duration_days=30, price="39.90"
        ),
    )
    dialog = _new_member_dialog(qtbot, panel)
    qtbot.keyClicks(dialog.ui.nameEdit, "Sara Lima")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.ui.sellButton, Qt.MouseButton.LeftButton)

    sell = panel.member_actions.last_dialog
    assert isinstance(sell, MembershipDialog)
    assert sell.mode == "sell"
    assert sell.ui.memberLabel.text() == "To Sara Lima"
    plan = sell.plan()
    assert plan is not None and plan.name == "Monthly"


def test_a_bad_email_is_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, panel: MembersPanel, gui_context: GuiContext
) -> None:
    dialog = _new_member_dialog(qtbot, panel)
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "Rui Ferreira")
    qtbot.keyClicks(ui.emailEdit, "rui@nowhere")
    qtbot.keyClicks(ui.phoneEdit, "+351 912 000 111")
    qtbot.keyClick(ui.phoneEdit, Qt.Key.Key_Return)

    assert dialog.state == "editing"
    assert ui.pages.currentWidget() is ui.formPage
    assert ui.emailError.isVisible()
    assert "does not look like an email address" in ui.emailError.text()
    assert ui.emailEdit.property("invalid") is True
    assert not ui.nameError.isVisible() and not ui.formError.isVisible()
    # Everything typed is still there.
    assert (ui.nameEdit.text(), ui.emailEdit.text(), ui.phoneEdit.text()) == (
        "Rui Ferreira",
        "rui@nowhere",
        "+351 912 000 111",
    )
    assert dialog.focusWidget() is ui.emailEdit
    assert members_service.count_members(actor=gui_context.actor) == 0

    # Fixing the field clears its message; Enter then saves.
    qtbot.keyClicks(ui.emailEdit, ".pt")
    assert not ui.emailError.isVisible()
    qtbot.keyClick(ui.emailEdit, Qt.Key.Key_Return)
    assert dialog.state == "done"
    assert members_service.count_members(actor=gui_context.actor) == 1


def test_a_missing_name_and_an_impossible_date_are_said_next_to_their_fields(
    qtbot: QtBot, panel: MembersPanel
) -> None:
    dialog = _new_member_dialog(qtbot, panel)
    ui = dialog.ui
    qtbot.keyClicks(ui.birthEdit, "31/02/1990")
    qtbot.keyClick(ui.birthEdit, Qt.Key.Key_Return)
    assert ui.birthError.isVisible() and "Type the date like" in ui.birthError.text()
    ui.birthEdit.clear()
    qtbot.keyClick(ui.birthEdit, Qt.Key.Key_Return)
    assert ui.nameError.isVisible() and ui.nameError.text() == "Enter the name."
    assert dialog.focusWidget() is ui.nameEdit


def _error_labels(dialog: MemberFormDialog) -> dict[str, str]:
    ui = dialog.ui
    labels = {
        "name": ui.nameError, "email": ui.emailError, "phone": ui.phoneError,
        "birth": ui.birthError, "emergency_phone": ui.emergencyPhoneError,
        "health": ui.healthError, "address": ui.addressError, "notes": ui.notesError,
    }  # fmt: skip
    return {key: label.text() for key, label in labels.items() if label.isVisible()}


def test_every_error_shows_at_once_with_the_first_focused(
    qtbot: QtBot, panel: MembersPanel, gui_context: GuiContext
) -> None:
    dialog = _new_member_dialog(qtbot, panel)
    ui = dialog.ui
    qtbot.keyClicks(ui.emailEdit, "rui@nowhere")
    qtbot.keyClicks(ui.phoneEdit, "12")
    qtbot.keyClicks(ui.birthEdit, "31/02/1990")  # a date the form itself cannot read
    qtbot.keyClicks(ui.emergencyPhoneEdit, "call me")
    ui.healthFlagCheck.setChecked(True)
    qtbot.keyClick(ui.emergencyPhoneEdit, Qt.Key.Key_Return)

    assert _error_labels(dialog) == {
        "name": "Enter the name.",
        "email": "This does not look like an email address (name@example.com).",
        "phone": "Enter a phone number with at least 6 digits.",
        "birth": "Type the date like 24/06/1990 (day, month, year).",
        "emergency_phone": "Enter a phone number with at least 6 digits.",
        "health": "Describe the condition so the desk knows what to watch for.",
    }
    assert dialog.focusWidget() is ui.nameEdit
    assert ui.healthEdit.property("invalid") is True  # the multi-line field is marked too
    assert ui.formError.isVisible() and "Check the 6 fields" in ui.formError.text()
    assert members_service.count_members(actor=gui_context.actor) == 0
    shots = os.environ.get("FITMATE_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(shots) / "member-form-all-errors.png"))

    # A readable date: the service finds the rest, all at once again.
    ui.birthEdit.clear()
    qtbot.keyClicks(ui.birthEdit, "24/06/1990")
    qtbot.keyClick(ui.birthEdit, Qt.Key.Key_Return)
    assert set(_error_labels(dialog)) == {"name", "email", "phone", "emergency_phone", "health"}
    assert dialog.focusWidget() is ui.nameEdit
    assert dialog.state == "editing"

    # Fixing one clears only its message.
    qtbot.keyClicks(ui.nameEdit, "Rui Ferreira")
    assert "name" not in _error_labels(dialog) and "email" in _error_labels(dialog)


def test_the_edit_form_shows_every_error_too(
    qtbot: QtBot, panel: MembersPanel, gui_context: GuiContext, members: dict[str, int]
) -> None:
    detail = members_service.get_member(actor=gui_context.actor, member_id=members["Bruno Costa"])
    dialog = MemberFormDialog(gui_context, member=detail, parent=panel)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.nameEdit.clear()
    ui.phoneEdit.clear()
    qtbot.keyClicks(ui.phoneEdit, "9")
    ui.emailEdit.clear()
    qtbot.keyClicks(ui.emailEdit, "bruno@")
    dialog.save()
    assert set(_error_labels(dialog)) == {"name", "email", "phone"}
    assert dialog.focusWidget() is ui.nameEdit
    again = members_service.get_member(actor=gui_context.actor, member_id=members["Bruno Costa"])
    assert again.full_name == "Bruno Costa" and again.version == detail.version


def test_a_photo_is_previewed_and_saved_with_the_member(
    qtbot: QtBot, panel: MembersPanel, gui_context: GuiContext, tmp_path: Path
) -> None:
    picture = tmp_path / "ana.png"
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b6fb6"))
    assert image.save(str(picture))
    not_a_picture = tmp_path / "notes.txt"
    not_a_picture.write_text("hello", encoding="utf-8")

    dialog = _new_member_dialog(qtbot, panel)
    dialog.set_photo_file(str(not_a_picture))
    assert dialog.ui.photoError.isVisible()
    assert dialog.photo_file is None
    dialog.set_photo_file(str(picture))
    assert not dialog.ui.photoError.isVisible()
    assert "ana.png" in dialog.ui.photoHint.text()
    qtbot.keyClicks(dialog.ui.nameEdit, "Ana Photo")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    assert dialog.saved is not None
    assert members_service.member_photo(actor=gui_context.actor, member_id=dialog.saved.id)


def test_escape_closes_without_saving(
    qtbot: QtBot, panel: MembersPanel, gui_context: GuiContext
) -> None:
    dialog = _new_member_dialog(qtbot, panel)
    qtbot.keyClicks(dialog.ui.nameEdit, "Nobody Saved")
    with qtbot.waitSignal(dialog.finished, timeout=1000):
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert members_service.count_members(actor=gui_context.actor) == 0


# --------------------------------------------------------------------------- editing


def _edit_dialog(qtbot: QtBot, panel: MembersPanel, name: str) -> MemberFormDialog:
    row = _names(panel).index(name)
    panel.ui.membersTable.selectRow(row)
    qtbot.waitUntil(lambda: panel.ui.nameLabel.text() == name, timeout=2000)
    qtbot.keyClick(panel.ui.membersTable, Qt.Key.Key_F4)
    dialog = panel.member_actions.last_dialog
    assert isinstance(dialog, MemberFormDialog)
    return dialog


def test_edit_saves_on_the_version_it_loaded(
    qtbot: QtBot, members: dict[str, int], panel: MembersPanel, gui_context: GuiContext
) -> None:
    dialog = _edit_dialog(qtbot, panel, "Bruno Costa")
    assert dialog.ui.nameEdit.text() == "Bruno Costa"
    assert dialog.ui.phoneEdit.text() == "+351 912 345 002"
    dialog.ui.goalEdit.clear()
    qtbot.keyClicks(dialog.ui.goalEdit, "Bench press 100 kg")
    qtbot.keyClick(dialog.ui.goalEdit, Qt.Key.Key_Return)

    bruno = members_service.get_member(actor=gui_context.actor, member_id=members["Bruno Costa"])
    assert bruno.fitness_goal == "Bench press 100 kg"
    assert bruno.version == 2
    qtbot.waitUntil(lambda: "Bench press" in panel.ui.goalValue.text(), timeout=2000)


def _other_desk_changes(member_id: int, desk_actor, **changes: Any) -> None:
    """The other desk loads the member and saves its own edit first."""
    current = members_service.get_member(actor=desk_actor, member_id=member_id)
    update_member(
        actor=desk_actor,
        member_id=member_id,
        expected_version=current.version,
        form=dataclasses.replace(form_of(current), **changes),
    )


def test_two_desks_editing_the_same_member_see_both_versions(
    qtbot: QtBot, members: dict[str, int], panel: MembersPanel, desk_actor, gui_context
) -> None:
    ana = members["Ana Silva"]
    dialog = _edit_dialog(qtbot, panel, "Ana Silva")
    # Meanwhile the other desk changes her phone and her goal.
    _other_desk_changes(ana, desk_actor, phone="+351 911 000 999", fitness_goal="Half marathon")
    # This desk changes the phone too, and the address.
    dialog.ui.phoneEdit.clear()
    qtbot.keyClicks(dialog.ui.phoneEdit, "+351 933 222 111")
    qtbot.keyClicks(dialog.ui.addressEdit, "Rua da Prata 114, Lisboa")
    qtbot.keyClick(dialog.ui.addressEdit, Qt.Key.Key_Return)

    conflict = dialog.conflict_dialog
    assert isinstance(conflict, ConflictDialog)
    assert conflict.isVisible()
    assert conflict.differing_fields() == ["phone", "address", "fitness_goal"]
    texts = [label.text() for label in conflict.findChildren(QLabel)]
    # Both versions side by side, and who changed what.
    for expected in (
        "+351 933 222 111",
        "+351 911 000 999",
        "Rua da Prata 114, Lisboa",
        "Half marathon",
        "both changed",
        "changed by you",
        "changed by them",
    ):
        assert expected in texts, expected
    # Nothing was saved yet: the database still has the other desk's version.
    now = members_service.get_member(actor=desk_actor, member_id=ana)
    assert (now.phone, now.address) == ("+351 911 000 999", None)

    # The default keeps each desk's own change: my phone and address, their goal.
    qtbot.mouseClick(conflict.save_button, Qt.MouseButton.LeftButton)
    saved = members_service.get_member(actor=desk_actor, member_id=ana)
    assert saved.phone == "+351 933 222 111"
    assert saved.address == "Rua da Prata 114, Lisboa"
    assert saved.fitness_goal == "Half marathon"
    assert saved.version == 3


def test_keep_theirs_loads_their_version_and_saves_nothing(
    qtbot: QtBot, members: dict[str, int], panel: MembersPanel, desk_actor
) -> None:
    carla = members["Carla Murphy"]
    dialog = _edit_dialog(qtbot, panel, "Carla Murphy")
    _other_desk_changes(carla, desk_actor, email="carla@newmail.com")
    dialog.ui.emailEdit.clear()
    qtbot.keyClicks(dialog.ui.emailEdit, "carla.m@example.org")
    qtbot.keyClick(dialog.ui.emailEdit, Qt.Key.Key_Return)

    conflict = dialog.conflict_dialog
    assert conflict is not None
    qtbot.mouseClick(conflict.keep_theirs_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.emailEdit.text() == "carla@newmail.com"
    assert "Nothing of yours was saved" in dialog.ui.formError.text()
    now = members_service.get_member(actor=desk_actor, member_id=carla)
    assert now.email == "carla@newmail.com" and now.version == 2
    # Saving again now works on their version without a new conflict.
    qtbot.keyClicks(dialog.ui.goalEdit, "Swim 1 km")
    qtbot.keyClick(dialog.ui.goalEdit, Qt.Key.Key_Return)
    again = members_service.get_member(actor=desk_actor, member_id=carla)
    assert (again.email, again.fitness_goal, again.version) == (
        "carla@newmail.com",
        "Swim 1 km",
        3,
    )


def test_use_mine_saves_every_field_as_typed_on_their_version(
    qtbot: QtBot, members: dict[str, int], panel: MembersPanel, desk_actor
) -> None:
    diego = members["Diego Murphy"]
    dialog = _edit_dialog(qtbot, panel, "Diego Murphy")
    _other_desk_changes(diego, desk_actor, fitness_goal="Their goal", address="Their street")
    qtbot.keyClicks(dialog.ui.goalEdit, "My goal")
    qtbot.keyClick(dialog.ui.goalEdit, Qt.Key.Key_Return)
    conflict = dialog.conflict_dialog
    assert conflict is not None
    qtbot.mouseClick(conflict.use_mine_button, Qt.MouseButton.LeftButton)
    now = members_service.get_member(actor=desk_actor, member_id=diego)
    assert now.fitness_goal == "My goal"
    assert now.address is None  # mine had no address: "use mine" means all of mine


@pytest.mark.no_db
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24/06/1980", dt.date(1980, 6, 24)),
        ("24.6.1980", dt.date(1980, 6, 24)),
        ("24 6 80", dt.date(1980, 6, 24)),
        ("24061980", dt.date(1980, 6, 24)),
        ("1980-06-24", dt.date(1980, 6, 24)),
        ("", None),
    ],
)
def test_dates_are_read_the_way_people_type_them(typed: str, expected: dt.date | None) -> None:
    assert parse_date(typed, QLocale("en_GB")) == expected


@pytest.mark.no_db
@pytest.mark.parametrize("typed", ["31/02/1990", "tomorrow", "24/06"])
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_date(typed, QLocale("en_GB"))
