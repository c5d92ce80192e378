"""Names in any script on paper: every receipt, credit note, card and cash-up prints them.

Right-to-left names (Arabic, Hebrew) are drawn joined and in visual order.

Each name is read back from the PDF's text with pypdf (what a search or a copy-paste sees),
the fonts are checked to be embedded (a viewer without CJK fonts still draws them), and the
pages are rasterised with pdftoppm to check the glyphs are really drawn, not "missing glyph"
boxes: the same characters in another order must give another picture.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
import unicodedata
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from fitmate_desktop.documents.card import MembershipCardData, render_membership_card
from fitmate_desktop.documents.cashup import CashUpData, CashUpRow, render_cash_up
from fitmate_desktop.documents.common import FONT, FONT_BOLD, GymHeader, register_fonts
from fitmate_desktop.documents.fonts import visual
from fitmate_desktop.documents.receipt import ReceiptData, ReceiptLine, render_receipt

D = Decimal
UTC = dt.UTC

NAMES = [
    "王小明",  # Chinese
    "山田 太郎",  # Japanese (kanji)
    "やまだ たろう",  # Japanese (hiragana)
    "김민준",  # Korean
    "Σωκράτης Παπαδόπουλος",  # Greek
    "Ёлкина Анастасия",  # Cyrillic
    "José Ñúñez Çelik",  # Latin with accents
]

GYM = GymHeader(name="FitMate Alvalade", address="Rua Alvalade 1\nLisboa", timezone="UTC")


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def page_fonts(pdf: bytes) -> list[tuple[str, bool]]:
    fonts = []
    for page in PdfReader(BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts.append((str(font["/BaseFont"]), embedded))
    return fonts


def receipt(name: str, *, refund: bool = False) -> ReceiptData:
    return ReceiptData(
        gym=GYM,
        receipt_number="CR-2026-000007" if refund else "R-2026-000123",
        issued_at=dt.datetime(2026, 7, 14, 17, 5, tzinfo=UTC),
        member_name=name,
        member_code="M-000123",
        lines=(ReceiptLine(f"Monthly membership for {name}", 1, D("35.00"), D("35.00")),),
        total=D("35.00"),
        tax_rate=D("23.00"),
        tax_amount=D("6.54"),
        currency="EUR",
        method="cash",
        provider_reference=None,
        staff_name=name,
        workstation=None,
        is_refund=refund,
        refund_of_number="R-2026-000100" if refund else None,
        refund_reason=f"Charged twice ({name})" if refund else None,
    )


def card(name: str) -> MembershipCardData:
    return MembershipCardData(
        gym=GYM,
        member_name=name,
        member_code="M-000123",
        plan_name=f"{name} monthly",
        valid_until=dt.date(2026, 12, 31),
        photo_path=None,
    )


def cash_up(name: str) -> CashUpData:
    row = CashUpRow
    return CashUpData(
        gym=GYM,
        day=dt.date(2026, 3, 14),
        generated_at=dt.datetime(2026, 3, 14, 21, 5, tzinfo=UTC),
        currency="EUR",
        by_method=(row("cash", 2, D("70.00"), D("0.00"), D("70.00")),),
        by_staff=(row(name, 2, D("70.00"), D("0.00"), D("70.00")),),
        total=row("Total", 2, D("70.00"), D("0.00"), D("70.00")),
        first_receipt="R-2026-000100",
        last_receipt="R-2026-000101",
        prepared_by=name,
    )


RENDERS = {
    "receipt": lambda name: render_receipt(receipt(name)),
    "credit note": lambda name: render_receipt(receipt(name, refund=True)),
    "card": lambda name: render_membership_card(card(name)),
    "cash-up": lambda name: render_cash_up(cash_up(name)),
}


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("document", list(RENDERS))
def test_name_in_any_script_reads_back_from_the_pdf(document: str, name: str) -> None:
    pdf = RENDERS[document](name)

    text = pdf_text(pdf)
    assert name in text, (document, name, text)
    # Every font embedded (none left for the viewer to guess), none of them Helvetica.
    fonts = page_fonts(pdf)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert not any("Helvetica" in font for font, _ in fonts), fonts


def test_the_cjk_font_is_embedded_only_when_needed() -> None:
    latin = {font.split("+")[-1] for font, _ in page_fonts(RENDERS["receipt"]("Ana Costa"))}
    chinese = {font.split("+")[-1] for font, _ in page_fonts(RENDERS["receipt"]("王小明"))}

    assert latin == {"DejaVuSans", "DejaVuSans-Bold"}
    assert chinese == {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback"}


def test_bold_cjk_and_mixed_runs_in_one_paragraph() -> None:
    # A heading in bold, a table cell and a wrapped paragraph each mixing scripts.
    name = "Ana 王小明 Σοφία 김민준 Ёлкина"
    pdf = render_receipt(dataclasses.replace(receipt(name, refund=True), receipt_number=name))

    text = pdf_text(pdf)
    assert f"Credit note {name}" in text
    assert f"Reason: Charged twice ({name})" in text


def test_every_character_of_the_names_has_a_glyph() -> None:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    for font_name in (FONT, FONT_BOLD):
        chain = pdfmetrics.getFont(font_name)
        for name in NAMES:
            missing = [c for c in name if not c.isspace() and not chain.has_glyph(c)]
            assert not missing, (font_name, name, missing)


def _raster(pdf: bytes, tmp_path: Path, stem: str) -> bytes:
    path = tmp_path / f"{stem}.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-gray", "-png", str(path), str(tmp_path / stem)],
        check=True,
        capture_output=True,
    )
    return (tmp_path / f"{stem}-1.png").read_bytes()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
@pytest.mark.parametrize("name", ["王小明", "山田太郎", "김민준"])
def test_cjk_glyphs_are_drawn_not_boxes(name: str, tmp_path: Path) -> None:
    # "Missing glyph" boxes all look alike: the name and its characters reversed would then
    # rasterise to the same picture. Real glyphs differ.
    from PIL import Image

    forward = _raster(render_membership_card(card(name)), tmp_path, "forward")
    backward = _raster(render_membership_card(card(name[::-1])), tmp_path, "backward")
    assert forward != backward
    # And the name's area is not blank: some dark pixels where it is printed.
    image = Image.open(BytesIO(forward)).convert("L")
    width, height = image.size
    name_box = image.crop((int(width * 0.3), int(height * 0.28), width, int(height * 0.45)))
    darkest, _lightest = name_box.getextrema()
    assert darkest < 100


RTL_NAMES = ["محمد علي", "فاطمة الزهراء", "שרה כהן"]


@pytest.mark.parametrize("name", RTL_NAMES)
@pytest.mark.parametrize("document", list(RENDERS))
def test_right_to_left_names_read_back_shaped(document: str, name: str) -> None:
    text = pdf_text(RENDERS[document](name))

    # Arabic is drawn in its joined forms (presentation forms), which NFKC maps back to the
    # letters typed; the reader puts the right-to-left run back in logical order.
    assert name in unicodedata.normalize("NFKC", text), (document, name, text)
    if any("\u0600" <= c <= "\u06ff" for c in name):
        assert any("\ufe70" <= c <= "\ufeff" for c in text), text


def test_right_to_left_text_is_drawn_in_visual_order_and_joined() -> None:
    # "محمد" is meem, hah, meem, dal; drawn left to right: final dal, medial meem, medial hah,
    # initial meem (the PDF draws glyphs left to right, so a right-to-left word is reversed).
    assert visual("محمد") == "\ufeaa\ufee4\ufea4\ufee3"
    assert visual("שרה כהן") == "ןהכ הרש"
    # Latin words around it keep their place; text without right-to-left letters is untouched.
    assert visual("Member: שרה (M-1)") == "Member: הרש (M-1)"
    latin = "José Ñúñez Çelik 王小明"
    assert visual(latin) is latin
