"""The check-in panel: reception's home screen.

Top: one large field. A scanner types the member code and Enter, and the member is checked in
at once (on a worker; the window never waits). Letters show up to eight suggestions under the
field (↑ ↓ Enter, or a click); Esc clears. F2 from anywhere comes back to the field.

Middle: the verdict card (band in colour + icon + words, photo, name, plan, days left, visits
this week, the reasons, and for a refusal the next actions: Take payment F5, Renew F6, Check in
anyway… F8). Under it the previous five scans, each check-in undoable for a minute.

Right: "In the gym now", live: every desk's check-ins arrive through LISTEN/NOTIFY
(``gui.live.LiveFeed``), bursts coalesced into one re-read of ``present_now``.

Offline: every scan goes through an outbox (``scan_queue``) with its own uuid. When the database
cannot be reached the scan stays there, the desk says so in a yellow line, and the outbox is
sent in order once the connection is back; the service recognises scan ids, so nothing is
checked in twice.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QMetaMethod,
    QObject,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QMessageBox, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import SETTINGS, VISITS
from fitmate_desktop.gui.forms.ui_checkin_panel import Ui_CheckInPanel
from fitmate_desktop.gui.live import LiveFeed
from fitmate_desktop.gui.panels.base import Panel
from fitmate_desktop.gui.panels.checkin.look import (
    PENDING_LOOK,
    PROBLEM_LOOK,
    RED_REASONS,
    UNDONE_LOOK,
    outcome_look,
    panel_stylesheet,
)
from fitmate_desktop.gui.panels.checkin.override_dialog import OverrideDialog
from fitmate_desktop.gui.panels.checkin.presence_model import PresenceDelegate, PresenceModel
from fitmate_desktop.gui.panels.checkin.recent import UNDO_WINDOW, RecentScan, RecentScans
from fitmate_desktop.gui.panels.checkin.scan_queue import PendingScan, ScanOutbox
from fitmate_desktop.gui.panels.checkin.sound import OK, REFUSED, VerdictSounds
from fitmate_desktop.gui.panels.checkin.suggestions import MAX_SUGGESTIONS, SuggestionList
from fitmate_desktop.gui.panels.checkin.verdict_card import VerdictCard
from fitmate_desktop.gui.panels.registry import register_panel
from fitmate_desktop.gui.style import (
    icon,
    icon_pixmap,
    repolish,
    set_role,
    set_tone,
    tone_colors,
)
from fitmate_desktop.gui.tasks import LatestOnly, run_in_background
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import checkin
from fitmate_desktop.services import members as members_service
from fitmate_desktop.services.checkin import (
    CheckInResult,
    Presence,
    PresentVisit,
    normalise_member_code,
)
from fitmate_desktop.services.errors import (
    NotFound,
    PermissionDenied,
    ServiceError,
    Unavailable,
    ValidationError,
)
from fitmate_desktop.services.members import MemberRow

log = logging.getLogger(__name__)

SUGGEST_DEBOUNCE_MS = 150
SUGGEST_MIN_CHARS = 2
PRESENCE_COALESCE_MS = 100  # a burst of check-ins (a class arriving) is one re-read
CHECKING_DELAY_MS = 300  # a slower answer than this shows "Checking…" on the card
RETRY_OFFLINE_MS = 10_000  # while scans wait, try the database again this often
HOUSEKEEPING_MS = 10 * 60_000  # close visits left open past closing time
RECENT_TICK_MS = 5_000
PRESENCE_TICK_MS = 30_000
NOTICE_MS = 60_000
PHOTO_CACHE = 64
LARGE_HEIGHT = 860  # panel height from which the card uses its large fonts and photo
GENERIC_ERROR = (
    "Something unexpected went wrong. Scan again; if it keeps happening, tell an administrator."
)


def looks_like_code(text: str) -> bool:
    """A scanned or typed member code (``FM000123``, ``]C1FM000123``) rather than a name.

    Member codes carry digits and no spaces; names carry neither.
    """
    stripped = text.strip()
    if not stripped or " " in stripped:
        return False
    return stripped.startswith("]") or any(ch.isdigit() for ch in stripped)


def user_message(err: BaseException) -> str:
    """What to tell the person about ``err``: the service's own words, never a traceback."""
    if isinstance(err, ServiceError):
        return str(err)
    log.error("Unexpected error in the check-in panel", exc_info=err)
    return GENERIC_ERROR


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
        self.card = VerdictCard(ui, self.fmt, can_override=actor.can(Permission.CHECKIN_OVERRIDE))
        self.recent = RecentScans(ui.recentRows, ui.recentEmpty, self.fmt, self)
        self.recent.sig_undo.connect(self._ask_undo)
        self.suggestions = SuggestionList(self)
        self.suggestions.sig_picked.connect(self._pick)
        self.presence = PresenceModel(self.fmt, self)
        ui.presenceList.setModel(self.presence)
        ui.presenceList.setItemDelegate(PresenceDelegate(self.fmt, ui.presenceList))

        self._offline = False
        self._sending = False
        self._current_scan: uuid.UUID | None = None
        self._replayed: list[tuple[PendingScan, CheckInResult | None, str]] = []
        self._presence_loaded = False
        self._shown_once = False
        self._photos: OrderedDict[int, QPixmap | None] = OrderedDict()
        self._suggest_task = LatestOnly(self)
        self._suggest_photos_task = LatestOnly(self)
        self._photo_task = LatestOnly(self)
        self._presence_task = LatestOnly(self)
        self._can_search = actor.can(Permission.MEMBERS_VIEW)

        self._build_static()
        self._build_timers()
        self._build_shortcuts()

        ui.scanEdit.installEventFilter(self)
        ui.scanEdit.textEdited.connect(self._on_text_edited)
        ui.soundButton.toggled.connect(self._on_sound_toggled)
        ui.sendNowButton.clicked.connect(self._resume)
        ui.takePaymentButton.clicked.connect(self.take_payment)
        ui.renewButton.clicked.connect(self.renew)
        ui.overrideButton.clicked.connect(self.check_in_anyway)
        ui.checkoutButton.clicked.connect(self.check_out_selected)
        ui.presenceList.selectionModel().selectionChanged.connect(self._on_presence_selection)
        context.events.sig_connection_changed.connect(self._on_connection_state)

        # The feed of this session (one per main window), or the one a test hands in.
        self.live = live or LiveFeed.of(context.events)
        if self.live is not None:
            self.live.sig_presence.connect(self._on_presence_event)
            self.live.sig_reconnected.connect(self._on_live_reconnected)
            # Presence events carry the site, the generic "visits" kind does not: with a feed,
            # listen to the feed only, so another site's check-ins cost this desk nothing.
            self.refresh_on = frozenset({SETTINGS})

        ui.presenceState.show_loading("Loading who is in…")
        self._load_presence()
        self._update_offline_bar()
        if self.outbox:
            # Scans left waiting by the previous run (a restart while offline): send them now.
            QTimer.singleShot(0, self._pump)

    # -- building --------------------------------------------------------------------------------

    def _build_static(self) -> None:
        ui = self.ui
        ui.scanEdit.addAction(icon("scan"), QLineEdit.ActionPosition.LeadingPosition)
        ui.scanError.setVisible(False)
        ui.offlineBar.setVisible(False)
        ui.noticeBar.setVisible(False)
        ui.sendNowButton.setIcon(icon("refresh"))
        ui.takePaymentButton.setIcon(icon("card"))
        ui.renewButton.setIcon(icon("refresh"))
        ui.overrideButton.setIcon(icon("verdict-override"))
        ui.takePaymentButton.setProperty("primary", True)
        ui.renewButton.setProperty("primary", True)
        ui.checkoutButton.setIcon(icon("checkout"))
        ui.checkoutButton.setEnabled(False)
        ui.capacityText.setVisible(False)
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

        self._suggest_timer = timer(SUGGEST_DEBOUNCE_MS, self._suggest, single=True)
        self._presence_timer = timer(PRESENCE_COALESCE_MS, self._load_presence, single=True)
        self._checking_timer = timer(CHECKING_DELAY_MS, self._show_checking, single=True)
        self._retry_timer = timer(RETRY_OFFLINE_MS, self._resume)
        self._housekeeping_timer = timer(HOUSEKEEPING_MS, self._close_stale_visits)
        self._recent_timer = timer(RECENT_TICK_MS, self.recent.tick)
        self._presence_tick = timer(PRESENCE_TICK_MS, self.presence.tick)
        self._notice_timer = timer(NOTICE_MS, self._hide_notice, single=True)
        # UI clocks only (durations, the undo minute): nothing here asks the database.
        self._recent_timer.start()
        self._presence_tick.start()

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
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.presenceList)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.check_out_selected)

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
        self.ui.scanEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.scanEdit.selectAll()

    def panel_activated(self) -> None:
        """Shown again: the durations and the undo buttons catch up at once."""
        self.presence.tick()
        self.recent.tick()

    def refresh(self, kinds: frozenset[str]) -> None:
        """Visits or opening hours changed (another desk, another screen): re-read presence."""
        self._schedule_presence()

    def connection_restored(self) -> None:
        """The database is back: send what waits, re-read what is shown."""
        self._resume()
        self._schedule_presence()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # Housekeeping, not polling: visits left open at closing time get closed.
            self._close_stale_visits()
            self._housekeeping_timer.start()
        self._fit_to_height()
        QTimer.singleShot(0, self.focus_primary)

    def hideEvent(self, event: QHideEvent) -> None:
        self._hide_suggestions()
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_to_height()
        if self.suggestions.isVisible():
            self.suggestions.show_under(self.ui.scanEdit)

    def _fit_to_height(self) -> None:
        # The right column gets a third of the width (within limits), decided here rather
        # than by the layout: a long, wrapped verdict would otherwise squeeze it.
        width = max(320, min(460, int(self.width() * 0.32)))
        if self.ui.presenceFrame.width() != width:
            self.ui.presenceFrame.setFixedWidth(width)
        large = self.height() >= LARGE_HEIGHT
        card = self.ui.verdictCard
        if bool(card.property("large")) != large:
            card.setProperty("large", large)
            # The fonts hang on ``QFrame#verdictCard[large="true"] QLabel#...`` rules, which
            # Qt matches at polish time only: re-polish the card and what is inside it.
            repolish(card)
            for child in card.findChildren(QWidget):
                repolish(child)
        self.card.set_photo_size(220 if large else 168)

    # -- the scan field --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.scanEdit:
            if event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                if self._on_scan_key(event):
                    return True
            elif event.type() == QEvent.Type.FocusOut:
                # The list never takes the focus, so a click on it does not come here first.
                self._hide_suggestions()
        return super().eventFilter(watched, event)

    def _on_scan_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        popup = self.suggestions
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_enter()
            return True
        if key == Qt.Key.Key_Escape:
            if popup.isVisible():
                self._hide_suggestions()
            else:
                self.ui.scanEdit.clear()
                self._field_message(None)
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: MAX_SUGGESTIONS,
                Qt.Key.Key_PageUp: -MAX_SUGGESTIONS,
            }[Qt.Key(key)]
            if popup.isVisible():
                popup.move_current(step)
            elif key == Qt.Key.Key_Down and popup.suggestions.rowCount():
                popup.show_under(self.ui.scanEdit)
            return True
        return False

    def _on_text_edited(self, text: str) -> None:
        self._field_message(None)
        if looks_like_code(text) or len(text.strip()) < SUGGEST_MIN_CHARS or not self._can_search:
            # A scanner is typing (or too little to search): no list in its way.
            self._suggest_timer.stop()
            self._suggest_task.cancel()
            self._hide_suggestions()
            self.suggestions.suggestions.set_rows([])  # so ↓ cannot bring back stale ones
            return
        self._suggest_timer.start()

    def _suggest(self, *, then_pick: bool = False) -> None:
        query = self.ui.scanEdit.text().strip()
        if len(query) < SUGGEST_MIN_CHARS or looks_like_code(query):
            return
        actor = self.context.actor
        self._suggest_task.run(
            lambda: (
                members_service.list_members(actor=actor, query=query, limit=MAX_SUGGESTIONS).rows
            ),
            on_done=lambda rows: self._show_suggestions(query, list(rows), then_pick),
            on_error=lambda err: self._on_suggest_failed(query, err),
        )

    def _show_suggestions(self, query: str, rows: list[MemberRow], then_pick: bool) -> None:
        if self.ui.scanEdit.text().strip() != query:
            return  # the field moved on meanwhile
        popup = self.suggestions
        popup.suggestions.set_rows(rows)
        if not rows:
            self._hide_suggestions()
            self._field_message(
                f"No member matches ‘{query}’. Check the spelling, or scan the card.", error=False
            )
            return
        if then_pick and len(rows) == 1:
            self._pick(rows[0])
            return
        popup.setCurrentIndex(popup.suggestions.index(0))
        if self.ui.scanEdit.hasFocus() or then_pick:
            popup.show_under(self.ui.scanEdit)
        if then_pick:
            self._field_message("Several members match: pick one with ↑ ↓ and Enter.", error=False)
        self._load_suggestion_photos(rows)

    def _on_suggest_failed(self, query: str, err: BaseException) -> None:
        # Suggestions are a convenience: a failure must not get in the way of scanning.
        log.info("Suggestions for %r failed: %s", query, err)
        self._hide_suggestions()

    def _load_suggestion_photos(self, rows: list[MemberRow]) -> None:
        popup = self.suggestions
        wanted: list[int] = []
        for row in rows:
            if row.id in self._photos:
                photo = self._photos[row.id]
                if photo is not None:
                    popup.suggestions.set_photo(row.id, photo)
            else:
                wanted.append(row.id)
        if not wanted:
            return
        actor = self.context.actor

        def work() -> dict[int, bytes | None]:
            return {
                member_id: members_service.member_photo(actor=actor, member_id=member_id)
                for member_id in wanted
            }

        def done(photos: dict[int, bytes | None]) -> None:
            for member_id, data in photos.items():
                pixmap = self._remember_photo(member_id, data)
                if pixmap is not None:
                    popup.suggestions.set_photo(member_id, pixmap)

        self._suggest_photos_task.run(
            work, on_done=done, on_error=lambda err: log.info("No suggestion photos: %s", err)
        )

    def _hide_suggestions(self) -> None:
        self.suggestions.hide()

    def _on_enter(self) -> None:
        edit = self.ui.scanEdit
        text = edit.text().strip()
        popup = self.suggestions
        self._suggest_timer.stop()
        if popup.isVisible() and popup.current_member is not None and not looks_like_code(text):
            self._pick(popup.current_member)
            return
        if not text:
            return
        if looks_like_code(text):
            self.scan(text)
            return
        if not self._can_search:
            self._field_message("Scan the card or type the member code.", error=True)
            return
        # A name and Enter before the list appeared: search now; one match checks in.
        self._suggest(then_pick=True)

    def _pick(self, member: MemberRow) -> None:
        self._hide_suggestions()
        self.scan(member.member_code, label=member.full_name)

    def _field_message(self, text: str | None, *, error: bool = True) -> None:
        label = self.ui.scanError
        edit = self.ui.scanEdit
        if text:
            set_role(label, "fieldError" if error else "hint")
            label.setText(text)
        label.setVisible(bool(text))
        invalid = bool(text) and error
        if bool(edit.property("invalid")) != invalid:
            edit.setProperty("invalid", invalid)
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    # -- scanning and the outbox -----------------------------------------------------------------

    def scan(self, raw: str, *, label: str = "", override_reason: str | None = None) -> None:
        """Check in (or out) the member with this code: what the scanner's Enter does."""
        try:
            code = normalise_member_code(raw)
        except ValidationError as err:
            # Junk from the scanner or the keyboard: said next to the field, nothing sent.
            self._field_message(err.message, error=True)
            self.ui.scanEdit.selectAll()
            self.sounds.play(REFUSED)
            return
        self._suggest_task.cancel()
        self._hide_suggestions()
        self._field_message(None)
        if self.ui.noticeBar.property("tone") != "bad":
            # Old news goes with the next scan; a refusal found after an outage stays its minute.
            self._hide_notice()
        self.ui.scanEdit.clear()
        scan = PendingScan.new(code, override_reason=override_reason, label=label)
        self._current_scan = scan.scan_id
        self.outbox.append(scan)
        if self._offline:
            self.card.show_pending(scan, len(self.outbox))
            self.recent.put(self._pending_entry(scan))
            self._update_offline_bar()
        else:
            self._checking_timer.start()
        self._pump()

    def _pump(self) -> None:
        """Send the oldest waiting scan, one at a time, in order."""
        if self._sending:
            return
        scan = self.outbox.head
        if scan is None:
            self._update_offline_bar()
            return
        self._sending = True
        actor = self.context.actor
        run_in_background(
            lambda: checkin.check_in(
                scan.code,
                actor=actor,
                override_reason=scan.override_reason,
                scan_id=scan.scan_id,
            ),
            on_done=partial(self._on_scan_answered, scan),
            on_error=partial(self._on_scan_failed, scan),
            parent=self,
        )

    def _on_scan_answered(self, scan: PendingScan, result: CheckInResult) -> None:
        self._sending = False
        replayed = self.outbox.on_disk  # it waited through an outage
        self.outbox.remove(scan.scan_id)
        self._set_offline(False)
        self.recent.put(self._result_entry(scan.scan_id, result))
        if scan.scan_id == self._current_scan:
            self._checking_timer.stop()
            self.card.show_result(result, scan.scan_id)
            self._load_card_photo(result.member.id)
            self.sounds.play(REFUSED if result.outcome == "refused" else OK)
            self._refocus()
        if replayed:
            self._replayed.append((scan, result, ""))
        self._schedule_presence()
        self._after_answer()

    def _on_scan_failed(self, scan: PendingScan, err: BaseException) -> None:
        self._sending = False
        if isinstance(err, Unavailable):
            # Keep it (on disk from now on) and say so; sent again when the database is back.
            self.outbox.persist()
            self._set_offline(True)
            current = next((s for s in self.outbox if s.scan_id == self._current_scan), None)
            if current is not None:
                self._checking_timer.stop()
                self.card.show_pending(current, len(self.outbox))
            for waiting in self.outbox:
                if self.recent.find(waiting.scan_id) is None:
                    self.recent.put(self._pending_entry(waiting))
            self._retry_timer.start()
            self._refocus()
            return
        # Any other answer is final for this scan: it leaves the outbox.
        replayed = self.outbox.on_disk
        self.outbox.remove(scan.scan_id)
        message = user_message(err)
        title = (
            "Card not recognised"
            if isinstance(err, (NotFound, ValidationError))
            else "Not checked in"
        )
        self.recent.put(
            RecentScan(
                key=scan.scan_id,
                at=scan.scanned_at,
                name=scan.label or scan.code,
                code=scan.code,
                look=PROBLEM_LOOK
                if isinstance(err, (NotFound, ValidationError))
                else outcome_look("refused", "red"),
            )
        )
        if scan.scan_id == self._current_scan:
            self._checking_timer.stop()
            self.card.show_problem(title, message, scan.scan_id)
            self.sounds.play(REFUSED)
            if isinstance(err, (NotFound, ValidationError)) and not self.ui.scanEdit.text():
                # Give the typed code back, selected: fix a digit or overtype with a new scan.
                self.ui.scanEdit.setText(scan.code)
            self._field_message(message, error=True)
            self._refocus()
        if replayed:
            self._replayed.append((scan, None, message))
        if isinstance(err, PermissionDenied):
            log.warning("Check-in refused by permissions: %s", err)
        self._after_answer()

    def _after_answer(self) -> None:
        if self.outbox:
            self._pump()
            return
        self._retry_timer.stop()
        self._update_offline_bar()
        if self._replayed:
            self._report_replayed()

    def _resume(self) -> None:
        """Try the waiting scans again (connection back, reconnect, timer, "Try again now")."""
        if self.outbox and not self._sending:
            self._pump()

    def _set_offline(self, offline: bool) -> None:
        if offline != self._offline:
            self._offline = offline
        self._update_offline_bar()
        if not offline and not self.outbox:
            self._retry_timer.stop()

    def _on_connection_state(self, live: bool) -> None:
        # The main window's monitor noticed first: the next scan shows "saved" at once instead
        # of "checking…" for as long as the connection attempt takes to fail.
        if not live:
            self._set_offline(True)
        elif not self.outbox:
            self._set_offline(False)  # with scans waiting, their first success says so

    @property
    def offline(self) -> bool:
        """True while the desk knows the database cannot be reached."""
        return self._offline

    @property
    def waiting_scans(self) -> int:
        """Scans not yet answered by the database."""
        return len(self.outbox) if self._offline or self.outbox.on_disk else 0

    def _update_offline_bar(self) -> None:
        ui = self.ui
        waiting = self.waiting_scans
        if self._offline and waiting:
            # Offline with nothing waiting needs no line here: the window's banner says it.
            if waiting == 1:
                text = "Offline — 1 scan waiting, it will be sent when the database is back."
            else:
                text = (
                    f"Offline — {waiting} scans waiting, they'll be sent when the database is back."
                )
        elif waiting:
            text = f"Sending {waiting} waiting scan{'s' if waiting != 1 else ''}…"
        else:
            ui.offlineBar.setVisible(False)
            return
        ui.offlineText.setText(text)
        ui.sendNowButton.setVisible(self._offline and waiting > 0)
        ui.offlineBar.setVisible(True)

    def _report_replayed(self) -> None:
        """After an outage: one line saying what happened to the scans that waited."""
        replayed, self._replayed = self._replayed, []
        outcomes = [r.outcome for _s, r, _m in replayed if r is not None]
        checked_in = outcomes.count("checked_in")
        checked_out = outcomes.count("checked_out")
        # A scan whose answer was lost after it committed comes back as "already in".
        already_in = outcomes.count("already_in")
        problems = [
            (s.label or (r.member.full_name if r is not None else s.code), r.headline if r else m)
            for s, r, m in replayed
            if r is None or r.outcome == "refused"
        ]
        parts = []
        if checked_in:
            parts.append(f"{checked_in} checked in")
        if already_in:
            parts.append(f"{already_in} already in")
        if checked_out:
            parts.append(f"{checked_out} checked out")
        if problems:
            parts.append(f"{len(problems)} not checked in")
        total = len(replayed)
        text = (
            f"Back online — {total} waiting scan{'s' if total != 1 else ''} sent: "
            + ", ".join(parts or ["nothing to do"])
            + "."
        )
        if problems:
            text += " " + "; ".join(f"{name}: {why}" for name, why in problems[:3])
        self._notice(
            text, "bad" if problems else "ok", "verdict-red" if problems else "verdict-green"
        )
        if problems:
            self.sounds.play(REFUSED)

    def _show_checking(self) -> None:
        scan = next((s for s in self.outbox if s.scan_id == self._current_scan), None)
        if scan is not None and self.card.state not in ("pending",):
            self.card.show_checking(scan)

    def _pending_entry(self, scan: PendingScan) -> RecentScan:
        return RecentScan(
            key=scan.scan_id,
            at=scan.scanned_at,
            name=scan.label or scan.code,
            code=scan.code,
            look=PENDING_LOOK,
        )

    def _result_entry(self, key: object, result: CheckInResult) -> RecentScan:
        member = result.member
        undo_until = None
        if result.outcome == "checked_in" and result.checked_in_at is not None:
            undo_until = result.checked_in_at + UNDO_WINDOW
        at = dt.datetime.now(dt.UTC)
        if result.outcome == "checked_out" and result.checked_out_at is not None:
            at = result.checked_out_at
        elif result.checked_in_at is not None and result.outcome == "checked_in":
            at = result.checked_in_at
        return RecentScan(
            key=key,
            at=at,
            name=member.full_name,
            code=member.member_code,
            look=outcome_look(result.outcome, result.verdict, result.overridden),
            visit_id=result.visit_id if result.outcome == "checked_in" else None,
            undo_until=undo_until,
        )

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
        refusals = [r.message for r in result.reasons if r.code in RED_REASONS]
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
        self._schedule_presence()
        self._refocus()

    def check_out_selected(self) -> None:
        """Check out the member selected in "In the gym now" (the button or the Delete key)."""
        visit = self._selected_visit()
        if visit is None:
            return
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
        self.recent.put(self._result_entry(f"out-{result.visit_id}", result))
        self._schedule_presence()
        self._refocus()

    def _on_action_failed(self, what: str, err: BaseException) -> None:
        if isinstance(err, Unavailable):
            self._set_offline(True)
        self._notice(f"{what}: {user_message(err)}", "bad", "alert")
        self._on_presence_selection()
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

    # -- photos ----------------------------------------------------------------------------------

    def _remember_photo(self, member_id: int, data: bytes | None) -> QPixmap | None:
        pixmap: QPixmap | None = None
        if data:
            candidate = QPixmap()
            if candidate.loadFromData(data):
                pixmap = candidate
        self._photos[member_id] = pixmap
        self._photos.move_to_end(member_id)
        while len(self._photos) > PHOTO_CACHE:
            self._photos.popitem(last=False)
        return pixmap

    def _load_card_photo(self, member_id: int) -> None:
        if member_id in self._photos:
            self.card.set_photo(member_id, self._photos[member_id])
            return
        if not self._can_search:
            return
        actor = self.context.actor

        def done(data: bytes | None) -> None:
            self.card.set_photo(member_id, self._remember_photo(member_id, data))

        self._photo_task.run(
            lambda: members_service.member_photo(actor=actor, member_id=member_id),
            on_done=done,
            # Without its photo the card still works: the initials stay.
            on_error=lambda err: log.info("No photo for member %s: %s", member_id, err),
        )

    # -- in the gym now --------------------------------------------------------------------------

    def _on_presence_event(self, payload: dict[str, Any]) -> None:
        site = payload.get("site_id")
        if site is not None and site != self.context.actor.site_id:
            return  # another gym of the chain
        if self.isVisible():
            self._schedule_presence()
        else:
            self._stale.add(VISITS)  # re-read when shown (Panel.showEvent)

    def _on_live_reconnected(self) -> None:
        # Whatever was announced while the listener was away is lost: re-read, and send.
        self._schedule_presence()
        self._resume()

    def _schedule_presence(self) -> None:
        if not self._presence_timer.isActive():
            self._presence_timer.start()

    def reload_presence(self) -> None:
        """Re-read "In the gym now" at once (Retry, tests)."""
        self._presence_timer.stop()
        self._load_presence()

    def _load_presence(self) -> None:
        actor = self.context.actor
        self._presence_task.run(
            lambda: checkin.present_now(actor=actor),
            on_done=self._show_presence,
            on_error=self._on_presence_failed,
        )

    def _show_presence(self, presence: Presence) -> None:
        ui = self.ui
        view = ui.presenceList
        chosen = self._selected_visit()
        selected = chosen.visit_id if chosen is not None else None
        self.presence.set_visits(presence.visits)
        self._presence_loaded = True
        if selected is not None:
            row = self.presence.row_of_visit(int(selected))
            if row is not None:
                view.setCurrentIndex(self.presence.index(row))
        self._on_presence_selection()
        self._show_capacity(presence)
        if presence.visits:
            ui.presenceState.show_content()
        else:
            ui.presenceState.show_empty(
                "Nobody in the gym yet",
                "Members appear here as they check in, at this desk or any other.",
                icon_name="members",
            )

    def _show_capacity(self, presence: Presence) -> None:
        ui, fmt = self.ui, self.fmt
        count, capacity = presence.count, presence.capacity
        bar, words = ui.capacityBar, ui.capacityText
        if capacity:
            ui.countLabel.setText(f"{fmt.integer(count)} / {fmt.integer(capacity)}")
            share = count / capacity
            if count >= capacity:
                tone, text = "bad", "Full"
            elif share >= 0.8:
                tone, text = "warn", "Almost full"
            else:
                tone, text = "ok", "Room to train"
            bar.setRange(0, capacity)
            bar.setValue(min(count, capacity))
            set_tone(bar, tone)
            words.setText(text)
            set_tone(words, tone)
            bar.setVisible(True)
            words.setVisible(True)
            label = presence.slot_label or "Now"
            ui.slotLabel.setText(
                f"{label} · {round(share * 100)}% of the {fmt.integer(capacity)} places"
            )
            ui.countLabel.setToolTip(f"{fmt.count(count, 'person', 'people')} in the gym")
        else:
            ui.countLabel.setText(fmt.count(count, "person", "people"))
            bar.setVisible(False)
            words.setVisible(False)
            ui.slotLabel.setText("No capacity is set for this hour.")
            ui.countLabel.setToolTip("")

    def presence_state_title(self) -> str:
        """The title of the list's empty or error page ("" while it shows people)."""
        state = self.ui.presenceState
        return state.message_title() if state.state in ("empty", "error") else ""

    def _on_presence_failed(self, err: BaseException) -> None:
        if isinstance(err, Unavailable):
            self._set_offline(True)
        if not self._presence_loaded:
            self.ui.presenceState.show_error(
                "Couldn't load who is in the gym", user_message(err), retry=self.reload_presence
            )
        else:
            # Keep the last list on screen; the offline line says why it may be behind.
            log.info("Could not refresh who is in the gym: %s", err)

    def _selected_visit(self) -> PresentVisit | None:
        # The selection, not the current index: a list that merely has the focus has a current
        # row without anything being highlighted, and nobody should be checked out unseen.
        rows = self.ui.presenceList.selectionModel().selectedRows()
        return self.presence.visit(rows[0].row()) if rows else None

    def _on_presence_selection(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        self.ui.checkoutButton.setEnabled(self._selected_visit() is not None)

    # -- housekeeping ----------------------------------------------------------------------------

    def _close_stale_visits(self) -> None:
        actor = self.context.actor

        def done(closed: int) -> None:
            if closed:
                self._schedule_presence()

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
