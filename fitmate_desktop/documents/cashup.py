"""The end-of-day cash-up: takings by payment method and by staff member, ready to sign.

The cash-up service adds everything up; this module lays the figures out on A4 the way a
manager checks a till: the count (expected by the books, counted, difference, per payment
method, with who counted and when), two tables whose totals agree, the range of receipts
issued, and lines for the two people who counted and checked the drawer. A day not closed yet
prints the count table with the Counted column blank, to fill in by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

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
    format_date,
    format_datetime,
    format_int,
    format_money,
    payment_method_label,
    register_fonts,
)

__all__ = ["CashUpCountRow", "CashUpData", "CashUpRow", "render_cash_up"]

_MARGIN = 18 * mm
_ZEBRA = "#F3F4F6"


@dataclass(frozen=True)
class CashUpRow:
    """One line of the cash-up: a payment method or a staff member (or the grand total).

    ``count`` is the number of transactions, ``gross`` what was taken, ``refunds`` what was
    paid back (as a positive amount or however the service chooses to sign it; it is printed
    as given) and ``net`` what should be in the till or the bank for it.
    """

    label: str
    count: int
    gross: Decimal
    refunds: Decimal
    net: Decimal


@dataclass(frozen=True)
class CashUpCountRow:
    """One method of the count: ``counted``/``difference`` None while the day is not closed."""

    label: str
    expected: Decimal
    counted: Decimal | None
    difference: Decimal | None


@dataclass(frozen=True)
class CashUpData:
    """A day's takings at one gym, as computed by the payments service."""

    gym: GymHeader
    day: dt.date
    generated_at: dt.datetime
    currency: str
    by_method: tuple[CashUpRow, ...]
    by_staff: tuple[CashUpRow, ...]
    total: CashUpRow
    first_receipt: str | None
    last_receipt: str | None
    prepared_by: str
    counts: tuple[CashUpCountRow, ...] = ()
    counted_by: str | None = None  # None: the day is not closed yet
    counted_at: dt.datetime | None = None
    counted_workstation: str | None = None
    count_note: str | None = None
    changed_since_close: bool = False


class _Styles:
    """Paragraph styles for the cash-up."""

    title = ParagraphStyle("cu-title", fontName=FONT_BOLD, fontSize=17, leading=21, textColor=INK)
    meta = ParagraphStyle("cu-meta", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK)
    section = ParagraphStyle(
        "cu-section", fontName=FONT_BOLD, fontSize=11, leading=14, textColor=INK, spaceAfter=4
    )
    empty = ParagraphStyle("cu-empty", fontName=FONT, fontSize=9, leading=12, textColor=MUTED)


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _receipt_range(data: CashUpData) -> str:
    if data.first_receipt and data.last_receipt and data.first_receipt != data.last_receipt:
        return f"{data.first_receipt} to {data.last_receipt}"
    if data.first_receipt or data.last_receipt:
        return data.first_receipt or data.last_receipt or ""
    return "none issued"


def _figures_table(
    data: CashUpData, first_heading: str, rows: tuple[CashUpRow, ...], *, method_labels: bool
) -> Table:
    locale = data.gym.locale

    def money(value: Decimal) -> str:
        return format_money(value, data.currency, locale)

    def cells(row: CashUpRow, label: str) -> list[str]:
        return [
            label,
            format_int(row.count, locale),
            money(row.gross),
            money(row.refunds),
            money(row.net),
        ]

    # Methods arrive as codes ("cash"); print them as words ("Cash", "Bank transfer").
    body = [
        cells(row, payment_method_label(row.label) if method_labels else row.label) for row in rows
    ]
    table_rows = [
        [first_heading, "Transactions", "Gross", "Refunds", "Net"],
        *body,
        cells(data.total, data.total.label or "Total"),
    ]
    width = A4[0] - 2 * _MARGIN
    number_w = 30 * mm
    table = Table(
        table_rows,
        colWidths=[width - 4 * number_w, number_w, number_w, number_w, number_w],
        repeatRows=1,
    )
    last = len(table_rows) - 1
    style: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 9.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("FONT", (0, 0), (-1, 0), FONT, 8),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEABOVE", (0, last), (-1, last), 1, INK),
        ("FONT", (0, last), (-1, last), FONT_BOLD, 10),
    ]
    # Light banding so a finger can follow a row across five columns on paper.
    style += [("BACKGROUND", (0, r), (-1, r), _ZEBRA) for r in range(2, last, 2)]
    table.setStyle(TableStyle(style))
    return table


def _signed(value: Decimal, currency: str, locale: str) -> str:
    """A difference as the desk says it: "+ €2.00" over, "− €5.00" short, "€0.00"."""
    text = format_money(abs(value), currency, locale)
    if value > 0:
        return f"+ {text}"
    if value < 0:
        return f"− {text}"
    return text


