"""The gym's own settings every service needs: its name, time zone, currency and today's date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from fitmate_desktop.models import AdminSettings


@dataclass(frozen=True)
class GymProfile:
    """What screens need to show names, dates and money the gym's way."""

    name: str
    timezone: str
    currency: str
    locale: str

    @property
    def zone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo("UTC")

    def today(self) -> dt.date:
        return dt.datetime.now(self.zone).date()

    def day_bounds(self, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        """The gym's ``day`` as [midnight, next midnight) in its own time zone."""
        start = dt.datetime.combine(day, dt.time(), tzinfo=self.zone)
        return start, start + dt.timedelta(days=1)


def load_gym_profile(session: Session) -> GymProfile:
    row = session.execute(
        select(
            AdminSettings.gym_name,
            AdminSettings.timezone,
            AdminSettings.currency,
            AdminSettings.locale,
        ).where(AdminSettings.id == 1)
    ).first()
    if row is None:
        return GymProfile("FitMate", "UTC", "EUR", "en_GB")
    return GymProfile(*row)
