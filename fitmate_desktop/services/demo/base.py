"""What every section of the demo generator writes through: the clock, the seeded streams,
COPY, and a few small helpers (VAT, ASCII folding, a stateless hash, JSON text)."""

from __future__ import annotations

import datetime as dt
import json
import random
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import psycopg
from psycopg import Connection, Cursor, sql
from psycopg.pq import Format
from psycopg.types.json import set_json_dumps

from fitmate_desktop.services.demo.reference import CENT, HISTORY_DAYS, UTC, VAT, ZONE

ProgressFn = Callable[[str], None]


def vat_of(gross: Decimal) -> Decimal:
    """The VAT included in a gross amount (prices are shown with VAT)."""
    return (gross * VAT / (100 + VAT)).quantize(CENT, ROUND_HALF_UP)


_ASCII_EXTRA = str.maketrans({"ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L"})


def ascii_fold(text: str) -> str:
    """'Siobhán Ó Briain' -> 'siobhan o briain' (for email addresses)."""
    text = text.translate(_ASCII_EXTRA)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def mix(*values: int) -> int:
    """A cheap deterministic hash (splitmix64) for choices that must not consume a stream."""
    x = 0x9E3779B97F4A7C15
    for v in values:
        x = (x ^ (v & 0xFFFFFFFFFFFFFFFF)) * 0xBF58476D1CE4E5B9 & 0xFFFFFFFFFFFFFFFF
        x = (x ^ (x >> 31)) * 0x94D049BB133111EB & 0xFFFFFFFFFFFFFFFF
    return x ^ (x >> 29)


def phone_number(rng: random.Random, templates: Sequence[str]) -> str:
    """A number as people type it at the desk: "+351 912 345 678"."""
    template = rng.choice(templates)
    digits = iter(str(rng.randrange(10**20)).zfill(20))
    return "".join(next(digits) if ch == "#" else ch for ch in template)


def _json_passthrough(value: Any) -> str:
    return value if isinstance(value, str) else json_text(value)


def json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


