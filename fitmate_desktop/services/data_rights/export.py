"""Export everything held about one member as one zip: data.json, summary.pdf and files/."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import io
import json
import uuid
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import LargeBinary, select
from sqlalchemy.orm import Session

from fitmate_desktop.documents.common import (
    DocumentError,
    format_date,
    format_datetime,
    format_money,
    payment_method_label,
)
from fitmate_desktop.documents.member_export import (
    ExportSection,
    MemberExportData,
    render_member_export,
)
from fitmate_desktop.models import Trainee, User
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.data_rights.registry import (
    MemberKeys,
    MemberTable,
    picture_file,
    registered_tables,
)
from fitmate_desktop.services.documents import gym_header
from fitmate_desktop.services.errors import NotFound, ServiceError
from fitmate_desktop.services.uow import unit_of_work

FORMAT = "fitmate-member-export"
FORMAT_VERSION = 1
PDF_ROWS_PER_SECTION = 40  # the PDF is for reading; data.json has every row

_EXT = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


@dataclass(frozen=True)
class ExportedSection:
    """How many rows of one kind went into the archive."""

    key: str  # the table
    label: str
    rows: int


@dataclass(frozen=True)
class MemberExport:
    """The archive, ready to save: a suggested file name, its bytes, and what is in it."""

    member_id: int
    member_code: str
    file_name: str
    archive: bytes
    sections: tuple[ExportedSection, ...]
    files: tuple[str, ...]


def member_keys(session: Session, member: Trainee) -> MemberKeys:
    """The member's ids and the personal strings that may sit in free text elsewhere."""
    strings = [member.full_name, member.email, member.phone]
    if member.user_id is not None:
        account = session.get(User, member.user_id)
        if account is not None:
            strings += [account.full_name, account.email, account.phone]
    return MemberKeys(
        member_id=member.id,
        member_code=member.member_code,
        user_id=member.user_id,
        personal_strings=tuple(s for s in strings if s),
    )


def _json_value(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)  # money stays exact: "39.90", never 39.9
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    return value


