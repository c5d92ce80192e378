"""Receipts and credit notes: one A5 page that reads like the paper a till hands over.

The payments service computes every number (line amounts, total, tax, cash tendered and
change); this module only writes them down, exactly as given, in the gym's currency, locale
and time zone. A credit note says so in its title, names the receipt it refunds, the amount
and the reason, and never carries the receipt's "keep this receipt" footer.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from fitmate_desktop.documents.common import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RENDER_LOCK,
    RULE,
    GymHeader,
    PageChrome,
    build_pdf,
    format_datetime,
    format_int,
    format_money,
    format_percent,
    payment_method_label,
    register_fonts,
)

__all__ = ["RECEIPT_PAGE_SIZE", "ReceiptData", "ReceiptLine", "render_receipt"]

# A5 portrait: narrow enough to read like a till slip, prints 2-up or scaled on any A4 printer.
RECEIPT_PAGE_SIZE = A5
_MARGIN = 12 * mm


@dataclass(frozen=True)
class ReceiptLine:
    """One item sold (or refunded): prices include tax, ``amount`` is the line's total."""

    description: str
    quantity: int
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class ReceiptData:
    """Everything printed on a receipt or credit note, already computed by the service.

    ``tax_rate`` is in percent (23 for 23 %), as stored in ``payments.tax_rate``;
    ``issued_at`` must be timezone-aware and is printed in the gym's time zone.
    """

    gym: GymHeader
    receipt_number: str
    issued_at: dt.datetime
    member_name: str | None
    member_code: str | None
    lines: tuple[ReceiptLine, ...]
    total: Decimal
    tax_rate: Decimal
    tax_amount: Decimal
    currency: str
    method: str
    provider_reference: str | None
    staff_name: str
    workstation: str | None
    is_refund: bool = False
    refund_of_number: str | None = None
    refund_reason: str | None = None
    cash_tendered: Decimal | None = None  # cash handed over (sales in cash only)
    change_given: Decimal | None = None


# Sentences, not labels: "Paid by card", "Refunded in cash".
_PAID = {
    "cash": ("Paid in cash", "Refunded in cash"),
    "card": ("Paid by card", "Refunded to card"),
    "transfer": ("Paid by bank transfer", "Refunded by bank transfer"),
    "other": ("Paid by other means", "Refunded by other means"),
}


def _payment_sentence(method: str, refund: bool) -> str:
    pair = _PAID.get(method.strip().lower())
    if pair is None:
        return f"{'Refunded' if refund else 'Paid'}: {payment_method_label(method)}"
    return pair[1] if refund else pair[0]


class _Styles:
    """Paragraph styles for receipts (built once; reportlab styles are plain objects)."""

    title = ParagraphStyle("rc-title", fontName=FONT_BOLD, fontSize=15, leading=19, textColor=INK)
    sub = ParagraphStyle("rc-sub", fontName=FONT, fontSize=9, leading=12, textColor=INK)
    cell = ParagraphStyle("rc-cell", fontName=FONT, fontSize=9, leading=11.5, textColor=INK)
    note = ParagraphStyle("rc-note", fontName=FONT, fontSize=9, leading=12.5, textColor=INK)
    muted = ParagraphStyle("rc-muted", fontName=FONT, fontSize=8, leading=11, textColor=MUTED)
    vat = ParagraphStyle(
        "rc-vat", fontName=FONT, fontSize=8, leading=10, textColor=MUTED, alignment=TA_RIGHT
    )


def _heading(data: ReceiptData) -> list[Flowable]:
    if not data.is_refund:
        return [Paragraph(f"Receipt {escape(data.receipt_number)}", _Styles.title)]
    story: list[Flowable] = [
        Paragraph(f"Credit note {escape(data.receipt_number)}", _Styles.title),
        Spacer(1, 1 * mm),
    ]
    refunded = format_money(data.total, data.currency, data.gym.locale)
    if data.refund_of_number:
        story.append(
            Paragraph(
                f"Credit note for receipt <b>{escape(data.refund_of_number)}</b>: "
                f"<b>{escape(refunded)}</b> refunded",
                _Styles.sub,
            )
        )
    else:
        story.append(Paragraph(f"<b>{escape(refunded)}</b> refunded", _Styles.sub))
    if data.refund_reason:
        story.append(Paragraph(f"Reason: {escape(data.refund_reason)}", _Styles.sub))
    return story


_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_ABOUT_RECEIPTS = re.compile(r"\breceipts?\b", re.IGNORECASE)


def footer_for(data: ReceiptData) -> str | None:
    """The gym's footer; on a credit note without its sentences about the receipt ("Keep this
    receipt for your records" would tell the member to keep the wrong paper)."""
    footer = data.gym.footer
    if not data.is_refund:
        return footer
    lines = []
    for line in (footer or "").splitlines():
        kept = [s for s in _SENTENCE.split(line.strip()) if s and not _ABOUT_RECEIPTS.search(s)]
        if kept:
            lines.append(" ".join(kept))
    of = f" with receipt {data.refund_of_number}" if data.refund_of_number else ""
    lines.append(f"Keep this credit note{of}.")
    return "\n".join(lines)


