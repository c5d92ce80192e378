"""The readable summary of a member's data: no database, read back with pypdf."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

from pypdf import PdfReader

from fitmate_desktop.documents.common import GymHeader
from fitmate_desktop.documents.member_export import (
    ExportSection,
    MemberExportData,
    render_member_export,
)

GYM = GymHeader(
    name="FitMate Porto", address="Rua A 1", phone=None, email=None, tax_id=None,
    logo_path=None, footer=None, timezone="Europe/Lisbon", locale="pt_PT",
)  # fmt: skip


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_long_sections_show_their_first_rows_and_say_how_many_more() -> None:
    visits = ExportSection(
        label="Visits",
        count=100,
        headings=("Checked in at", "Checked out at"),
        rows=tuple((f"row {n}", "—") for n in range(40)),
    )
    pdf = render_member_export(
        MemberExportData(
            gym=GYM,
            member_name="Zoë Ferreira-Lopes",
            member_code="FM000777",
            generated_at=dt.datetime(2026, 12, 8, 10, 0, tzinfo=dt.UTC),
            prepared_by="Marta Admin",
            profile=(("Name", "Zoë Ferreira-Lopes"), ("Address", "Rua B 2\n4000-100 Porto")),
            sections=(visits, ExportSection("Messages", 0, ("Sent at",), ())),
        )
    )
    text = _text(pdf)
    assert "Personal data held about Zoë Ferreira-Lopes" in text
    assert "Visits (100)" in text and "row 39" in text and "row 40" not in text
    assert "… and 60 more, all in data.json." in text
    assert "Messages (0)" in text and "None held." in text
    assert "4000-100 Porto" in text
    assert "Zoë" not in PdfReader(BytesIO(pdf)).metadata.title  # the title names the code only