def _count_section(data: CashUpData) -> list[Flowable]:
    locale, currency = data.gym.locale, data.currency

    def money(value: Decimal | None) -> str:
        return "" if value is None else format_money(value, currency, locale)

    closed = data.counted_by is not None
    rows: list[list[str]] = [["Method", "Expected", "Counted", "Difference"]]
    for c in data.counts:
        diff = "" if c.difference is None else _signed(c.difference, currency, locale)
        rows.append([c.label, money(c.expected), money(c.counted), diff])
    if closed and data.counts:
        expected = sum((c.expected for c in data.counts), Decimal(0))
        counted = sum((c.counted or Decimal(0) for c in data.counts), Decimal(0))
        rows.append(
            [
                "Total",
                money(expected),
                money(counted),
                _signed(counted - expected, currency, locale),
            ]
        )
    width = A4[0] - 2 * _MARGIN
    number_w = 36 * mm
    table = Table(
        rows, colWidths=[width - 3 * number_w, number_w, number_w, number_w], repeatRows=1
    )
    style: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("FONT", (0, 0), (-1, 0), FONT, 8),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
    ]
    if closed and data.counts:
        style += [
            ("LINEABOVE", (0, -1), (-1, -1), 1, INK),
            ("FONT", (0, -1), (-1, -1), FONT_BOLD, 10.5),
        ]
    else:
        # Boxes to write the count in by hand.
        style += [("LINEBELOW", (2, r), (2, r), 0.6, INK) for r in range(1, len(rows))]
    table.setStyle(TableStyle(style))
    gym = data.gym
    if closed and data.counted_at is not None:
        when = format_datetime(data.counted_at, gym.timezone, gym.locale)
        at = f" at {data.counted_workstation}" if data.counted_workstation else ""
        said = f"Counted by {escape(data.counted_by or '')} on {escape(when)}{escape(at)}"
        if data.count_note:
            said += f"<br/>Note: {escape(data.count_note)}"
        if data.changed_since_close:
            said += (
                "<br/>The books of this day changed after it was closed (a later refund); "
                "the count above is as it was taken."
            )
    else:
        said = "Not counted yet: write the counted amounts in, or close the day at the desk."
    return [
        CondPageBreak(40 * mm),
        Paragraph("Count", _Styles.section),
        Paragraph(said, _Styles.meta),
        Spacer(1, 2 * mm),
        table,
    ]


def _section(title: str, table: Flowable, has_rows: bool) -> list[Flowable]:
    content: list[Flowable] = [Paragraph(escape(title), _Styles.section)]
    if has_rows:
        content.append(table)
    else:
        content.append(Paragraph("No payments or refunds on this day.", _Styles.empty))
    # A heading stranded at the foot of a page helps nobody.
    return [CondPageBreak(40 * mm), *content]


def _signatures(counted_by: str | None) -> Flowable:
    col = 78 * mm
    gap = A4[0] - 2 * _MARGIN - 2 * col
    rows = [
        ["Counted by", "", "Checked by"],
        [counted_by or "", "", ""],
        ["Name and signature", "", "Name and signature"],
    ]
    table = Table(rows, colWidths=[col, gap, col], rowHeights=[6 * mm, 14 * mm, 6 * mm])
    table.setStyle(
        TableStyle(
            [
                # Every cell, the empty ones too: an unstyled cell is set in Helvetica.
                ("FONT", (0, 0), (-1, -1), FONT, 9.5),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9.5),
                ("FONT", (0, 2), (-1, 2), FONT, 7.5),
                ("TEXTCOLOR", (0, 2), (-1, 2), MUTED),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 1), (0, 1), 0.8, INK),
                ("LINEBELOW", (2, 1), (2, 1), 0.8, INK),
            ]
        )
    )
    return KeepTogether([Spacer(1, 12 * mm), table])


def render_cash_up(data: CashUpData) -> bytes:
    """The end-of-day cash-up report as PDF bytes (A4 portrait)."""
    # The whole render holds the lock, not only the build: building flowables touches
    # reportlab's module-level font and width caches too. Free under the GIL.
    with RENDER_LOCK:
        register_fonts()  # before any Paragraph is made: they resolve font names when built
        gym = data.gym
        day = f"{_WEEKDAYS[data.day.weekday()]} {format_date(data.day, gym.locale)}"
        chrome = PageChrome(
            gym=gym,
            page_size=A4,
            margin=_MARGIN,
            continued=f"Cash-up {format_date(data.day, gym.locale)}, continued",
            # Not the receipt footer ("Thank you for training with us!"): this stays in the office.
            footer="Internal document: keep with the day's takings.",
            name_size=14,
            detail_size=8,
            logo_height=16 * mm,
        )
        generated = format_datetime(data.generated_at, gym.timezone, gym.locale)
        meta = (
            f"Prepared by {escape(data.prepared_by)} on {escape(generated)}<br/>"
            f"Receipts: {escape(_receipt_range(data))}<br/>"
            f"All amounts in {escape(data.currency.upper())}"
        )
        story: list[Flowable] = [
            Paragraph(f"End-of-day cash-up — {escape(day)}", _Styles.title),
            Spacer(1, 2 * mm),
            Paragraph(meta, _Styles.meta),
            Spacer(1, 6 * mm),
            *_count_section(data),
            Spacer(1, 8 * mm),
            *_section(
                "By payment method",
                _figures_table(data, "Method", data.by_method, method_labels=True),
                bool(data.by_method),
            ),
            Spacer(1, 8 * mm),
            *_section(
                "By staff member",
                _figures_table(data, "Staff", data.by_staff, method_labels=False),
                bool(data.by_staff),
            ),
            _signatures(data.counted_by),
        ]
        return build_pdf(
            story,
            chrome,
            title=f"Cash-up {data.day.isoformat()}",
            author=gym.name,
            subject=f"End-of-day cash-up for {data.day.isoformat()}",
        )
