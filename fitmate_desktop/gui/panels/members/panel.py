"""The Members panel: search as you type, a lazy table, and the selected member's details.

Keyboard: Ctrl+F (or F2) to the search box; Down/PageDown from the search box into the
table; Enter or double-click on a row moves the focus into the detail pane; Esc in the detail
pane goes back to the table, Esc in the search box clears it.

Columns: click Code, Name, Last visit, Membership end or Member since to sort (again for the
other direction); the service pages every order by its index. Headers never elide: each
column keeps at least the width of its title, the table scrolls sideways instead, and the
detail pane keeps the width of its action buttons. Below ``NARROW_WIDTH`` pixels the detail
pane moves under the list.

A trainer's panel is "My trainees": the services list, count, search and export only their
own trainees (``services.member_access``).

Actions (``actions.py``; each shown only to roles that may use it, the services check again):
Ctrl+N new member, F4 edit, F5 take payment, F6 renew, F7 sell a membership, Ctrl+P print the
card; the Membership menu holds upgrade, freeze, unfreeze, auto-renewal and cancel for the
current membership, and every membership in the history has the same menu on its "⋯" button.
The More menu has the card, archiving and, for an admin, "Export member data…" and "Erase
member…" (``data_rights.py``). The payments section has Receipt and Refund per payment.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLineEdit,
    QWidget,
)

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import MEMBERS, MEMBERSHIPS, PAYMENTS, VISITS
from fitmate_desktop.gui.forms.ui_members_panel import Ui_MembersPanel
from fitmate_desktop.gui.panels.base import Panel
from fitmate_desktop.gui.panels.members.actions import MemberActionBar
from fitmate_desktop.gui.panels.members.columns import MembersHeader
from fitmate_desktop.gui.panels.members.data_rights import MemberDataRights
from fitmate_desktop.gui.panels.members.detail import MemberDetailView
from fitmate_desktop.gui.panels.members.export import (
    EXPORT_BATCH,
    suggested_name,
    write_members_csv,
)
from fitmate_desktop.gui.panels.members.flows import MemberActions
from fitmate_desktop.gui.panels.members.model import (
    COLUMN_INDEX,
    MEMBER_ID_ROLE,
    MembersModel,
)
from fitmate_desktop.gui.panels.registry import register_panel
from fitmate_desktop.gui.style import icon, set_tone
from fitmate_desktop.gui.tasks import LatestOnly, Task, run_in_background
from fitmate_desktop.gui.widgets.badge_delegate import BadgeDelegate
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import members as members_service
from fitmate_desktop.services import memberships as memberships_service
from fitmate_desktop.services import payments as payments_service
from fitmate_desktop.services.errors import NotFound, ServiceError
from fitmate_desktop.services.member_access import restricted_to_own
from fitmate_desktop.services.members import MemberDetail
from fitmate_desktop.services.memberships import MembershipInfo
from fitmate_desktop.services.payments import PaymentInfo

log = logging.getLogger(__name__)

DEFAULT_VISUAL_ORDER = (
    "code",
    "name",
    "status",
    "last_visit",
    "membership_end",
    "plan",
    "days_left",
    "joined",
    "phone",
    "email",
)
# Narrower than this (a window not maximised), the detail pane goes under the list.
NARROW_WIDTH = 1000

SEARCH_DEBOUNCE_MS = 150
DETAIL_DEBOUNCE_MS = 80
PAYMENTS_IN_DETAIL = 10
GENERIC_LOAD_ERROR = (
    "Something unexpected went wrong. Try again; if it keeps happening, tell an administrator."
)


def user_message(err: BaseException) -> str:
    """What to tell the person about ``err``: the service's own words, never a traceback."""
    if isinstance(err, ServiceError):
        return str(err)
    log.error("Unexpected error in the Members panel", exc_info=err)
    return GENERIC_LOAD_ERROR


@dataclass(frozen=True)
class MemberBundle:
    """What the detail pane shows: the member, their memberships and latest payments."""

    member: MemberDetail
    memberships: tuple[MembershipInfo, ...]
    payments: tuple[PaymentInfo, ...] | None  # None: this role does not see payments


