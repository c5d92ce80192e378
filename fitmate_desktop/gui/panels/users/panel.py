"""Users & roles: the staff accounts and the desk sessions, for admins.

Accounts: a filterable, sortable list on the left, the selected person on the right with
what can be done to them (edit, reset password, unlock, reset two-step sign-in, archive or
restore). Sessions: every desk signed in now (or also the ended ones), and Revoke.

Keyboard: Ctrl+N new account, Ctrl+F the filter, Enter or double-click edits the selected
account, F5 reads the lists again. Every change is made by the services, which check the
permission and write the audit log; the destructive ones ask once, naming the person.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QModelIndex,
    QRegularExpression,
    QSettings,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.forms.ui_users_panel import Ui_UsersPanel
from fitmate_desktop.gui.panels.base import Panel
from fitmate_desktop.gui.panels.registry import register_panel
from fitmate_desktop.gui.panels.users.dialogs import AccountDialog, ResetPasswordDialog
from fitmate_desktop.gui.panels.users.models import (
    SORT_ROLE,
    AccountsModel,
    SessionsModel,
    account_status_look,
    role_title,
    two_step_look,
)
from fitmate_desktop.gui.style import icon, icon_pixmap, set_tone, tone_colors
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.gui.widgets.avatar import avatar_pixmap
from fitmate_desktop.gui.widgets.badge_delegate import BadgeDelegate
from fitmate_desktop.gui.widgets.form_support import ask, user_message
from fitmate_desktop.gui.widgets.look import clear_on_escape, primary_icon, use_identity_style
from fitmate_desktop.gui.widgets.notice import Notice
from fitmate_desktop.gui.widgets.records_model import RecordsModel
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import accounts as accounts_service
from fitmate_desktop.services import twofactor
from fitmate_desktop.services.accounts import Account, DeskSession

log = logging.getLogger(__name__)


@register_panel(
    name="users",
    title="Users & roles",
    icon="users-roles",
    permission=Permission.USERS_MANAGE,
    order=900,
)
class UsersPanel(Panel):
    """Staff accounts and desk sessions; see the module docstring."""

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_UsersPanel()
        self.ui.setupUi(self)
        use_identity_style(self)
        self.fmt = context.formatter
        self.actor = context.actor
        ui = self.ui
        self.notice = Notice(ui.noticeBar, ui.noticeBarIcon, ui.noticeBarLabel)
        self._accounts_task = LatestOnly(self)
        self._sessions_task = LatestOnly(self)
        self._action_task = LatestOnly(self)
        self._selected_id: int | None = None
        self._sessions_loaded = False
        self._activated_once = False

        self.accounts_model = AccountsModel(self.fmt, self)
        self.accounts_proxy = self._proxy(self.accounts_model)
        self.accounts_proxy.setFilterKeyColumn(-1)
        ui.accountsTable.setModel(self.accounts_proxy)
        self.sessions_model = SessionsModel(self.fmt, self)
        self.sessions_proxy = self._proxy(self.sessions_model)
        ui.sessionsTable.setModel(self.sessions_proxy)
        badges = BadgeDelegate(self)
        for column in ("two_step", "status"):
            ui.accountsTable.setItemDelegateForColumn(self._col(AccountsModel, column), badges)
        ui.sessionsTable.setItemDelegateForColumn(self._col(SessionsModel, "status"), badges)
        self._setup_header(ui.accountsTable, self.accounts_model)
        self._setup_header(ui.sessionsTable, self.sessions_model)
        ui.accountsTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui.sessionsTable.sortByColumn(
            self._col(SessionsModel, "started"), Qt.SortOrder.DescendingOrder
        )
        self._restore_layout()

        ui.filterEdit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        ui.newButton.setIcon(primary_icon("plus"))
        ui.editButton.setIcon(icon("edit"))
        ui.resetPasswordButton.setIcon(icon("key"))
        ui.unlockButton.setIcon(icon("unlock"))
        ui.resetTwoFactorButton.setIcon(icon("shield-alert"))
        ui.archiveButton.setIcon(icon("archive"))
        ui.refreshButton.setIcon(icon("refresh"))
        ui.revokeButton.setIcon(icon("revoke"))
        ui.tabs.setTabIcon(0, icon("users-roles"))
        ui.tabs.setTabIcon(1, icon("session"))
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)

        ui.newButton.clicked.connect(self.new_account)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.resetPasswordButton.clicked.connect(self.reset_password_of_selected)
        ui.unlockButton.clicked.connect(self.unlock_selected)
        ui.resetTwoFactorButton.clicked.connect(self.reset_two_factor_of_selected)
        ui.archiveButton.clicked.connect(self.archive_or_restore_selected)
        ui.refreshButton.clicked.connect(self.reload_sessions)
        ui.revokeButton.clicked.connect(self.revoke_selected_session)
        ui.filterEdit.textChanged.connect(self._apply_filter)
        ui.showArchivedCheck.toggled.connect(lambda _on: self.reload_accounts())
        ui.showEndedCheck.toggled.connect(lambda _on: self.reload_sessions())
        ui.accountsTable.selectionModel().selectionChanged.connect(self._on_account_selection)
        ui.accountsTable.activated.connect(lambda _index: self.edit_selected())
        ui.sessionsTable.selectionModel().selectionChanged.connect(
            lambda _s, _d: self._update_session_actions()
        )
        ui.tabs.currentChanged.connect(self._on_tab)
        for table in (ui.accountsTable, ui.sessionsTable):
            table.horizontalHeader().sectionResized.connect(lambda *_a: self._save_layout())

        self._shortcut(QKeySequence.StandardKey.New, self.new_account)
        self._shortcut(QKeySequence.StandardKey.Find, self.focus_primary)
        self._shortcut(QKeySequence(Qt.Key.Key_F5), self._refresh_current_tab)
        clear_on_escape(ui.filterEdit)

        self._show_no_selection()
        self._update_session_actions()
        self.reload_accounts()

    # -- helpers ---------------------------------------------------------------------------------

    def _proxy(self, model: RecordsModel) -> QSortFilterProxyModel:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return proxy

    @staticmethod
    def _col(model: type[RecordsModel], key: str) -> int:
        return [c.key for c in model.columns].index(key)

    def _shortcut(self, sequence: QKeySequence | QKeySequence.StandardKey, slot: object) -> None:
        shortcut = QShortcut(QKeySequence(sequence), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    @staticmethod
    def _setup_header(table: QTableView, model: RecordsModel) -> None:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for n, column in enumerate(model.columns):
            header.resizeSection(n, column.width)

    def _settings_key(self, name: str) -> str:
        workstation = self.context.workstation or "default"
        return f"{self.context.settings_prefix('users')}/{workstation}/{name}"

    def _restore_layout(self) -> None:
        settings = QSettings()
        for name, table in (
            ("accounts", self.ui.accountsTable),
            ("sessions", self.ui.sessionsTable),
        ):
            state = settings.value(self._settings_key(name))
            if isinstance(state, QByteArray) and not state.isEmpty():
                table.horizontalHeader().restoreState(state)

    def _save_layout(self) -> None:
        settings = QSettings()
        settings.setValue(
            self._settings_key("accounts"), self.ui.accountsTable.horizontalHeader().saveState()
        )
        settings.setValue(
            self._settings_key("sessions"), self.ui.sessionsTable.horizontalHeader().saveState()
        )

    # -- Panel -----------------------------------------------------------------------------------

    def focus_primary(self) -> None:
        """Ctrl+F / panel switch: the filter of the tab on screen."""
        if self.ui.tabs.currentIndex() == 0:
            self.ui.filterEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.ui.filterEdit.selectAll()
        else:
            self.ui.sessionsTable.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def panel_activated(self) -> None:
        """Another admin may have changed something meanwhile: read the lists again."""
        if not self._activated_once:
            self._activated_once = True  # built a moment ago: the lists are fresh
            return
        if self.accounts_model.rowCount() or self.ui.accountsState.state == "error":
            self.reload_accounts()
        if self._sessions_loaded:
            self.reload_sessions()

    def connection_restored(self) -> None:
        """Retry whatever failed while the database was away."""
        if self.ui.accountsState.state == "error":
            self.reload_accounts()
        if self.ui.sessionsState.state == "error":
            self.reload_sessions()

    def _on_tab(self, index: int) -> None:
        if index == 1 and not self._sessions_loaded:
            self.reload_sessions()

    def _refresh_current_tab(self) -> None:
        if self.ui.tabs.currentIndex() == 0:
            self.reload_accounts()
        else:
            self.reload_sessions()

    # -- accounts --------------------------------------------------------------------------------

    def reload_accounts(self) -> None:
        """Read the accounts (on a worker), keeping the selected person selected."""
        actor = self.actor
        include_archived = self.ui.showArchivedCheck.isChecked()
        self.ui.accountsState.show_loading("Loading accounts…")
        self._accounts_task.run(
            lambda: accounts_service.list_accounts(actor=actor, include_archived=include_archived),
            on_done=self._show_accounts,
            on_error=self._accounts_failed,
        )

    def _show_accounts(self, rows: tuple[Account, ...]) -> None:
        keep = self._selected_id
        self.accounts_model.set_rows(rows)
        self._update_accounts_view()
        if (keep is not None and not self._select_account(keep)) or keep is None:
            self._show_no_selection()

    def _accounts_failed(self, err: BaseException) -> None:
        self.ui.accountsState.show_error(
            "Couldn’t load the accounts", user_message(err), retry=self.reload_accounts
        )
        self.ui.countLabel.setText("")

    def _apply_filter(self, text: str) -> None:
        words = text.strip()
        pattern = QRegularExpression(re.escape(words)) if words else QRegularExpression()
        pattern.setPatternOptions(QRegularExpression.PatternOption.CaseInsensitiveOption)
        self.accounts_proxy.setFilterRegularExpression(pattern)
        self._update_accounts_view()

    def _update_accounts_view(self) -> None:
        ui = self.ui
        total = self.accounts_model.rowCount()
        shown = self.accounts_proxy.rowCount()
        words = ui.filterEdit.text().strip()
        if total and not shown:
            ui.accountsState.show_empty(
                f"No accounts match ‘{words}’",
                "Check the spelling, or filter by email or role.",
                action_text="Clear filter",
                action=lambda: ui.filterEdit.clear(),
            )
        elif not total:
            ui.accountsState.show_empty(
                "No staff accounts yet", "Press New account to add the first.", icon_name="user"
            )
        else:
            ui.accountsState.show_content()
        noun = self.fmt.count(total, "account")
        ui.countLabel.setText(noun if shown == total else f"{shown} of {noun}")

    def _select_account(self, user_id: int) -> bool:
        row = self.accounts_model.row_of(user_id)
        if row is None:
            return False
        index = self.accounts_proxy.mapFromSource(self.accounts_model.index(row, 0))
        if not index.isValid():
            return False
        table = self.ui.accountsTable
        table.selectRow(index.row())
        table.scrollTo(index)
        self._show_account(self.accounts_model.row_at(row))
        return True

    def _on_account_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        account = self.selected_account()
        if account is None:
            self._show_no_selection()
        else:
            self._show_account(account)

    def selected_account(self) -> Account | None:
        """The account selected in the list (None when nothing is)."""
        rows = self.ui.accountsTable.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.accounts_proxy.mapToSource(rows[0])
        if not source.isValid():
            return None
        account: Account = self.accounts_model.row_at(source.row())
        return account

    def select_account(self, user_id: int) -> bool:
        """Select the account with ``user_id`` (tests, and after a save)."""
        return self._select_account(user_id)

    def _show_no_selection(self) -> None:
        self._selected_id = None
        self.ui.detailState.show_empty(
            "Select an account",
            "Their role, sign-in state and what you can do for them appear here.",
            icon_name="user",
        )

    def _show_account(self, account: Account) -> None:
        self._selected_id = account.id
        ui = self.ui
        ui.detailState.show_content()
        ui.avatarLabel.setPixmap(avatar_pixmap(account.full_name, 48))
        ui.nameLabel.setText(account.full_name)
        ui.emailLabel.setText(account.email)
        look = account_status_look(account)
        set_tone(ui.accountBand, look.tone)
        ui.statusIcon.setPixmap(icon_pixmap(look.icon, 18, color=tone_colors(look.tone)[1]))
        ui.statusLabel.setText(look.tooltip)
        ui.roleValue.setText(role_title(account.role))
        ui.phoneValue.setText(account.phone or "—")
        two_step = two_step_look(account)
        ui.twoStepValue.setText(two_step.tooltip if two_step else "Not used for this role")
        if account.last_login_at is None:
            ui.lastSignInValue.setText("Has not signed in yet")
            ui.lastSignInValue.setToolTip("")
        else:
            ui.lastSignInValue.setText(self.fmt.relative(account.last_login_at))
            ui.lastSignInValue.setToolTip(self.fmt.exact_datetime(account.last_login_at))
        ui.failedValue.setText(str(account.failed_attempts))
        is_me = account.id == self.actor.user_id
        ui.resetPasswordButton.setEnabled(not account.archived and not is_me)
        ui.resetPasswordButton.setToolTip("Change your own password in My account" if is_me else "")
        ui.unlockButton.setEnabled(account.locked or account.failed_attempts > 0)
        admin_enrolled = account.role == "ADMIN" and account.two_factor
        ui.resetTwoFactorButton.setEnabled(admin_enrolled and not is_me)
        ui.resetTwoFactorButton.setToolTip(
            "Replace your own two-step sign-in in My account"
            if is_me
            else ("" if admin_enrolled else "Only admins who set it up have two-step sign-in")
        )
        ui.archiveButton.setText("Rest&ore account…" if account.archived else "&Archive account…")
        ui.archiveButton.setIcon(icon("restore" if account.archived else "archive"))
        ui.archiveButton.setEnabled(not is_me)
        ui.archiveButton.setToolTip("You cannot archive your own account" if is_me else "")

    # -- account actions -------------------------------------------------------------------------

    def new_account(self) -> AccountDialog:
        """Ctrl+N: the New account dialog."""
        dialog = AccountDialog(self.actor, self)
        dialog.sig_saved.connect(
            lambda user_id, name: self._after_change(
                user_id,
                f"Account created for {name}. They sign in with the temporary password and "
                "then choose their own.",
            )
        )
        dialog.open()
        return dialog

    def edit_selected(self) -> AccountDialog | None:
        """Enter / double-click: the selected person's details."""
        account = self.selected_account()
        if account is None:
            return None
        dialog = AccountDialog(self.actor, self, account=account)
        dialog.sig_saved.connect(
            lambda user_id, name: self._after_change(user_id, f"Saved the details of {name}.")
        )
        dialog.open()
        return dialog

    def reset_password_of_selected(self) -> ResetPasswordDialog | None:
        """A temporary password for the selected person."""
        account = self.selected_account()
        if account is None or not self.ui.resetPasswordButton.isEnabled():
            return None
        dialog = ResetPasswordDialog(self.actor, account, self)
        dialog.sig_done.connect(
            lambda user_id, name: self._after_change(
                user_id,
                f"Temporary password set for {name}. They choose a new one at their next sign-in.",
            )
        )
        dialog.open()
        return dialog

    def unlock_selected(self) -> None:
        """Lift the lockout after failed sign-ins (not destructive: no question)."""
        account = self.selected_account()
        if account is None:
            return
        actor, user_id = self.actor, account.id
        self._run_action(
            lambda: accounts_service.unlock_account(actor=actor, user_id=user_id),
            user_id,
            f"{account.full_name} can sign in again.",
        )

    def reset_two_factor_of_selected(self) -> None:
        """Ask once, naming the person, then clear their two-step sign-in."""
        account = self.selected_account()
        if account is None or not self.ui.resetTwoFactorButton.isEnabled():
            return
        actor, user_id, name = self.actor, account.id, account.full_name
        ask(
            self,
            title="Reset two-step sign-in",
            text=f"Reset the two-step sign-in of {name}?",
            details=(
                "Their authenticator app and recovery codes stop working. They set up a new "
                "one the next time they sign in."
            ),
            confirm="Reset two-step sign-in",
            warning=True,
            on_confirm=lambda: self._run_action(
                lambda: twofactor.reset_two_factor(actor=actor, user_id=user_id),
                user_id,
                f"Two-step sign-in of {name} was reset; they set it up again at their next "
                "sign-in.",
            ),
        )

    def archive_or_restore_selected(self) -> None:
        """Ask once, naming the person, then archive (or restore) the account."""
        account = self.selected_account()
        if account is None or not self.ui.archiveButton.isEnabled():
            return
        actor, user_id, name = self.actor, account.id, account.full_name
        archive = not account.archived
        if archive:
            text = f"Archive the account of {name}?"
            details = (
                "They can no longer sign in, and any desk where they are signed in now is "
                "signed out. Everything they did stays on record; you can restore the account "
                "later."
            )
            done = f"{name} is archived and can no longer sign in."
        else:
            text = f"Restore the account of {name}?"
            details = "They can sign in again with their password."
            done = f"{name} is restored and can sign in again."
        ask(
            self,
            title="Archive account" if archive else "Restore account",
            text=text,
            details=details,
            confirm="Archive" if archive else "Restore",
            warning=archive,
            on_confirm=lambda: self._run_action(
                lambda: accounts_service.set_account_archived(
                    actor=actor, user_id=user_id, archived=archive
                ),
                user_id,
                done,
            ),
        )

    def _run_action(self, work: Callable[[], object], user_id: int, done_text: str) -> None:
        self.notice.hide()
        self._action_task.run(
            work,
            on_done=lambda _r: self._after_change(user_id, done_text),
            on_error=lambda err: self.notice.show(user_message(err), "bad"),
        )

    def _after_change(self, user_id: int, text: str) -> None:
        self._selected_id = user_id
        self.notice.show(text, "ok")
        self.reload_accounts()
        if self._sessions_loaded:
            # Archiving signs the person out everywhere.
            self.reload_sessions()

    # -- sessions --------------------------------------------------------------------------------

    def reload_sessions(self) -> None:
        """Read the desk sessions (on a worker)."""
        actor = self.actor
        live_only = not self.ui.showEndedCheck.isChecked()
        self._sessions_loaded = True
        self.ui.sessionsState.show_loading("Loading sessions…")
        self._sessions_task.run(
            lambda: accounts_service.list_sessions(actor=actor, live_only=live_only),
            on_done=self._show_sessions,
            on_error=self._sessions_failed,
        )

    def _show_sessions(self, rows: tuple[DeskSession, ...]) -> None:
        keep = self.selected_session()
        self.sessions_model.set_rows(rows)
        ui = self.ui
        if not rows:
            ui.sessionsState.show_empty(
                "No desk is signed in",
                "Sessions appear here while people are signed in.",
                icon_name="session",
            )
        else:
            ui.sessionsState.show_content()
        live = sum(1 for s in rows if s.ended_at is None)
        text = self.fmt.count(live, "live session")
        if ui.showEndedCheck.isChecked():
            text += f" · {self.fmt.count(len(rows) - live, 'ended')}"
        ui.sessionsCountLabel.setText(text)
        if keep is not None:
            row = self.sessions_model.row_of(keep.id)
            if row is not None:
                index = self.sessions_proxy.mapFromSource(self.sessions_model.index(row, 0))
                ui.sessionsTable.selectRow(index.row())
        self._update_session_actions()

    def _sessions_failed(self, err: BaseException) -> None:
        self.ui.sessionsState.show_error(
            "Couldn’t load the sessions", user_message(err), retry=self.reload_sessions
        )

    def selected_session(self) -> DeskSession | None:
        """The session selected in the Sessions list."""
        model = self.ui.sessionsTable.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            return None
        source: QModelIndex = self.sessions_proxy.mapToSource(rows[0])
        session: DeskSession = self.sessions_model.row_at(source.row())
        return session

    def select_session(self, session_id: int) -> bool:
        """Select the session with ``session_id`` (tests)."""
        row = self.sessions_model.row_of(session_id)
        if row is None:
            return False
        index = self.sessions_proxy.mapFromSource(self.sessions_model.index(row, 0))
        self.ui.sessionsTable.selectRow(index.row())
        return True

    def _update_session_actions(self) -> None:
        session = self.selected_session()
        button = self.ui.revokeButton
        own = session is not None and session.id == self.actor.session_id
        button.setEnabled(session is not None and session.ended_at is None and not own)
        if own:
            button.setToolTip("This is your own session: sign out instead")
        elif session is not None and session.ended_at is not None:
            button.setToolTip("This session has already ended")
        else:
            button.setToolTip("End the selected desk's session; it locks within a minute")

    def revoke_selected_session(self) -> None:
        """Ask once, naming the desk and the person, then end that session."""
        session = self.selected_session()
        if session is None or not self.ui.revokeButton.isEnabled():
            return
        session_id = session.id
        where = f"desk {session.workstation}"
        ask(
            self,
            title="Revoke session",
            text=f"End the session of {session.full_name} at {where}?",
            details=(
                "That desk locks within a minute and asks them to sign in again. Anything "
                "they were typing there is not saved."
            ),
            confirm="Revoke session",
            warning=True,
            on_confirm=lambda: self._revoke(session_id, session.full_name, where),
        )

    def _revoke(self, session_id: int, name: str, where: str) -> None:
        self.notice.hide()
        actor = self.actor
        self._action_task.run(
            lambda: accounts_service.revoke_session(actor=actor, session_id=session_id),
            on_done=lambda _r: self._after_revoke(f"The session of {name} at {where} was ended."),
            on_error=lambda err: self.notice.show(user_message(err), "bad"),
        )

    def _after_revoke(self, text: str) -> None:
        self.notice.show(text, "ok")
        self.reload_sessions()
