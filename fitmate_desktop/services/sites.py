"""Sites and workstations: a desk belongs to one gym of the chain (usually the only one)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from fitmate_desktop.models import GymSite, Workstation
from fitmate_desktop.services.errors import ValidationError
from fitmate_desktop.services.text import quoted

DEFAULT_SITE_CODE = "main"


def workstation_site_id(session: Session, *, workstation: str, site_code: str | None) -> int:
    """The site of this desk; registers the desk on first use (in site_code or the first site)."""
    site_id = session.scalar(select(Workstation.site_id).where(Workstation.name == workstation))
    if site_id is not None and site_code is None:
        return site_id
    if site_code is not None:
        wanted = session.scalar(select(GymSite.id).where(GymSite.code == site_code))
        if wanted is None:
            raise ValidationError(
                "site", f"There is no gym site with the code {quoted(site_code)}."
            )
    else:
        wanted = session.scalar(select(GymSite.id).order_by(GymSite.id).limit(1))
        if wanted is None:
            raise ValidationError("site", "No gym site is set up in this database.")
    stmt = insert(Workstation).values(
        name=workstation, site_id=wanted, last_seen_at=dt.datetime.now(dt.UTC)
    )
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=[Workstation.name],
            set_={"site_id": wanted, "last_seen_at": stmt.excluded.last_seen_at},
        )
    )
    return wanted
