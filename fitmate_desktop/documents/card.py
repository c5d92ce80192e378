"""The membership card: one credit-card-sized page (ID-1, 85.6 x 54 mm) for a card printer.

The member code is printed three ways: as text for people, as a Code 128 barcode for the
reception's handheld scanner, and as a QR code for phone cameras and 2D scanners. The scanner
types the code and Enter; nothing else is encoded.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from fitmate_desktop.documents.common import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RENDER_LOCK,
    GymHeader,
    format_date,
    load_image,
    new_canvas,
)

__all__ = ["CARD_SIZE", "MembershipCardData", "render_membership_card"]

CARD_SIZE = (85.6 * mm, 54 * mm)  # ISO/IEC 7810 ID-1, the size of a bank card

_EDGE = 3.5 * mm  # card printers lose a little at the edge; keep everything inside this
_PHOTO = (16.5 * mm, 21 * mm)
_QR = 19 * mm
_BAR_HEIGHT = 8 * mm
_MAX_BAR = 0.38 * mm  # wider bars than this just look clumsy on a card
_PLACEHOLDER = colors.HexColor("#E6E8EB")


@dataclass(frozen=True)
class MembershipCardData:
    """What goes on a member's card."""

    gym: GymHeader
    member_name: str
    member_code: str
    plan_name: str | None
    valid_until: dt.date | None
    photo_path: str | None


def _fit_font(text: str, font: str, largest: float, smallest: float, width: float) -> float:
    """The largest size (in half-point steps) at which ``text`` fits ``width``, or ``smallest``."""
    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _truncate(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` (for very long names)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _initials(name: str) -> str:
    parts = [p for p in name.split() if p[:1].isalpha()]
    if not parts:
        return "?"
    return (parts[0][0] + (parts[-1][0] if len(parts) > 1 else "")).upper()


def _draw_header(canvas: Canvas, data: MembershipCardData) -> None:
    width, height = CARD_SIZE
    top = height - _EDGE
    logo_h = 7 * mm
    x = _EDGE
    logo = load_image(data.gym.logo_path, (20 * mm, logo_h))
    if logo is not None:
        iw, ih = logo.getSize()
        logo_w = min(logo_h * iw / ih, 20 * mm)
        try:
            canvas.drawImage(logo, x, top - logo_h, logo_w, logo_h, mask="auto")
            x += logo_w + 2 * mm
        except Exception:  # a logo must never stop a card from printing
            pass
    available = width - _EDGE - x
    size = _fit_font(data.gym.name, FONT_BOLD, 10, 6.5, available)
    canvas.setFont(FONT_BOLD, size)
    canvas.setFillColor(ACCENT)
    baseline = top - logo_h / 2 - size * 0.35
    canvas.drawString(x, baseline, _truncate(data.gym.name, FONT_BOLD, size, available))
    canvas.setFillColor(ACCENT)
    canvas.rect(0, top - logo_h - 2.2 * mm, width, 0.9 * mm, stroke=0, fill=1)


def _draw_photo(canvas: Canvas, data: MembershipCardData, x: float, y: float) -> None:
    w, h = _PHOTO
    photo = load_image(data.photo_path, (w, h), crop_aspect=w / h)
    canvas.saveState()
    clip = canvas.beginPath()
    clip.roundRect(x, y, w, h, 1.5 * mm)
    canvas.clipPath(clip, stroke=0, fill=0)
    drawn = False
    if photo is not None:
        try:
            canvas.drawImage(photo, x, y, w, h)
            drawn = True
        except Exception:  # an unreadable photo prints as initials, not as an error
            drawn = False
    if not drawn:
        canvas.setFillColor(_PLACEHOLDER)
        canvas.rect(x, y, w, h, stroke=0, fill=1)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT_BOLD, 16)
        canvas.drawCentredString(x + w / 2, y + h / 2 - 5.5, _initials(data.member_name))
    canvas.restoreState()


def _draw_details(canvas: Canvas, data: MembershipCardData, x: float, top: float) -> None:
    width = CARD_SIZE[0] - _EDGE - x
    # The whole name, always: shrink a little, then use two lines, and only then cut.
    name_size = _fit_font(data.member_name, FONT_BOLD, 11, 9, width)
    lines = [data.member_name]
    if stringWidth(data.member_name, FONT_BOLD, name_size) > width:
        name_size = 8.5
        lines = simpleSplit(data.member_name, FONT_BOLD, name_size, width)
        if len(lines) > 2:
            lines = [lines[0], " ".join(lines[1:])]
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, name_size)
    y = top - name_size
    for line in lines:
        canvas.drawString(x, y, _truncate(line, FONT_BOLD, name_size, width))
        y -= name_size * 1.2
    y -= 5 * mm - name_size * 1.2
    canvas.setFont(FONT, 7)
    canvas.setFillColor(MUTED)
    if data.plan_name:
        canvas.drawString(x, y, _truncate(data.plan_name, FONT, 7, width))
        y -= 3.6 * mm
    if data.valid_until:
        canvas.drawString(x, y, f"Valid until {format_date(data.valid_until, data.gym.locale)}")


def _draw_barcode(canvas: Canvas, code: str, x: float, y: float, width: float) -> None:
    # Code 128 takes ASCII only; a code outside it still has its QR code and its text.
    if not code or not code.isascii() or not code.isprintable():
        return
    # Modules in the symbol: measure at a 1-point bar, then scale the bar to the space given
    # (Code 128 needs a quiet zone of 10 bars on each side, which reportlab adds itself).
    probe = Code128(code, barWidth=1, humanReadable=0, quiet=0)
    bar = min(width / (probe.width + 20), _MAX_BAR)
    symbol = Code128(code, barWidth=bar, barHeight=_BAR_HEIGHT, humanReadable=0, quiet=1)
    symbol.drawOn(canvas, x + (width - symbol.width) / 2, y)


def _draw_qr(canvas: Canvas, code: str, x: float, y: float) -> None:
    widget = QrCodeWidget(code, barLevel="M", barWidth=_QR, barHeight=_QR, barBorder=4)
    # The drawing would otherwise start in Helvetica and list that unembedded font.
    drawing = Drawing(_QR, _QR, initialFontName=FONT)
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def render_membership_card(data: MembershipCardData) -> bytes:
    """The member's card as a one-page PDF of exactly 85.6 x 54 mm."""
    width, height = CARD_SIZE
    buffer = io.BytesIO()
    with RENDER_LOCK:
        canvas = new_canvas(
            buffer,
            CARD_SIZE,
            title=f"Membership card {data.member_code}",
            author=data.gym.name,
            subject=f"Membership card of {data.member_name}",
        )
        _draw_header(canvas, data)

        photo_x, photo_y = _EDGE, height - 14 * mm - _PHOTO[1]
        _draw_photo(canvas, data, photo_x, photo_y)
        _draw_details(canvas, data, photo_x + _PHOTO[0] + 3 * mm, photo_y + _PHOTO[1])

        qr_x = width - _EDGE - _QR + 1.2 * mm  # the QR's own white border is its quiet zone
        _draw_qr(canvas, data.member_code, qr_x, _EDGE - 1.2 * mm)

        # The code in words, under its barcode, in the bottom-left corner.
        left_w = qr_x - _EDGE - 1 * mm
        canvas.setFont(FONT_BOLD, 8)
        canvas.setFillColor(INK)
        canvas.drawCentredString(_EDGE + left_w / 2, _EDGE, data.member_code)
        _draw_barcode(canvas, data.member_code, _EDGE, _EDGE + 4 * mm, left_w)

        canvas.showPage()
        canvas.save()
    return buffer.getvalue()
