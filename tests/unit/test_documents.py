"""PDF receipts, credit notes, cash-ups and membership cards, read back as a person would.

No database: the documents package takes plain dataclasses. Each PDF is parsed with pypdf and
the test asserts the words someone at the desk would look for.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
import threading
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from fitmate_desktop.documents.card import CARD_SIZE, MembershipCardData, render_membership_card
from fitmate_desktop.documents.cashup import (
    CashUpCountRow,
    CashUpData,
    CashUpRow,
    render_cash_up,
)
from fitmate_desktop.documents.common import (
    GymHeader,
    format_date,
    format_datetime,
    format_int,
    format_money,
    format_percent,
    register_fonts,
)
from fitmate_desktop.documents.receipt import ReceiptData, ReceiptLine, render_receipt

D = Decimal
UTC = dt.UTC


# --------------------------------------------------------------------------------------------
# Helpers and fixtures
# --------------------------------------------------------------------------------------------


def pdf_text(pdf: bytes) -> str:
    """All text of all pages, whitespace collapsed, so a table row reads as one line."""
    reader = PdfReader(BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def page_count(pdf: bytes) -> int:
    """How many pages the PDF has."""
    return len(PdfReader(BytesIO(pdf)).pages)


def page_fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(BaseFont, has an embedded TrueType file) for every font every page uses."""
    fonts = []
    for page in PdfReader(BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts.append((str(font["/BaseFont"]), embedded))
    return fonts


@pytest.fixture(scope="module")
def logo(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A 300 px PNG logo with transparency, as gyms upload them."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((10, 10, 290, 290), fill=(31, 78, 121, 255))
    path = tmp_path_factory.mktemp("logo") / "logo.png"
    image.save(path)
    return str(path)


@pytest.fixture()
def gym(logo: str) -> GymHeader:
    """A Lisbon gym with the full letterhead."""
    return GymHeader(
        name="FitMate Gym Alvalade",
        address="Avenida da Igreja 42\n1700-239 Lisboa",
        phone="+351 21 123 4567",
        email="desk@fitmate.example",
        tax_id="PT509876543",
        logo_path=logo,
        footer="Thank you for training with us!",
        timezone="Europe/Lisbon",
        locale="en_GB",
    )


@pytest.fixture()
def sale(gym: GymHeader) -> ReceiptData:
    """A card sale of three lines, 23 % VAT included."""
    return ReceiptData(
        gym=gym,
        receipt_number="R-2026-000123",
        # 17:05 UTC in July is 18:05 in Lisbon (WEST, UTC+1): the receipt shows gym time.
        issued_at=dt.datetime(2026, 7, 14, 17, 5, tzinfo=UTC),
        member_name="João Gonçalves",
        member_code="M-000123",
        lines=(
            ReceiptLine("Monthly membership — Standard", 1, D("35.00"), D("35.00")),
            ReceiptLine("Towel & water <large>", 2, D("2.50"), D("5.00")),
            ReceiptLine("Protein bar", 2, D("2.50"), D("5.00")),
        ),
        total=D("45.00"),
        tax_rate=D("23.00"),
        tax_amount=D("8.41"),
        currency="EUR",
        method="card",
        provider_reference="pi_3PqR7sLkd92Jx0",
        staff_name="Ana Costa",
        workstation="Reception 1",
    )


@pytest.fixture()
def refund(sale: ReceiptData) -> ReceiptData:
    """A cash credit note refunding part of ``sale``."""
    return dataclasses.replace(
        sale,
        receipt_number="CR-2026-000007",
        lines=(ReceiptLine("Towel & water <large>", 2, D("2.50"), D("5.00")),),
        total=D("5.00"),
        tax_amount=D("0.93"),
        method="cash",
        provider_reference=None,
        is_refund=True,
        refund_of_number="R-2026-000123",
        refund_reason="Locker was out of order",
    )


@pytest.fixture()
def cash_up(gym: GymHeader) -> CashUpData:
    """A day's takings by method and by staff; both add up to the total."""
    row = CashUpRow
    return CashUpData(
        gym=gym,
        day=dt.date(2026, 3, 14),
        generated_at=dt.datetime(2026, 3, 14, 21, 5, tzinfo=UTC),
        currency="EUR",
        by_method=(
            row("cash", 23, D("812.50"), D("5.00"), D("807.50")),
            row("card", 41, D("1640.00"), D("35.00"), D("1605.00")),
            row("transfer", 3, D("420.00"), D("0.00"), D("420.00")),
        ),
        by_staff=(
            row("Ana Costa", 38, D("1702.50"), D("40.00"), D("1662.50")),
            row("Siobhán Ó Briain", 29, D("1170.00"), D("0.00"), D("1170.00")),
        ),
        total=row("Total", 67, D("2872.50"), D("40.00"), D("2832.50")),
        first_receipt="R-2026-000100",
        last_receipt="R-2026-000166",
        prepared_by="Ana Costa",
    )


@pytest.fixture()
def card(gym: GymHeader) -> MembershipCardData:
    """A member card without photo."""
    return MembershipCardData(
        gym=gym,
        member_name="Zoë Müller",
        member_code="M-000123",
        plan_name="Standard monthly",
        valid_until=dt.date(2026, 12, 31),
        photo_path=None,
    )


# --------------------------------------------------------------------------------------------
# Receipts
# --------------------------------------------------------------------------------------------


def test_receipt_says_what_the_member_checks(sale: ReceiptData) -> None:
    text = pdf_text(render_receipt(sale))

    assert "FitMate Gym Alvalade" in text
    assert "Tax ID: PT509876543" in text
    assert "Receipt R-2026-000123" in text
    assert "14/07/2026 18:05" in text  # Lisbon time, not UTC
    assert "João Gonçalves" in text
    assert "M-000123" in text
    # Each line: description, quantity, unit price, amount, in reading order.
    assert "Monthly membership — Standard 1 €35.00 €35.00" in text
    assert "Towel & water <large> 2 €2.50 €5.00" in text
    assert "Protein bar 2 €2.50 €5.00" in text
    assert "Total €45.00" in text
    assert "of which VAT 23%: €8.41" in text
    assert "Paid by card · Ref. pi_3PqR7sLkd92Jx0" in text
    assert "Served by Ana Costa at Reception 1" in text
    assert "Thank you for training with us!" in text
    assert "Credit note" not in text


def test_receipt_metadata_and_page(sale: ReceiptData) -> None:
    reader = PdfReader(BytesIO(render_receipt(sale)))

    assert reader.metadata is not None
    assert reader.metadata.title == "R-2026-000123"
    assert reader.metadata.author == "FitMate Gym Alvalade"
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (420, 595)  # A5 portrait


def test_receipt_embeds_dejavu_and_nothing_else(sale: ReceiptData) -> None:
    fonts = page_fonts(render_receipt(sale))

    assert fonts
    assert any("DejaVuSans-Bold" in name for name, _ in fonts)
    # Every font is an embedded DejaVu subset: no unembedded Helvetica that cannot do "ł".
    assert all("DejaVuSans" in name and embedded for name, embedded in fonts), fonts


@pytest.mark.parametrize(
    "name",
    [
        "João Gonçalves",
        "Zoë Müller",
        "Siobhán Ó Briain",
        "Łukasz Żółć",
        "Σοφία Παπαδοπούλου",
        "Дмитрий Иванов",
    ],
)
def test_any_name_prints(sale: ReceiptData, name: str) -> None:
    text = pdf_text(render_receipt(dataclasses.replace(sale, member_name=name, staff_name=name)))

    assert f"Member {name}" in text
    assert f"Served by {name}" in text


def test_credit_note_names_the_original_and_the_reason(refund: ReceiptData) -> None:
    pdf = render_receipt(refund)
    text = pdf_text(pdf)

    assert "Credit note CR-2026-000007" in text
    assert "Credit note for receipt R-2026-000123: €5.00 refunded" in text
    assert "Reason: Locker was out of order" in text
    assert "Total refunded €5.00" in text
    assert "of which VAT 23%: €0.93" in text
    assert "Refunded in cash" in text
    assert "Receipt CR-" not in text
    reader = PdfReader(BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "CR-2026-000007"


def test_a_credit_note_never_says_keep_this_receipt(refund: ReceiptData) -> None:
    gym = dataclasses.replace(
        refund.gym,
        footer="IVA incluído à taxa legal em vigor. Keep this receipt for your records.\n"
        "Thank you for training with us!",
    )
    text = pdf_text(render_receipt(dataclasses.replace(refund, gym=gym)))
    assert "Keep this receipt" not in text
    assert "IVA incluído à taxa legal em vigor." in text
    assert "Thank you for training with us!" in text
    assert "Keep this credit note with receipt R-2026-000123." in text
    sale_text = pdf_text(render_receipt(dataclasses.replace(refund, gym=gym, is_refund=False)))
    assert "Keep this receipt for your records." in sale_text


def test_cash_tendered_and_change_under_the_total(sale: ReceiptData) -> None:
    cash = dataclasses.replace(
        sale, method="cash", provider_reference=None, cash_tendered=D("50.00"),
        change_given=D("5.00"),
    )  # fmt: skip
    text = pdf_text(render_receipt(cash))
    assert "Total €45.00" in text
    assert "Cash tendered €50.00" in text
    assert "Change given €5.00" in text
    assert "Paid in cash" in text


def test_walk_in_without_reference_or_desk(sale: ReceiptData) -> None:
    walk_in = dataclasses.replace(
        sale,
        member_name=None,
        member_code=None,
        method="transfer",
        provider_reference=None,
        workstation=None,
    )
    text = pdf_text(render_receipt(walk_in))

    assert "Customer Walk-in" in text
    assert "Paid by bank transfer" in text
    assert "Ref." not in text
    assert "Served by Ana Costa" in text
    assert "Served by Ana Costa at" not in text


def test_receipt_in_the_gyms_locale(sale: ReceiptData) -> None:
    portuguese = dataclasses.replace(sale, gym=dataclasses.replace(sale.gym, locale="pt_PT"))
    text = pdf_text(render_receipt(portuguese))

    assert "Total 45,00 €" in text
    assert "of which VAT 23%: 8,41 €" in text


@pytest.mark.parametrize("logo_path", ["/no/such/logo.png", "broken", None])
def test_missing_or_broken_logo_is_ignored(
    sale: ReceiptData, tmp_path: Path, logo_path: str | None
) -> None:
    if logo_path == "broken":
        broken = tmp_path / "logo.png"
        broken.write_bytes(b"this is not a PNG")
        logo_path = str(broken)
    data = dataclasses.replace(sale, gym=dataclasses.replace(sale.gym, logo_path=logo_path))

    text = pdf_text(render_receipt(data))

    assert "Receipt R-2026-000123" in text
    assert "Total €45.00" in text


def test_long_receipt_continues_on_numbered_pages(sale: ReceiptData) -> None:
    lines = tuple(
        ReceiptLine(f"Personal training session {n}", 1, D("30.00"), D("30.00"))
        for n in range(1, 61)
    )
    data = dataclasses.replace(sale, lines=lines, total=D("1800.00"), tax_amount=D("336.59"))
    pdf = render_receipt(data)
    pages = page_count(pdf)
    reader = PdfReader(BytesIO(pdf))
    last = " ".join(reader.pages[-1].extract_text().split())
    text = pdf_text(pdf)

    assert pages > 1
    assert f"Page 1 of {pages}" in text
    assert f"Page {pages} of {pages}" in last
    assert "R-2026-000123, continued" in last
    assert "Total €1,800.00" in last
    for n in (1, 30, 60):
        assert f"Personal training session {n} 1 €30.00 €30.00" in text


def test_single_page_receipt_has_no_page_number(sale: ReceiptData) -> None:
    assert "Page 1" not in pdf_text(render_receipt(sale))


def test_naive_issue_time_is_refused(sale: ReceiptData) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        render_receipt(dataclasses.replace(sale, issued_at=dt.datetime(2026, 7, 14, 18, 5)))


def test_receipts_render_from_several_threads(sale: ReceiptData) -> None:
    """PDFs are made on worker threads; concurrent renders must not mix their fonts."""
    results: dict[int, str] = {}

    def work(n: int) -> None:
        data = dataclasses.replace(sale, receipt_number=f"R-2026-{n:06d}", member_name=f"Zoë {n}")
        results[n] = pdf_text(render_receipt(data))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results) == list(range(8))
    for n, text in results.items():
        assert f"Receipt R-2026-{n:06d}" in text
        assert f"Member Zoë {n} " in text


# --------------------------------------------------------------------------------------------
# Cash-up
# --------------------------------------------------------------------------------------------


def test_cash_up_rows_and_totals(cash_up: CashUpData) -> None:
    pdf = render_cash_up(cash_up)
    text = pdf_text(pdf)

    assert "End-of-day cash-up — Saturday 14/03/2026" in text
    assert "Prepared by Ana Costa on 14/03/2026 21:05" in text
    assert "Receipts: R-2026-000100 to R-2026-000166" in text
    # By method: label, count, gross, refunds, net on one row.
    assert "Cash 23 €812.50 €5.00 €807.50" in text
    assert "Card 41 €1,640.00 €35.00 €1,605.00" in text
    assert "Bank transfer 3 €420.00 €0.00 €420.00" in text
    # By staff.
    assert "Ana Costa 38 €1,702.50 €40.00 €1,662.50" in text
    assert "Siobhán Ó Briain 29 €1,170.00 €0.00 €1,170.00" in text
    # The grand total closes both tables.
    assert text.count("Total 67 €2,872.50 €40.00 €2,832.50") == 2
    assert "Counted by" in text
    assert "Checked by" in text
    # The receipt footer is for members, not for the office copy.
    assert "Thank you for training with us!" not in text
    assert all("DejaVuSans" in name and embedded for name, embedded in page_fonts(pdf))
    reader = PdfReader(BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.author == "FitMate Gym Alvalade"


def test_cash_up_of_a_quiet_day(cash_up: CashUpData) -> None:
    empty = dataclasses.replace(
        cash_up,
        by_method=(),
        by_staff=(),
        total=CashUpRow("Total", 0, D("0"), D("0"), D("0")),
        first_receipt=None,
        last_receipt=None,
    )
    text = pdf_text(render_cash_up(empty))

    assert "Receipts: none issued" in text
    assert "No payments or refunds on this day." in text
    assert "Counted by" in text


def test_a_closed_cash_up_shows_the_count_with_who_and_when(cash_up: CashUpData) -> None:
    closed = dataclasses.replace(
        cash_up,
        counts=(
            CashUpCountRow("Cash", D("807.50"), D("802.50"), D("-5.00")),
            CashUpCountRow("Card", D("1605.00"), D("1605.00"), D("0.00")),
            CashUpCountRow("Bank transfer", D("420.00"), D("421.00"), D("1.00")),
        ),
        counted_by="Siobhán Ó Briain",
        counted_at=dt.datetime(2026, 3, 14, 21, 2, tzinfo=UTC),
        counted_workstation="Reception 1",
        count_note="A €5 note missing; told the manager",
    )
    text = pdf_text(render_cash_up(closed))
    assert "Method Expected Counted Difference" in text
    assert "Cash €807.50 €802.50 − €5.00" in text
    assert "Card €1,605.00 €1,605.00 €0.00" in text
    assert "Bank transfer €420.00 €421.00 + €1.00" in text
    assert "Total €2,832.50 €2,828.50 − €4.00" in text
    assert "Counted by Siobhán Ó Briain on 14/03/2026 21:02 at Reception 1" in text
    assert "Note: A €5 note missing; told the manager" in text
    assert "Not counted yet" not in text


def test_an_open_day_leaves_the_count_to_fill_in(cash_up: CashUpData) -> None:
    open_day = dataclasses.replace(
        cash_up, counts=(CashUpCountRow("Cash", D("807.50"), None, None),)
    )
    text = pdf_text(render_cash_up(open_day))
    assert "Not counted yet" in text
    assert "Cash €807.50" in text


# --------------------------------------------------------------------------------------------
# Membership card
# --------------------------------------------------------------------------------------------


def test_card_is_card_sized_and_carries_the_code(card: MembershipCardData) -> None:
    pdf = render_membership_card(card)
    reader = PdfReader(BytesIO(pdf))
    text = pdf_text(pdf)
    box = reader.pages[0].mediabox

    assert len(reader.pages) == 1
    assert float(box.width) == pytest.approx(CARD_SIZE[0], abs=0.01)
    assert float(box.height) == pytest.approx(CARD_SIZE[1], abs=0.01)
    assert "FitMate Gym Alvalade" in text
    assert "Zoë Müller" in text
    assert "M-000123" in text
    assert "Standard monthly" in text
    assert "Valid until 31/12/2026" in text
    assert all("DejaVuSans" in name and embedded for name, embedded in page_fonts(pdf))


def test_card_with_photo_and_a_very_long_name(card: MembershipCardData, tmp_path: Path) -> None:
    from PIL import Image

    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (600, 800), (180, 150, 130)).save(photo)
    data = dataclasses.replace(
        card,
        member_name="Maximiliane Konstanze Wolfenbüttel-Schäfer",
        photo_path=str(photo),
        plan_name=None,
        valid_until=None,
    )
    pdf = render_membership_card(data)
    text = pdf_text(pdf)

    assert "Maximiliane Konstanze" in text
    assert "Wolfenbüttel-Schäfer" in text  # wrapped, not cut
    assert "Valid until" not in text
    without_photo = render_membership_card(dataclasses.replace(data, photo_path=None))
    # The logo on both; the photo on one (the other shows the member's initials instead).
    assert len(PdfReader(BytesIO(pdf)).pages[0].images) == 2
    assert len(PdfReader(BytesIO(without_photo)).pages[0].images) == 1
    assert "MW" in pdf_text(without_photo)


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs poppler-utils and zbar-tools to scan the printed codes",
)
def test_card_barcode_and_qr_scan_to_the_member_code(
    card: MembershipCardData, tmp_path: Path
) -> None:
    data = dataclasses.replace(card, member_code="FM-2026-00012345")
    pdf_path = tmp_path / "card.pdf"
    pdf_path.write_bytes(render_membership_card(data))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "300", "-singlefile", str(pdf_path), str(tmp_path / "card")],
        check=True,
    )
    scanned = subprocess.run(
        ["zbarimg", "--quiet", str(tmp_path / "card.png")],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()

    assert sorted(scanned) == ["CODE-128:FM-2026-00012345", "QR-Code:FM-2026-00012345"]


# --------------------------------------------------------------------------------------------
# Money, numbers, dates
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "expected"),
    [
        (D("45"), "EUR", "en_GB", "€45.00"),
        (D("45"), "EUR", "pt_PT", "45,00 €"),
        (D("45"), "EUR", "de_DE", "45,00 €"),
        (D("1234.5"), "EUR", "de_DE", "1.234,50 €"),
        (D("1234.5"), "EUR", "fr_FR", "1 234,50 €"),
        (D("1234.5"), "EUR", "pt_PT", "1234,50 €"),  # Portuguese groups from 5 digits
        (D("12345.5"), "EUR", "pt_PT", "12 345,50 €"),
        (D("1234567.891"), "GBP", "en_GB", "£1,234,567.89"),
        (D("1234.5"), "USD", "en_US", "$1,234.50"),
        (D("1234.5"), "USD", "en_GB", "US$1,234.50"),
        (D("99.9"), "CHF", "en_GB", "CHF 99.90"),
        (D("99.9"), "BRL", "pt_BR", "R$ 99,90"),
        (D("1234.5"), "JPY", "en_GB", "¥1,235"),  # no minor unit, half-up
        (D("-3.005"), "EUR", "en_GB", "-€3.01"),
        (D("-3.005"), "EUR", "pt_PT", "-3,01 €"),
        (D("-0.004"), "EUR", "en_GB", "€0.00"),  # never "-€0.00"
        (45, "eur", "en_GB", "€45.00"),
    ],
)
def test_format_money(amount: Decimal, currency: str, locale: str, expected: str) -> None:
    assert format_money(amount, currency, locale) == expected


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (D("2.675"), "€2.68"),  # as a float this would be 2.67499999... -> 2.67
        (D("0.005"), "€0.01"),
        (D("0.004"), "€0.00"),
        (D("1.015"), "€1.02"),
        (D("10.125"), "€10.13"),
        (D("0.1") + D("0.2"), "€0.30"),
    ],
)
def test_money_rounds_half_up(amount: Decimal, expected: str) -> None:
    assert format_money(amount, "EUR", "en_GB") == expected


