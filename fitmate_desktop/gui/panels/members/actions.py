"""The Members panel's actions: the header's New member and Archived, the bar over the detail
pane (Edit, Take payment, Membership, More), their menus and keyboard shortcuts.

Each action is shown only to roles that may use it (the services check again). The Membership
menu and every history row's "⋯" menu are filled when opened, from the membership's state and
the role. The More menu holds the card, archiving and, for an admin, the member's data rights
(export, erasure: ``data_rights.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMenu, QPushButton, QSizePolicy, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.forms.ui_members_panel import Ui_MembersPanel
from fitmate_desktop.gui.panels.members.data_rights import MemberDataRights
from fitmate_desktop.gui.panels.members.flows import MemberActions
from fitmate_desktop.gui.panels.members.model import MembersModel
from fitmate_desktop.gui.style import icon
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services.members import MemberDetail
from fitmate_desktop.services.memberships import MembershipInfo


def current_membership(
    memberships: tuple[MembershipInfo, ...], today: dt.date
) -> MembershipInfo | None:
    """The membership the desk acts on: the one running today, else the newest not cancelled."""
    running = [m for m in memberships if m.status != "cancelled"]
    for m in running:
        if m.start_date <= today <= m.end_date:
            return m
    return running[0] if running else None


class MemberActionBar(QObject):
    """Builds the panel's action widgets over ``ui`` and runs them on the shown member.

    The panel tells it who is shown (``show_member``); every action, from a button, a menu or a
    shortcut, acts only on a member whose details are on screen, and only if the role may.
    """

    def __init__(
        self,
        panel: QWidget,
        context: GuiContext,
        ui: Ui_MembersPanel,
        model: MembersModel,
        flows: MemberActions,
        rights: MemberDataRights,
        *,
        own_only: bool,
    ) -> None:
        super().__init__(panel)
        self.context = context
        self.ui = ui
        self.fmt = context.formatter
        self.flows = flows
        self.rights = rights
        self.member: MemberDetail | None = None
        self.memberships: tuple[MembershipInfo, ...] = ()
        self._build(panel, model, own_only)

    def _build(self, panel: QWidget, model: MembersModel, own_only: bool) -> None:
        """New member in the header; Edit, Take payment, Membership and More over the detail."""
        ui, can = self.ui, self.context.actor.can
        self.archived_box = QCheckBox("Archived", panel)
        self.archived_box.setObjectName("showArchivedBox")
        self.archived_box.setToolTip(
            "List archived members instead, to look one up or restore them"
        )
        self.archived_box.toggled.connect(model.set_archived)
        ui.headerRow.addWidget(self.archived_box)
        self.new_button = QPushButton(icon("plus"), "New member", panel)
        self.new_button.setObjectName("newMemberButton")
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip("Register a new member (Ctrl+N)")
        self.new_button.clicked.connect(self.flows.new_member)
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
        rights = can(Permission.MEMBERS_EXPORT) or can(Permission.MEMBERS_ERASE)
        # Only the "⋯" icon: the pane keeps room for the buttons' words at 1366 pixels.
        self.more_button = self._bar_button(
            bar,
            "more",
            "",
            "More: print the card, archive, export or erase the member’s data"
            if rights
            else "More: print the card, archive",
        )
        self.more_button.setObjectName("moreButton")
        self.more_button.setAccessibleName("More")
        more = self.more_menu = QMenu(self.more_button)
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
        # The member's data rights are the office's (admins): others do not see them.
        self.rights_separator = more.addSeparator()
        self.rights_separator.setVisible(rights)
        self.export_data_action = more.addAction(icon("export"), "Export member data…")
        self.export_data_action.setToolTip("Save everything held about this member as a zip")
        self.export_data_action.triggered.connect(self.export_data)
        self.export_data_action.setVisible(can(Permission.MEMBERS_EXPORT))
        self.erase_action = more.addAction(icon("revoke"), "Erase member…")
        self.erase_action.setToolTip("Erase this member’s personal data on their request")
        self.erase_action.triggered.connect(self.erase)
        self.erase_action.setVisible(can(Permission.MEMBERS_ERASE))
        more.setToolTipsVisible(True)
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
        self.archived_box.setVisible(not own_only)
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
            shortcut = QShortcut(QKeySequence(keys), panel)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    @staticmethod
    def _bar_button(parent: QWidget, icon_name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text, parent)
        button.setToolTip(tip)
        return button

    def show_member(
        self, member: MemberDetail | None, memberships: tuple[MembershipInfo, ...] = ()
    ) -> None:
        """The member the actions act on (None: nobody is shown)."""
        self.member = member
        self.memberships = memberships
        archived = member is not None and member.is_archived
        self.archive_action.setText("Restore member" if archived else "Archive member…")

    # -- membership menus ------------------------------------------------------------------------

    def membership_menu_for(self, membership: MembershipInfo) -> QMenu | None:
        """The "⋯" menu of one membership in the history (None: nothing this role can do)."""
        menu = QMenu()
        self._fill_membership_menu(menu, membership, include_renew=True)
        return menu if menu.actions() else None

    def _fill_top_membership_menu(self) -> None:
        menu = self.membership_menu
        menu.clear()
        member = self.member
        if member is None:
            return
        sell = menu.addAction(icon("plus"), "Sell a membership…\tF7")
        sell.triggered.connect(self.sell)
        renew = menu.addAction(icon("renew"), "Renew…\tF6")
        renew.triggered.connect(self.renew)
        current = current_membership(self.memberships, self.fmt.today())
        if current is not None:
            fmt = self.fmt
            menu.addSection(
                f"{current.plan_name} · {fmt.date(current.start_date)} – "
                f"{fmt.date(current.end_date)}"
            )
            self._fill_membership_menu(menu, current, include_renew=False)

    def _fill_membership_menu(self, menu: QMenu, m: MembershipInfo, *, include_renew: bool) -> None:
        """The things the desk can do with one membership, by its state and the role."""
        member = self.member
        if member is None:
            return
        can = self.context.actor.can
        name = member.full_name
        fmt = self.fmt
        flows = self.flows

        def add(icon_name: str, text: str, slot: Callable[[], None]) -> None:
            action = menu.addAction(icon(icon_name), text)
            action.triggered.connect(lambda _checked=False: slot())

        running = m.status != "cancelled"
        if can(Permission.PAYMENTS_TAKE) and running and m.amount_due > 0:
            due = fmt.money(m.amount_due, m.currency)
            add(
                "money",
                f"Take payment ({due} due)",
                lambda: flows.take_payment(member.id, membership_id=m.id),
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
            add("upgrade", "Upgrade…", lambda: flows.upgrade(m, name))
            if not freeze_planned:
                add("freeze", "Freeze…", lambda: flows.freeze(m, name))
        if freeze_planned or m.status == "frozen":
            add("freeze", "Unfreeze", lambda: flows.unfreeze(m, name))
        auto = menu.addAction("Renews automatically")
        auto.setCheckable(True)
        auto.setChecked(m.auto_renew)
        auto.toggled.connect(lambda on: flows.set_auto_renew(m, name, on))
        menu.addSeparator()
        add("status-cancelled", "Cancel membership…", lambda: flows.cancel(m, name))

    # -- the actions -----------------------------------------------------------------------------

    def _allowed(self, permission: Permission) -> MemberDetail | None:
        """The shown member if the role may do this (shortcuts check it like the buttons)."""
        if self.member is None or self.ui.detailState.state != "content":
            return None
        return self.member if self.context.actor.can(permission) else None

    def new_member(self) -> None:
        """Ctrl+N: register a new member."""
        if self.context.actor.can(Permission.MEMBERS_EDIT):
            self.flows.new_member()

    def edit_member(self) -> None:
        """F4: edit the shown member."""
        member = self._allowed(Permission.MEMBERS_EDIT)
        if member is not None:
            self.flows.edit_member(member.id)

    def take_payment(self) -> None:
        """F5: take a payment from the shown member."""
        member = self._allowed(Permission.PAYMENTS_TAKE)
        if member is not None:
            self.flows.take_payment(member.id)

    def renew(self) -> None:
        """F6: renew the shown member's membership."""
        member = self._allowed(Permission.MEMBERSHIPS_SELL)
        if member is not None:
            self.flows.renew_membership(member.id)

    def sell(self) -> None:
        """F7: sell the shown member a membership."""
        member = self._allowed(Permission.MEMBERSHIPS_SELL)
        if member is not None:
            self.flows.sell_membership(member.id)

    def print_card(self) -> None:
        """Ctrl+P: print the shown member's card."""
        member = self._allowed(Permission.MEMBERS_VIEW)
        if member is not None:
            self.flows.print_card(member.id, member.member_code)

    def _open_card(self) -> None:
        member = self._allowed(Permission.MEMBERS_VIEW)
        if member is not None:
            self.flows.open_card(member.id, member.member_code)

    def _archive(self) -> None:
        member = self._allowed(Permission.MEMBERS_EDIT)
        if member is not None:
            self.flows.archive(member, archived=not member.is_archived)

    def export_data(self) -> None:
        """Save everything held about the shown member as a zip (admins)."""
        member = self._allowed(Permission.MEMBERS_EXPORT)
        if member is not None:
            self.rights.export_data(member)

    def erase(self) -> None:
        """Open the erasure dialog for the shown member (admins)."""
        member = self._allowed(Permission.MEMBERS_ERASE)
        if member is not None:
            self.rights.erase(member)
