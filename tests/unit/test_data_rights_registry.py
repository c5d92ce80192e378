"""The member-data registry is complete: a table that points at members cannot be forgotten."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text

from fitmate_desktop.models import Base
from fitmate_desktop.services.data_rights import (
    EraseAction,
    MemberKeys,
    MemberTable,
    register_member_data,
    registered_tables,
)
from fitmate_desktop.services.data_rights.registry import erase_plan, scrub_value


def _points_at_members(table: Table) -> bool:
    return any(fk.column.table.name == "trainees" for fk in table.foreign_keys)


def test_every_table_with_a_foreign_key_to_trainees_is_registered() -> None:
    registered = {e.name for e in registered_tables()}
    pointing = {t.name for t in Base.metadata.sorted_tables if _points_at_members(t)}
    assert pointing, "the check must see the member tables"
    missing = sorted(pointing - registered)
    assert missing == [], (
        f"{missing} point at trainees but are not registered for members' data rights: "
        "add a register_member_data(...) in services/data_rights/domains.py"
    )


def test_the_member_and_the_money_are_kept_and_the_rest_has_a_rule() -> None:
    rules = {e.name: e.erase for e in registered_tables()}
    assert rules["trainees"] is EraseAction.ANONYMISE
    for kept in ("payments", "memberships", "attendance", "pt_sessions"):
        assert rules[kept] in (EraseAction.ANONYMISE, EraseAction.KEEP), kept
    for gone in ("member_photos", "measurements", "progress_photos", "trainer_messages"):
        assert rules[gone] is EraseAction.DELETE, gone
    plan = [e.name for e in erase_plan()]
    # The audit redaction reads the name from the member's row, so it goes first, the row last;
    # children go before the rows they point at.
    assert plan[0] == "audit_log" and plan[-1] == "trainees"
    assert plan.index("workouts") < plan.index("workout_plans")
    assert plan.index("progress_measurements") < plan.index("measurements")


def test_a_table_is_registered_once_and_only_with_columns_it_has() -> None:
    trainees = next(e for e in registered_tables() if e.name == "trainees")
    with pytest.raises(ValueError, match="already registered"):
        register_member_data(trainees)
    table = Table(
        "locker_rentals",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("trainee_id", Integer, ForeignKey("trainees.id")),
        Column("note", Text),
    )
    with pytest.raises(ValueError, match="no such columns"):
        register_member_data(
            MemberTable(
                table=table,
                domain="x",
                label="Lockers",
                erase=EraseAction.ANONYMISE,
                scrub=("notes",),
            )
        )


def test_scrubbing_replaces_the_member_in_text_and_json_whatever_the_case() -> None:
    keys = MemberKeys(
        member_id=42,
        member_code="FM000042",
        user_id=None,
        personal_strings=("Ana Silva", "ana@x.pt", "Silva", "+351 912"),
    )
    assert scrub_value("Refund to ANA SILVA (ana@x.pt)", keys) == (
        "Refund to Erased member 42 (Erased member 42)"
    )
    assert scrub_value({"lines": [{"d": "Locker, Ana Silva"}], "n": 3}, keys) == {
        "lines": [{"d": "Locker, Erased member 42"}],
        "n": 3,
    }
    assert scrub_value(None, keys) is None
    assert scrub_value("nothing personal", keys) == "nothing personal"
