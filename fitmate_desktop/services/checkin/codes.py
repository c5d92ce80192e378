"""Member codes as scanners and keyboards deliver them: what is trimmed, what is refused.

A scanner "types" the code and Enter, sometimes wrapped in framing (STX/ETX, an AIM symbology
identifier such as ``]C1``, Code 39 asterisks) and followed by CR, LF or TAB. That noise around
the code is trimmed. Anything else that is not part of a member code — control characters and
escape sequences inside it, quotes, zero-width or right-to-left marks, letters outside ASCII,
absurd lengths — makes it "not a member code": the scan is refused before the database is
asked, and the message shows at most a short cleaned form of what was read, never the control
or bidirectional characters themselves (they could reorder or hide the text on the screen).
"""

from __future__ import annotations

import re
import unicodedata

from fitmate_desktop.services.errors import ValidationError

MAX_CODE_LENGTH = 32
# Longer than any framing around the longest code: refused without looking further.
_MAX_INPUT = 256
_SHOWN = 20  # characters of a refused input the message repeats back

# AIM symbology identifier: "]" + symbology letter + modifier digit (]C1 Code 128, ]Q3 QR, …).
_SYMBOLOGY_PREFIX = re.compile(r"^\][A-Za-z][0-9]")
# Checked BEFORE upper-casing: "ß".upper() is "SS" and "ı".upper() is "I".
_CODE_OK = re.compile(rf"[A-Za-z0-9][A-Za-z0-9\-_./]{{0,{MAX_CODE_LENGTH - 1}}}", re.ASCII)
_FRAMING = "\x02\x03"  # STX … ETX around a read
_CODE39 = "*~"
# What a refused input may show of itself: printable ASCII without quotes or backslash.
_SHOWABLE = frozenset(chr(c) for c in range(0x20, 0x7F) if chr(c) not in "\"'`\\")

EMPTY_MESSAGE = "Scan a card or type a member code."


def normalise_member_code(raw: str) -> str:
    """What the scanner or the keyboard typed -> the member code as stored (upper case).

    Raises ``ValidationError`` (field ``code``) for an empty or malformed input.
    """
    text = raw if isinstance(raw, str) else ""
    if len(text) > _MAX_INPUT:
        raise ValidationError("code", not_a_code_message(text))
    text = text.strip().strip(_FRAMING).strip()
    text = _SYMBOLOGY_PREFIX.sub("", text, count=1).strip()
    text = text.strip(_CODE39).strip()
    text = text.replace(" ", "")  # "FM 000 123" typed by hand
    if not text:
        raise ValidationError("code", EMPTY_MESSAGE)
    if not _CODE_OK.fullmatch(text):
        raise ValidationError("code", not_a_code_message(raw))
    return text.upper()


def shown_form(raw: str) -> str:
    """A short, harmless rendering of ``raw`` for a message: printable ASCII only, elided."""
    kept = []
    for ch in unicodedata.normalize("NFKC", raw[: _MAX_INPUT * 2]):
        if ch in _SHOWABLE:
            kept.append(ch)
        elif ch.isspace() and kept and kept[-1] != " ":
            kept.append(" ")
    text = "".join(kept).strip()
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1].rstrip() + "…"


def not_a_code_message(raw: str) -> str:
    """Why ``raw`` is refused, repeating at most a short cleaned form of it."""
    shown = shown_form(raw)
    trimmed = raw[: _MAX_INPUT * 2].strip().strip(_FRAMING).strip()
    hidden = any(not " " <= ch <= "~" for ch in trimmed)
    if not shown:
        return "That is not a member code. Scan the card again or search by name."
    if hidden:
        # "FM000123" + a zero-width space (or in fullwidth digits) shows as a valid code:
        # say why it is not one.
        return (
            f"“{shown}” has hidden, control or non-Latin characters in it, so it is not a "
            "member code. Scan the card again or type the code."
        )
    return f"“{shown}” is not a member code. Scan the card again or search by name."
