"""The scan field: a scanner's fast input checks in, a person's typing gets suggestions, and
whatever else arrives (garbage, control characters, an empty read) replaces the card with
"Unknown code" and writes nothing.

A scanner is ``qtbot.keyClicks`` without a delay (the keys come microseconds apart); a person
is the same with a delay between keys.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.panels.checkin.panel import CheckInPanel
from fitmate_desktop.services import checkin
from fitmate_desktop.services.errors import Unavailable
from tests.gui.checkin_support import scan, send_text, type_slowly, visits

pytest_plugins = ["tests.gui.checkin_fixtures"]

HIDDEN = {"Cc", "Cf", "Co", "Cs", "Zl", "Zp"}


def _clean(texts: list[str]) -> bool:
    return all(unicodedata.category(ch) not in HIDDEN for text in texts for ch in text)


# ----------------------------------------------------------------------------- person or scanner


def test_suggestions_appear_from_the_second_letter_and_enter_takes_the_first(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    gym("Ana Silva", "FM000001")
    carla = gym("Carla Murphy", "FM000003")
    gym("Diego Murphy", "FM000004")
    popup = panel.suggestions
    field = panel.ui.scanEdit

    type_slowly(qtbot, field, "m")
    qtbot.wait(300)
    assert not popup.isVisible()  # one letter is not a search
    type_slowly(qtbot, field, "u")
    # No ↓ needed: the list opens by itself, the first one highlighted.
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert [m.full_name for m in popup.suggestions.members()] == ["Carla Murphy", "Diego Murphy"]
    assert popup.current_member is not None
    assert popup.current_member.full_name == "Carla Murphy"

    qtbot.keyClick(field, Qt.Key.Key_Return, delay=80)

    assert not popup.isVisible()
    assert panel.card.headline == "Welcome, Carla"
    assert [v.trainee_id for v in visits()] == [carla]


def test_a_scanners_fast_input_checks_in_even_with_suggestions_open(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    ana = gym("Ana Silva", "FM000001")
    gym("Carla Murphy", "FM000003")
    field = panel.ui.scanEdit
    type_slowly(qtbot, field, "mu")  # someone started looking a name up…
    qtbot.waitUntil(panel.suggestions.isVisible, timeout=3000)

    scan(qtbot, panel, "FM000001")  # …and a member scans their card meanwhile

    assert panel.card.headline == "Welcome, Ana"
    assert [v.trainee_id for v in visits()] == [ana]
    assert not panel.suggestions.isVisible()
    assert field.text() == ""


def test_a_letters_only_code_from_the_scanner_goes_straight_to_check_in(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    # A member named like the code: a person typing "ANABEL" would be offered her.
    gym("Anabela Sousa", "FM000005")
    zoe = gym("Zoe Field", "ANABEL")
    seen: list[bool] = []
    panel.ui.scanEdit.textChanged.connect(lambda _t: seen.append(panel.suggestions.isVisible()))

    scan(qtbot, panel, "ANABEL")

    assert panel.card.headline == "Welcome, Zoe"
    assert [v.trainee_id for v in visits()] == [zoe]
    assert not any(seen)  # no list ever opened in the scanner's way


def test_surrounding_whitespace_and_line_ends_from_the_scanner_are_no_problem(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    ana = gym("Ana Silva", "FM000001")
    bruno = gym("Bruno Costa", "FM000002")
    field = panel.ui.scanEdit

    # Spaces around the code, then CR and LF.
    qtbot.keyClicks(field, "  FM000001 ")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Enter)
    assert panel.card.headline == "Welcome, Ana"
    # A scanner set up with a Tab suffix (and a CR after it): the Tab ends the scan and the
    # keyboard stays in the field.
    qtbot.keyClicks(field, "FM000002\t")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert panel.card.headline == "Welcome, Bruno"
    assert field.hasFocus()
    assert [v.trainee_id for v in visits()] == [ana, bruno]
    assert [e.look.words for e in panel.recent.entries] == ["Checked in", "Checked in"]
    assert not panel.ui.scanError.isVisibleTo(panel)


def test_a_persons_tab_still_moves_on(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    field = panel.ui.scanEdit
    type_slowly(qtbot, field, "ana")
    qtbot.keyClick(field, Qt.Key.Key_Tab, delay=80)
    assert not field.hasFocus()
    assert visits() == []


# ----------------------------------------------------------------------------- hostile input

HOSTILE = {
    "empty": "",
    "blanks": "  \t ",
    "quotes": "'; DROP TABLE trainees; --",
    "very long": "A" * 500,
    "control characters": "\x00\x07\x1bFM1\x08",
    "zero-width only": "\u200b\u200c\u2060",
    "right-to-left override": "\u202eFM#1\u202c",
    "mixed": "FM\u200b#\u202e12'\"",
}


@pytest.mark.parametrize("raw", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_input_gets_unknown_code_shown_cleanly_and_writes_nothing(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int], raw: str
) -> None:
    ana = gym("Ana Silva", "FM000001")
    scan(qtbot, panel, "FM000001")
    assert panel.card.headline == "Welcome, Ana"
    qtbot.wait(200)  # the next member (an Enter right after a scan is that scan's suffix)

    field = panel.ui.scanEdit
    send_text(field, raw)
    qtbot.keyClick(field, Qt.Key.Key_Return)

    card = panel.card
    assert card.headline == "Unknown code"
    assert card.tone == "bad"
    assert card.member is None
    shown = card.visible_texts()
    assert "Ana Silva" not in " ".join(shown)
    assert _clean(shown), shown
    assert _clean([panel.ui.scanError.text(), field.text()])
    assert _clean([e.name for e in panel.recent.entries] + [e.code for e in panel.recent.entries])
    assert panel.recent.entries[0].look.words == "Unknown code"
    assert [v.trainee_id for v in visits()] == [ana]  # only the first, real scan
    assert len(panel.outbox) == 0


def test_a_garbage_scan_replaces_the_previous_members_card(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    gym("Ana Silva", "FM000001")
    scan(qtbot, panel, "FM000001")
    card = panel.card
    assert card.tone == "ok"
    assert "Ana Silva" in card.visible_texts()
    assert panel.ui.photoLabel.isVisibleTo(panel)

    scan(qtbot, panel, "X#!?")

    assert card.headline == "Unknown code"
    assert "Ana Silva" not in " ".join(card.visible_texts())
    assert not panel.ui.photoLabel.isVisibleTo(panel)
    assert panel.ui.photoLabel.pixmap().isNull()  # not merely hidden behind the new card
    assert panel.ui.nameLabel.text() == ""
    assert not panel.ui.takePaymentButton.isVisibleTo(panel)

    # A well-formed code nobody has, and a name nobody has, replace it just the same.
    scan(qtbot, panel, "FM000001")  # checked in already: "already in", her card again
    assert "Ana Silva" in card.visible_texts()
    scan(qtbot, panel, "FM999999")
    assert card.headline == "Unknown code"
    assert "Ana Silva" not in " ".join(card.visible_texts())
    scan(qtbot, panel, "FM000001")
    type_slowly(qtbot, panel.ui.scanEdit, "zzzz")
    qtbot.keyClick(panel.ui.scanEdit, Qt.Key.Key_Return, delay=80)
    assert card.headline == "No member found"
    assert "Ana Silva" not in " ".join(card.visible_texts())


def test_garbage_while_offline_is_answered_at_once_and_never_queued(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int], monkeypatch: pytest.MonkeyPatch
) -> None:
    gym("Ana Silva", "FM000001")

    def down(_code: str, **_kwargs: Any) -> Any:
        raise Unavailable("The database cannot be reached right now.")

    monkeypatch.setattr(checkin, "check_in", down)
    scan(qtbot, panel, "FM000001")
    assert panel.offline and len(panel.outbox) == 1

    send_text(panel.ui.scanEdit, "\x00'--")
    qtbot.keyClick(panel.ui.scanEdit, Qt.Key.Key_Return)

    assert panel.card.headline == "Unknown code"
    assert len(panel.outbox) == 1  # only the real scan waits
