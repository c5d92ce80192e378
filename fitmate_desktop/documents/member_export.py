"""The readable summary of everything held about one member (the PDF inside a data export).

The data-rights service gathers and formats the values; this module lays them out on A4: the
profile as label/value pairs, then one section per kind of record with its count and a table
of the rows (the first ones, when there are many: the JSON file beside it has them all).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

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
    register_fonts,
)

__all__ = ["ExportSection", "MemberExportData", "render_member_export"]

_MARGIN = 16 * mm
_WIDTH = A4[0] - 2 * _MARGIN
_ZEBRA = "#F3F4F6"


@dataclass(frozen=True)
class ExportSection:
    """One kind of record: its title, how many rows are held, and the rows shown (as text)."""

    label: str
    count: int
    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str | None = None  # e.g. "The member photo is in files/ of this archive."


@dataclass(frozen=True)
class MemberExportData:
    """Everything the summary prints, already formatted for the gym's locale."""

    gym: GymHeader
    member_name: str
    member_code: str
    generated_at: dt.datetime
    prepared_by: str
    profile: tuple[tuple[str, str], ...]
    sections: tuple[ExportSection, ...]


class _Styles:
    """Paragraph styles of the summary."""

    title = ParagraphStyle("mx-title", fontName=FONT_BOLD, fontSize=16, leading=20, textColor=INK)
    meta = ParagraphStyle("mx-meta", fontName=FONT, fontSize=9, leading=13, textColor=MUTED)
    section = ParagraphStyle(
        "mx-section", fontName=FONT_BOLD, fontSize=11, leading=14, textColor=INK, spaceAfter=3
    )
    label = ParagraphStyle("mx-label", fontName=FONT, fontSize=8.5, leading=11, textColor=MUTED)
    value = ParagraphStyle("mx-value", fontName=FONT, fontSize=9, leading=11.5, textColor=INK)
    cell = ParagraphStyle("mx-cell", fontName=FONT, fontSize=8, leading=10, textColor=INK)
    head = ParagraphStyle("mx-head", fontName=FONT, fontSize=7.5, leading=9.5, textColor=MUTED)
    note = ParagraphStyle("mx-note", fontName=FONT, fontSize=8.5, leading=11, textColor=MUTED)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    # Line breaks in notes and addresses stay line breaks on paper.
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _base_style() -> list[tuple[object, ...]]:
    return [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]


def _profile_table(profile: tuple[tuple[str, str], ...]) -> Table:
    rows = [[_p(label, _Styles.label), _p(value or "—", _Styles.value)] for label, value in profile]
    table = Table(rows, colWidths=[45 * mm, _WIDTH - 45 * mm])
    style = [*_base_style(), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)]
    table.setStyle(TableStyle(style))
    return table


def _section_table(section: ExportSection) -> Table:
    cols = max(1, len(section.headings))
    body = [[_p(h, _Styles.head) for h in section.headings]]
    body += [[_p(v, _Styles.cell) for v in row] for row in section.rows]
    table = Table(body, colWidths=[_WIDTH / cols] * cols, repeatRows=1)
    style = [*_base_style(), ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE)]
    # Light banding so a finger can follow a row across on paper.
    style += [("BACKGROUND", (0, r), (-1, r), _ZEBRA) for r in range(2, len(body), 2)]
    table.setStyle(TableStyle(style))
    return table


def _section(section: ExportSection, locale: str) -> list[Flowable]:
    count = format_int(section.count, locale)
    out: list[Flowable] = [
        CondPageBreak(30 * mm),
        _p(f"{section.label} ({count})", _Styles.section),
    ]
    if section.rows:
        out.append(_section_table(section))
        hidden = section.count - len(section.rows)
        if hidden > 0:
            more = format_int(hidden, locale)
            out.append(_p(f"… and {more} more, all in data.json.", _Styles.note))
    else:
        out.append(_p("None held.", _Styles.note))
    if section.note:
        out.append(_p(section.note, _Styles.note))
    out.append(Spacer(1, 5 * mm))
    return out


def render_member_export(data: MemberExportData) -> bytes:
    """The summary as PDF bytes (A4 portrait)."""
    with RENDER_LOCK:
        register_fonts()  # before any Paragraph is made: they resolve font names when built
        gym = data.gym
        chrome = PageChrome(
            gym=gym,
            page_size=A4,
            margin=_MARGIN,
            continued=f"Personal data of {data.member_code}, continued",
            footer="Personal data: give it only to the member or to whom they asked it for.",
            name_size=13,
            detail_size=7.5,
        )
        generated = format_datetime(data.generated_at, gym.timezone, gym.locale)
        story: list[Flowable] = [
            _p(f"Personal data held about {data.member_name}", _Styles.title),
            Spacer(1, 1.5 * mm),
            _p(
                f"Member {data.member_code} · prepared by {data.prepared_by} on {generated}\n"
                "Every record below is in data.json in the same archive, with all its fields.",
                _Styles.meta,
            ),
            Spacer(1, 6 * mm),
            _p("Profile", _Styles.section),
            _profile_table(data.profile),
            Spacer(1, 6 * mm),
        ]
        for section in data.sections:
            story += _section(section, gym.locale)
        return build_pdf(
            story,
            chrome,
            title=f"Personal data of {data.member_code}",
            author=gym.name,
            subject=f"Export of the personal data held about member {data.member_code}",
        )
