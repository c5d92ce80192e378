"""Fills the verdict card of the check-in form: the band, the member, the reasons, the actions.

The card has one job: tell the person at the desk, from a metre away, whether the member in
front of them may go in. The band says it three ways at once (colour, icon, words); the
member's photo and name say who; the reasons say why (each once: what the band already says is
not repeated underneath); the buttons say what to do next.

Every answer replaces the whole card: a card never shows one member's photo or name under
another scan's verdict (a stale green card at a door lets the wrong person in).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from fitmate_desktop.gui.panels.checkin.look import (
    PENDING_LOOK,
    PROBLEM_LOOK,
    REASON_ICONS,
    UNDONE_LOOK,
    OutcomeLook,
    outcome_look,
    reason_tone,
)
from fitmate_desktop.gui.style import (
    icon_pixmap,
    muted_text_color,
    repolish,
    set_tone,
    tone_colors,
)
from fitmate_desktop.gui.widgets.avatar import avatar_pixmap
from fitmate_desktop.gui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from fitmate_desktop.gui.format import Formatter
    from fitmate_desktop.gui.forms.ui_checkin_panel import Ui_CheckInPanel
    from fitmate_desktop.gui.panels.checkin.scan_queue import PendingScan
    from fitmate_desktop.services.checkin import CheckInResult, MemberCard

MISSING = "—"
BAND_ICON = 44
LARGE_HEIGHT = 860  # panel height from which the card uses its large fonts and photo
PHOTO_LARGE = 220
PHOTO_SMALL = 168
PHOTO_COMPACT = 132  # below COMPACT_HEIGHT: a 1366x768 screen with the window's own bars
COMPACT_HEIGHT = 740
FEW_VISITS = 2  # a class pack with this many visits left (or fewer) is shown in amber


class VerdictCard:
    """Writes one answer into the card's widgets; remembers which member and visit it shows."""

    def __init__(self, ui: Ui_CheckInPanel, formatter: Formatter, *, can_override: bool) -> None:
        self.ui = ui
        self.fmt = formatter
        self.can_override = can_override
        self.photo_size = PHOTO_SMALL
        self.result: CheckInResult | None = None
        self.scan_id: object | None = None
        self.state = "idle"  # idle | checking | pending | result | problem | undone
        self._photo: QPixmap | None = None
        ui.idleIcon.setPixmap(icon_pixmap("scan", 64, color=muted_text_color()))
        # The figures wrap onto a second line when the card is narrow, rather than pushing the
        # card wider than the window (Designer has no flow layout: it is set up here).
        stats = FlowLayout(ui.statsBox, spacing=10)
        for tile in (ui.visitsLeftTile, ui.daysTile, ui.visitsTile, ui.endsTile):
            stats.addWidget(tile)
        self.show_idle()

    # -- what the card shows -------------------------------------------------------------------

    @property
    def member(self) -> MemberCard | None:
        """The member on the card, if the card shows one."""
        return self.result.member if self.result is not None and self.state == "result" else None

    @property
    def headline(self) -> str:
        """The words of the band (tests and accessibility read them)."""
        return self.ui.verdictHeadline.text()

    @property
    def tone(self) -> str | None:
        """The band's tone, or None when idle."""
        value = self.ui.verdictBand.property("tone")
        return str(value) if value and self.state != "idle" else None

    def show_idle(self) -> None:
        """Nothing scanned yet at this desk."""
        self.state = "idle"
        self.result = None
        self.scan_id = None
        set_tone(self.ui.verdictCard, None)
        self.ui.cardStack.setCurrentWidget(self.ui.idlePage)

    def show_result(self, result: CheckInResult, scan_id: object | None = None) -> None:
        """The database's answer to a scan."""
        self.state = "result"
        self.result = result
        self.scan_id = scan_id
        look = outcome_look(result.outcome, result.verdict, result.overridden)
        when = result.checked_out_at if result.outcome == "checked_out" else result.checked_in_at
        self._band(look, result.headline, when)
        # The service counts the visits made before this scan; a check-in just made one more,
        # and "0 visits this week" under a "Welcome" reads wrong at the desk.
        visits = result.member.visits_this_week + (1 if result.outcome == "checked_in" else 0)
        self._member(result.member, visits)
        self._message(None)
        refused = result.outcome == "refused"
        # The band says the first reason already: underneath come only the others.
        self._reasons([(r.code, r.message) for r in result.other_reasons], refused=refused)
        self._actions(set(result.actions) if refused else set())

    def show_checking(self, scan: PendingScan) -> None:
        """The answer is taking a moment (a slow network): say so instead of showing nothing."""
        self.state = "checking"
        self.result = None
        self.scan_id = scan.scan_id
        self._band(PENDING_LOOK, f"Checking {scan.shown_as}…", None)
        self._member(None)
        self._message(None)
        self._reasons([])
        self._actions(set())

    def show_pending(self, scan: PendingScan, waiting: int) -> None:
        """The scan is saved at this desk and will be sent when the database is back."""
        self.state = "pending"
        self.result = None
        self.scan_id = scan.scan_id
        self._band(PENDING_LOOK, f"Saved — {scan.shown_as} is not checked in yet", scan.scanned_at)
        self._member(None)
        more = f" ({waiting} scans are waiting)" if waiting > 1 else ""
        self._message(
            "The database can't be reached, so this scan could not be checked. It is kept at "
            f"this desk and sent as soon as the connection is back{more}; the result then "
            "appears here and under Previous scans."
        )
        self._reasons([])
        self._actions(set())

    def show_problem(self, title: str, text: str, scan_id: object | None = None) -> None:
        """The scan could not be matched or was refused by the program (not by the rules)."""
        self.state = "problem"
        self.result = None
        self.scan_id = scan_id
        self._band(PROBLEM_LOOK, title, None)
        self._member(None)
        self._message(text)
        self._reasons([])
        self._actions(set())

    def show_undone(self, name: str) -> None:
        """The check-in on the card was undone."""
        self.state = "undone"
        self._band(UNDONE_LOOK, f"Check-in undone — {name} is not checked in", None)
        self._reasons([])
        self._actions(set())

    def set_photo(self, member_id: int, photo: QPixmap | None) -> None:
        """Put the member's photo on the card once it has arrived (if still shown)."""
        member = self.member
        if member is None or member.id != member_id or photo is None or photo.isNull():
            return
        self._photo = photo
        self.ui.photoLabel.setPixmap(avatar_pixmap(member.full_name, self.photo_size, photo=photo))

    def set_photo_size(self, size: int) -> None:
        """Bigger screens get a bigger photo (and the QSS a bigger font, ``large``)."""
        if size == self.photo_size:
            return
        self.photo_size = size
        self.ui.photoLabel.setFixedSize(size, size)
        member = self.member
        if member is not None:
            self.ui.photoLabel.setPixmap(avatar_pixmap(member.full_name, size, photo=self._photo))

    def fit(self, panel_height: int) -> None:
        """Size the photo and the fonts to the screen: large from ``LARGE_HEIGHT``, compact
        under ``COMPACT_HEIGHT`` (where a full red card must still fit above the last scans)."""
        card = self.ui.verdictCard
        large = panel_height >= LARGE_HEIGHT
        compact = panel_height < COMPACT_HEIGHT
        if bool(card.property("large")) != large or bool(card.property("compact")) != compact:
            card.setProperty("large", large)
            card.setProperty("compact", compact)
            # The fonts hang on ``QFrame#verdictCard[large="true"] QLabel#...`` rules, which
            # Qt matches at polish time only: re-polish the card and what is inside it.
            repolish(card)
            for child in card.findChildren(QWidget):
                repolish(child)
        size = PHOTO_LARGE if large else PHOTO_COMPACT if compact else PHOTO_SMALL
        self.set_photo_size(size)
        # Compact: tighter margins too (the band and the body give back ~20 px between them).
        ui = self.ui
        band, body = ui.verdictBandLayout, ui.cardBodyLayout
        if compact:
            band.setContentsMargins(18, 10, 18, 10)
            body.setContentsMargins(20, 12, 20, 12)
            body.setSpacing(10)
        else:
            band.setContentsMargins(20, 14, 20, 14)
            body.setContentsMargins(22, 18, 22, 16)
            body.setSpacing(12)

    # -- parts ---------------------------------------------------------------------------------

    def _band(self, look: OutcomeLook, headline: str, when: dt.datetime | None) -> None:
        ui = self.ui
        ui.cardStack.setCurrentWidget(ui.verdictPage)
        fg = tone_colors(look.tone)[1]
        ui.verdictIcon.setPixmap(icon_pixmap(look.icon, BAND_ICON, color=fg))
        ui.verdictHeadline.setText(headline)
        ui.verdictBand.setAccessibleDescription(f"{look.words}: {headline}")
        if when is not None:
            ui.verdictTime.setText(self.fmt.time(when))
            ui.verdictTime.setToolTip(self.fmt.exact_datetime(when))
        else:
            ui.verdictTime.setText("")
            ui.verdictTime.setToolTip("")
        set_tone(ui.verdictBand, look.tone)
        set_tone(ui.verdictCard, look.tone if look.tone != "muted" else None)

    def _member(self, member: MemberCard | None, visits: int = 0) -> None:
        ui, fmt = self.ui, self.fmt
        ui.memberBox.setVisible(member is not None)
        self._photo = None
        if member is None:
            # Nothing of the previous member stays behind, not even hidden.
            ui.photoLabel.clear()
            ui.nameLabel.clear()
            ui.detailLabel.clear()
            return
        ui.endsTile.setVisible(member.membership_end is not None)
        ui.photoLabel.setFixedSize(self.photo_size, self.photo_size)
        ui.photoLabel.setPixmap(avatar_pixmap(member.full_name, self.photo_size))
        ui.nameLabel.setText(member.full_name)
        parts = [member.member_code, member.plan_name or "No membership"]
        ui.detailLabel.setText("  ·  ".join(parts))
        self._visits_left(member.visits_left)

        days = member.days_left
        if days is None or member.status in ("none", "cancelled"):
            ui.daysValue.setText(MISSING)
        else:
            ui.daysValue.setText(fmt.integer(max(days, 0)))
        ui.daysCaption.setText("day left" if days == 1 else "days left")
        ui.visitsValue.setText(fmt.integer(visits))
        ui.visitsCaption.setText("visit this week" if visits == 1 else "visits this week")
        end = member.membership_end
        if end is not None:
            ui.endsValue.setText(fmt.date(end))
            ended = end < fmt.today()
            ui.endsCaption.setText(
                f"{'ended' if ended else 'ends'} {fmt.days_until(end)}"
                if end != fmt.today()
                else "ends today"
            )
            ui.endsTile.setToolTip(fmt.long_date(end))

    def _visits_left(self, left: int | None) -> None:
        """Class packs: what is left of the pack after this scan."""
        ui = self.ui
        ui.visitsLeftTile.setVisible(left is not None)
        if left is None:
            return
        ui.visitsLeftValue.setText(self.fmt.integer(max(left, 0)))
        ui.visitsLeftCaption.setText("visit left" if left == 1 else "visits left")
        tone = "bad" if left <= 0 else "warn" if left <= FEW_VISITS else None
        set_tone(ui.visitsLeftTile, tone)

    @property
    def visits_left_text(self) -> str:
        """ "3 visits left" as the tile says it ("" when the card shows no class pack)."""
        ui = self.ui
        if self.member is None or ui.visitsLeftTile.isHidden():
            return ""
        return f"{ui.visitsLeftValue.text()} {ui.visitsLeftCaption.text()}"

    def _message(self, text: str | None) -> None:
        self.ui.messageLabel.setVisible(bool(text))
        self.ui.messageLabel.setText(text or "")

    def _reasons(self, reasons: list[tuple[str, str]], *, refused: bool = False) -> None:
        box = self.ui.reasonsBox
        layout = box.layout()
        assert layout is not None
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Qt gotcha: deleteLater() alone leaves the old row painted until the event
                # loop runs; hiding it first avoids a frame with both old and new reasons.
                widget.hide()
                widget.deleteLater()
        box.setVisible(bool(reasons))
        for code, message in reasons:
            layout.addWidget(self._reason_row(box, code, message, refused=refused))

    @staticmethod
    def _reason_row(parent: QWidget, code: str, message: str, *, refused: bool) -> QWidget:
        row = QWidget(parent)
        row.setObjectName("reasonRow")
        row.setProperty("reason", code)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        fg = tone_colors(reason_tone(code, refused=refused))[1]
        glyph = QLabel(row)
        glyph.setPixmap(icon_pixmap(REASON_ICONS.get(code, "info"), 22, color=fg))
        glyph.setFixedSize(22, 22)
        text = QLabel(_without_pictographs(message), row)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        # The tone colour is the foreground of the badge colours, readable on the card's base.
        text.setStyleSheet(f"color: {fg.name()};")
        layout.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text, 1)
        return row

    def _actions(self, actions: set[str]) -> None:
        ui = self.ui
        ui.takePaymentButton.setVisible("take_payment" in actions)
        ui.renewButton.setVisible("renew" in actions)
        ui.overrideButton.setVisible("override" in actions and self.can_override)

    def visible_texts(self) -> list[str]:
        """Every text the card shows right now (tests: nothing of a previous member stays)."""
        card = self.ui.verdictCard
        return [
            label.text()
            for label in card.findChildren(QLabel)
            if label.isVisibleTo(card) and label.text()
        ]

    def reason_texts(self) -> list[str]:
        """The reasons listed on the card, in order (tests and screen readers read them)."""
        layout = self.ui.reasonsBox.layout()
        assert layout is not None
        texts: list[str] = []
        for i in range(layout.count()):
            item = layout.itemAt(i)
            row = item.widget() if item is not None else None
            if row is not None:
                texts += [label.text() for label in row.findChildren(QLabel) if label.text()]
        return texts


def _without_pictographs(text: str) -> str:
    """Drop emoji ("Birthday today! 🎂"): the row's icon says it already, and desks without an
    emoji font would show an empty box instead."""
    return "".join(ch for ch in text if ord(ch) < 0x1F000).strip()