def _details(data: ReceiptData) -> Table:
    gym = data.gym
    rows: list[list[str]] = [["Date", format_datetime(data.issued_at, gym.timezone, gym.locale)]]
    if data.member_name:
        rows.append(["Member", data.member_name])
    if data.member_code:
        rows.append(["Member no.", data.member_code])
    if not data.member_name and not data.member_code:
        rows.append(["Customer", "Walk-in"])
    table = Table(rows, colWidths=[24 * mm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), FONT, 8),
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                ("FONT", (1, 0), (1, -1), FONT, 9),
                ("TEXTCOLOR", (1, 0), (1, -1), INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return table


def _items(data: ReceiptData, width: float) -> Table:
    gym = data.gym

    def money(value: Decimal) -> str:
        return format_money(value, data.currency, gym.locale)

    qty_w, price_w, amount_w = 12 * mm, 24 * mm, 25 * mm
    rows: list[list[object]] = [["Description", "Qty", "Unit price", "Amount"]]
    for line in data.lines:
        rows.append(
            [
                Paragraph(escape(line.description), _Styles.cell),
                format_int(line.quantity, gym.locale),
                money(line.unit_price),
                money(line.amount),
            ]
        )
    total_row = len(rows)
    rows.append(["Total refunded" if data.is_refund else "Total", "", "", money(data.total)])
    vat = f"of which VAT {format_percent(data.tax_rate, gym.locale)}: {money(data.tax_amount)}"
    rows.append([Paragraph(escape(vat), _Styles.vat), "", "", ""])
    cash_row = len(rows)
    if data.cash_tendered is not None and not data.is_refund:
        rows.append(["Cash tendered", "", "", money(data.cash_tendered)])
        rows.append(["Change given", "", "", money(data.change_given or Decimal("0.00"))])

    table = Table(
        rows,
        colWidths=[width - qty_w - price_w - amount_w, qty_w, price_w, amount_w],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                # Header: small grey words over a hairline, like a printed form.
                ("FONT", (0, 0), (-1, 0), FONT, 7.5),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                # Total: the biggest number on the page, under a firm rule.
                ("LINEABOVE", (0, total_row), (-1, total_row), 1, INK),
                ("SPAN", (0, total_row), (2, total_row)),
                ("FONT", (0, total_row), (-1, total_row), FONT_BOLD, 11.5),
                ("TOPPADDING", (0, total_row), (-1, total_row), 5),
                ("SPAN", (0, total_row + 1), (-1, total_row + 1)),
                ("RIGHTPADDING", (0, total_row + 1), (-1, total_row + 1), 0),
                ("TOPPADDING", (0, total_row + 1), (-1, total_row + 1), 0),
            ]
        )
    )
    if len(rows) > cash_row:
        # Tendered and change: what the till slip says under the total, in plain weight.
        table.setStyle(
            [("SPAN", (0, r), (2, r)) for r in range(cash_row, len(rows))]
            + [
                ("ALIGN", (0, cash_row), (0, -1), "RIGHT"),
                ("TOPPADDING", (0, cash_row), (-1, cash_row), 5),
                ("LINEABOVE", (0, cash_row), (-1, cash_row), 0.3, RULE),
                ("FONT", (0, -1), (-1, -1), FONT_BOLD, 9),
            ]
        )
    if total_row > 1:
        # Never a total alone at the top of a page: keep it with the last item.
        table.setStyle([("NOSPLIT", (0, total_row - 1), (-1, -1))])
    if total_row > 2:
        # Hairlines between items (not under the last: the total's rule is there).
        table.setStyle([("LINEBELOW", (0, 1), (-1, total_row - 2), 0.3, RULE)])
    return table


def _payment(data: ReceiptData) -> list[Flowable]:
    sentence = _payment_sentence(data.method, data.is_refund)
    if data.provider_reference:
        sentence += f" · Ref. {data.provider_reference}"
    served = f"Served by {data.staff_name}"
    if data.workstation:
        served += f" at {data.workstation}"
    return [
        Paragraph(escape(sentence), _Styles.note),
        Paragraph(escape(served), _Styles.muted),
    ]


def render_receipt(data: ReceiptData) -> bytes:
    """The receipt (or, with ``is_refund``, the credit note) as PDF bytes.

    One A5 page for any normal sale; a long list of items continues on further pages with the
    table header repeated and "Page n of N" at the bottom. Raises ``ValueError`` for a naive
    ``issued_at``.
    """
    # The whole render holds the lock, not only the build: building flowables touches
    # reportlab's module-level font and width caches too. Free under the GIL.
    with RENDER_LOCK:
        register_fonts()  # before any Paragraph is made: they resolve font names when built
        chrome = PageChrome(
            gym=data.gym,
            page_size=RECEIPT_PAGE_SIZE,
            margin=_MARGIN,
            continued=f"{data.receipt_number}, continued",
            footer=footer_for(data),
        )
        story: list[Flowable] = [
            *_heading(data),
            Spacer(1, 3 * mm),
            _details(data),
            Spacer(1, 5 * mm),
            _items(data, chrome.width),
            Spacer(1, 5 * mm),
            *_payment(data),
        ]
        kind = "Credit note" if data.is_refund else "Receipt"
        return build_pdf(
            story,
            chrome,
            title=data.receipt_number,
            author=data.gym.name,
            subject=f"{kind} {data.receipt_number}",
        )
