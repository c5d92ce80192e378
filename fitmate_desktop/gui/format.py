"""Numbers, dates, times and money in the gym's locale, time zone and currency.

Relative where it helps ("in 3 days", "12 min ago"); the exact value goes in a tooltip
(``exact_datetime``) so it is there on hover.
"""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime, timedelta, tzinfo
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale, QTime

_CURRENCY_SYMBOLS = {
    "EUR": "€",
    "USD": "$",
    "GBP": "£",
    "JPY": "¥",
    "INR": "₹",
    "CHF": "CHF",
    "PLN": "zł",
    "SEK": "kr",
    "NOK": "kr",
    "DKK": "kr",
    "AUD": "A$",
    "CAD": "C$",
    "BRL": "R$",
}


class Formatter:
    """Formats values for one gym; created once per signed-in session."""

    def __init__(
        self, *, locale: str = "en_GB", timezone: str = "UTC", currency: str = "EUR"
    ) -> None:
        self.locale = QLocale(locale.replace("-", "_")) if locale else QLocale()
        try:
            self.tz: tzinfo = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            # An unknown zone name (or no tz database on this machine) must not stop the desk.
            self.tz = UTC
        self.currency = currency

    # -- numbers -------------------------------------------------------------------------------

    def integer(self, value: int) -> str:
        """``2314`` -> ``2,314`` (or ``2.314``, ``2 314`` depending on the locale)."""
        return self.locale.toString(int(value))

    def count(self, value: int, singular: str, plural: str | None = None) -> str:
        """``2,314 members``, ``1 member``."""
        noun = singular if value == 1 else (plural or singular + "s")
        return f"{self.integer(value)} {noun}"

    def money(self, amount: Decimal, currency: str | None = None) -> str:
        """``€45.00``. Money stays Decimal everywhere; only the text is made here."""
        code = currency or self.currency
        symbol = _CURRENCY_SYMBOLS.get(code, code)
        quantized = Decimal(amount).quantize(Decimal("0.01"))
        # QLocale formats doubles; two decimals of a quantized Decimal survive that exactly.
        return self.locale.toCurrencyString(float(quantized), symbol, 2)

    # -- dates and times -----------------------------------------------------------------------

    def local(self, moment: datetime) -> datetime:
        """A timestamp in the gym's time zone (naive values are taken as UTC)."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(self.tz)

    def now(self) -> datetime:
        """Now, in the gym's time zone."""
        return datetime.now(self.tz)

    def today(self) -> dt.date:
        """Today's date at the gym."""
        return self.now().date()

    def date(self, day: dt.date) -> str:
        """``3 Mar 2026`` in the locale's short-month form."""
        qdate = QDate(day.year, day.month, day.day)
        return self.locale.toString(qdate, "d MMM yyyy")

    def long_date(self, day: dt.date) -> str:
        """``Tuesday 3 March 2026``."""
        return self.locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )

    def time(self, moment: datetime) -> str:
        """``07:12`` (the locale's short time)."""
        local = self.local(moment)
        return self.locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)

    def exact_datetime(self, moment: datetime) -> str:
        """The full timestamp for tooltips: ``Tuesday 3 March 2026, 07:12``."""
        local = self.local(moment)
        return f"{self.long_date(local.date())}, {self.time(local)}"

    def relative(self, moment: datetime, now: datetime | None = None) -> str:
        """``just now``, ``12 min ago``, ``3 h ago``, ``yesterday 18:04``, ``3 days ago``."""
        now = self.local(now) if now is not None else self.now()
        local = self.local(moment)
        delta = now - local
        if delta < timedelta(0):
            return self.time(local) if local.date() == now.date() else self.date(local.date())
        if delta < timedelta(minutes=1):
            return "just now"
        if delta < timedelta(hours=1):
            return f"{int(delta.total_seconds() // 60)} min ago"
        if local.date() == now.date():
            return f"today {self.time(local)}"
        days = (now.date() - local.date()).days
        if days == 1:
            return f"yesterday {self.time(local)}"
        if days < 14:
            return f"{days} days ago"
        if days < 60:
            return f"{days // 7} weeks ago"
        return self.date(local.date())

    def days_until(self, day: dt.date) -> str:
        """``today``, ``tomorrow``, ``in 3 days``, ``yesterday``, ``3 days ago``."""
        days = (day - self.today()).days
        if days == 0:
            return "today"
        if days == 1:
            return "tomorrow"
        if days == -1:
            return "yesterday"
        if days > 1:
            return f"in {days} days"
        return f"{-days} days ago"

    def duration(self, start: datetime, end: datetime) -> str:
        """``1 h 12 min``, ``45 min``."""
        minutes = max(0, int((end - start).total_seconds() // 60))
        hours, minutes = divmod(minutes, 60)
        if hours:
            return f"{hours} h {minutes:02d} min"
        return f"{minutes} min"

    def age(self, born: dt.date) -> int:
        """Age in whole years today."""
        today = self.today()
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