class Clock:
    """Local (Lisbon) day + minute -> UTC timestamp, cached per day (DST changes at night)."""

    def __init__(self, now: dt.datetime, days_back: int) -> None:
        self.now = now.astimezone(UTC)
        local = now.astimezone(ZONE)
        self.today = local.date().toordinal()
        self.now_minute = local.hour * 60 + local.minute
        self.now_key = self.today * 1440 + self.now_minute
        self.first = self.today - days_back - 400  # room for hire dates, purchases, etc.
        self._bases: dict[int, dt.datetime] = {}
        self.minutes = [dt.timedelta(minutes=m) for m in range(1440 * 2)]

    def base(self, ordinal: int) -> dt.datetime:
        """UTC instant of local midnight of the day ``ordinal``."""
        base = self._bases.get(ordinal)
        if base is None:
            day = dt.date.fromordinal(ordinal)
            noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=ZONE)
            offset = noon.utcoffset() or dt.timedelta(0)
            base = dt.datetime(day.year, day.month, day.day, tzinfo=UTC) - offset
            self._bases[ordinal] = base
        return base

    def at(self, key: int) -> dt.datetime:
        """A minute key (ordinal * 1440 + local minute) as a UTC datetime."""
        return self.base(key // 1440) + self.minutes[key % 1440]


class Loader:
    """One run: the cursor, the clock, the seeded streams and the running counts.

    Each domain module's ``write_*`` function writes through it; what a later section needs
    from an earlier one (the site, plan and package ids, the PT purchases, the receipt
    counters) is kept here.
    """

    def __init__(
        self, conn: Connection[Any], members: int, seed: int, now: dt.datetime, progress: ProgressFn
    ) -> None:
        self.conn = conn
        self.cur: Cursor[Any] = conn.cursor()
        # JSON columns get text we serialised already (f-strings are cheaper than json.dumps).
        set_json_dumps(_json_passthrough, context=self.cur)
        self.n = members
        self.seed = seed
        self.clock = Clock(now, HISTORY_DAYS)
        self.today = self.clock.today
        self.say = progress
        self.counts: dict[str, int] = {}
        self.ids: dict[str, int] = {}
        self.site_id = 0
        self.trainer_count = min(40, max(12, round(members / 2500)))
        self.capacity = 80
        self.plan_ids: list[int] = []  # gym: one per reference.PLANS
        self.package_ids: list[int] = []  # gym: one per reference.PACKAGES
        self.purchases: list[tuple[int, int, int]] = []  # billing: PT packages sold
        self.receipts: dict[str, int] = {}  # billing: the last number of each series

    def rng(self, section: str) -> random.Random:
        # String seeds are hashed with SHA-512: stable across runs and Python processes.
        return random.Random(f"fitmate-demo:{self.seed}:{section}")

    def next_id(self, table: str) -> int:
        """The id after the table's largest (the table is normally empty)."""
        if table not in self.ids:
            self.cur.execute(
                sql.SQL("SELECT coalesce(max(id), 0) FROM {}").format(sql.Identifier(table))
            )
            self.ids[table] = int(self.cur.fetchone()[0])  # type: ignore[index]
        self.ids[table] += 1
        return self.ids[table]

    def copy(
        self,
        table: str,
        columns: Sequence[str],
        rows: Iterable[Sequence[Any]],
        *,
        binary: bool = True,
    ) -> int:
        """Stream ``rows`` into ``table`` with COPY; returns how many were written.

        Binary COPY costs the client a tenth of the text format's CPU (measured: 0.4 against
        3.3 s per million visits), so it is used whenever every column's type has a binary
        dumper; Python values must then match the column types exactly (Decimal for numeric).
        """
        started = time.perf_counter()
        types = self._binary_types(table, columns) if binary else None
        stmt = sql.SQL("COPY {} ({}) FROM STDIN{}").format(
            sql.Identifier(table),
            sql.SQL(", ").join(map(sql.Identifier, columns)),
            sql.SQL(" (FORMAT BINARY)" if types else ""),
        )
        count = 0
        with self.cur.copy(stmt) as copy:
            if types:
                copy.set_types(types)
            write = copy.write_row
            for row in rows:
                write(row)
                count += 1
        self.counts[table] = self.counts.get(table, 0) + count
        elapsed = time.perf_counter() - started
        if count >= 1000:
            rate = f", {count / elapsed:,.0f} rows/s" if elapsed > 0 else ""
            self.say(f"  {table}: {count:,} rows in {elapsed:.1f} s{rate}")
        return count

    def _binary_types(self, table: str, columns: Sequence[str]) -> list[int] | None:
        """The columns' type OIDs, or None if one of them has no binary dumper."""
        self.cur.execute(
            "SELECT attname, atttypid::int FROM pg_attribute "
            "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
            (table,),
        )
        oids = dict(self.cur.fetchall())
        types = [int(oids[c]) for c in columns]
        try:
            for oid in types:
                self.cur.adapters.get_dumper_by_oid(oid, Format.BINARY)
        except psycopg.ProgrammingError:
            return None
        return types

    def insert_returning(self, table: str, values: dict[str, Any]) -> Any:
        stmt = sql.SQL("INSERT INTO {} ({}) VALUES ({}) RETURNING id").format(
            sql.Identifier(table),
            sql.SQL(", ").join(map(sql.Identifier, values)),
            sql.SQL(", ").join(sql.Placeholder() * len(values)),
        )
        self.cur.execute(stmt, list(values.values()))
        return self.cur.fetchone()[0]  # type: ignore[index]

    def at(self, ordinal: int, minute: int) -> dt.datetime:
        return self.clock.at(ordinal * 1440 + minute)

    def date(self, ordinal: int) -> dt.date:
        return dt.date.fromordinal(ordinal)
