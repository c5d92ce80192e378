"""The benchmark database: 100,000 demo members in an embedded cluster under ``.bench/``.

Generating it takes a couple of minutes, so it is kept between runs. What it was built from
(schema head, generator version, size, seed) is written on the database itself
(``COMMENT ON DATABASE``), so data and marker cannot part ways; it is rebuilt from scratch
when any of them differs, or when asked (``--regenerate``).
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from typing import Any

from psycopg import sql
from sqlalchemy import create_engine, pool, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from benchmarks.registry import REPO, Bench

BENCH_DIR = REPO / ".bench"
SEED = 42


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


@dataclass
class Prepared:
    """The configured benchmark database, and how long generating it took (if it was)."""

    bench: Bench
    generated_s: float | None


def _database_name(members: int) -> str:
    return "fitmate_bench" if members == 100_000 else f"fitmate_bench_{members}"


def _read_marker(url: str) -> dict[str, Any] | None:
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            raw = conn.scalar(
                text(
                    "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
                    "WHERE datname = current_database()"
                )
            )
    except OperationalError:  # no such database yet
        return None
    finally:
        engine.dispose()
    try:
        return dict(json.loads(raw)) if raw else None
    except ValueError:
        return None


def _write_marker(url: str, marker: dict[str, Any]) -> None:
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        raw = engine.raw_connection()
        try:
            conn = raw.driver_connection
            conn.execute(  # type: ignore[union-attr]
                sql.SQL("COMMENT ON DATABASE {} IS {}").format(
                    sql.Identifier(make_url(url).database or ""), sql.Literal(json.dumps(marker))
                )
            )
            conn.commit()  # type: ignore[union-attr]
        finally:
            raw.close()
    finally:
        engine.dispose()


def prepare(server_url: str, *, members: int, regenerate: bool) -> Prepared:
    """Make sure the benchmark data exists and is current; configure it as the process DB."""
    from fitmate_desktop.db.embedded import create_database, drop_database
    from fitmate_desktop.db.engine import configure_database
    from fitmate_desktop.services.demo_data import GENERATOR_VERSION, generate
    from fitmate_desktop.services.schema import schema_status, upgrade_to_head

    name = _database_name(members)
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    wanted = {"generator": GENERATOR_VERSION, "members": members, "seed": SEED}
    marker = _read_marker(url)
    head = schema_status(url).head if marker is not None else None
    current = (
        marker is not None
        and head == marker.get("head")
        and all(marker.get(k) == v for k, v in wanted.items())
    )
    generated_s = None
    if regenerate or not current:
        why = "asked to" if regenerate else ("none yet" if marker is None else "out of date")
        _say(f"bench: generating {members:,} demo members into {name} ({why}) ...")
        drop_database(server_url, name)
        create_database(server_url, name)
        upgrade_to_head(url)
        configure_database(url, workstation="bench")
        started = time.perf_counter()
        result = generate(members=members, seed=SEED, progress=lambda line: _say(f"  {line}"))
        generated_s = time.perf_counter() - started
        marker = {
            **wanted,
            "head": schema_status(url).head,
            "seconds": round(generated_s, 1),
            "visits": result.visits,
            "payments": result.payments,
            "memberships": result.memberships,
        }
        _write_marker(url, marker)
    else:
        configure_database(url, workstation="bench")
    assert marker is not None
    sizes = {
        "members": members,
        "visits": int(marker["visits"]),
        "payments": int(marker["payments"]),
        "memberships": int(marker["memberships"]),
    }
    return Prepared(Bench(url=url, members=members, sizes=sizes), generated_s)


def start_server() -> Any:
    """The benchmark cluster (started, or joined if another run has it up)."""
    from fitmate_desktop.db.embedded import EmbeddedServer

    server = EmbeddedServer(BENCH_DIR / "pg")
    server.start()
    return server