@register_panel(
    name="members",
    title="Members",
    icon="members",
    permission=Permission.MEMBERS_VIEW,
    order=20,
)
class MembersPanel(Panel):
    """The searchable list of members with a read-only detail pane on the right."""

    # Payments only show in the detail pane (its payments section): they reload the detail.
    refresh_on = frozenset({MEMBERS, MEMBERSHIPS, VISITS, PAYMENTS})

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_MembersPanel()
        self.ui.setupUi(self)
        self.fmt = context.formatter
        ui = self.ui

        self.model = MembersModel(context.actor, self.fmt, self)
        ui.membersTable.setModel(self.model)
        ui.membersTable.setItemDelegateForColumn(COLUMN_INDEX["status"], BadgeDelegate(self))
        self._detail = MemberDetailView(ui, self.fmt)
        self._detail_task = LatestOnly(self)
        self._photo_task = LatestOnly(self)
        self._export_task: Task | None = None
        self._selected_id: int | None = None
        self.member_actions = MemberActions(context, self)
        self.own_only = restricted_to_own(context.actor)

        ui.searchEdit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        ui.exportButton.setIcon(icon("export"))
        ui.noticeLabel.setVisible(False)
        if self.own_only:
            ui.titleLabel.setText("My trainees")
            ui.searchEdit.setPlaceholderText("Search your trainees by name, phone, email or code")
            ui.exportButton.setToolTip("Save your trainees that match the search as a CSV file")
        ui.splitter.setChildrenCollapsible(False)
        # The list gets two thirds; the detail pane at least its action buttons' width.
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([700, 350])
        # What the desk checks first (who, and may they train) comes first on screen; what
        # does not fit is hidden, never cut. People can drag columns elsewhere; the order is
        # remembered with the widths and the sort.
        self.columns = MembersHeader(ui.membersTable, DEFAULT_VISUAL_ORDER)
        self.columns.follow(lambda: (self.model.sort_key, self.model.descending))
        self.columns.sig_sort.connect(lambda key, desc: self.sort_by(key, descending=desc))
        self._restore_layout()

        # Search as you type: wait for a pause in typing, so "ana silva" is one query, not nine.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_search)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())

        # Arrowing through rows asks for details only once the selection settles.
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DEBOUNCE_MS)
        self._detail_timer.timeout.connect(self._load_detail)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self._save_layout)
        header = ui.membersTable.horizontalHeader()
        header.sectionResized.connect(self._save_timer.start)
        header.sortIndicatorChanged.connect(self._save_timer.start)
        ui.splitter.splitterMoved.connect(self._save_timer.start)

        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(8000)
        self._notice_timer.timeout.connect(lambda: ui.noticeLabel.setVisible(False))
        self.member_actions.sig_notice.connect(self._show_notice)
        self.rights = MemberDataRights(context, self)
        self.rights.sig_notice.connect(self._show_notice)
        self.rights.sig_erased.connect(self._show_erased)
        self.action_bar = MemberActionBar(
            self, context, ui, self.model, self.member_actions, self.rights, own_only=self.own_only
        )
        # The widgets by the names the rest of the program (and its tests) know them.
        self.archived_box = self.action_bar.archived_box
        self.new_button = self.action_bar.new_button
        self.edit_button = self.action_bar.edit_button
        self.pay_button = self.action_bar.pay_button
        self.membership_button = self.action_bar.membership_button
        self.more_button = self.action_bar.more_button
        # The keyboard's actions (Ctrl+N, F4-F7, Ctrl+P), callable on the panel too.
        bar = self.action_bar
        self.new_member, self.edit_member = bar.new_member, bar.edit_member
        self.take_payment, self.renew, self.sell = bar.take_payment, bar.renew, bar.sell
        self.print_card = bar.print_card

        self.model.sig_batch.connect(self._on_batch)
        self.model.sig_failed.connect(self._on_list_failed)
        self.model.sig_count.connect(self._on_count)
        ui.membersTable.selectionModel().currentRowChanged.connect(self._on_current_row)
        ui.membersTable.activated.connect(self._focus_detail)
        ui.membersTable.doubleClicked.connect(self._focus_detail)
        ui.exportButton.clicked.connect(self._export)

        ui.searchEdit.installEventFilter(self)
        ui.detailScroll.installEventFilter(self)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_primary)

        self._show_no_selection()
        # Loading first: in synchronous mode (tests) the answer arrives inside set_query.
        ui.listState.show_loading("Loading members…")
        self.model.set_query("")

    # -- Panel -----------------------------------------------------------------------------------

    def focus_primary(self) -> None:
        """F2 / Ctrl+F: the search box, with its text selected for overtyping."""
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def refresh(self, kinds: frozenset[str]) -> None:
        """Something changed here or at another desk: reload what shows it.

        Visits only appear in the detail pane, so a check-in at the door reloads the detail
        and leaves the list (and the receptionist's scroll position) alone.
        """
        if kinds & {MEMBERS, MEMBERSHIPS}:
            self.model.reload()
        if self._selected_id is not None:
            self._load_detail()

    def connection_restored(self) -> None:
        """Retry whatever failed while the database was away."""
        if self.ui.listState.state == "error":
            self._retry_list()
        if self.ui.detailState.state == "error":
            self._load_detail()

    # -- layout memory ---------------------------------------------------------------------------

    def _settings_key(self, name: str) -> str:
        # Per workstation: several desks may share one user profile on a terminal server.
        workstation = self.context.workstation or "default"
        return f"{self.context.settings_prefix('members')}/{workstation}/{name}"

    def _restore_layout(self) -> None:
        settings = QSettings()
        header_state = settings.value(self._settings_key("header"))
        if isinstance(header_state, QByteArray) and not header_state.isEmpty():
            self.ui.membersTable.horizontalHeader().restoreState(header_state)
        splitter_state = settings.value(self._settings_key("splitter"))
        if isinstance(splitter_state, QByteArray) and not splitter_state.isEmpty():
            self.ui.splitter.restoreState(splitter_state)
        self.columns.restored()
        sort = self.columns.restored_sort()
        if sort is not None:
            self.model.set_sort(*sort, reload=False)  # the first load follows
        self.columns.show_sort()

    def sort_by(self, key: str, *, descending: bool = False) -> None:
        """Sort the list by ``key`` (``members.SORTS``), as a click on its header does."""
        if (key, descending) != (self.model.sort_key, self.model.descending):
            self.ui.listState.show_loading("Sorting…")
            self.model.set_sort(key, descending)
        self.columns.show_sort()

    # -- narrow windows --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = (
            Qt.Orientation.Vertical if self.width() < NARROW_WIDTH else Qt.Orientation.Horizontal
        )
        splitter = self.ui.splitter
        if splitter.orientation() != wanted:
            splitter.setOrientation(wanted)
            total = splitter.height() if wanted == Qt.Orientation.Vertical else splitter.width()
            splitter.setSizes([total * 3 // 5, total * 2 // 5])

    def _save_layout(self) -> None:
        settings = QSettings()
        settings.setValue(
            self._settings_key("header"), self.ui.membersTable.horizontalHeader().saveState()
        )
        settings.setValue(self._settings_key("splitter"), self.ui.splitter.saveState())

    def hideEvent(self, event: QHideEvent) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save_layout()
        super().hideEvent(event)

    # -- the list --------------------------------------------------------------------------------

    def _apply_search(self) -> None:
        query = self.ui.searchEdit.text().strip()
        if query == self.model.query:
            return
        self.ui.listState.show_loading("Searching…")
        self.model.set_query(query)

    def _on_batch(self, first: bool) -> None:
        if first:
            self._on_first_batch()
        elif self.ui.listState.state != "content":
            # A later batch came in after a Retry: the rows are back.
            self.ui.listState.show_content()

    def _on_first_batch(self) -> None:
        ui = self.ui
        query = self.model.query
        if self.model.rowCount() == 0:
            if query:
                ui.listState.show_empty(
                    f"No members match ‘{query}’",
                    "Check the spelling, or search by phone number, email or member code.",
                    action_text="Clear search",
                    action=self._clear_search,
                )
            elif self.model.archived:
                ui.listState.show_empty(
                    "No archived members",
                    "Members you archive are kept here with their history, ready to restore.",
                    icon_name="members",
                )
            elif self.own_only:
                ui.listState.show_empty(
                    "No trainees yet",
                    "Members assigned to you, or with a PT session booked with you, appear here.",
                    icon_name="members",
                )
            else:
                ui.listState.show_empty(
                    "No members yet",
                    "Members appear here once they are registered.",
                    icon_name="members",
                )
            self._show_no_selection()
            return
        ui.listState.show_content()
        # Keep the same member selected if they are still listed; pick the only match.
        row = self.model.row_of_member(self._selected_id) if self._selected_id else None
        if row is None and self.model.rowCount() == 1:
            row = 0
        if row is not None:
            ui.membersTable.selectRow(row)
            ui.membersTable.scrollTo(self.model.index(row, 0))
        else:
            self._show_no_selection()

    def _on_list_failed(self, err: BaseException, first: bool) -> None:
        self.ui.listState.show_error(
            "Couldn’t load the members" if first else "Couldn’t load more members",
            user_message(err),
            retry=self._retry_list,
        )

    def _retry_list(self) -> None:
        self.ui.listState.show_loading("Loading members…", immediately=True)
        self.model.retry()

    def _on_count(self, count: int | None) -> None:
        if count is None:
            self.ui.countLabel.setText("")
            return
        noun = "trainee" if self.own_only else "member"
        text = self.fmt.count(count, f"archived {noun}" if self.model.archived else noun)
        if self.model.query:
            text = f"{text} found"
        self.ui.countLabel.setText(text)

    def _clear_search(self) -> None:
        self.ui.searchEdit.clear()
        self._apply_search()
        self.focus_primary()

    # -- the detail ------------------------------------------------------------------------------

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        member_id = current.data(MEMBER_ID_ROLE) if current.isValid() else None
        if member_id is None:
            return
        if member_id == self._selected_id and self.ui.detailState.state == "content":
            return
        self._selected_id = int(member_id)
        self.ui.detailState.show_loading("Loading member…")
        self._detail_timer.start()

    def _load_detail(self) -> None:
        member_id = self._selected_id
        if member_id is None:
            return
        actor = self.context.actor
        sees_payments = actor.can(Permission.PAYMENTS_TAKE)

        def work() -> MemberBundle:
            member = members_service.get_member(actor=actor, member_id=member_id)
            mine = memberships_service.member_memberships(actor=actor, member_id=member_id)
            paid = (
                payments_service.list_payments(
                    actor=actor, member_id=member_id, limit=PAYMENTS_IN_DETAIL
                )
                if sees_payments
                else None
            )
            return MemberBundle(member, mine, paid)

        self._detail_task.run(work, on_done=self._show_detail, on_error=self._on_detail_failed)

    def _show_detail(self, bundle: MemberBundle) -> None:
        member = bundle.member
        self._detail.show(member)
        self._detail.show_memberships(bundle.memberships, self.action_bar.membership_menu_for)
        can_refund = self.context.actor.can(Permission.PAYMENTS_REFUND)
        self._detail.show_payments(
            bundle.payments,
            on_receipt=self.member_actions.open_receipt,
            on_refund=self.member_actions.refund if can_refund else None,
        )
        self.action_bar.show_member(member, bundle.memberships)
        self.ui.detailState.show_content()
        self.ui.detailScroll.verticalScrollBar().setValue(0)
        if member.has_photo:
            actor, member_id, name = self.context.actor, member.id, member.full_name
            self._photo_task.run(
                lambda: members_service.member_photo(actor=actor, member_id=member_id),
                on_done=lambda data: self._detail.set_photo(member_id, name, data),
                # Without its photo the pane still works: the initials stay.
                on_error=lambda err: log.info("No photo for member %s: %s", member_id, err),
            )

    def _on_detail_failed(self, err: BaseException) -> None:
        if isinstance(err, NotFound):
            self.ui.detailState.show_empty(
                "This member is no longer on file",
                "They may have been archived at another desk. Search again to refresh the list.",
            )
            return
        self.ui.detailState.show_error(
            "Couldn’t load this member", user_message(err), retry=self._load_detail
        )

    def _show_no_selection(self) -> None:
        self._detail_task.cancel()
        self._photo_task.cancel()
        self._detail_timer.stop()
        self._selected_id = None
        self.action_bar.show_member(None)
        self._detail.member_id = None
        self.ui.detailState.show_empty(
            "Select a member",
            "Their membership, contact details and recent visits appear here.",
            icon_name="contact",
        )

    def selected_member_id(self) -> int | None:
        """The member whose details are (being) shown."""
        return self._selected_id

    def _focus_detail(self, _index: QModelIndex | None = None) -> None:
        if self.ui.detailState.state in ("content", "loading"):
            self.ui.detailScroll.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- notices ---------------------------------------------------------------------------------

    def _show_notice(self, tone: str, text: str) -> None:
        label = self.ui.noticeLabel
        label.setText(text)
        label.setToolTip(text)
        set_tone(label, None if tone != "bad" else "bad")
        label.setVisible(True)
        self._notice_timer.start()

    def _show_erased(self, member_id: int, member_code: str) -> None:
        """After an erasure: the Archived list, found by the code, shows "Erased member N"."""
        self._selected_id = member_id
        if not self.archived_box.isChecked():
            self.archived_box.setChecked(True)
        self.ui.searchEdit.setText(member_code)
        self._search_timer.stop()
        self._apply_search()  # the change event has reloaded the list if this is no change

    # -- keyboard --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            ui = self.ui
            if watched is ui.searchEdit:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                    table = ui.membersTable
                    table.setFocus(Qt.FocusReason.TabFocusReason)
                    if not table.currentIndex().isValid():
                        table.selectRow(0)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    # Enter = search now (a scanner types the code and Enter).
                    self._search_timer.stop()
                    self._apply_search()
                    return True
                if key == Qt.Key.Key_Escape and self.ui.searchEdit.text():
                    self._clear_search()
                    return True
            elif watched is ui.detailScroll and key == Qt.Key.Key_Escape:
                ui.membersTable.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    # -- CSV export ------------------------------------------------------------------------------

    def _export(self) -> None:
        if self._export_task is not None and not self._export_task.finished:
            self._export_task.cancel()
            self._finish_export("Export cancelled.")
            return
        suggested = Path.home() / suggested_name(self.model.query, own_only=self.own_only)
        path, _filter = QFileDialog.getSaveFileName(
            self, "Export members as CSV", str(suggested), "CSV files (*.csv)"
        )
        if not path:
            return
        self.start_export(Path(path))

    def start_export(self, path: Path) -> None:
        """Write every member matching the current search to ``path`` (in the background)."""
        actor, query, model = self.context.actor, self.model.query, self.model
        archived, sort, descending = model.archived, model.sort_key, model.descending
        task_box: list[Task] = []

        def work() -> int:
            rows = members_service.export_members(
                actor=actor,
                query=query,
                archived=archived,
                sort=sort,
                descending=descending,
                batch=EXPORT_BATCH,
            )
            return write_members_csv(
                path, rows, cancelled=lambda: bool(task_box) and task_box[0].cancelled
            )

        noun = "trainee" if self.own_only else "member"
        self.ui.exportButton.setText("Cancel export")
        self.ui.exportButton.setToolTip("Stop writing the CSV file")
        task = run_in_background(
            work,
            on_done=lambda n: self._finish_export(
                f"Saved {self.fmt.count(n, noun)} to {path.name}"
            ),
            on_error=lambda err: self._finish_export(f"Export failed: {user_message(err)}"),
            parent=self,
        )
        task_box.append(task)
        self._export_task = task

    def _finish_export(self, message: str) -> None:
        self._export_task = None
        self.ui.exportButton.setText("Export CSV…")
        self.ui.exportButton.setToolTip(
            "Save your trainees that match the search as a CSV file"
            if self.own_only
            else "Save the members that match the search as a CSV file"
        )
        self.ui.noticeLabel.setText(message)
        self.ui.noticeLabel.setVisible(True)
        self._notice_timer.start()
