"""Migrations from empty to head, back to base, and no drift between models and migrations."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, inspect, text

from fitmate_desktop.db.embedded import create_database, drop_database
from fitmate_desktop.models import SEED_ENTITIES, Base
from fitmate_desktop.services.schema import (
    check_no_drift,
    downgrade_to_base,
    schema_status,
    upgrade_to_head,
)

pytestmark = pytest.mark.no_db


@pytest.fixture
def empty_db(db_url: str) -> Iterator[str]:
    name = "fitmate_migration_test"
    drop_database(db_url, name)
    url = create_database(db_url, name)
    yield url
    drop_database(db_url, name)


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgrade_from_empty_downgrade_to_base_and_no_drift(empty_db: str) -> None:
    assert schema_status(empty_db).current is None
    upgrade_to_head(empty_db)
    status = schema_status(empty_db)
    assert status.up_to_date and status.current == status.head
    assert {t.name for t in Base.metadata.sorted_tables} <= _tables(empty_db)
    check_no_drift(empty_db)  # raises on drift (alembic check)

    downgrade_to_base(empty_db)
    assert _tables(empty_db) <= {"alembic_version"}
    upgrade_to_head(empty_db)
    check_no_drift(empty_db)


def test_all_32_seed_entities_have_tables_and_money_is_numeric(db_url: str) -> None:
    assert len(SEED_ENTITIES) == 32
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            money = conn.execute(
                text(
                    "SELECT table_name, column_name, data_type, numeric_precision, numeric_scale "
                    "FROM information_schema.columns WHERE table_schema = 'public' AND "
                    "column_name IN ('amount', 'price', 'base_salary', 'refund_amount')"
                )
            ).all()
            times = conn.execute(
                text(
                    "SELECT table_name, column_name FROM information_schema.columns "
                    "WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'"
                )
            ).all()
            cascades = conn.execute(
                text("SELECT conname FROM pg_constraint WHERE contype = 'f' AND confdeltype = 'c'")
            ).all()
    finally:
        engine.dispose()
    assert money and all(r[2] == "numeric" and (r[3], r[4]) == (12, 2) for r in money)
    assert times == [], "every timestamp must be timestamptz"
    assert cascades == [], "nothing may be cascaded away"