class _Archive:
    """Collects the files of the zip while the sections are read."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.files: dict[str, bytes] = {}

    def add(self, name: str, content: bytes) -> dict[str, Any]:
        self.files[name] = content
        return {"file": name, "bytes": len(content), "sha256": hashlib.sha256(content).hexdigest()}


def _rows(
    session: Session, entry: MemberTable, keys: MemberKeys, archive: _Archive
) -> list[dict[str, Any]]:
    table = entry.table
    names = entry.columns()
    order = [table.c[c] for c in entry.order_by]
    result = session.execute(
        select(*(table.c[n] for n in names)).where(entry.where(keys)).order_by(*order)
    )
    out: list[dict[str, Any]] = []
    for n, row in enumerate(result.mappings(), start=1):
        item: dict[str, Any] = {}
        ident = row.get("id", row.get("trainee_id", n))
        for name in names:
            value = row[name]
            if isinstance(table.c[name].type, LargeBinary) and value is not None:
                ext = _EXT.get(str(row.get("mime_type") or ""), ".bin")
                item[name] = archive.add(f"files/{table.name}/{ident}{ext}", bytes(value))
            else:
                item[name] = _json_value(value)
        if entry.file_path_column and row.get(entry.file_path_column):
            # A photo kept in the gym's photo store goes in too, when this desk can read it
            # and it is a picture (never whatever other file a row might name).
            path = picture_file(str(row[entry.file_path_column]))
            content = _read(path) if path is not None else None
            item["file_in_archive"] = (
                archive.add(f"files/{table.name}/{ident}{path.suffix.lower()}", content)
                if path is not None and content is not None
                else None
            )
        out.append(item)
    return out


_HEADINGS = {
    "mime_type": "Type",
    "weight_kg": "Weight (kg)",
    "body_fat_pct": "Body fat (%)",
    "waist_cm": "Waist (cm)",
    "duration_minutes": "Minutes",
    "accuracy_pct": "Plan followed (%)",
    "membership_type": "Type",
    "receipt_number": "Receipt",
    "created_at": "When",
    "scheduled_start": "When",
    "from_trainer": "From the trainer",
    "generator_version": "Made by",
}


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _heading(column: str) -> str:
    return _HEADINGS.get(column) or column.replace("_json", "").replace("_", " ").capitalize()


def _cell(value: Any, row: dict[str, Any], column: str, tz: str, locale: str) -> str:
    if value is None:
        return "—"
    if column in ("amount", "price") and row.get("currency"):
        return format_money(Decimal(str(value)), str(row["currency"]), locale)
    if column == "method":
        return payment_method_label(str(value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and len(value) >= 10:
        try:
            if len(value) == 10:
                return format_date(dt.date.fromisoformat(value), locale)
            moment = dt.datetime.fromisoformat(value)
            if moment.tzinfo is not None:
                return format_datetime(moment, tz, locale)
        except ValueError:
            pass
    text = str(value)
    return text if len(text) <= 160 else text[:157] + "…"


_PROFILE = (
    ("Name", "full_name"),
    ("Member code", "member_code"),
    ("Email", "email"),
    ("Phone", "phone"),
    ("Date of birth", "date_of_birth"),
    ("Gender", "gender"),
    ("Address", "address"),
    ("Emergency contact", "emergency_contact_name"),
    ("Emergency phone", "emergency_contact_phone"),
    ("Health conditions", "health_conditions"),
    ("Fitness goal", "fitness_goal"),
    ("Target weight (kg)", "target_weight_kg"),
    ("Notes", "notes"),
    ("Joined", "joined_on"),
    ("Erased", "erased_at"),
)


def export_member_data(*, actor: Actor, member_id: int) -> MemberExport:
    """Everything held about one member, as one zip archive; audited.

    Admins only: the archive gathers health notes, messages and trainers' notes of one person
    in one file, so it is produced in the office, not at a desk (the desk takes the request).
    """
    actor.require(Permission.MEMBERS_EXPORT, doing="export a member's personal data")
    with unit_of_work() as uow:
        session = uow.session
        member = session.get(Trainee, member_id)
        if member is None:
            raise NotFound("This member no longer exists.")
        keys = member_keys(session, member)
        header = gym_header(session)
        root = f"member-{member.member_code}"
        archive = _Archive(root)
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "generated_at": now.isoformat(),
            "member_id": member.id,
            "member_code": member.member_code,
            "sections": {},
        }
        sections: list[ExportedSection] = []
        pdf_sections: list[ExportSection] = []
        profile: dict[str, Any] = {}
        for entry in registered_tables():
            if not entry.export:
                continue
            rows = _rows(session, entry, keys, archive)
            data["sections"][entry.name] = {
                "label": entry.label,
                "domain": entry.domain,
                "rows": rows,
            }
            sections.append(ExportedSection(entry.name, entry.label, len(rows)))
            if entry.name == "trainees":
                profile = rows[0] if rows else {}
                continue
            pdf_sections.append(_pdf_section(entry, rows, header.timezone, header.locale))
        pdf = _render(actor, member, header, now, profile, pdf_sections)
        archive.add("summary.pdf", pdf)
        payload = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
        archive.add("data.json", payload.encode("utf-8"))
        blob = _zip(archive)
        audit.record(
            session,
            actor=actor,
            action="member.export",
            entity_type="member",
            entity_id=member.id,
            # Counts only: the audit row must not become a second copy of the export.
            after={"sections": {s.key: s.rows for s in sections}, "bytes": len(blob)},
        )
        uow.commit()
    return MemberExport(
        member_id=member_id,
        member_code=keys.member_code,
        file_name=f"{root}-personal-data-{now.date().isoformat()}.zip",
        archive=blob,
        sections=tuple(sections),
        files=tuple(sorted(n for n in archive.files if n.startswith("files/"))),
    )


def _pdf_section(
    entry: MemberTable, rows: list[dict[str, Any]], tz: str, locale: str
) -> ExportSection:
    columns = entry.summary or tuple(entry.columns()[:4])
    shown = tuple(
        tuple(_cell(row.get(c), row, c, tz, locale) for c in columns)
        for row in rows[:PDF_ROWS_PER_SECTION]
    )
    files = sum(1 for r in rows for v in r.values() if isinstance(v, dict) and "file" in v)
    where = f"files/{entry.name}/ of this archive"
    note = None
    if files == 1:
        note = f"The file itself is in {where}."
    elif files:
        note = f"The {files} files themselves are in {where}."
    return ExportSection(
        label=entry.label,
        count=len(rows),
        headings=tuple(_heading(c) for c in columns),
        rows=shown,
        note=note,
    )


def _render(
    actor: Actor,
    member: Trainee,
    header: Any,
    now: dt.datetime,
    profile: dict[str, Any],
    sections: list[ExportSection],
) -> bytes:
    values = tuple(
        (label, _cell(profile.get(key), profile, key, header.timezone, header.locale))
        for label, key in _PROFILE
        if key != "erased_at" or profile.get(key)
    )
    try:
        return render_member_export(
            MemberExportData(
                gym=header,
                member_name=member.full_name,
                member_code=member.member_code,
                generated_at=now,
                prepared_by=actor.full_name,
                profile=values,
                sections=tuple(sections),
            )
        )
    except DocumentError as err:
        raise ServiceError(f"The summary PDF could not be made: {err}") from err


def _zip(archive: _Archive) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in ("data.json", "summary.pdf"):
            zf.writestr(f"{archive.root}/{name}", archive.files[name])
        for name in sorted(n for n in archive.files if n.startswith("files/")):
            zf.writestr(f"{archive.root}/{name}", archive.files[name])
    return buffer.getvalue()
