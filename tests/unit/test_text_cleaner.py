"""The shared cleaner for echoed input: hostile strings never reach a screen or a log as typed."""

from __future__ import annotations

import logging
import unicodedata

import pytest

from fitmate_desktop.services.text import (
    SHOWN_LIMIT,
    logged,
    quoted,
    shown,
    shown_message,
)

ESC = "\x1b"
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u061c"]
C0 = [chr(c) for c in range(0x00, 0x20)] + ["\x7f"]
C1 = [chr(c) for c in range(0x80, 0xA0)]
ESCAPE_STARTS = {ESC, "\x90", "\x98", "\x9b", "\x9d", "\x9e", "\x9f"}


def _no_hidden(text: str) -> None:
    for char in text:
        assert unicodedata.category(char) not in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}, (
            f"U+{ord(char):04X} in {text!r}"
        )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f"{ESC}[2JM-0001", "M-0001"),  # clear screen
        (f"{ESC}[31;1mM-0001{ESC}[0m", "M-0001"),  # colours
        (f"M-0001{ESC}]0;pwned{chr(7)}", "M-0001"),  # OSC: set the terminal title
        (f"M-0001{ESC}]8;;http://evil{ESC}\\click{ESC}]8;;{ESC}\\", "M-0001click"),  # hyperlink
        ("\x9b2JM-0001", "M-0001"),  # the C1 form of CSI
        (f"{ESC}cM-0001", "M-0001"),  # reset
        ("abc\u202egnp.exe", "abcgnp.exe"),  # right-to-left override
        ("M-\u200b00\u200d01\ufeff", "M-0001"),  # zero-width space/joiner, BOM
        ("M-00\x0001", "M-0001"),  # NUL
        ("M-0001\r\nDROP TABLE", "M-0001 DROP TABLE"),  # line breaks become one space
        ("  José   Ñúñez\tÇelik ", "José Ñúñez Çelik"),
        ("王小明", "王小明"),
        ("김민준", "김민준"),
        ("محمد", "محمد"),  # right-to-left letters are letters: kept
        ("\ud800M-0001\udfff", "M-0001"),  # lone surrogates
        ("\ue000M-0001", "M-0001"),  # private use
    ],
)
def test_shown_removes_what_must_not_be_echoed(raw: str, expected: str) -> None:
    assert shown(raw) == expected


@pytest.mark.parametrize("char", C0 + C1 + BIDI + ZERO_WIDTH + ["\u2028", "\u2029"])
def test_no_control_format_or_bidi_character_survives(char: str) -> None:
    result = shown(f"A{char}B{char * 3}C")
    _no_hidden(result)
    if char not in ESCAPE_STARTS:  # those start a sequence that takes the next letters too
        assert result.replace(" ", "") == "ABC"
    message = shown_message(f"No member with the code A{char}B.")
    _no_hidden(message.replace("\n", ""))  # a message keeps its line breaks
    assert message.startswith("No member with the code A")


def test_long_input_is_shortened_with_an_ellipsis() -> None:
    result = shown("M" * 10_000)
    assert result == "M" * (SHOWN_LIMIT - 1) + "…"
    assert len(shown("x" * 1_000_000, limit=12)) == 12
    # Hostile padding before the text cannot hide that something was cut.
    assert shown(f"{ESC}[2J" * 10_000 + "M-0001").endswith("…") or shown("") == ""


def test_a_cut_never_leaves_an_accent_without_its_letter() -> None:
    name = "Nguyê\u0303n " * 10  # e + circumflex + tilde, decomposed (NFD)
    result = shown(unicodedata.normalize("NFD", name), limit=9)
    assert result.endswith("…")
    assert unicodedata.category(result[-2]) not in {"Mn", "Me"}


def test_stacked_combining_marks_are_capped() -> None:
    zalgo = "q" + "\u0301\u0302\u0303\u0304\u0305\u0306" * 20 + "oe"
    result = shown(zalgo)
    assert result.startswith("q") and result.endswith("oe")
    assert len(result) <= 1 + 3 + 2


def test_quoted_names_an_empty_scan() -> None:
    assert quoted("M-0001") == "“M-0001”"
    assert quoted(f"{ESC}[2J\u202e\x00") == "(nothing readable)"
    assert quoted(12345) == "“12345”"


def test_shown_message_keeps_line_breaks_but_nothing_else_hidden() -> None:
    message = f"No member with the code M{ESC}[2J-1.\n\n\n\nScan again.\u202e"
    assert shown_message(message) == "No member with the code M-1.\n\nScan again."
    assert len(shown_message("x" * 5000)) == 600


def test_logged_is_an_escaped_repr() -> None:
    raw = f"{ESC}[2JM\u202e\x00\u200b\ud800王"
    line = logged(raw)
    assert line == "'\\x1b[2JM\\u202e\\x00\\u200b\\ud800王'"
    _no_hidden(line)
    assert eval(line) == raw  # exactly the raw value, recoverable from the log


def test_logged_shortens_huge_values_and_says_how_much() -> None:
    line = logged("A" * 100_000, limit=50)
    assert line == repr("A" * 50) + "… (+99950 characters)"


def test_a_log_record_of_a_hostile_value_has_no_control_characters(
    caplog: pytest.LogCaptureFixture,
) -> None:
    log = logging.getLogger("fitmate.test.echo")
    with caplog.at_level(logging.INFO, logger="fitmate.test.echo"):
        log.info("Unknown code %s", logged(f"{ESC}[2J\u202eevil\ud800"))
    text = caplog.records[0].getMessage()
    _no_hidden(text)
    text.encode("utf-8")  # a lone surrogate would make a UTF-8 log handler raise
