"""The registry of member data: which tables hold something about a member, and what to do
with each on an export or an erasure.

One ``register_member_data(MemberTable(...))`` per table, written by the domain that owns it
(see ``domains.py``). A domain built later adds its own line; a test checks that every table
with a foreign key to ``trainees`` is registered, so none can be forgotten.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Table


class EraseAction(StrEnum):
    """What an erasure does to a registered table's rows for the member."""

    DELETE = "delete"  # the rows go (photos, measurements, messages, logs, reports)
    ANONYMISE = "anonymise"  # the rows stay (money, visits), personal columns replaced
    KEEP = "keep"  # nothing personal in them: kept as they are
    CUSTOM = "custom"  # the registration's own ``erase_hook`` (the audit log's redaction)


@dataclass(frozen=True)
class MemberKeys:
    """Who is being exported or erased: the ids that link rows, and the personal strings that
    may sit in free text (names in descriptions, reasons, notification titles)."""

    member_id: int
    member_code: str
    user_id: int | None
    personal_strings: tuple[str, ...]

    @property
    def anonymous_name(self) -> str:
        return f"Erased member {self.member_id}"


Value = object | Callable[[MemberKeys], object]
ERASED_TEXT = "(erased)"


@dataclass(frozen=True)
class MemberTable:
    """One table's part in a member's data.

    - ``link``: the rows that belong to the member (default ``trainee_id = member``).
    - ``export_columns``: what the export writes (default: every column but ``export_exclude``);
      binary columns become files in the archive, ``file_path_column`` files are copied in when
      they can be read (and deleted from disk by an erasure).
    - ``summary``: the few columns the readable PDF shows for each row.
    - ``anonymise``: column -> new value (or a function of the member) for ANONYMISE;
      ``scrub``: text/JSON columns kept but with the member's name, email and phone replaced.
    - ``erase_order``: lower first, so children go before their parents.
    """

    table: Table
    domain: str
    label: str
    erase: EraseAction
    link: Callable[[Table, MemberKeys], ColumnElement[bool]] | None = None
    export: bool = True
    export_columns: tuple[str, ...] | None = None
    export_exclude: tuple[str, ...] = ()
    summary: tuple[str, ...] = ()
    order_by: tuple[str, ...] = ("id",)
    anonymise: Mapping[str, Value] = field(default_factory=dict)
    scrub: tuple[str, ...] = ()
    file_path_column: str | None = None
    erase_order: int = 100
    erase_hook: Callable[[Any, MemberKeys], int] | None = None
    why: str = ""  # one line for the erasure dialog: why kept / what happens

    @property
    def name(self) -> str:
        return self.table.name

    def where(self, keys: MemberKeys) -> ColumnElement[bool]:
        if self.link is not None:
            return self.link(self.table, keys)
        return self.table.c.trainee_id == keys.member_id

    def columns(self) -> list[str]:
        if self.export_columns is not None:
            return list(self.export_columns)
        return [c.name for c in self.table.columns if c.name not in self.export_exclude]


_REGISTRY: dict[str, MemberTable] = {}


def register_member_data(entry: MemberTable) -> MemberTable:
    """Add a table to the member-data registry (once per table; a second one is a mistake)."""
    if entry.name in _REGISTRY:
        raise ValueError(f"{entry.name} is already registered for members' data rights")
    if entry.erase is EraseAction.CUSTOM and entry.erase_hook is None:
        raise ValueError(f"{entry.name}: a custom erasure needs an erase_hook")
    unknown = (
        set(entry.anonymise) | set(entry.scrub) | set(entry.summary) | set(entry.order_by)
    ) - set(entry.table.columns.keys())
    if unknown:
        raise ValueError(f"{entry.name}: no such columns {sorted(unknown)}")
    _REGISTRY[entry.name] = entry
    return entry


def registered_tables() -> tuple[MemberTable, ...]:
    """Every registration, in export order (the order they were registered)."""
    return tuple(_REGISTRY.values())


def erase_plan() -> tuple[MemberTable, ...]:
    """The registrations in the order an erasure works through them."""
    return tuple(sorted(_REGISTRY.values(), key=lambda e: e.erase_order))


# ------------------------------------------------------------------------------ scrubbing


def _pattern(keys: MemberKeys) -> re.Pattern[str] | None:
    needles = sorted({s.strip() for s in keys.personal_strings if len(s.strip()) >= 3}, key=len)
    if not needles:
        return None
    # Longest first, so "Ana Silva" is replaced whole rather than leaving "Silva" behind.
    return re.compile("|".join(re.escape(n) for n in reversed(needles)), re.IGNORECASE)


def scrub_value(value: Any, keys: MemberKeys) -> Any:
    """``value`` with the member's name, email and phone replaced, inside JSON too."""
    pattern = _pattern(keys)
    if pattern is None:
        return value
    return _scrub(value, pattern, keys.anonymous_name)


def _scrub(value: Any, pattern: re.Pattern[str], replacement: str) -> Any:
    if isinstance(value, str):
        return pattern.sub(replacement, value)
    if isinstance(value, list):
        return [_scrub(v, pattern, replacement) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, pattern, replacement) for k, v in value.items()}
    return value


# ------------------------------------------------------------------------------ photo files

# A path in the database is only a claim: whatever a desk wrote into a row, an export run in
# the office copies, and an erasure deletes, picture files and nothing else.
PICTURE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".webp", ".heic", ".gif", ".bmp", ".tif", ".tiff"}
)
PICTURE_MAX_BYTES = 50 * 1024 * 1024


def picture_file(name: str) -> Path | None:
    """``name`` as a path if it is a plain picture file (not a link, not huge), else None."""
    path = Path(name)
    try:
        if (
            path.suffix.lower() in PICTURE_SUFFIXES
            and not path.is_symlink()
            and path.is_file()
            and path.stat().st_size <= PICTURE_MAX_BYTES
        ):
            return path
    except OSError:
        return None
    return None
