"""Benchmark: how long one receipt PDF takes once the process is warm (budget: under 30 ms).

``receipt_pdf_ms()`` renders a first receipt (font parsing, logo decoding: paid once per
process, not counted), then ~200 receipts with realistic, varied data, and returns the 95th
percentile in milliseconds. It prints nothing; the benchmarks runner prints the figures.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from fitmate_desktop.documents.common import GymHeader
from fitmate_desktop.documents.receipt import ReceiptData, ReceiptLine, render_receipt

RECEIPTS = 200

_NAMES = (
    "João Gonçalves",
    "Zoë Müller",
    "Siobhán Ó Briain",
    "Łukasz Żółć",
    "Σοφία Παπαδοπούλου",
    "Дмитрий Иванов",
    "Ana Silva",
    "Marie-Claire Dubois",
    "Ahmed Ben Salah",
    "Björn Ångström",
)
_ITEMS = (
    ("Monthly membership — Standard", Decimal("35.00")),
    ("Annual membership — Premium (12 months)", Decimal("420.00")),
    ("Day pass", Decimal("8.00")),
    ("Personal training — pack of 10 sessions", Decimal("250.00")),
    ("Towel rental", Decimal("1.50")),
    ("Protein shake", Decimal("3.20")),
    ("Locker (monthly)", Decimal("10.00")),
    ("Registration fee", Decimal("15.00")),
)
_METHODS = ("cash", "card", "card", "card", "transfer", "other")
_STAFF = ("Ana Costa", "Rui Martins", "Inês Carvalho")


def _logo(folder: Path) -> str:
    """A gym logo as gyms have them: a 512 px PNG with transparency."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (512, 512), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((16, 16, 496, 496), fill=(31, 78, 121, 255))
    draw.rectangle((150, 230, 362, 282), fill="white")
    path = folder / "logo.png"
    image.save(path)
    return str(path)


def _receipts(logo: str, count: int) -> list[ReceiptData]:
    rng = random.Random(2026)  # same receipts every run, so runs compare
    gym = GymHeader(
        name="FitMate Gym Alvalade",
        address="Avenida da Igreja 42\n1700-239 Lisboa, Portugal",
        phone="+351 21 123 4567",
        email="desk@fitmate.example",
        tax_id="PT509876543",
        logo_path=logo,
        footer="Thank you for training with us! Prices include VAT at 23%.",
        timezone="Europe/Lisbon",
        locale="en_GB",
    )
    start = dt.datetime(2026, 3, 2, 7, 0, tzinfo=dt.UTC)
    receipts = []
    for n in range(count):
        lines = []
        for description, price in rng.sample(_ITEMS, rng.randint(1, 4)):
            quantity = rng.choice((1, 1, 1, 2, 3))
            lines.append(ReceiptLine(description, quantity, price, price * quantity))
        total = sum((line.amount for line in lines), Decimal("0"))
        tax = (total - total / Decimal("1.23")).quantize(Decimal("0.01"), ROUND_HALF_UP)
        method = rng.choice(_METHODS)
        refund = rng.random() < 0.05
        receipts.append(
            ReceiptData(
                gym=gym,
                receipt_number=f"{'CR' if refund else 'R'}-2026-{n + 1:06d}",
                issued_at=start + dt.timedelta(minutes=7 * n),
                member_name=rng.choice(_NAMES),
                member_code=f"M-{rng.randint(1, 99999):06d}",
                lines=tuple(lines),
                total=total,
                tax_rate=Decimal("23.00"),
                tax_amount=tax,
                currency="EUR",
                method=method,
                provider_reference=f"pi_{rng.getrandbits(64):016x}" if method == "card" else None,
                staff_name=rng.choice(_STAFF),
                workstation="Reception 1",
                is_refund=refund,
                refund_of_number=f"R-2026-{max(1, n - 3):06d}" if refund else None,
                refund_reason="Charged twice" if refund else None,
            )
        )
    return receipts


def receipt_pdf_ms() -> list[tuple[str, float, str]]:
    """p95 of rendering one receipt PDF, warm, over ~200 realistic receipts: [(name, ms, unit)]."""
    with tempfile.TemporaryDirectory(prefix="fitmate-bench-") as folder:
        receipts = _receipts(_logo(Path(folder)), RECEIPTS + 1)
        render_receipt(receipts[0])  # first call: font parsing and logo decoding, once a process
        timings = []
        for receipt in receipts[1:]:
            started = time.perf_counter()
            render_receipt(receipt)
            timings.append((time.perf_counter() - started) * 1000)
    p95 = statistics.quantiles(timings, n=100, method="inclusive")[94]
    return [("receipt_pdf_ms", round(p95, 2), "ms")]
