"""The font chain of every FitMate PDF: each character is set in the first font that has it.

DejaVu Sans prints Latin (with every accent), Greek, Cyrillic, Hebrew and Arabic letters and the
currency signs; it has no Chinese, Japanese or Korean. Droid Sans Fallback (Apache 2.0, 3.4 MB,
bundled in resources/fonts/) has 20 902 Han characters, kana and all 11 172 Hangul syllables in
TrueType outlines, which reportlab can subset and embed. So a name such as "王小明", "山田 太郎"
or "김민준" prints and reads back from the PDF's text, on any viewer, with no font installed.

Why not reportlab's CID fonts (STSong-Light, HeiseiMin-W3, HYSMyeongJo-Medium)? They are never
embedded: the viewer must find a matching font itself (Acrobat asks to download a font pack,
poppler on a desk without CJK fonts draws nothing), one would have to guess the language of a
Han character to pick one, and they are serif faces beside a sans. Noto Sans CJK has CFF
outlines, which reportlab's TrueType embedding cannot take, and is 16-20 MB a face.

How: :class:`FallbackFont` is a reportlab font object registered under the name the documents
already use (``"DejaVuSans"``, ``"DejaVuSans-Bold"``). reportlab's text output asks a dynamic
font to split a string into ``(subset, bytes)`` runs and then for each run's PDF font name; the
chain answers with runs of its member fonts, so every ``drawString``, ``Table`` cell and
``Paragraph`` goes through it without any markup. The fallback file is parsed only when a
character DejaVu lacks first appears (about 0.1 s, once per process), and which font has a
character is remembered, so a Latin receipt pays nothing.

Right-to-left text (Arabic, Hebrew; DejaVu Sans has both) is put in visual order with the
Unicode bidirectional algorithm (python-bidi) and Arabic letters are joined into their initial,
medial and final forms (arabic-reshaper) before it is measured and drawn. reportlab hands the
chain a whole line at a time (a ``drawString``, a table cell, one line of a wrapped paragraph),
which is the unit the algorithm works on, so "Member: محمد علي (M-1)" keeps its Latin words in
place and prints the Arabic right to left. Both libraries are imported only when such text
first appears. The PDF's text then holds the visual, shaped form, as every PDF made this way
does; viewers' search and copy of it are the viewer's business.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fitmate_desktop.paths import resource_path

__all__ = ["FONT", "FONT_BOLD", "RENDER_LOCK", "DocumentError", "FallbackFont", "register_fonts"]

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
CJK_FONT_FILE = "DroidSansFallback.ttf"  # Han, kana and Hangul (Apache 2.0)

# A chain member's subset number, made unique across the chain: member index * _STRIDE + subset.
# reportlab compares subset numbers to decide when to switch fonts, so they must not collide.
_STRIDE = 1 << 16


# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


@lru_cache(maxsize=1024)
def _visual(text: str) -> str:
    """``text`` (one line, logical order) shaped and in the order it is drawn, left to right."""
    import arabic_reshaper  # only when right-to-left text first appears
    from bidi import get_display

    reshaper = arabic_reshaper.ArabicReshaper({"delete_harakat": False})
    return str(get_display(reshaper.reshape(text)))


def visual(text: str) -> str:
    """``text`` as drawn: unchanged unless it has right-to-left letters (then see ``_visual``)."""
    return _visual(text) if _RTL.search(text) else text


class FallbackFont:
    """A reportlab font made of several TrueType fonts: each character uses the first that has it.

    ``loaders`` build the members in order; the first is loaded at once (its metrics are the
    chain's: ascent, descent), the others on the first character the earlier ones lack. A
    character no member has is set in the first font (its "missing glyph" box), as before.
    Spaces and punctuation stay in the font of the run they are in when that font has them,
    so "山田 太郎" is one run, not three.
    """

    _dynamicFont = 1
    _multiByte = 1
    shapable = False  # no HarfBuzz: reportlab's shaped path would bypass the chain

    def __init__(self, name: str, loaders: list[Callable[[], TTFont]]) -> None:
        self.fontName = name
        self._loaders = loaders
        self._members: list[TTFont | None] = [loaders[0]()] + [None] * (len(loaders) - 1)
        self._lock = threading.Lock()
        # code point -> index of the member that draws it (cached: a dict lookup per character)
        self._choice: dict[int, int] = {}
        # text -> its runs: a receipt measures the same words many times while wrapping
        self._runs: dict[str, list[tuple[int, str]]] = {}
        primary = self._members[0]
        assert primary is not None
        self.face = primary.face  # ascent, descent and name for reportlab's layout code
        self.encoding = primary.encoding
        self.substitutionFonts: list[Any] = []

    @property
    def primary(self) -> TTFont:
        """The first font of the chain (DejaVu Sans)."""
        member = self._members[0]
        assert member is not None
        return member

    def _member(self, index: int) -> TTFont:
        member = self._members[index]
        if member is None:
            with self._lock:
                member = self._members[index]
                if member is None:
                    member = self._loaders[index]()
                    self._members[index] = member
        return member

    def _index_for(self, code: int) -> int:
        """Which member draws ``code``: the first that has a glyph for it, else the first."""
        index = self._choice.get(code)
        if index is None:
            index = 0
            for i in range(len(self._loaders)):
                if code in self._member(i).face.charToGlyph:
                    index = i
                    break
            self._choice[code] = index
        return index

    def has_glyph(self, char: str) -> bool:
        """Whether some font of the chain draws ``char`` (tests and callers can check a name)."""
        code = ord(char)
        return code in self._member(self._index_for(code)).face.charToGlyph

    def runs(self, text: str) -> list[tuple[int, str]]:
        """``text`` cut into ``(member index, text)`` runs, each set in one font."""
        cached = self._runs.get(text)
        if cached is None:
            if len(self._runs) > 8192:
                self._runs.clear()  # bounded: names and items of many documents pass through
            cached = self._runs[text] = self._cut(text)
        return cached

    def _cut(self, text: str) -> list[tuple[int, str]]:
        choice = self._choice
        primary_map = self.primary.face.charToGlyph
        # The common case: everything in the first font (any Latin, Greek or Cyrillic receipt).
        if all(ord(c) in primary_map for c in text):
            return [(0, text)] if text else []
        runs: list[tuple[int, str]] = []
        current = -1
        start = 0
        for pos, char in enumerate(text):
            code = ord(char)
            index = choice.get(code)
            if index is None:
                index = self._index_for(code)
            # Keep a space or a comma in the run it sits in, if that font draws it.
            if (
                index != current
                and current >= 0
                and not char.isalnum()
                and code in self._member(current).face.charToGlyph
            ):
                index = current
            if index != current:
                if pos > start:
                    runs.append((current, text[start:pos]))
                current, start = index, pos
        runs.append((current, text[start:]))
        return runs

    # -- what reportlab asks of a dynamic font --------------------------------------------------

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        """Width of ``text`` at ``size`` points, each run measured in its own font."""
        if isinstance(text, bytes):
            text = text.decode(encoding)
        runs = self.runs(visual(text))
        if len(runs) == 1:  # the usual case: one font for the whole string
            index, part = runs[0]
            return float(self._member(index).stringWidth(part, size))
        return sum(self._member(i).stringWidth(part, size) for i, part in runs)

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> list[Any]:
        """reportlab's hook: ``(subset, bytes)`` runs; subsets numbered across the chain."""
        if isinstance(text, bytes):
            text = text.decode(encoding)
        text = visual(text)
        out: list[tuple[int, bytes]] = []
        for index, part in self.runs(text):
            for subset, chunk in self._member(index).splitString(part, doc):
                out.append((index * _STRIDE + subset, chunk))
        return out

    def getSubsetInternalName(self, subset: int, doc: Any) -> str:
        """The PDF name of a member's subset; the member embeds itself in the document."""
        index, own = divmod(subset, _STRIDE)
        return str(self._member(index).getSubsetInternalName(own, doc))

    def addObjects(self, doc: Any) -> None:
        """Nothing of its own to embed: each member font adds its own subsets."""

    def __repr__(self) -> str:
        return f"<FallbackFont {self.fontName}>"


def register_chain(name: str, loaders: list[Callable[[], TTFont]]) -> FallbackFont:
    """Make and register a chain under ``name`` (what documents pass to ``setFont``)."""
    chain = FallbackFont(name, loaders)
    pdfmetrics.registerFont(chain)  # type: ignore[arg-type]  # a font by duck typing
    if pdfmetrics.getFont(name) is not chain:
        # registerFont keeps the first font registered for a face name: the members are never
        # registered themselves, so only a second chain for the same face could get here.
        raise RuntimeError(f"Font {name!r} is already registered with another font object")
    return chain


class DocumentError(RuntimeError):
    """A PDF cannot be made at all (e.g. the bundled font is missing from the installation)."""


# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------

_FONT_LOCK = threading.Lock()
_fonts_registered = False

# reportlab keeps per-document font subsets in module-level objects and its platypus layer has a
# few module-level caches; PDFs are rendered on worker threads (house rule 3), so one render at a
# time. Rendering is CPU-bound Python, so under the GIL this costs no throughput.
RENDER_LOCK = threading.RLock()


def _once(make: Callable[[], TTFont]) -> Callable[[], TTFont]:
    """``make`` called at most once; every call returns that one font."""
    made: list[TTFont] = []
    lock = threading.Lock()

    def get() -> TTFont:
        with lock:
            if not made:
                made.append(make())
            return made[0]

    return get


def register_fonts() -> tuple[str, str]:
    """Register the font chains (regular, bold) once per process; return their names.

    Parsing a 700 KB TrueType file takes tens of milliseconds, so it is done once and every
    later call is a flag check (the 3.4 MB CJK font only when a document first needs it).
    Raises :class:`DocumentError` if a font file is missing, rather than silently falling back
    to Helvetica, which cannot print "Łukasz", "Σοφία" or "王小明".
    """
    global _fonts_registered
    if _fonts_registered:
        return FONT, FONT_BOLD
    with _FONT_LOCK:
        if _fonts_registered:
            return FONT, FONT_BOLD
        regular = resource_path("fonts", "DejaVuSans.ttf")
        bold = resource_path("fonts", "DejaVuSans-Bold.ttf")
        cjk = resource_path("fonts", CJK_FONT_FILE)
        for path in (regular, bold, cjk):
            if not path.is_file():
                raise DocumentError(f"The PDF font is missing from this installation: {path}")
        # ASCII85 makes every stream 25 % bigger and, without reportlab's optional C
        # accelerator, costs ~1 ms per 100 KB in pure Python; PDFs are binary files anyway.
        rl_config.useA85 = 0
        # One parsed copy of the CJK font serves both chains (it has no bold face; CJK text
        # in bold prints in its regular weight). It is parsed on first need only.
        shared_cjk = _once(lambda: TTFont("FitMate-CJK", str(cjk)))
        register_chain(FONT, [lambda: TTFont("FitMate-Sans", str(regular)), shared_cjk])
        register_chain(FONT_BOLD, [lambda: TTFont("FitMate-Sans-Bold", str(bold)), shared_cjk])
        # So that <b> inside a Paragraph picks the bold face instead of faking it.
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        _fonts_registered = True
    return FONT, FONT_BOLD