def test_money_refuses_floats_and_nonsense() -> None:
    with pytest.raises(TypeError):
        format_money(45.0, "EUR", "en_GB")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_money(True, "EUR", "en_GB")
    with pytest.raises(ValueError):
        format_money(D("NaN"), "EUR", "en_GB")


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en-GB", "€1,234.50"),
        ("pt_PT.UTF-8", "1234,50 €"),
        ("pt", "1234,50 €"),
        ("de_LU", "1.234,50 €"),  # an unlisted region uses its language
        ("xx_YY", "€1,234.50"),  # unknown: British English
        ("", "€1,234.50"),
    ],
)
def test_locale_spellings(locale: str, expected: str) -> None:
    assert format_money(D("1234.5"), "EUR", locale) == expected


def test_numbers_and_percentages() -> None:
    assert format_int(12345, "en_GB") == "12,345"
    assert format_int(12345, "de_DE") == "12.345"
    assert format_int(-1234, "en_GB") == "-1,234"
    assert format_percent(D("23.00")) == "23%"
    assert format_percent(D("6.50")) == "6.5%"
    assert format_percent(D("6.50"), "pt_PT") == "6,5%"
    assert format_percent(D("0")) == "0%"


def test_dates_and_times_in_the_gyms_zone() -> None:
    summer = dt.datetime(2026, 7, 14, 17, 5, tzinfo=UTC)
    winter = dt.datetime(2026, 1, 14, 17, 5, tzinfo=UTC)

    assert format_datetime(summer, "Europe/Lisbon", "en_GB") == "14/07/2026 18:05"
    assert format_datetime(winter, "Europe/Lisbon", "en_GB") == "14/01/2026 17:05"
    assert format_datetime(summer, "Europe/Berlin", "de_DE") == "14.07.2026 19:05"
    assert format_datetime(summer, "America/New_York", "en_US") == "07/14/2026 1:05 PM"
    # A typo in the settings prints UTC rather than stopping the sale.
    assert format_datetime(summer, "Europe/Atlantis", "en_GB") == "14/07/2026 17:05"
    assert format_date(dt.date(2026, 3, 4), "sv_SE") == "2026-03-04"
    with pytest.raises(ValueError, match="timezone-aware"):
        format_datetime(dt.datetime(2026, 7, 14, 17, 5), "Europe/Lisbon")


def test_fonts_are_registered_once() -> None:
    from reportlab.pdfbase import pdfmetrics

    assert register_fonts() == ("DejaVuSans", "DejaVuSans-Bold")
    font = pdfmetrics.getFont("DejaVuSans")
    assert register_fonts() == ("DejaVuSans", "DejaVuSans-Bold")
    assert pdfmetrics.getFont("DejaVuSans") is font
