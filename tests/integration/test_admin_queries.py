"""Service helpers of the admin panels: every settings problem at once, the audit's entity types."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from fitmate_desktop.services import accounts, audit, settings
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import PermissionDenied, ValidationError


def test_settings_problems_lists_every_wrong_field_and_saves_nothing(admin: Actor) -> None:
    current = settings.get_settings(actor=admin)
    assert settings.settings_problems(settings=current) == {}
    bad = replace(
        current,
        gym_name=" ",
        email="x@",
        timezone="Mars/Olympus",
        currency="EURO",
        tax_rate=Decimal("101"),
        backup_schedule="daily",
        backup_dir="",
    )
    problems = settings.settings_problems(settings=bad)
    assert set(problems) == {
        "gym_name",
        "email",
        "timezone",
        "currency",
        "tax_rate",
        "backup_dir",
    }
    assert problems["backup_dir"] == "Choose a folder for the backups."
    # save_settings still refuses with the first of them, and changes nothing.
    with pytest.raises(ValidationError) as err:
        settings.save_settings(actor=admin, settings=bad)
    assert err.value.field == "gym_name"
    assert settings.get_settings(actor=admin) == current


def test_a_relative_backup_folder_and_a_missing_logo_are_named(admin: Actor) -> None:
    current = settings.get_settings(actor=admin)
    problems = settings.settings_problems(
        settings=replace(current, backup_dir="backups", logo_path="/no/such/logo.png")
    )
    assert problems == {
        "backup_dir": "Give the full path of the backup folder.",
        "logo_path": "The logo file cannot be found on this desk.",
    }


def test_audit_entity_types_are_the_distinct_types_sorted(admin: Actor) -> None:
    accounts.unlock_account(actor=admin, user_id=admin.user_id)
    current = settings.get_settings(actor=admin)
    settings.save_settings(actor=admin, settings=replace(current, gym_name="Harbour Gym"))
    types = audit.audit_entity_types(actor=admin)
    assert types == tuple(sorted(set(types)))
    assert {"settings", "user"} <= set(types)


def test_reception_may_not_list_audit_entity_types(reception: Actor) -> None:
    with pytest.raises(PermissionDenied):
        audit.audit_entity_types(actor=reception)


def test_the_audit_log_pages_newest_first_with_a_keyset(admin: Actor) -> None:
    for _ in range(5):
        accounts.unlock_account(actor=admin, user_id=admin.user_id)
    first = audit.list_audit(actor=admin, limit=2)
    assert len(first.entries) == 2 and first.next_before_id == first.entries[-1].id
    second = audit.list_audit(actor=admin, limit=2, before_id=first.next_before_id)
    assert [e.id for e in second.entries] == [first.entries[-1].id - 1, first.entries[-1].id - 2]
    seen = [e.id for e in first.entries + second.entries]
    rest = audit.list_audit(actor=admin, limit=100, before_id=second.next_before_id)
    assert rest.next_before_id is None
    seen += [e.id for e in rest.entries]
    assert seen == sorted(seen, reverse=True) and len(seen) == len(set(seen))
