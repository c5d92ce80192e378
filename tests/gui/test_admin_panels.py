"""The admin panels over the real services: Users & roles, Settings, Audit log, My account."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pyotp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from fitmate_desktop.gui.context import ConnectionInfo, GuiContext
from fitmate_desktop.gui.panels.account.panel import AccountPanel
from fitmate_desktop.gui.panels.audit import panel as audit_panel_module
from fitmate_desktop.gui.panels.audit.panel import AuditPanel
from fitmate_desktop.gui.panels.settings.panel import SettingsPanel
from fitmate_desktop.gui.panels.users.panel import UsersPanel
from fitmate_desktop.models import AdminOTP, AdminSession, User
from fitmate_desktop.services import accounts, auth, settings, twofactor, users
from fitmate_desktop.services.actor import Actor, system_actor
from fitmate_desktop.services.uow import unit_of_work
from tests.gui.conftest import WORKSTATION
from tests.gui.identity_support import (
    ADMIN_PASSWORD,
    confirm_box,
    enrolled_admin,
    next_code,
    open_question_texts,
    ready_admin,
)

STAFF_PASSWORD = "Staff-Pass-2026!"


def _context(actor: Actor, connection_info: ConnectionInfo) -> GuiContext:
    return GuiContext(actor=actor, connection=connection_info, workstation=WORKSTATION)


def _show(qtbot: QtBot, panel: QWidget) -> QWidget:
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _staff(email: str, name: str, role: str) -> int:
    return users.create_user_from_cli(
        email=email, password=STAFF_PASSWORD, role=role, full_name=name
    ).id


def _user(user_id: int) -> User:
    with unit_of_work() as uow:
        user = uow.session.get(User, user_id)
        assert user is not None
        uow.session.expunge(user)
        return user


@pytest.fixture
def admin(connection_info: ConnectionInfo) -> Actor:
    return ready_admin(workstation=WORKSTATION)


@pytest.fixture
def users_panel(
    qtbot: QtBot, admin: Actor, connection_info: ConnectionInfo
) -> Iterator[UsersPanel]:
    _staff("rita.desk@test.fitmate", "Rita Lopes", "RECEPTION")
    _staff("joao.coach@test.fitmate", "João Pereira", "TRAINER")
    panel = UsersPanel(_context(admin, connection_info))
    _show(qtbot, panel)
    yield panel


def _row_texts(panel: UsersPanel) -> dict[str, list[str]]:
    model = panel.accounts_proxy
    rows = {}
    for row in range(model.rowCount()):
        values = [str(model.index(row, col).data() or "") for col in range(model.columnCount())]
        rows[values[0]] = values
    return rows


def _select(panel: UsersPanel, name: str) -> int:
    account = next(a for a in panel.accounts_model._rows if a.full_name == name)
    assert panel.select_account(account.id)
    return account.id


# -- Users & roles ------------------------------------------------------------------------------


def test_the_accounts_list_shows_role_two_step_and_state(
    qtbot: QtBot, users_panel: UsersPanel
) -> None:
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017 - AuthenticationFailed, as at a desk
            auth.sign_in(email="joao.coach@test.fitmate", password="wrong!", workstation="x")
    users_panel.reload_accounts()
    rows = _row_texts(users_panel)
    assert rows["Rita Lopes"][1:5] == ["rita.desk@test.fitmate", "Reception", "—", "Active"]
    assert rows["João Pereira"][4] == "Locked"
    assert rows["Olga Ferreira"][2:4] == ["Admin", "Not set up"]
    assert users_panel.ui.countLabel.text() == "3 accounts"

    qtbot.keyClicks(users_panel.ui.filterEdit, "recep")
    assert list(_row_texts(users_panel)) == ["Rita Lopes"]
    assert users_panel.ui.countLabel.text() == "1 of 3 accounts"
    qtbot.keyClick(users_panel.ui.filterEdit, Qt.Key.Key_Escape)  # Esc clears the filter
    assert users_panel.ui.filterEdit.text() == ""
    assert users_panel.ui.countLabel.text() == "3 accounts"
    qtbot.keyClicks(users_panel.ui.filterEdit, "nobody-like-this")
    assert users_panel.ui.accountsState.state == "empty"


def test_a_new_account_gets_a_temporary_password_to_replace_at_first_sign_in(
    qtbot: QtBot, users_panel: UsersPanel
) -> None:
    dialog = users_panel.new_account()
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "Marta Silva")
    qtbot.keyClicks(ui.emailEdit, "marta@test.fitmate")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("TRAINER"))
    qtbot.mouseClick(ui.generateButton, Qt.MouseButton.LeftButton)
    temporary = ui.passwordEdit.text()
    assert len(temporary) >= 10
    qtbot.mouseClick(
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )

    assert not dialog.isVisible()
    account = users_panel.selected_account()
    assert account is not None and account.full_name == "Marta Silva"
    assert account.role == "TRAINER" and account.must_change_password
    assert "Account created for Marta Silva" in users_panel.notice.text()
    pending = auth.sign_in(email="marta@test.fitmate", password=temporary, workstation="x")
    assert pending.must_change_password and not pending.ready


def test_a_taken_email_is_refused_next_to_the_email_and_the_form_keeps_its_values(
    qtbot: QtBot, users_panel: UsersPanel
) -> None:
    dialog = users_panel.new_account()
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "Rita Again")
    qtbot.keyClicks(ui.emailEdit, "rita.desk@test.fitmate")
    qtbot.keyClicks(ui.passwordEdit, "Another-Pass-2026")
    dialog.submit()

    assert dialog.isVisible()
    assert dialog.errors.message("email") == "An account with this email already exists."
    assert ui.nameEdit.text() == "Rita Again"
    assert ui.passwordEdit.text() == "Another-Pass-2026"

    ui.passwordEdit.clear()
    qtbot.keyClicks(ui.passwordEdit, "short")
    ui.emailEdit.clear()
    qtbot.keyClicks(ui.emailEdit, "rita.two@test.fitmate")
    dialog.submit()
    assert dialog.errors.message("password") == "Use at least 10 characters."
    assert dialog.errors.message("email") == ""
    dialog.reject()


def test_editing_changes_the_details_and_refuses_to_demote_oneself(
    qtbot: QtBot, users_panel: UsersPanel, admin: Actor
) -> None:
    rita = _select(users_panel, "Rita Lopes")
    dialog = users_panel.edit_selected()
    assert dialog is not None and dialog.ui.emailEdit.text() == "rita.desk@test.fitmate"
    dialog.ui.phoneEdit.setText("+351 912 000 111")
    dialog.submit()
    assert _user(rita).phone == "+351 912 000 111"

    _select(users_panel, "Olga Ferreira")
    dialog = users_panel.edit_selected()
    assert dialog is not None
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("RECEPTION"))
    dialog.submit()
    assert dialog.errors.message("role") == "You cannot take away your own admin role."
    assert dialog.ui.roleCombo.property("invalid") is True
    assert _user(admin.user_id).role == "ADMIN"
    dialog.reject()


def test_archive_asks_naming_the_person_and_restore_brings_them_back(
    qtbot: QtBot, users_panel: UsersPanel
) -> None:
    joao = _select(users_panel, "João Pereira")
    users_panel.archive_or_restore_selected()
    assert open_question_texts() == ["Archive the account of João Pereira?"]
    confirm_box("João Pereira", "Archive")

    assert _user(joao).deleted_at is not None
    assert "João Pereira" not in _row_texts(users_panel)
    qtbot.mouseClick(users_panel.ui.showArchivedCheck, Qt.MouseButton.LeftButton)
    assert _row_texts(users_panel)["João Pereira"][4] == "Archived"

    _select(users_panel, "João Pereira")
    assert users_panel.ui.archiveButton.text() == "Rest&ore account…"
    users_panel.archive_or_restore_selected()
    confirm_box("Restore the account of João Pereira?", "Restore")
    assert _user(joao).deleted_at is None


def test_cancelling_the_question_changes_nothing(qtbot: QtBot, users_panel: UsersPanel) -> None:
    joao = _select(users_panel, "João Pereira")
    users_panel.archive_or_restore_selected()
    confirm_box("João Pereira", "Cancel")
    assert _user(joao).deleted_at is None


def test_one_cannot_archive_or_reset_oneself(users_panel: UsersPanel) -> None:
    _select(users_panel, "Olga Ferreira")
    ui = users_panel.ui
    assert not ui.archiveButton.isEnabled()
    assert not ui.resetPasswordButton.isEnabled()
    assert "My account" in ui.resetPasswordButton.toolTip()


def test_reset_password_and_unlock(qtbot: QtBot, users_panel: UsersPanel) -> None:
    joao = _select(users_panel, "João Pereira")
    dialog = users_panel.reset_password_of_selected()
    assert dialog is not None
    assert "João Pereira" in dialog.windowTitle()
    qtbot.keyClicks(dialog.ui.passwordEdit, "Fresh-Start-2026")
    dialog.submit()
    assert not dialog.isVisible()
    assert _user(joao).must_change_password
    assert "Temporary password set for João Pereira" in users_panel.notice.text()

    for _ in range(6):
        with pytest.raises(Exception):  # noqa: B017
            auth.sign_in(email="joao.coach@test.fitmate", password="wrong!", workstation="x")
    users_panel.reload_accounts()
    _select(users_panel, "João Pereira")
    assert users_panel.ui.unlockButton.isEnabled()
    qtbot.mouseClick(users_panel.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert _user(joao).locked_until is None and _user(joao).failed_attempts == 0
    assert "can sign in again" in users_panel.notice.text()


def test_reset_two_step_asks_then_clears_the_enrolment(
    qtbot: QtBot, admin: Actor, connection_info: ConnectionInfo
) -> None:
    _staff("carla.boss@test.fitmate", "Carla Sousa", "ADMIN")
    pending = auth.sign_in(
        email="carla.boss@test.fitmate", password=STAFF_PASSWORD, workstation="office-2"
    )
    enrolment = twofactor.start_enrolment(actor=pending)
    twofactor.confirm_enrolment(
        actor=pending, secret=enrolment.secret, code=pyotp.TOTP(enrolment.secret).now()
    )
    panel = UsersPanel(_context(admin, connection_info))
    _show(qtbot, panel)
    assert _row_texts(panel)["Carla Sousa"][3] == "On"
    _select(panel, "Carla Sousa")
    assert panel.ui.resetTwoFactorButton.isEnabled()
    panel.reset_two_factor_of_selected()
    confirm_box("Reset the two-step sign-in of Carla Sousa?", "Reset two-step sign-in")
    with unit_of_work() as uow:
        assert uow.session.scalars(select(AdminOTP)).first() is None
    assert _row_texts(panel)["Carla Sousa"][3] == "Not set up"


def test_sessions_list_live_desks_and_revoke_asks_naming_desk_and_person(
    qtbot: QtBot, users_panel: UsersPanel, admin: Actor
) -> None:
    rita = auth.sign_in(
        email="rita.desk@test.fitmate", password=STAFF_PASSWORD, workstation="front-1"
    )
    users_panel.ui.tabs.setCurrentIndex(1)
    model = users_panel.sessions_model
    assert {model.row_at(r).workstation for r in range(model.rowCount())} == {
        WORKSTATION,
        "front-1",
    }
    assert users_panel.ui.sessionsCountLabel.text() == "2 live sessions"

    assert users_panel.select_session(admin.session_id or 0)
    assert not users_panel.ui.revokeButton.isEnabled()  # one's own: sign out instead

    assert users_panel.select_session(rita.session_id or 0)
    assert users_panel.ui.revokeButton.isEnabled()
    users_panel.revoke_selected_session()
    assert open_question_texts() == ["End the session of Rita Lopes at desk front-1?"]
    confirm_box("Rita Lopes", "Revoke session")

    with unit_of_work() as uow:
        row = uow.session.get(AdminSession, rita.session_id)
        assert row is not None and row.revoked_at is not None
    assert auth.heartbeat(actor=rita, active=True).revoked
    assert model.rowCount() == 1
    qtbot.mouseClick(users_panel.ui.showEndedCheck, Qt.MouseButton.LeftButton)
    statuses = {
        model.row_at(r).workstation: model.index(r, model.columnCount() - 1).data()
        for r in range(model.rowCount())
    }
    assert statuses == {WORKSTATION: "Live", "front-1": "Revoked"}


# -- Settings -----------------------------------------------------------------------------------


@pytest.fixture
def settings_panel(
    qtbot: QtBot, admin: Actor, connection_info: ConnectionInfo
) -> Iterator[SettingsPanel]:
    panel = SettingsPanel(_context(admin, connection_info))
    _show(qtbot, panel)
    yield panel


def test_a_bad_email_is_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, settings_panel: SettingsPanel, admin: Actor
) -> None:
    before = settings.get_settings(actor=admin)
    ui = settings_panel.ui
    assert not ui.saveButton.isEnabled()  # nothing changed yet
    ui.gymNameEdit.clear()
    qtbot.keyClicks(ui.gymNameEdit, "Harbour Gym")
    ui.emailEdit.clear()
    qtbot.keyClicks(ui.emailEdit, "hello@")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)

    assert "email address" in settings_panel.field_error("email")
    assert settings_panel.field_error("gym_name") == ""
    assert ui.emailEdit.property("invalid") is True
    assert "Nothing was saved" in settings_panel.notice.text()
    assert settings.get_settings(actor=admin) == before  # not even the good name
    assert ui.emailEdit.text() == "hello@" and ui.gymNameEdit.text() == "Harbour Gym"


def test_every_wrong_field_gets_its_message_at_once(
    qtbot: QtBot, settings_panel: SettingsPanel, admin: Actor
) -> None:
    ui = settings_panel.ui
    ui.gymNameEdit.clear()
    ui.taxRateEdit.setText("twenty")
    ui.currencyCombo.setCurrentText("EURO")
    ui.backupScheduleCombo.setCurrentIndex(ui.backupScheduleCombo.findData("daily"))
    settings_panel.save()
    assert settings_panel.field_error("gym_name") == "Enter the gym's name."
    assert settings_panel.field_error("tax_rate") == "Enter the tax rate in percent, like 23."
    assert "three-letter" in settings_panel.field_error("currency")
    assert settings_panel.field_error("backup_dir") == "Choose a folder for the backups."
    assert ui.currencyCombo.property("invalid") is True
    assert "4 fields need attention" in settings_panel.notice.text()
    assert ui.gymNameEdit.hasFocus()  # the first one, in reading order

    settings_panel.revert()
    assert settings_panel.field_error("gym_name") == ""
    assert not settings_panel.is_dirty()


def test_valid_changes_are_saved_together(
    qtbot: QtBot, settings_panel: SettingsPanel, admin: Actor
) -> None:
    before = settings.get_settings(actor=admin)
    ui = settings_panel.ui
    ui.gymNameEdit.setText("Harbour Gym")
    ui.timezoneCombo.setCurrentText("Europe/Lisbon")
    ui.taxRateEdit.setText("6,5")
    ui.idleStaffSpin.setValue(20)
    ui.notifyLeaveRequests.setChecked(False)
    assert settings_panel.is_dirty()
    qtbot.keyClick(ui.gymNameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    saved = settings.get_settings(actor=admin)
    assert saved.gym_name == "Harbour Gym" and saved.timezone == "Europe/Lisbon"
    assert str(saved.tax_rate) == "6.50" and saved.idle_minutes_staff == 20
    assert saved.notification_prefs["leave_requests"] is False
    assert saved.version == before.version + 1
    assert settings_panel.notice.text().startswith("Settings saved")
    assert not settings_panel.is_dirty()


def test_a_save_after_another_admin_saved_keeps_the_form_and_offers_their_values(
    qtbot: QtBot, settings_panel: SettingsPanel, admin: Actor
) -> None:
    theirs = settings.save_settings(
        actor=system_actor(),
        settings=replace(settings.get_settings(actor=admin), gym_name="Their Gym Name"),
    )
    ui = settings_panel.ui
    ui.phoneEdit.setText("+351 220 000 000")
    settings_panel.save()

    assert settings_panel.notice.tone() == "warn"
    assert "Another admin saved the settings" in settings_panel.notice.text()
    assert ui.phoneEdit.text() == "+351 220 000 000"
    assert settings.get_settings(actor=admin) == theirs
    assert ui.noticeBarButton.isVisible()

    qtbot.mouseClick(ui.noticeBarButton, Qt.MouseButton.LeftButton)
    assert ui.gymNameEdit.text() == "Their Gym Name"
    assert ui.phoneEdit.text() == ""
    ui.phoneEdit.setText("+351 220 000 000")
    settings_panel.save()
    assert settings.get_settings(actor=admin).phone == "+351 220 000 000"


# -- Audit log ----------------------------------------------------------------------------------


def _history(admin: Actor) -> None:
    rita = _staff("rita.desk@test.fitmate", "Rita Lopes", "RECEPTION")
    accounts.update_account(
        actor=admin,
        user_id=rita,
        full_name="Rita M. Lopes",
        email="rita.desk@test.fitmate",
        role="RECEPTION",
    )
    accounts.unlock_account(actor=admin, user_id=rita)


@pytest.fixture
def audit_panel(
    qtbot: QtBot, admin: Actor, connection_info: ConnectionInfo
) -> Iterator[AuditPanel]:
    _history(admin)
    panel = AuditPanel(_context(admin, connection_info))
    _show(qtbot, panel)
    yield panel


def test_the_audit_log_lists_rows_newest_first_and_the_chain_is_intact(
    qtbot: QtBot, audit_panel: AuditPanel
) -> None:
    model = audit_panel.model
    assert model.rowCount() == 4  # the admin's account, Rita's, her new name, the unlock
    ids = [model.row_at(r).id for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True)
    assert model.index(0, 3).data() == "Sign-in unlocked"
    assert model.index(0, 1).data().endswith("@test.fitmate")
    assert audit_panel.ui.countLabel.text() == "4 entries"
    # Read-only: nothing can be edited in place.
    triggers = audit_panel.ui.auditTable.editTriggers()
    assert triggers == QAbstractItemView.EditTrigger.NoEditTriggers

    qtbot.mouseClick(audit_panel.ui.verifyButton, Qt.MouseButton.LeftButton)
    assert audit_panel.chain_text() == "Intact: 4 rows verified"
    assert audit_panel.ui.chainLabel.property("tone") == "ok"


def test_an_entry_shows_before_and_after_with_the_changed_key_marked(
    audit_panel: AuditPanel,
) -> None:
    model = audit_panel.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).action == "user.update")
    audit_panel.select_row(row)
    ui = audit_panel.ui
    assert ui.detailState.state == "content"
    assert ui.detailTitle.text().startswith("Account details changed — Account")
    before, after = ui.beforeView.toPlainText(), ui.afterView.toPlainText()
    assert '● "full_name": "Rita Lopes"' in before
    assert '● "full_name": "Rita M. Lopes"' in after
    assert '"email": "rita.desk@test.fitmate"' in after
    assert '● "email"' not in after  # unchanged keys are not marked
    assert ui.changedLegend.text() == "● 1 changed"


def test_filters_and_load_more(
    qtbot: QtBot, audit_panel: AuditPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    ui = audit_panel.ui
    index = ui.entityCombo.findData("user")
    assert index > 0 and ui.entityCombo.itemText(index) == "Account"
    ui.entityCombo.setCurrentIndex(index)
    assert audit_panel.model.rowCount() == 4

    qtbot.keyClicks(ui.personEdit, "nobody")
    audit_panel.reload()
    assert ui.listState.state == "empty"
    assert ui.listState.message_title() == "No entries match these filters"
    audit_panel.clear_filters()
    assert audit_panel.model.rowCount() == 4 and ui.personEdit.text() == ""

    monkeypatch.setattr(audit_panel_module, "PAGE_SIZE", 2)
    audit_panel.reload()
    assert audit_panel.model.rowCount() == 2
    assert ui.loadMoreButton.isVisible()
    assert ui.countLabel.text() == "2 entries shown, more below"
    qtbot.mouseClick(ui.loadMoreButton, Qt.MouseButton.LeftButton)
    assert audit_panel.model.rowCount() == 4
    assert audit_panel.next_before_id is None
    assert not ui.loadMoreButton.isVisible()

    ui.periodCombo.setCurrentIndex(ui.periodCombo.findData("today"))
    assert audit_panel.model.rowCount() == 2  # the page size is still 2


def test_export_writes_every_matching_entry(audit_panel: AuditPanel, tmp_path) -> None:
    import csv

    path = tmp_path / "audit.csv"
    audit_panel.start_export(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:5] == ["Id", "Time", "Person", "Desk", "Action"]
    assert [r[4] for r in rows[1:]] == ["user.unlock", "user.update", "user.create", "user.create"]
    assert audit_panel.export_message == "Saved 4 entries to audit.csv"


def test_an_altered_row_is_reported_in_red(qtbot: QtBot, audit_panel: AuditPanel, db) -> None:
    with db.engine.begin() as conn:
        # A database owner can switch the guard off; the hash chain still tells.
        conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER trg_audit_log_append_only"))
        victim = conn.execute(text("SELECT min(id) + 1 FROM audit_log")).scalar_one()
        conn.execute(
            text("UPDATE audit_log SET reason = 'nothing to see' WHERE id = :i"), {"i": victim}
        )
        conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER trg_audit_log_append_only"))
    audit_panel.verify_chain()
    assert audit_panel.chain_text() == f"Altered at row {victim}"
    assert audit_panel.ui.chainLabel.property("tone") == "bad"


# -- My account ---------------------------------------------------------------------------------


def test_changing_ones_own_password(
    qtbot: QtBot, desk_actor: Actor, connection_info: ConnectionInfo
) -> None:
    from tests.gui.conftest import DESK_EMAIL, DESK_PASSWORD

    panel = AccountPanel(_context(desk_actor, connection_info))
    _show(qtbot, panel)
    ui = panel.ui
    assert ui.nameLabel.text() == desk_actor.full_name
    assert ui.roleLabel.text() == "Reception"
    assert not ui.twoStepCard.isVisible()  # two-step sign-in is for admins
    form = ui.passwordForm
    assert not form.ui.backButton.isVisible()

    qtbot.keyClicks(form.ui.currentEdit, "wrong-current-password")
    qtbot.keyClicks(form.ui.newEdit, "A-Brand-New-One-2026")
    qtbot.keyClicks(form.ui.repeatEdit, "A-Brand-New-One-2026")
    qtbot.keyClick(form.ui.repeatEdit, Qt.Key.Key_Return)
    assert form.message("current_password") == "The current password is not correct."
    assert form.ui.newEdit.text() == "A-Brand-New-One-2026"

    qtbot.keyClicks(form.ui.currentEdit, DESK_PASSWORD)
    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "Your password was changed" in ui.noticeLabel.text()
    assert form.ui.currentEdit.text() == ""
    assert auth.sign_in(email=DESK_EMAIL, password="A-Brand-New-One-2026", workstation="x").ready


def test_an_admin_sees_the_recovery_codes_left_and_replaces_two_step_sign_in(
    qtbot: QtBot, connection_info: ConnectionInfo
) -> None:
    actor, old_secret, codes = enrolled_admin()
    from fitmate_desktop.services.auth import sign_in, sign_out

    sign_out(actor=actor)
    pending = sign_in(email=actor.email, password=ADMIN_PASSWORD, workstation=WORKSTATION)
    actor = twofactor.verify_second_factor(actor=pending, code=codes[3])
    panel = AccountPanel(_context(actor, connection_info))
    _show(qtbot, panel)
    assert panel.recovery_text() == "Recovery codes left: 9 of 10."

    dialog = panel.replace_two_step()
    page = dialog.enrol_page
    assert page.has_qr() and page.secret != old_secret
    qtbot.keyClicks(page.ui.codeEdit, pyotp.TOTP(page.secret).now())
    qtbot.keyClick(page.ui.codeEdit, Qt.Key.Key_Return)
    assert dialog.enrolled
    assert len(dialog.codes_page.codes) == 10
    qtbot.mouseClick(dialog.codes_page.ui.savedCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.codes_page.ui.continueButton, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert panel.recovery_text() == "Recovery codes left: 10 of 10."
    assert "Two-step sign-in replaced" in panel.ui.noticeLabel.text()
    # The old app's codes no longer work.
    again = sign_in(email=actor.email, password=ADMIN_PASSWORD, workstation=WORKSTATION)
    with pytest.raises(Exception, match="not correct"):
        twofactor.verify_second_factor(actor=again, code=next_code(old_secret))


def test_cancelling_the_replacement_keeps_the_old_two_step_sign_in(
    qtbot: QtBot, connection_info: ConnectionInfo
) -> None:
    actor, old_secret, _codes = enrolled_admin()
    panel = AccountPanel(_context(actor, connection_info))
    _show(qtbot, panel)
    dialog = panel.replace_two_step()
    qtbot.keyClick(dialog.enrol_page.ui.codeEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    pending = auth.sign_in(email=actor.email, password=ADMIN_PASSWORD, workstation="x")
    assert twofactor.verify_second_factor(actor=pending, code=next_code(old_secret)).ready
