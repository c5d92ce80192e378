"""Dates as people type them into the member form (the locale's order, any separator)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QLocale


def date_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year (``dd/MM/yyyy`` in en_GB)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def parse_date(text: str, locale: QLocale) -> dt.date | None:
    """A date typed the way people type them: ``24/06/1980``, ``24.6.1980``, ``24 6 80``,
    ``24061980`` (day and month in the locale's order) or ``1980-06-24``.

    Empty text is None; anything that is not a real date raises ValueError.
    """
    text = text.strip()
    if not text:
        return None
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
    pattern = date_format(locale)
    order = sorted("dMy", key=pattern.find)  # e.g. ['d', 'M', 'y'] for en_GB
    if re.fullmatch(r"\d{8}", text):
        widths = {"d": 2, "M": 2, "y": 4}
        parts, at = [], 0
        for key in order:
            parts.append(text[at : at + widths[key]])
            at += widths[key]
    else:
        parts = re.split(r"[./\-\s]+", text)
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    values = dict(zip(order, (int(p) for p in parts), strict=True))
    year = values["y"]
    if year < 100:
        # Two digits: the most recent year with those digits that is not in the future.
        this_year = dt.date.today().year
        year += (this_year // 100) * 100
        if year > this_year:
            year -= 100
    return dt.date(year, values["M"], values["d"])
