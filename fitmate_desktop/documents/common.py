"""What every FitMate PDF shares: the gym's letterhead, fonts, money, dates and page chrome.

Everything here is plain Python + reportlab: no Qt, no SQLAlchemy. Callers hand in frozen
dataclasses and get ``bytes`` back, so a PDF can be rendered on a worker thread, in a test, or
in a benchmark without a display or a database.

Fonts: ``FONT`` and ``FONT_BOLD`` are font chains (documents/fonts.py): the bundled DejaVu Sans
(regular, bold) and, for what it lacks (Chinese, Japanese, Korean), the bundled Droid Sans
Fallback. Both are embedded (subset) in every document that uses them, so a name in any of
those scripts prints as typed and reads back from the PDF's text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from fitmate_desktop.documents.fonts import (
    FONT,
    FONT_BOLD,
    RENDER_LOCK,
    DocumentError,
    register_fonts,
)

__all__ = [
    "ACCENT",
    "FONT",
    "FONT_BOLD",
    "INK",
    "MUTED",
    "RENDER_LOCK",
    "RULE",
    "DocumentError",
    "GymHeader",
    "PageChrome",
    "build_pdf",
    "currency_symbol",
    "format_date",
    "format_datetime",
    "format_int",
    "format_money",
    "format_percent",
    "format_time",
    "load_image",
    "new_canvas",
    "payment_method_label",
    "register_fonts",
    "to_gym_time",
]


# A restrained palette: near-black text, grey for labels, hairlines for rules. PDFs are often
# printed on cheap mono lasers, so nothing depends on colour.
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5F6368")
RULE = colors.HexColor("#B0B4B8")
ACCENT = colors.HexColor("#1F4E79")


# --------------------------------------------------------------------------------------------
# The gym
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GymHeader:
    """The gym's letterhead and regional settings, as stored in its settings row."""

    name: str
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    tax_id: str | None = None
    logo_path: str | None = None
    footer: str | None = None
    timezone: str = "UTC"
    locale: str = "en_GB"

    @property
    def zone(self) -> ZoneInfo:
        """The gym's time zone; UTC if the setting is not a known IANA name."""
        return _zone(self.timezone)

    def contact_lines(self) -> list[str]:
        """Address, phone/e-mail and tax id as the lines printed under the gym's name."""
        lines: list[str] = []
        if self.address:
            # Addresses are typed in a multi-line box; keep the lines but drop blank ones.
            lines.extend(part.strip() for part in self.address.splitlines() if part.strip())
        reach = " · ".join(part for part in (self.phone, self.email) if part)
        if reach:
            lines.append(reach)
        if self.tax_id:
            lines.append(f"Tax ID: {self.tax_id}")
        return lines


@lru_cache(maxsize=32)
def _zone(name: str) -> ZoneInfo:
    # Same fallback as services.gym.GymProfile: a typo in the settings must not stop a receipt
    # from printing in the middle of a sale.
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


# --------------------------------------------------------------------------------------------
# Locales: money, numbers, dates
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _LocaleFormat:
    """How one locale writes money, numbers, dates and times (a small slice of CLDR)."""

    decimal: str
    group: str
    symbol_first: bool
    symbol_space: bool
    date: str
    time_12h: bool = False
    # CLDR "minimumGroupingDigits": 2 means 1234 stays "1234" but 12345 becomes "12 345".
    min_grouping: int = 1


