"""The scan field: one large input for a scanner's code + Enter, or a few letters of a name.

Scanner or person? A barcode scanner is a keyboard that types very fast: its characters arrive
a few milliseconds apart, then Enter (some add Tab, or CR and LF). A person's keys are a tenth
of a second apart or more. So the field times the keys itself:

- a run of at least ``BURST_MIN_CHARS`` characters, each within ``SCANNER_GAP_MS`` of the one
  before, is a scan. Its Enter (or Tab) checks in exactly the characters of the run: whatever a
  person had typed before it, and whichever suggestion is on screen, never get in its way. The
  CR/LF/Tab that follow a scan's Enter are the scanner's suffix and are swallowed;
- anything slower is a person. From the second letter of a name (after a short pause) up to
  eight suggestions appear under the field with the first one highlighted: Enter takes it,
  ↑ ↓ move, Esc closes the list and then clears the field. Enter before the list has come
  searches at once; one match checks in.

Digits mean a code (``looks_like_code``): a code typed by hand never opens the suggestions.
Everything else a person ends with Enter (a name with no match aside) goes to the check-in
service as it is, which is the one judge of what a member code is.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from fitmate_desktop.gui.panels.checkin.look import shown_text
from fitmate_desktop.gui.panels.checkin.photos import PhotoCache
from fitmate_desktop.gui.panels.checkin.suggestions import MAX_SUGGESTIONS, SuggestionList
from fitmate_desktop.gui.style import repolish, set_role
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.services.members import MemberRow

log = logging.getLogger(__name__)

SUGGEST_DEBOUNCE_MS = 150
SUGGEST_MIN_CHARS = 2
SCANNER_GAP_MS = 35  # a scanner's characters come closer together than this
BURST_MIN_CHARS = 3  # two quick keys can be a person's roll-over; three in a row are not
SUFFIX_MS = 120  # Enter / Tab / LF this soon after a scan's last key belongs to the scan

Search = Callable[[str], list[MemberRow]]

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TAB = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_STEPS = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: MAX_SUGGESTIONS,
    Qt.Key.Key_PageUp: -MAX_SUGGESTIONS,
}


def looks_like_code(text: str) -> bool:
    """A scanned or typed member code (``FM000123``, ``]C1FM000123``) rather than a name.

    Member codes carry digits and no spaces; names carry neither.
    """
    stripped = text.strip()
    if not stripped or " " in stripped:
        return False
    return stripped.startswith("]") or any(ch.isdigit() for ch in stripped)


def is_name_like(text: str) -> bool:
    """Letters, spaces, and the marks names have (O'Brien, Ana-Rita, St. John)."""
    stripped = text.strip()
    return bool(stripped) and all(ch.isalpha() or ch in " '’.-" for ch in stripped)


def _now_ms() -> float:
    return time.monotonic() * 1000.0


class ScanField(QObject):
    """Reads the scan field's keys; says what to check in, and shows the suggestions.

    ``sig_submit(text, label)``: check in ``text`` as typed or scanned (the service trims and
    judges it); ``label`` is the member's name when picked from the suggestions.
    ``sig_no_match(query)``: a name was searched with Enter and nobody has it.
    """

    sig_submit = Signal(str, str)
    sig_no_match = Signal(str)

    def __init__(
        self,
        edit: QLineEdit,
        message_label: QLabel,
        popup_parent: QWidget,
        photos: PhotoCache,
        *,
        search: Search | None,
    ) -> None:
        super().__init__(popup_parent)
        self.edit = edit
        self._message = message_label
        self._photos = photos
        self._search = search
        self.suggestions = SuggestionList(popup_parent)
        self.suggestions.sig_picked.connect(self.pick)
        self._task = LatestOnly(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SUGGEST_DEBOUNCE_MS)
        self._timer.timeout.connect(self._suggest)
        # The current run of quick keys, and when its last key came (monotonic ms).
        self._run = ""
        self._last_key: float | None = None
        self._suffix_until = 0.0
        message_label.setVisible(False)
        edit.installEventFilter(self)
        edit.textEdited.connect(self._on_text_edited)

    # -- what the panel asks ---------------------------------------------------------------------

    def focus(self) -> None:
        """Focus the field, its text selected so the next scan overtypes it."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def clear(self) -> None:
        """Empty the field and stop any search: a scan was taken."""
        self._timer.stop()
        self._task.cancel()
        self.hide_suggestions()
        self.edit.clear()

    def give_back(self, text: str) -> None:
        """Put (cleaned) ``text`` back in an empty field, selected: fix a digit or overtype."""
        shown = shown_text(text)
        if shown and not self.edit.text():
            self.edit.setText(shown)
        self.edit.selectAll()

    def show_message(self, text: str | None, *, error: bool = True) -> None:
        """A line under the field: an error (red, and the field marked) or a hint."""
        label, edit = self._message, self.edit
        if text:
            set_role(label, "fieldError" if error else "hint")
            label.setText(text)
        label.setVisible(bool(text))
        invalid = bool(text) and error
        if bool(edit.property("invalid")) != invalid:
            edit.setProperty("invalid", invalid)
            repolish(edit)

    def hide_suggestions(self) -> None:
        """Close the list (it keeps its rows until the text changes)."""
        self.suggestions.hide()

    def reposition(self) -> None:
        """The panel was resized: keep an open list under the field."""
        if self.suggestions.isVisible():
            self.suggestions.show_under(self.edit)

    def pick(self, member: MemberRow) -> None:
        """A suggestion was chosen (Enter or a click): check that member in."""
        self.hide_suggestions()
        self.sig_submit.emit(member.member_code, member.full_name)

    # -- keys ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit:
            if event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                return self._on_key(event)
            if event.type() == QEvent.Type.FocusOut:
                # The list never takes the focus, so a click on it does not come here first.
                self.hide_suggestions()
        return super().eventFilter(watched, event)

    def _on_key(self, event: QKeyEvent) -> bool:
        """True when the key was handled here (the line edit does not see it)."""
        key = event.key()
        now = _now_ms()
        since = now - self._last_key if self._last_key is not None else None
        if key in _ENTER or key in _TAB:
            if len(self._run) >= BURST_MIN_CHARS and since is not None and since <= SUFFIX_MS:
                self._end_scan(now)
                return True
            quick = since is not None and since <= SCANNER_GAP_MS
            if now <= self._suffix_until or (key in _TAB and quick):
                # The rest of a scanner's suffix (LF after CR, a Tab), or a scanner's Tab.
                self._suffix_until = now + SUFFIX_MS
                return True
            self._forget_run()
            if key in _TAB:
                return False  # a person's Tab moves on, as everywhere
            self._on_enter()
            return True
        if key == Qt.Key.Key_Escape:
            self._forget_run()
            if self.suggestions.isVisible():
                self.hide_suggestions()
            else:
                self.edit.clear()
                self.show_message(None)
            return True
        if key in _STEPS:
            self._forget_run()
            popup = self.suggestions
            if popup.isVisible():
                popup.move_current(_STEPS[Qt.Key(key)])
            elif key == Qt.Key.Key_Down and popup.suggestions.rowCount():
                popup.show_under(self.edit)
            return True
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if text and not modifiers & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            quick = since is not None and since <= SCANNER_GAP_MS
            if not quick:
                self._run = text
            elif len(self._run) < self.edit.maxLength():
                self._run += text  # no longer than the field takes
            self._last_key = now
            if len(self._run) >= 2 and quick:
                # Keys this fast are a scanner's: no list may open in its way.
                self._timer.stop()
                self._task.cancel()
                self.hide_suggestions()
            return False
        self._forget_run()
        return False

    def _forget_run(self) -> None:
        self._run = ""
        self._last_key = None

    @property
    def scanning(self) -> bool:
        """True while keys arrive at a scanner's speed."""
        return (
            len(self._run) >= 2
            and self._last_key is not None
            and _now_ms() - self._last_key <= SCANNER_GAP_MS
        )

    def _end_scan(self, now: float) -> None:
        raw = self._run
        self._forget_run()
        self._suffix_until = now + SUFFIX_MS
        self._timer.stop()
        self._task.cancel()
        self.hide_suggestions()
        self.sig_submit.emit(raw, "")
        # The check-in may have taken a while (tests answer synchronously): the suffix window
        # counts from the end of this scan's handling.
        self._suffix_until = _now_ms() + SUFFIX_MS

    def _on_enter(self) -> None:
        text = self.edit.text()
        query = text.strip()
        popup = self.suggestions
        self._timer.stop()
        if popup.isVisible() and popup.current_member is not None and not looks_like_code(query):
            self.pick(popup.current_member)
            return
        if query and is_name_like(query) and self._search is not None:
            # A name and Enter before the list appeared: search now; one match checks in.
            self._suggest(then_pick=True)
            return
        # A code, nothing, or anything else: the service decides (and says "unknown code").
        self.sig_submit.emit(text, "")

    # -- suggestions -----------------------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        self.show_message(None)
        query = text.strip()
        if (
            self.scanning
            or looks_like_code(query)
            or len(query) < SUGGEST_MIN_CHARS
            or not is_name_like(query)
            or self._search is None
        ):
            # A scanner is typing (or too little to search): no list in its way.
            self._timer.stop()
            self._task.cancel()
            self.hide_suggestions()
            self.suggestions.suggestions.set_rows([])  # so ↓ cannot bring back stale ones
            return
        self._timer.start()

    def _suggest(self, *, then_pick: bool = False) -> None:
        query = self.edit.text().strip()
        search = self._search
        if search is None or len(query) < SUGGEST_MIN_CHARS or not is_name_like(query):
            if then_pick:
                self.sig_submit.emit(self.edit.text(), "")
            return
        self._task.run(
            lambda: search(query),
            on_done=lambda rows: self._show_suggestions(query, list(rows), then_pick),
            on_error=lambda err: self._on_suggest_failed(query, err, then_pick),
        )

    def _show_suggestions(self, query: str, rows: list[MemberRow], then_pick: bool) -> None:
        if self.edit.text().strip() != query:
            return  # the field moved on meanwhile
        popup = self.suggestions
        popup.suggestions.set_rows(rows)
        if not rows:
            self.hide_suggestions()
            if then_pick:
                self.sig_no_match.emit(query)
            else:
                self.show_message(
                    f"No member matches ‘{shown_text(query)}’. Check the spelling, or scan "
                    "the card.",
                    error=False,
                )
            return
        if then_pick and len(rows) == 1:
            self.pick(rows[0])
            return
        popup.setCurrentIndex(popup.suggestions.index(0))
        if self.edit.hasFocus() or then_pick:
            popup.show_under(self.edit)
        if then_pick:
            self.show_message("Several members match: pick one with ↑ ↓ and Enter.", error=False)
        self._photos.load_many((row.id for row in rows), self._set_photo)

    def _set_photo(self, member_id: int, photo: QPixmap | None) -> None:
        if photo is not None:
            self.suggestions.suggestions.set_photo(member_id, photo)

    def _on_suggest_failed(self, query: str, err: BaseException, then_pick: bool) -> None:
        # Suggestions are a convenience: a failure must not get in the way of checking in.
        log.info("Suggestions for %r failed: %s", query, err)
        self.hide_suggestions()
        if then_pick:
            self.show_message("Searching by name failed. Scan the card or type the member code.")
