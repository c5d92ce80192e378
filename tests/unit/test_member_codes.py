"""What a scanner or a keyboard types -> a member code, or a clean "not a member code"."""

from __future__ import annotations

import unicodedata

import pytest

from fitmate_desktop.services.checkin import normalise_member_code
from fitmate_desktop.services.checkin.codes import EMPTY_MESSAGE, shown_form
from fitmate_desktop.services.errors import ValidationError

# Characters a message shown at the desk must never carry: controls, zero-width, bidi.
_INVISIBLE_CATEGORIES = ("Cc", "Cf", "Co", "Cs", "Cn")


@pytest.mark.parametrize(
    "raw",
    [
        "FM000123",
        "fm000123",
        " FM000123 ",
        "FM000123\r",
        "FM000123\n",
        "FM000123\r\n",
        "FM000123\t",
        "\tFM000123\t\r\n",
        "\x02FM000123\x03",
        "\x02FM000123\x03\r",
        "]C1FM000123",
        "]Q3FM000123\r\n",
        "*FM000123*",
        "FM 000 123",
        "\u00a0FM000123\u3000",  # no-break and ideographic spaces around it are whitespace
    ],
)
def test_a_valid_code_with_scanner_noise_around_it_is_read(raw: str) -> None:
    assert normalise_member_code(raw) == "FM000123"


@pytest.mark.parametrize("raw", ["", " ", "\r\n", "\t", "\x02\x03", "**", "]C1"])
def test_nothing_scanned_asks_for_a_scan(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_member_code(raw)
    assert caught.value.field == "code" and caught.value.message == EMPTY_MESSAGE


HOSTILE = {
    "very long": "FM" + "0" * 5000,
    "33 characters": "F" * 33,
    "NUL inside": "FM000\x00123",
    "control inside": "FM000\x07123",
    "tab inside": "FM000\t123",
    "escape sequence": "\x1b[2J\x1b[31mFM000123",
    "escape at the end": "FM000123\x1b[0m",
    "OSC title sequence": "\x1b]0;pwned\x07FM000123",
    "single quote": "FM000123'",
    "double quote": 'FM"000123',
    "SQL": "'; DROP TABLE trainees; --",
    "backslash": "FM000\\123",
    "zero-width space": "FM000123\u200b",
    "zero-width joiner inside": "FM000\u200d123",
    "BOM in front": "\ufeffFM000123",
    "right-to-left mark": "\u200fFM000123",
    "right-to-left override": "\u202eFM000123",
    "left-to-right isolate": "FM\u2066000123\u2069",
    "Arabic letter mark": "FM000123\u061c",
    "non-ASCII letters": "FMÖ00123",
    "sharp s upper-cases to SS": "fmß00123",
    "dotless i upper-cases to I": "fmı00123",
    "fullwidth digits": "FM０００１２３",
    "line separator inside": "FM000\u2028123",
    "emoji": "FM000123🎂",
    "HTML": "<b>FM000123</b>",
}


@pytest.mark.parametrize("raw", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_input_is_not_a_member_code_and_the_message_is_clean(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_member_code(raw)
    message = caught.value.message
    assert caught.value.field == "code"
    assert "not a member code" in message
    assert not [ch for ch in message if unicodedata.category(ch) in _INVISIBLE_CATEGORIES]
    assert len(message) < 160  # a short cleaned form at most, never the whole input
    assert "'" not in message and '"' not in message and "\\" not in message


def test_hidden_characters_are_named_when_the_code_looks_right() -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_member_code("FM000123\u200b")
    assert "hidden, control or non-Latin characters" in caught.value.message
    assert "FM000123" in caught.value.message


def test_the_shown_form_is_short_printable_ascii() -> None:
    assert shown_form("\x1b[31mFM\u202e000\u200b123") == "[31mFM000123"
    long = shown_form("X" * 5000)
    assert len(long) <= 20 and long.endswith("…")
    assert shown_form("\u200b\u200f\x07") == ""