_EN = _LocaleFormat(".", ",", True, False, "%d/%m/%Y")
# The group separator is a plain space, not CLDR's no-break space: what people type in a search
# box or a test matches, and our PDFs never wrap inside a number anyway.
_LOCALES: dict[str, _LocaleFormat] = {
    "en_GB": _EN,
    "en_IE": _EN,
    "en_AU": _EN,
    "en_NZ": _EN,
    "en_US": _LocaleFormat(".", ",", True, False, "%m/%d/%Y", time_12h=True),
    "en_CA": _LocaleFormat(".", ",", True, False, "%Y-%m-%d", time_12h=True),
    "ga_IE": _EN,
    "pt_PT": _LocaleFormat(",", " ", False, True, "%d/%m/%Y", min_grouping=2),
    "pt_BR": _LocaleFormat(",", ".", True, True, "%d/%m/%Y"),
    "de_DE": _LocaleFormat(",", ".", False, True, "%d.%m.%Y"),
    "de_AT": _LocaleFormat(",", " ", True, True, "%d.%m.%Y"),
    "de_CH": _LocaleFormat(".", "’", True, True, "%d.%m.%Y"),
    "fr_FR": _LocaleFormat(",", " ", False, True, "%d/%m/%Y"),
    "fr_CH": _LocaleFormat(",", " ", False, True, "%d.%m.%Y"),
    "es_ES": _LocaleFormat(",", ".", False, True, "%d/%m/%Y", min_grouping=2),
    "it_IT": _LocaleFormat(",", ".", False, True, "%d/%m/%Y"),
    "nl_NL": _LocaleFormat(",", ".", True, True, "%d-%m-%Y"),
    "nl_BE": _LocaleFormat(",", ".", True, True, "%d/%m/%Y"),
    "pl_PL": _LocaleFormat(",", " ", False, True, "%d.%m.%Y", min_grouping=2),
    "el_GR": _LocaleFormat(",", ".", False, True, "%d/%m/%Y"),
    "ru_RU": _LocaleFormat(",", " ", False, True, "%d.%m.%Y"),
    "uk_UA": _LocaleFormat(",", " ", False, True, "%d.%m.%Y"),
    "sv_SE": _LocaleFormat(",", " ", False, True, "%Y-%m-%d"),
    "da_DK": _LocaleFormat(",", ".", False, True, "%d.%m.%Y"),
    "fi_FI": _LocaleFormat(",", " ", False, True, "%d.%m.%Y"),
    "cs_CZ": _LocaleFormat(",", " ", False, True, "%d.%m.%Y"),
}
# A bare language ("pt", "de") or an unlisted region ("pt_AO") uses the language's main locale.
_LANGUAGE_DEFAULT = {tag.split("_")[0]: tag for tag in reversed(_LOCALES)}
_LANGUAGE_DEFAULT.update({"en": "en_GB", "pt": "pt_PT", "de": "de_DE", "fr": "fr_FR"})


@lru_cache(maxsize=64)
def _locale_format(locale: str) -> _LocaleFormat:
    """The format for "en_GB", "en-GB", "pt_PT.UTF-8", "pt"...; British English if unknown."""
    tag = (locale or "").split(".")[0].split("@")[0].replace("-", "_")
    language, _, region = tag.partition("_")
    key = f"{language.lower()}_{region.upper()}" if region else language.lower()
    if key in _LOCALES:
        return _LOCALES[key]
    return _LOCALES[_LANGUAGE_DEFAULT.get(language.lower(), "en_GB")]


def _region(locale: str) -> str:
    tag = (locale or "").split(".")[0].replace("-", "_")
    return tag.partition("_")[2].upper()


