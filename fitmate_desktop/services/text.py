"""Echoing what someone typed or scanned back to them, and into the log, without harm.

A scanner or a keyboard can send anything: terminal escape sequences (``ESC[2J`` clears a
terminal that tails the log), C0/C1 control characters, NUL, right-to-left overrides
(U+202E turns the rest of a line around: "code 'abc\u202egnp.exe'" reads as "abcexe.png"),
bidirectional isolates and embeddings, zero-width spaces and joiners, byte-order marks, lone
surrogates (which crash UTF-8 encoding in a log handler), and strings of any length.

Two forms, one for each reader:

- :func:`shown` (for a message on screen or paper): escape sequences removed whole, every
  invisible or control character dropped, runs of whitespace made one space, stacked
  combining marks capped, and at most ``limit`` characters (then "…"). Letters of every
  script stay as typed: "José", "王小明", "محمد" are echoed unchanged.
- :func:`logged` (for a log line): Python's escaped ``repr``, so every control, format or
  surrogate character is written as ``\\x1b``, ``\\u202e``, ``\\ud800``, and nothing in the log
  can act on a terminal; shortened past ``limit`` characters with the count of the rest.

:func:`shown_message` cleans a whole message that already has input in it (the GUI's last line
of defence): the same as :func:`shown`, but line breaks are kept and the limit is longer.

Services compose messages as ``f"No member with the code {quoted(code)}."``; they log as
``log.info("unknown code %s", logged(code))``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

__all__ = ["SHOWN_LIMIT", "logged", "quoted", "shown", "shown_message"]

SHOWN_LIMIT = 40  # characters of input echoed in a message: enough to recognise a code or a name
MESSAGE_LIMIT = 600  # a whole message on screen
LOGGED_LIMIT = 200  # characters of input in a log line (the repr of them may be longer)
MAX_MARKS = 3  # combining marks kept on one letter ("ệ" has two; "Zalgo" text has dozens)

# Terminal escape sequences, removed whole so that "ESC[2J" does not leave "[2J" behind:
# CSI (ESC [ or the C1 byte U+009B, parameters, final byte), OSC/DCS/SOS/PM/APC strings up to
# their terminator (BEL or ESC \ or U+009C), and the two-character escapes (ESC + one byte).
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]).*?(?:\x07|\x1b\\|\x9c|$)"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?",
    re.DOTALL,
)
# Unicode categories never echoed: controls (Cc: C0, DEL, C1), format characters (Cf: bidi
# overrides/embeddings/isolates U+202A-202E and U+2066-2069, marks U+200E/200F/061C, zero-width
# U+200B-200D, BOM U+FEFF, soft hyphen, tag characters), surrogates (Cs), private use (Co),
# unassigned (Cn) and line/paragraph separators (Zl, Zp).
_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_MARKS = frozenset({"Mn", "Me"})


def _visible(raw: str, *, keep_lines: bool) -> str:
    text = _ESCAPES.sub("", raw)
    out: list[str] = []
    marks = 0
    for char in text:
        if keep_lines and char == "\n":
            out.append(char)
            marks = 0
            continue
        category = unicodedata.category(char)
        if category in _HIDDEN:
            # A control between two words (a tab, a CR) still separates them.
            if char in "\t\r\n\x0b\x0c\x85\u2028\u2029":
                out.append(" ")
            continue
        if category in _MARKS:
            marks += 1
            if marks > MAX_MARKS:
                continue
        else:
            marks = 0
        out.append(char)
    return "".join(out)


def _cut(text: str, limit: int, *, more: bool = False) -> str:
    """``text`` shortened to ``limit`` characters with "…", never splitting a letter from its
    accents. ``more``: the text was already cut before cleaning, so it ends in "…" anyway."""
    if len(text) <= limit and not more:
        return text
    if len(text) < limit:
        return text.rstrip() + "…"
    end = max(0, limit - 1)
    while end > 0 and unicodedata.category(text[end]) in _MARKS:
        end -= 1
    return text[:end].rstrip() + "…"


def shown(raw: object, limit: int = SHOWN_LIMIT) -> str:
    """``raw`` as it may be shown to a person: cleaned, on one line, at most ``limit`` characters.

    ``shown("\\x1b[2JM-0001\\u202e")`` is ``"M-0001"``; ``shown("王小明")`` is ``"王小明"``;
    a 10 000-character scan becomes its first 39 characters and "…". Anything not a string is
    shown as ``str(raw)``. The result may be empty (a scan of nothing but control characters);
    :func:`quoted` words that case.
    """
    text = raw if isinstance(raw, str) else str(raw)
    limit = max(1, limit)
    # Only look at a bounded prefix: cleaning removes characters, so keep some slack.
    window = limit * 4 + 64
    flat = " ".join(_visible(text[:window], keep_lines=False).split())
    flat = unicodedata.normalize("NFC", flat)
    return _cut(flat, limit, more=len(text) > window)


def quoted(raw: object, limit: int = SHOWN_LIMIT) -> str:
    """:func:`shown` in quotes, for the middle of a sentence: ``“M-0001”``.

    A value with nothing visible left says so instead of printing empty quotes.
    """
    text = shown(raw, limit)
    return f"“{text}”" if text else "(nothing readable)"


def shown_message(message: object, limit: int = MESSAGE_LIMIT) -> str:
    """A whole message (with input already in it) made safe to show: like :func:`shown`, but
    line breaks are kept (at most one blank line in a row) and the limit is longer."""
    text = message if isinstance(message, str) else str(message)
    limit = max(1, limit)
    window = limit * 4 + 64
    more = len(text) > window
    text = _visible(text[:window], keep_lines=True)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    cleaned = unicodedata.normalize("NFC", "\n".join(kept).strip("\n"))
    return _cut(cleaned, limit, more=more)


def logged(raw: object, limit: int = LOGGED_LIMIT) -> str:
    """``raw`` for a log line: its escaped ``repr`` (every control and invisible character
    written as an escape), cut after ``limit`` characters with how many were left out.

    ``logged("\\x1b[2J\\u202e")`` is ``"'\\\\x1b[2J\\\\u202e'"``: the log shows the backslashes,
    the terminal reading it never sees an ESC. Letters of every script stay readable.
    """
    text = raw if isinstance(raw, str) else str(raw)
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}… (+{len(text) - limit} characters)"


def long_date(day: dt.date) -> str:
    """A date in a sentence the desk reads: ``5 December 2026``."""
    return f"{day.day} {day:%B %Y}"
