"""What every printed document needs from the database: the gym's letterhead."""

from __future__ import annotations

from sqlalchemy.orm import Session

from fitmate_desktop.documents.common import GymHeader
from fitmate_desktop.models import AdminSettings


def gym_header(session: Session) -> GymHeader:
    """The letterhead of receipts, cash-ups, cards and payslips, from the gym's settings."""
    s = session.get(AdminSettings, 1)
    if s is None:
        return GymHeader(
            name="FitMate", address=None, phone=None, email=None, tax_id=None,
            logo_path=None, footer=None, timezone="UTC", locale="en_GB",
        )  # fmt: skip
    return GymHeader(
        name=s.gym_name,
        address=s.address,
        phone=s.phone,
        email=s.email,
        tax_id=s.tax_id,
        logo_path=s.logo_path,
        footer=s.receipt_footer,
        timezone=s.timezone,
        locale=s.locale,
    )