_SYMBOLS = {
    "EUR": "€",
    "GBP": "£",
    "USD": "$",
    "CAD": "$",
    "AUD": "$",
    "NZD": "$",
    "MXN": "$",
    "BRL": "R$",
    "JPY": "¥",
    "CNY": "¥",
    "INR": "₹",
    "KRW": "₩",
    "ILS": "₪",
    "RUB": "₽",
    "UAH": "₴",
    "TRY": "₺",
    "PLN": "zł",
    "CZK": "Kč",
    "HUF": "Ft",
    "RON": "lei",
    "SEK": "kr",
    "NOK": "kr",
    "DKK": "kr.",
    "ISK": "kr",
    "ZAR": "R",
    "CHF": "CHF",
}
# "$" alone means the local dollar; anywhere else it needs its country ("US$ 45" in Lisbon).
_HOME_CURRENCY = {"US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "MX": "MXN"}
_DOLLAR_PREFIX = {"USD": "US$", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$", "MXN": "MX$"}
# ISO 4217 minor units where they are not 2.
_MINOR_UNITS = {"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "VND": 0, "BHD": 3, "KWD": 3, "OMR": 3}


def currency_symbol(currency: str, locale: str = "en_GB") -> str:
    """The symbol a person in ``locale`` expects for ``currency``: "€", "£", "US$", "CHF"."""
    code = currency.strip().upper()
    symbol = _SYMBOLS.get(code, code)
    if symbol == "$" and _HOME_CURRENCY.get(_region(locale)) != code:
        return _DOLLAR_PREFIX[code]
    return symbol


def _group(digits: str, fmt: _LocaleFormat) -> str:
    if len(digits) < 3 + fmt.min_grouping or not fmt.group:
        return digits
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return fmt.group.join(parts)


def _as_decimal(value: Decimal | int, what: str) -> Decimal:
    # Refusing floats here is the cheapest place to catch 0.1 + 0.2 sneaking into money.
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"{what} must be a Decimal (or int), not {type(value).__name__}")
    result = Decimal(value)
    if not result.is_finite():
        raise ValueError(f"{what} must be a finite number, not {value}")
    return result


def format_money(amount: Decimal | int, currency: str, locale: str = "en_GB") -> str:
    """``amount`` in ``currency`` written the ``locale``'s way.

    ``format_money(Decimal("45"), "EUR", "en_GB") == "€45.00"``;
    ``format_money(Decimal("1234.5"), "EUR", "de_DE") == "1.234,50 €"``;
    ``format_money(Decimal("-3.005"), "EUR", "pt_PT") == "-3,01 €"``.

    Decimal only (a float raises ``TypeError``); rounded half-up to the currency's minor unit
    (cents for almost everything). Separators are plain ASCII spaces, not no-break spaces.
    """
    value = _as_decimal(amount, "amount")
    code = currency.strip().upper()
    fmt = _locale_format(locale)
    places = _MINOR_UNITS.get(code, 2)
    exponent = Decimal(1).scaleb(-places)
    rounded = value.quantize(exponent, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""  # no "-€0.00" for a tiny negative rounded away
    whole, _, cents = f"{abs(rounded):f}".partition(".")
    number = _group(whole, fmt) + (fmt.decimal + cents if places else "")
    symbol = currency_symbol(code, locale)
    # A symbol made of letters ("CHF 45.00", "zł 45.00") always needs a space to stay readable.
    if fmt.symbol_first:
        space = " " if fmt.symbol_space or symbol[-1:].isalpha() else ""
        return f"{sign}{symbol}{space}{number}"
    space = " " if fmt.symbol_space or symbol[:1].isalpha() else ""
    return f"{sign}{number}{space}{symbol}"


def format_int(value: int, locale: str = "en_GB") -> str:
    """A whole number with the locale's thousands separator: "12,345" / "12.345" / "12 345"."""
    fmt = _locale_format(locale)
    return ("-" if value < 0 else "") + _group(str(abs(value)), fmt)


def format_percent(rate: Decimal | int, locale: str = "en_GB") -> str:
    """A rate given in percent (23 = 23 %) as "23%", "6.5%" or "6,5%"; no trailing zeros."""
    value = _as_decimal(rate, "rate").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", _locale_format(locale).decimal) + "%"


def to_gym_time(moment: dt.datetime, timezone: str) -> dt.datetime:
    """``moment`` (timezone-aware) as wall-clock time in ``timezone``.

    Naive datetimes are refused: a receipt printed an hour off is a dispute waiting to happen.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("A timezone-aware datetime is required, got a naive one")
    return moment.astimezone(_zone(timezone))


def format_date(day: dt.date, locale: str = "en_GB") -> str:
    """A calendar date the locale's way, all digits: "14/03/2026", "03/14/2026", "14.03.2026"."""
    return day.strftime(_locale_format(locale).date)


def format_time(moment: dt.datetime | dt.time, locale: str = "en_GB") -> str:
    """Hours and minutes: "18:05", or "6:05 PM" where a 12-hour clock is usual."""
    if _locale_format(locale).time_12h:
        hour = moment.hour % 12 or 12
        return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"
    return f"{moment.hour:02d}:{moment.minute:02d}"


def format_datetime(moment: dt.datetime, timezone: str, locale: str = "en_GB") -> str:
    """An aware datetime as the gym's wall-clock date and time: "14/03/2026 18:05"."""
    local = to_gym_time(moment, timezone)
    return f"{format_date(local.date(), locale)} {format_time(local, locale)}"


_METHOD_LABELS = {
    "cash": "Cash",
    "card": "Card",
    "transfer": "Bank transfer",
    "other": "Other",
}


def payment_method_label(method: str) -> str:
    """A payment method code ("cash", "card", "transfer", "other") as people say it."""
    return _METHOD_LABELS.get(method.strip().lower(), method)


# --------------------------------------------------------------------------------------------
# Images (logo, member photo)
# --------------------------------------------------------------------------------------------


def load_image(
    path: str | Path | None,
    box: tuple[float, float],
    crop_aspect: float | None = None,
    dpi: int = 300,
) -> ImageReader | None:
    """An image ready for ``drawImage``, or ``None`` if the file is missing or unreadable.

    ``box`` is the largest size (width, height in points) it will be drawn at; the image is
    downscaled to fit that box at ``dpi``. Embedded images are re-compressed in every PDF, so
    a 2000 px logo would cost ~10 ms per receipt and a 12 MP phone photo a second; at print
    resolution for its box it costs well under a millisecond. It is also turned upright per its
    EXIF orientation and, with ``crop_aspect`` (width / height), centre-cropped to that shape.
    Results are cached by path, size and modification time, so a logo is decoded once.
    """
    if not path:
        return None
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    px = (max(1, round(box[0] / 72 * dpi)), max(1, round(box[1] / 72 * dpi)))
    return _load_image(str(path), stat.st_mtime_ns, stat.st_size, px, crop_aspect)


@lru_cache(maxsize=16)
def _load_image(
    path: str,
    _mtime_ns: int,
    _size: int,
    max_px: tuple[int, int],
    crop_aspect: float | None,
) -> ImageReader | None:
    from PIL import Image, ImageOps  # reportlab's own dependency; imported only when needed

    try:
        with Image.open(path) as opened:
            image = ImageOps.exif_transpose(opened)
            image.load()
    except Exception:  # any broken or odd file just means "no picture"
        return None
    if crop_aspect:
        w, h = image.size
        if w / h > crop_aspect:
            new_w = round(h * crop_aspect)
            image = image.crop(((w - new_w) // 2, 0, (w - new_w) // 2 + new_w, h))
        else:
            new_h = round(w / crop_aspect)
            top = max(0, (h - new_h) // 3)  # faces sit in the upper third of a portrait
            image = image.crop((0, top, w, top + new_h))
    image.thumbnail(max_px)
    if image.mode not in ("RGB", "RGBA", "L"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    try:
        return ImageReader(image)
    except Exception:  # an image mode reportlab cannot take: no picture, no crash
        return None


def _draw_image_fit(
    canvas: Canvas, image: ImageReader, x: float, y: float, max_w: float, max_h: float
) -> float:
    """Draw ``image`` inside the box at (x, y), keeping its shape; return the drawn width."""
    iw, ih = image.getSize()
    scale = min(max_w / iw, max_h / ih)
    w, h = iw * scale, ih * scale
    canvas.drawImage(image, x, y + (max_h - h) / 2, w, h, mask="auto")
    return w


# --------------------------------------------------------------------------------------------
# Page chrome: letterhead at the top, footer and page numbers at the bottom
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageChrome:
    """The letterhead and footer drawn on every page of a document, and the frame between.

    ``continued`` is printed top-right from page 2 on ("Receipt R-2026-000123, continued"),
    so a loose second sheet still says what it belongs to. ``footer`` is the text centred at
    the bottom of every page (the gym's receipt footer on receipts, something else on
    internal reports).
    """

    gym: GymHeader
    page_size: tuple[float, float]
    margin: float = 12 * mm
    continued: str | None = None
    footer: str | None = None
    name_size: float = 13
    detail_size: float = 7.5
    logo_height: float = 14 * mm

    # -- measurements ------------------------------------------------------------------------

    @property
    def width(self) -> float:
        """Usable width between the side margins."""
        return self.page_size[0] - 2 * self.margin

    def _logo(self) -> ImageReader | None:
        return load_image(self.gym.logo_path, (self.width / 3, self.logo_height))

    def _logo_width(self, logo: ImageReader | None) -> float:
        if logo is None:
            return 0.0
        iw, ih = logo.getSize()
        return min(self.logo_height * iw / ih, self.width / 3)

    def _text_x_and_width(self) -> tuple[float, float]:
        logo_w = self._logo_width(self._logo())
        gap = 4 * mm if logo_w else 0
        return self.margin + logo_w + gap, self.width - logo_w - gap

    def _letterhead(self) -> tuple[float, float, list[tuple[str, float, str, float]]]:
        """Where the letterhead's text goes: (x, height, [(font, size, text, drop from top)])."""
        text_x, text_w = self._text_x_and_width()
        lines: list[tuple[str, float, str, float]] = []
        drop = self.name_size * 0.9
        for line in simpleSplit(self.gym.name, FONT_BOLD, self.name_size, text_w) or [""]:
            lines.append((FONT_BOLD, self.name_size, line, drop))
            drop += self.name_size * 1.2
        drop += self.detail_size * 1.5 - self.name_size * 1.2
        for contact in self.gym.contact_lines():
            for line in simpleSplit(contact, FONT, self.detail_size, text_w):
                lines.append((FONT, self.detail_size, line, drop))
                drop += self.detail_size * 1.35
        _, last_size, _, last_drop = lines[-1]
        height = last_drop + last_size * 0.3  # room for descenders of the last line
        if self._logo() is not None:
            height = max(height, self.logo_height)
        return text_x, height, lines

    def header_height(self) -> float:
        """Height of the letterhead block including the rule under it and the gap after."""
        return self._letterhead()[1] + 7 * mm

    def _footer_lines(self) -> list[str]:
        if not self.footer:
            return []
        lines: list[str] = []
        for part in self.footer.splitlines():
            lines.extend(simpleSplit(part.strip(), FONT, self.detail_size + 0.5, self.width))
        return lines

    def footer_height(self) -> float:
        """Height reserved at the bottom for the footer text and the page number."""
        lines = max(1, len(self._footer_lines()))
        return lines * (self.detail_size + 0.5) * 1.35 + 4 * mm

    def frame(self) -> Frame:
        """The frame the document's flowables are laid out in."""
        page_w, page_h = self.page_size
        bottom = self.margin + self.footer_height()
        top = page_h - self.margin - self.header_height()
        return Frame(
            self.margin,
            bottom,
            page_w - 2 * self.margin,
            top - bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )

    # -- drawing -----------------------------------------------------------------------------

    def draw(self, canvas: Canvas, _doc: Any = None) -> None:
        """Draw letterhead and footer on the current page (a platypus ``onPage`` callback)."""
        canvas.saveState()
        page_w, page_h = self.page_size
        top = page_h - self.margin
        logo = self._logo()
        if logo is not None:
            # A logo must never stop a receipt from printing.
            with contextlib.suppress(Exception):
                _draw_image_fit(
                    canvas,
                    logo,
                    self.margin,
                    top - self.logo_height,
                    self._logo_width(logo),
                    self.logo_height,
                )
        text_x, height, lines = self._letterhead()
        for font, size, text, drop in lines:
            canvas.setFont(font, size)
            canvas.setFillColor(INK if font == FONT_BOLD else MUTED)
            canvas.drawString(text_x, top - drop, text)
        canvas.setFont(FONT, self.detail_size)
        canvas.setFillColor(MUTED)
        if self.continued and canvas.getPageNumber() > 1:
            canvas.drawRightString(page_w - self.margin, top - self.detail_size, self.continued)
        rule_y = top - height - 3 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(self.margin, rule_y, page_w - self.margin, rule_y)

        # Footer: the gym's own words, centred, above the bottom margin.
        size = self.detail_size + 0.5
        canvas.setFont(FONT, size)
        canvas.setFillColor(MUTED)
        fy = self.margin + (len(self._footer_lines()) - 1) * size * 1.35
        for line in self._footer_lines():
            canvas.drawCentredString(page_w / 2, fy, line)
            fy -= size * 1.35
        canvas.restoreState()

    def draw_page_number(self, canvas: Canvas, page: int, pages: int) -> None:
        """Write "Page 2 of 3" bottom-right (only for documents longer than one page)."""
        canvas.saveState()
        canvas.setFont(FONT, self.detail_size)
        canvas.setFillColor(MUTED)
        y = self.margin + self.footer_height() - 2.5 * mm
        canvas.drawRightString(self.page_size[0] - self.margin, y, f"Page {page} of {pages}")
        canvas.restoreState()


def _numbered_canvas(chrome: PageChrome) -> Callable[..., Canvas]:
    """A canvas factory that writes "Page n of N" once N is known (pages are buffered)."""

    class _NumberedCanvas(Canvas):
        """Holds every page back until the end, then stamps "Page n of N" on each."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Otherwise every page starts in Helvetica, an unembedded font the PDF then lists.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's camelCase name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if total > 1:
                    chrome.draw_page_number(self, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return _NumberedCanvas


def build_pdf(
    story: Sequence[Flowable],
    chrome: PageChrome,
    *,
    title: str,
    author: str,
    subject: str = "",
) -> bytes:
    """Lay ``story`` out between ``chrome``'s letterhead and footer; return the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=chrome.page_size,
        leftMargin=chrome.margin,
        rightMargin=chrome.margin,
        topMargin=chrome.margin,
        bottomMargin=chrome.margin,
        title=title,
        author=author,
        subject=subject,
        creator="FitMate desktop",
        producer="FitMate desktop (ReportLab)",
        pageCompression=1,
        initialFontName=FONT,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[chrome.frame()], onPage=chrome.draw)])
    with RENDER_LOCK:
        doc.build(list(story), canvasmaker=_numbered_canvas(chrome))
    return buffer.getvalue()


def new_canvas(
    buffer: io.BytesIO, page_size: tuple[float, float], *, title: str, author: str, subject: str
) -> Canvas:
    """A bare canvas with FitMate's metadata, for fixed layouts such as the membership card."""
    register_fonts()
    canvas = Canvas(buffer, pagesize=page_size, pageCompression=1, initialFontName=FONT)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator("FitMate desktop")
    canvas.setProducer("FitMate desktop (ReportLab)")
    return canvas
