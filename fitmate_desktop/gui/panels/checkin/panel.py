"""The check-in panel: reception's home screen, put together from its parts.

Top: the scan field (``scan_field``). A scanner types the member code and Enter, and the member
is checked in at once (on a worker; the window never waits). A person typing a name gets up to
eight suggestions under the field; Esc clears. F2 from anywhere comes back to the field.

Middle: the verdict card (``verdict_card``: band in colour + icon + words, photo, name, plan,
days left, visits this week or left on a class pack, the reasons, and for a refusal the next
actions: Take payment F5, Renew F6, Check in anyway… F8). Under it the previous five scans
(``recent``), each check-in undoable for a minute. The card follows the member: once a payment
or a renewal started from its buttons is saved, the member is assessed again at once.

Right: "In the gym now" (``in_gym``), live through LISTEN/NOTIFY (``gui.live.LiveFeed``).

Offline: every scan goes through an outbox (``scan_queue``) with its own uuid. When the database
cannot be reached the scan stays there, the desk says so in a yellow line, and the outbox is
sent in order, with the time of each scan, once the connection is back; the service recognises
scan ids, so nothing is checked in twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QMetaMethod, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QMessageBox, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import SETTINGS, VISITS
from fitmate_desktop.gui.forms.ui_checkin_panel import Ui_CheckInPanel
from fitmate_desktop.gui.live import LiveFeed
from fitmate_desktop.gui.panels.base import Panel
from fitmate_desktop.gui.panels.checkin.in_gym import InGymList
from fitmate_desktop.gui.panels.checkin.look import UNDONE_LOOK, panel_stylesheet, reason_tone
from fitmate_desktop.gui.panels.checkin.override_dialog import OverrideDialog
from fitmate_desktop.gui.panels.checkin.photos import PhotoCache
from fitmate_desktop.gui.panels.checkin.presence_model import PresenceModel
from fitmate_desktop.gui.panels.checkin.recent import RecentScan, RecentScans
from fitmate_desktop.gui.panels.checkin.scan_field import ScanField, looks_like_code
from fitmate_desktop.gui.panels.checkin.scan_flow import DeskParts, ScanFlow, user_message
from fitmate_desktop.gui.panels.checkin.scan_queue import ScanOutbox
from fitmate_desktop.gui.panels.checkin.sound import VerdictSounds
from fitmate_desktop.gui.panels.checkin.suggestions import MAX_SUGGESTIONS
from fitmate_desktop.gui.panels.checkin.verdict_card import VerdictCard
from fitmate_desktop.gui.panels.registry import register_panel
from fitmate_desktop.gui.style import icon, icon_pixmap, set_tone, tone_colors
from fitmate_desktop.gui.tasks import run_in_background
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import checkin
from fitmate_desktop.services import members as members_service
from fitmate_desktop.services.checkin import CheckInResult, PresentVisit
from fitmate_desktop.services.errors import Unavailable
from fitmate_desktop.services.members import MemberRow

__all__ = ["CheckInPanel", "looks_like_code", "user_message"]

log = logging.getLogger(__name__)

HOUSEKEEPING_MS = 10 * 60_000  # close visits left open past closing time
RECENT_TICK_MS = 5_000
NOTICE_MS = 60_000


@register_panel(
    name="checkin",
    title="Check-in",
    icon="checkin",
    permission=Permission.CHECKIN,
    order=10,
)
class CheckInPanel(Panel):
    """Scan -> verdict, the last five scans, and who is in the gym now.

    Signals ``sig_take_payment(member_id)`` and ``sig_renew(member_id)`` ask the program to
    open those flows (they belong to other screens); with nothing connected, the panel says
    where to find them instead.
    """

    sig_take_payment = Signal(int)
    sig_renew = Signal(int)

    refresh_on = frozenset({VISITS, SETTINGS})

    def __init__(
        self,
        context: GuiContext,
        parent: QWidget | None = None,
        *,
        live: LiveFeed | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CheckInPanel()
        self.ui.setupUi(self)
        self.fmt = context.formatter
        actor = context.actor
        ui = self.ui
        self._applied_sheet = ""
        self._apply_stylesheet()

        workstation = context.workstation or "default"
        prefix = f"{context.settings_prefix('checkin')}/{workstation}"
        self.outbox = ScanOutbox(f"{prefix}/waiting_scans")
        self.sounds = VerdictSounds(f"{prefix}/sounds", self)
        self.photos = PhotoCache(actor, self)
        self.card = VerdictCard(ui, self.fmt, can_override=actor.can(Permission.CHECKIN_OVERRIDE))
        self.recent = RecentScans(ui.recentRows, ui.recentEmpty, self.fmt, self)
        self.recent.sig_undo.connect(self._ask_undo)
        search = self._search_members if actor.can(Permission.MEMBERS_VIEW) else None
        self.field = ScanField(ui.scanEdit, ui.scanError, self, self.photos, search=search)
        self.suggestions = self.field.suggestions
        self.in_gym = InGymList(ui, self.fmt, actor, self)
        self.in_gym.sig_check_out.connect(self.check_out)
        parts = DeskParts(
            ui, self.card, self.recent, self.field, self.sounds, self.photos, self.in_gym
        )
        self.flow = ScanFlow(
            parts,
            self.outbox,
            actor,
            say=self._notice,
            unsay=self._hide_notice,
            refocus=self._refocus,
            parent=self,
        )
        self.scan = self.flow.scan
        self.field.sig_submit.connect(lambda text, label: self.flow.scan(text, label=label))
        self.field.sig_no_match.connect(self.flow.no_match)
        self.in_gym.sig_unavailable.connect(lambda: self.flow.set_offline(True))
        self._shown_once = False

        self._build_static()
        self._build_timers()
        self._build_shortcuts()

        ui.verdictCard.installEventFilter(self)
        ui.soundButton.toggled.connect(self._on_sound_toggled)
        ui.sendNowButton.clicked.connect(self.flow.resume)
        ui.takePaymentButton.clicked.connect(self.take_payment)
        ui.renewButton.clicked.connect(self.renew)
        ui.overrideButton.clicked.connect(self.check_in_anyway)
        context.events.sig_connection_changed.connect(self.flow.on_connection_state)
        context.events.sig_changed.connect(self.flow.on_data_changed)

        # The feed of this session (one per main window), or the one a test hands in.
        self.live = live or LiveFeed.of(context.events)
        if self.live is not None:
            self.live.sig_presence.connect(self._on_presence_event)
            self.live.sig_reconnected.connect(self._on_live_reconnected)
            # Presence events carry the site, the generic "visits" kind does not: with a feed,
            # listen to the feed only, so another site's check-ins cost this desk nothing.
            self.refresh_on = frozenset({SETTINGS})

        self.in_gym.reload()
        self.flow.start()

    @property
    def presence(self) -> PresenceModel:
        """The model of "In the gym now" (tests read its names)."""
        return self.in_gym.model

    @property
    def offline(self) -> bool:
        """True while the desk knows the database cannot be reached."""
        return self.flow.offline

    @property
    def waiting_scans(self) -> int:
        """Scans not yet answered by the database."""
        return self.flow.waiting_scans

    # -- building --------------------------------------------------------------------------------

    def _build_static(self) -> None:
        ui = self.ui
        ui.scanEdit.addAction(icon("scan"), QLineEdit.ActionPosition.LeadingPosition)
        ui.offlineBar.setVisible(False)
        ui.noticeBar.setVisible(False)
        ui.sendNowButton.setIcon(icon("refresh"))
        ui.takePaymentButton.setIcon(icon("card"))
        ui.renewButton.setIcon(icon("refresh"))
        ui.overrideButton.setIcon(icon("verdict-override"))
        ui.takePaymentButton.setProperty("primary", True)
        ui.renewButton.setProperty("primary", True)
        with_sound = self.sounds.enabled
        ui.soundButton.setChecked(with_sound)
        self._show_sound_state(with_sound)
        ui.offlineIcon.setPixmap(icon_pixmap("offline", 20, color=tone_colors("warn")[1]))

    def _build_timers(self) -> None:
        def timer(interval: int, slot: Callable[[], object], *, single: bool = False) -> QTimer:
            t = QTimer(self)
            t.setInterval(interval)
            t.setSingleShot(single)
            t.timeout.connect(slot)
            return t

        self._housekeeping_timer = timer(HOUSEKEEPING_MS, self._close_stale_visits)
        self._recent_timer = timer(RECENT_TICK_MS, self.recent.tick)
        self._notice_timer = timer(NOTICE_MS, self._hide_notice, single=True)
        # After the layout has placed a new card: does it have the height it needs?
        self._room_timer = timer(0, self._make_room, single=True)
        # A UI clock only (the undo minute): nothing here asks the database.
        self._recent_timer.start()

    def _build_shortcuts(self) -> None:
        ui = self.ui
        for key, button in (
            (Qt.Key.Key_F5, ui.takePaymentButton),
            (Qt.Key.Key_F6, ui.renewButton),
            (Qt.Key.Key_F8, ui.overrideButton),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            # Anywhere in this panel (the focus is usually in the scan field).
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(partial(self._press_if_offered, button))

    def _apply_stylesheet(self) -> None:
        sheet = panel_stylesheet(self.palette())
        # Setting the same sheet again would re-polish every child for nothing (and a palette
        # change caused by the sheet itself would loop back here).
        if sheet != self._applied_sheet:
            self._applied_sheet = sheet
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_stylesheet()
        super().changeEvent(event)

    # -- Panel -----------------------------------------------------------------------------------

    def focus_primary(self) -> None:
        """F2 / shown / after every action: the scan field, its text selected for overtyping."""
        self.field.focus()

    def panel_activated(self) -> None:
        """Shown again: the durations and the undo buttons catch up at once."""
        self.in_gym.tick()
        self.recent.tick()

    def refresh(self, kinds: frozenset[str]) -> None:
        """Visits or opening hours changed (another desk, another screen): re-read presence."""
        self.in_gym.schedule()

    def connection_restored(self) -> None:
        """The database is back: send what waits, re-read what is shown."""
        self.flow.resume()
        self.in_gym.schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # Housekeeping, not polling: visits left open at closing time get closed.
            self._close_stale_visits()
            self._housekeeping_timer.start()
        self._fit()
        QTimer.singleShot(0, self.focus_primary)

    def hideEvent(self, event: QHideEvent) -> None:
        self.field.hide_suggestions()
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
        self.field.reposition()

    def _fit(self) -> None:
        self.in_gym.fit_width(self.width())
        self.card.fit(self.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.verdictCard and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
        ):
            self._room_timer.start()
        return super().eventFilter(watched, event)

    def _make_room(self) -> None:
        """A long red card on a 1366x768 screen with a notice showing: the previous scans give
        up their older lines rather than the card being cut (they come back with the room)."""
        card = self.ui.verdictCard
        if card.isVisible():
            self.recent.make_room(card.heightForWidth(card.width()) - card.height())

    def _search_members(self, query: str) -> list[MemberRow]:
        """The suggestions for ``query`` (runs on a worker)."""
        page = members_service.list_members(
            actor=self.context.actor, query=query, limit=MAX_SUGGESTIONS
        )
        return list(page.rows)

    # -- the card's actions ----------------------------------------------------------------------

    def _press_if_offered(self, button: QAbstractButton) -> None:
        if button.isVisibleTo(self) and button.isEnabled():
            button.click()

    def take_payment(self) -> None:
        """F5 on a refusal: ask the program to open "take payment" for this member."""
        self._request(self.sig_take_payment, "Take payment")

    def renew(self) -> None:
        """F6 on a refusal: ask the program to open "renew" for this member."""
        self._request(self.sig_renew, "Renew")

    def _request(self, signal: SignalInstance, what: str) -> None:
        member = self.card.member
        if member is None:
            return
        if self.isSignalConnected(QMetaMethod.fromSignal(signal)):
            self.flow.follow(member)
            signal.emit(member.id)
        else:
            self._notice(
                f"{what} opens in the Members panel: search for {member.full_name} "
                f"({member.member_code}) there.",
                "info",
                "info",
            )
        self._refocus()

    def check_in_anyway(self) -> None:
        """F8 on a refusal: ask for a reason, then check in with it (recorded)."""
        result = self.card.result
        member = self.card.member
        if (
            result is None
            or member is None
            or result.outcome != "refused"
            or not self.context.actor.can(Permission.CHECKIN_OVERRIDE)
        ):
            return
        refusals = [r.message for r in result.reasons if reason_tone(r.code, refused=True) == "bad"]
        dialog = OverrideDialog(member.full_name, refusals, self)
        accepted = self._run_dialog(dialog)
        reason = dialog.reason()
        dialog.deleteLater()
        if accepted and reason:
            self.scan(member.member_code, label=member.full_name, override_reason=reason)
        self._refocus()

    def _run_dialog(self, dialog: OverrideDialog) -> bool:
        """Show the dialog modally (tests replace this to answer it)."""
        return dialog.exec() == OverrideDialog.DialogCode.Accepted

    def _ask_undo(self, entry: RecentScan) -> None:
        if entry.visit_id is None:
            return
        question = f"Undo the check-in of {entry.name} at {self.fmt.time(entry.at)}?"
        if not self._confirm("Undo check-in", question):
            self._refocus()
            return
        actor, visit_id = self.context.actor, entry.visit_id
        run_in_background(
            lambda: checkin.undo_check_in(actor=actor, visit_id=visit_id),
            on_done=lambda _none: self._on_undone(entry),
            on_error=lambda err: self._on_action_failed(
                f"Couldn't undo the check-in of {entry.name}", err
            ),
            parent=self,
        )

    def _confirm(self, title: str, question: str) -> bool:
        """Ask once, naming the person (tests replace this to answer it)."""
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_undone(self, entry: RecentScan) -> None:
        assert entry.visit_id is not None
        self.recent.mark_undone(entry.visit_id, UNDONE_LOOK)
        result = self.card.result
        if result is not None and result.visit_id == entry.visit_id and self.card.state == "result":
            self.card.show_undone(entry.name)
        self.in_gym.schedule()
        self._refocus()

    def check_out_selected(self) -> None:
        """Check out the member selected in "In the gym now" (the button or the Delete key)."""
        visit = self.in_gym.selected_visit()
        if visit is not None:
            self.check_out(visit)

    def check_out(self, visit: PresentVisit) -> None:
        """Check out ``visit`` (chosen in "In the gym now")."""
        actor = self.context.actor
        self.ui.checkoutButton.setEnabled(False)
        run_in_background(
            lambda: checkin.check_out(actor=actor, visit_id=visit.visit_id),
            on_done=self._on_checked_out,
            on_error=lambda err: self._on_action_failed(
                f"Couldn't check out {visit.full_name}", err
            ),
            parent=self,
        )

    def _on_checked_out(self, result: CheckInResult) -> None:
        self.recent.put(self.flow.result_entry(f"out-{result.visit_id}", result))
        self.in_gym.schedule()
        self._refocus()

    def _on_action_failed(self, what: str, err: BaseException) -> None:
        if isinstance(err, Unavailable):
            self.flow.set_offline(True)
        self._notice(f"{what}: {user_message(err)}", "bad", "alert")
        self.in_gym.selection_changed()
        self._refocus()

    def _notice(self, text: str, tone: str, icon_name: str) -> None:
        ui = self.ui
        ui.noticeText.setText(text)
        ui.noticeIcon.setPixmap(icon_pixmap(icon_name, 20, color=tone_colors(tone)[1]))
        set_tone(ui.noticeBar, tone)
        ui.noticeBar.setVisible(True)
        self._notice_timer.start()

    def _hide_notice(self) -> None:
        self.ui.noticeBar.setVisible(False)

    def _refocus(self) -> None:
        if self.isVisible():
            self.focus_primary()

    # -- in the gym now --------------------------------------------------------------------------

    def _on_presence_event(self, payload: dict[str, Any]) -> None:
        if not self.in_gym.on_presence_event(payload, visible=self.isVisible()):
            self._stale.add(VISITS)  # re-read when shown (Panel.showEvent)

    def _on_live_reconnected(self) -> None:
        # Whatever was announced while the listener was away is lost: re-read, and send.
        self.in_gym.schedule()
        self.flow.resume()

    def reload_presence(self) -> None:
        """Re-read "In the gym now" at once (Retry, tests)."""
        self.in_gym.reload()

    def presence_state_title(self) -> str:
        """The title of the list's empty or error page ("" while it shows people)."""
        return self.in_gym.state_title()

    # -- housekeeping ----------------------------------------------------------------------------

    def _close_stale_visits(self) -> None:
        actor = self.context.actor

        def done(closed: int) -> None:
            if closed:
                self.in_gym.schedule()

        run_in_background(
            lambda: checkin.close_stale_visits(actor=actor),
            on_done=done,
            on_error=lambda err: log.info("Closing stale visits failed: %s", err),
            parent=self,
        )

    # -- sounds ----------------------------------------------------------------------------------

    def _on_sound_toggled(self, on: bool) -> None:
        self.sounds.set_enabled(on)
        self._show_sound_state(on)
        self._refocus()

    def _show_sound_state(self, on: bool) -> None:
        button = self.ui.soundButton
        button.setIcon(icon("sound-on" if on else "sound-off"))
        button.setToolTip(
            "Sounds are on — click to switch them off"
            if on
            else "Sounds are off — click to switch them on"
        )
        button.setAccessibleDescription("on" if on else "off")
