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

Actions (each shown only to roles that may use it; the services check again): Ctrl+N new
member, F4 edit, F5 take payment, F6 renew, F7 sell a membership, Ctrl+P print the card; the
Membership menu holds upgrade, freeze, unfreeze, auto-renewal and cancel for the current
membership, and every membership in the history has the same menu on its "⋯" button. The
payments section has Receipt and Refund per payment.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import MEMBERS, MEMBERSHIPS, PAYMENTS, VISITS
from fitmate_desktop.gui.forms.ui_members_panel import Ui_MembersPanel
from fitmate_desktop.gui.panels.base import Panel
from fitmate_desktop.gui.panels.members.columns import MembersHeader
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


def current_membership(
    memberships: tuple[MembershipInfo, ...], today: dt.date
) -> MembershipInfo | None:
    """The membership the desk acts on: the one running today, else the newest not cancelled."""
    running = [m for m in memberships if m.status != "cancelled"]
    for m in running:
        if m.start_date <= today <= m.end_date:
            return m
    return running[0] if running else None


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
        self._member: MemberDetail | None = None
        self._memberships: tuple[MembershipInfo, ...] = ()
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
        self._build_actions()

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
        self._member = member
        self._memberships = bundle.memberships
        self._detail.show(member)
        self._detail.show_memberships(bundle.memberships, self._membership_menu)
        can_refund = self.context.actor.can(Permission.PAYMENTS_REFUND)
        self._detail.show_payments(
            bundle.payments,
            on_receipt=self.member_actions.open_receipt,
            on_refund=self.member_actions.refund if can_refund else None,
        )
        self._update_actions()
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
        self._member = None
        self._memberships = ()
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

    # -- actions ---------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        """New member in the header; Edit, Take payment, Membership and More over the detail."""
        ui, can = self.ui, self.context.actor.can
        self.archived_box = QCheckBox("Archived", self)
        self.archived_box.setObjectName("showArchivedBox")
        self.archived_box.setToolTip(
            "List archived members instead, to look one up or restore them"
        )
        self.archived_box.toggled.connect(self.model.set_archived)
        ui.headerRow.addWidget(self.archived_box)
        self.new_button = QPushButton(icon("plus"), "New member", self)
        self.new_button.setObjectName("newMemberButton")
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip("Register a new member (Ctrl+N)")
        self.new_button.clicked.connect(self.member_actions.new_member)
        self.new_button.setVisible(can(Permission.MEMBERS_EDIT))
        ui.headerRow.addWidget(self.new_button)

        bar = QWidget(ui.detailPage)
        bar.setObjectName("memberActionsBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 8)
        row.setSpacing(6)
        self.edit_button = self._bar_button(bar, "edit", "Edit", "Edit this member (F4)")
        self.edit_button.clicked.connect(self.edit_member)
        self.pay_button = self._bar_button(
            bar, "money", "Take payment", "Take a payment from this member (F5)"
        )
        self.pay_button.clicked.connect(self.take_payment)
        self.membership_button = self._bar_button(
            bar, "plans", "Membership", "Sell (F7), renew (F6), upgrade, freeze or cancel"
        )
        self.membership_menu = QMenu(self.membership_button)
        self.membership_menu.aboutToShow.connect(self._fill_top_membership_menu)
        self.membership_button.setMenu(self.membership_menu)
        # Only the "⋯" icon: the pane keeps room for the buttons' words at 1366 pixels.
        self.more_button = self._bar_button(bar, "more", "", "More: print the card, archive")
        self.more_button.setObjectName("moreButton")
        self.more_button.setAccessibleName("More")
        more = QMenu(self.more_button)
        # "\t" shows the key in the menu; the panel's QShortcut does the work (a shortcut on
        # a menu's own action would be ambiguous with it, and dead while the menu is closed).
        self.print_card_action = more.addAction(icon("print"), "Print membership card…\tCtrl+P")
        self.print_card_action.triggered.connect(self.print_card)
        open_card = more.addAction(icon("file"), "Open card as PDF")
        open_card.triggered.connect(self._open_card)
        more.addSeparator()
        self.archive_action = more.addAction(icon("archive"), "Archive member…")
        self.archive_action.triggered.connect(self._archive)
        self.archive_action.setVisible(can(Permission.MEMBERS_EDIT))
        self.more_button.setMenu(more)
        for button in (self.edit_button, self.pay_button, self.membership_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.more_button)
        for button in (self.edit_button, self.pay_button, self.membership_button, self.more_button):
            # A button never gets narrower than its text: the pane keeps their width instead.
            button.setMinimumWidth(button.sizeHint().width())
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        ui.detailPageLayout.insertWidget(0, bar)
        self.edit_button.setVisible(can(Permission.MEMBERS_EDIT))
        self.pay_button.setVisible(can(Permission.PAYMENTS_TAKE))
        self.membership_button.setVisible(can(Permission.MEMBERSHIPS_SELL))
        self.archived_box.setVisible(not self.own_only)
        # The splitter honours an explicit minimum width over the layout's: the pane is never
        # narrower than the buttons this role sees, so none is squeezed or overlaps.
        needed = ui.detailPage.minimumSizeHint().width()
        ui.detailState.setMinimumWidth(max(ui.detailState.minimumWidth(), needed))

        for keys, slot in (
            ("Ctrl+N", self.new_member),
            ("F4", self.edit_member),
            ("F5", self.take_payment),
            ("F6", self.renew),
            ("F7", self.sell),
            ("Ctrl+P", self.print_card),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    @staticmethod
    def _bar_button(parent: QWidget, icon_name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text, parent)
        button.setToolTip(tip)
        return button

    def _update_actions(self) -> None:
        member = self._member
        archived = member is not None and member.is_archived
        self.archive_action.setText("Restore member" if archived else "Archive member…")

    def _membership_menu(self, membership: MembershipInfo) -> QMenu | None:
        menu = QMenu()
        self._fill_membership_menu(menu, membership, include_renew=True)
        return menu if menu.actions() else None

    def _fill_top_membership_menu(self) -> None:
        menu = self.membership_menu
        menu.clear()
        member = self._member
        if member is None:
            return
        sell = menu.addAction(icon("plus"), "Sell a membership…\tF7")
        sell.triggered.connect(self.sell)
        renew = menu.addAction(icon("renew"), "Renew…\tF6")
        renew.triggered.connect(self.renew)
        current = current_membership(self._memberships, self.fmt.today())
        if current is not None:
            fmt = self.fmt
            menu.addSection(
                f"{current.plan_name} · {fmt.date(current.start_date)} – "
                f"{fmt.date(current.end_date)}"
            )
            self._fill_membership_menu(menu, current, include_renew=False)

    def _fill_membership_menu(self, menu: QMenu, m: MembershipInfo, *, include_renew: bool) -> None:
        """The things the desk can do with one membership, by its state and the role."""
        member = self._member
        if member is None:
            return
        can = self.context.actor.can
        name = member.full_name
        fmt = self.fmt
        flows = self.member_actions

        def add(icon_name: str, text: str, slot: Callable[[], None]) -> None:
            action = menu.addAction(icon(icon_name), text)
            action.triggered.connect(lambda _checked=False: slot())

        running = m.status != "cancelled"
        if can(Permission.PAYMENTS_TAKE) and running and m.amount_due > 0:
            due = fmt.money(m.amount_due, m.currency)
            add(
                "money",
                f"Take payment ({due} due)",
                lambda: self.member_actions.take_payment(member.id, membership_id=m.id),
            )
        if not can(Permission.MEMBERSHIPS_SELL):
            return
        if include_renew and running:
            add("renew", "Renew…", lambda: flows.renew_membership(member.id, m.plan_id))
        if not running:
            return
        today = fmt.today()
        freeze_planned = m.frozen_from is not None and (m.frozen_until or m.frozen_from) >= today
        if m.status in ("active", "expiring"):
            add("upgrade", "Upgrade…", lambda: self.member_actions.upgrade(m, name))
            if not freeze_planned:
                add("freeze", "Freeze…", lambda: self.member_actions.freeze(m, name))
        if freeze_planned or m.status == "frozen":
            add("freeze", "Unfreeze", lambda: self.member_actions.unfreeze(m, name))
        auto = menu.addAction("Renews automatically")
        auto.setCheckable(True)
        auto.setChecked(m.auto_renew)
        auto.toggled.connect(lambda on: self.member_actions.set_auto_renew(m, name, on))
        menu.addSeparator()
        add("status-cancelled", "Cancel membership…", lambda: self.member_actions.cancel(m, name))

    def _allowed(self, permission: Permission) -> MemberDetail | None:
        """The shown member if the role may do this (shortcuts check it like the buttons)."""
        if self._member is None or self.ui.detailState.state != "content":
            return None
        return self._member if self.context.actor.can(permission) else None

    def new_member(self) -> None:
        """Ctrl+N: register a new member."""
        if self.context.actor.can(Permission.MEMBERS_EDIT):
            self.member_actions.new_member()

    def edit_member(self) -> None:
        """F4: edit the shown member."""
        member = self._allowed(Permission.MEMBERS_EDIT)
        if member is not None:
            self.member_actions.edit_member(member.id)

    def take_payment(self) -> None:
        """F5: take a payment from the shown member."""
        member = self._allowed(Permission.PAYMENTS_TAKE)
        if member is not None:
            self.member_actions.take_payment(member.id)

    def renew(self) -> None:
        """F6: renew the shown member's membership."""
        member = self._allowed(Permission.MEMBERSHIPS_SELL)
        if member is not None:
            self.member_actions.renew_membership(member.id)

    def sell(self) -> None:
        """F7: sell the shown member a membership."""
        member = self._allowed(Permission.MEMBERSHIPS_SELL)
        if member is not None:
            self.member_actions.sell_membership(member.id)

    def print_card(self) -> None:
        """Ctrl+P: print the shown member's card."""
        member = self._allowed(Permission.MEMBERS_VIEW)
        if member is not None:
            self.member_actions.print_card(member.id, member.member_code)

    def _open_card(self) -> None:
        member = self._allowed(Permission.MEMBERS_VIEW)
        if member is not None:
            self.member_actions.open_card(member.id, member.member_code)

    def _archive(self) -> None:
        member = self._allowed(Permission.MEMBERS_EDIT)
        if member is not None:
            self.member_actions.archive(member, archived=not member.is_archived)

    def _show_notice(self, tone: str, text: str) -> None:
        label = self.ui.noticeLabel
        label.setText(text)
        label.setToolTip(text)
        set_tone(label, None if tone != "bad" else "bad")
        label.setVisible(True)
        self._notice_timer.start()

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
