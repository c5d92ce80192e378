"""The Members panel's CSV export: every member matching the search, in the list's order.

The rows come from ``members.export_members`` (page after page, each its own transaction, under
the same trainer rule as the list), so an export never holds the whole table in memory. The
file is written beside the target as ``.part`` and renamed at the end: a cancelled or failed
export leaves no half-written file under the name chosen.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path

from fitmate_desktop.services.members import MemberRow

EXPORT_BATCH = 500
EXPORT_HEADINGS = (
    "Code",
    "Name",
    "Phone",
    "Email",
    "Status",
    "Plan",
    "Days left",
    "Last visit",
    "Membership end",
    "Member since",
)


def csv_line(row: MemberRow) -> list[object]:
    """One member as a CSV line (ISO dates, which every spreadsheet reads)."""
    return [
        row.member_code,
        row.full_name,
        row.phone or "",
        row.email or "",
        row.status,
        row.plan_name or "",
        "" if row.days_left is None else row.days_left,
        row.last_visit_at.isoformat(timespec="minutes") if row.last_visit_at else "",
        row.membership_end.isoformat() if row.membership_end else "",
        row.joined_on.isoformat() if row.joined_on else "",
    ]


def write_members_csv(
    path: Path, rows: Iterable[MemberRow], *, cancelled: Callable[[], bool]
) -> int:
    """Write ``rows`` to ``path``; stop (and leave nothing) once ``cancelled()``. The count."""
    written = 0
    tmp = path.with_suffix(path.suffix + ".part")
    with tmp.open("w", newline="", encoding="utf-8-sig") as fh:  # BOM: Excel reads UTF-8
        writer = csv.writer(fh)
        writer.writerow(EXPORT_HEADINGS)
        for row in rows:
            if cancelled():
                break
            writer.writerow(csv_line(row))
            written += 1
    if cancelled():
        tmp.unlink(missing_ok=True)
    else:
        tmp.replace(path)
    return written


def suggested_name(query: str, *, own_only: bool) -> str:
    """``members.csv``, ``members-murphy.csv``, ``my-trainees.csv`` for a trainer."""
    stem = "my-trainees" if own_only else "members"
    if not query:
        return f"{stem}.csv"
    slug = "".join(c if c.isalnum() else "-" for c in query.lower()).strip("-")[:40] or "search"
    return f"{stem}-{slug}.csv"
