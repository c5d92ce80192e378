"""Amounts as people type them: exact cents, never floats, never negative or absurd."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from fitmate_desktop.services.errors import ValidationError

CENT = Decimal("0.01")
MAX_PRICE = Decimal("100000")


def parse_money(value: str | Decimal | int, *, field: str = "amount") -> Decimal:
    """A user's amount -> Decimal with cents; refuses negatives, absurd values, and floats."""
    if isinstance(value, float):
        raise ValidationError(field, "Amounts must be exact (not floating point).")
    text = str(value).strip().replace("€", "").replace(" ", "")
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError(field, "Enter an amount like 39.90.") from None
    if not amount.is_finite():
        raise ValidationError(field, "Enter an amount like 39.90.")
    if amount < 0:
        raise ValidationError(field, "The amount cannot be negative.")
    if amount > MAX_PRICE:
        raise ValidationError(field, f"The amount is too large (over {MAX_PRICE:,}).")
    if amount != amount.quantize(CENT):
        raise ValidationError(field, "Use at most two decimals (cents).")
    return amount.quantize(CENT)
