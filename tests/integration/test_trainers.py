"""The trainer picker (``services.trainers``) and the PT packages (``services.pt_packages``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from fitmate_desktop.models import PTPackage, Trainer, User
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import PermissionDenied
from fitmate_desktop.services.pt_packages import list_pt_packages
from fitmate_desktop.services.trainers import TrainerChoice, list_trainers
from fitmate_desktop.services.uow import unit_of_work


def _trainer(name: str, *, active: bool = True, archived: bool = False, user_active: bool = True):
    with unit_of_work() as uow:
        user = User(
            email=f"{name.split()[0].lower()}@coach.test",
            full_name=name,
            role="TRAINER",
            is_active=user_active,
        )
        uow.session.add(user)
        uow.flush()
        trainer = Trainer(
            user_id=user.id,
            is_active=active,
            bank_iban="PT50000201231234567890154",
            health_notes="private",
            deleted_at=dt.datetime.now(dt.UTC) if archived else None,
        )
        uow.session.add(trainer)
        uow.flush()
        trainer_id = trainer.id
        uow.commit()
        return trainer_id


def test_lists_working_trainers_by_name_with_id_and_name_only(reception: Actor) -> None:
    zoe = _trainer("Zoe Walsh")
    isabel = _trainer("isabel Santos")
    _trainer("Left Already", archived=True)
    _trainer("On Sabbatical", active=False)
    _trainer("Account Closed", user_active=False)

    trainers = list_trainers(actor=reception)

    assert trainers == (
        TrainerChoice(id=isabel, name="isabel Santos"),
        TrainerChoice(id=zoe, name="Zoe Walsh"),
    )
    # Nothing but the id and the name: no bank or health data reaches the desk.
    assert [f.name for f in dataclasses.fields(TrainerChoice)] == ["id", "name"]


def test_an_empty_gym_has_no_trainers(reception: Actor) -> None:
    assert list_trainers(actor=reception) == ()


def test_trainers_need_the_members_view_permission(reception: Actor) -> None:
    nobody = dataclasses.replace(reception, permissions=frozenset())
    with pytest.raises(PermissionDenied):
        list_trainers(actor=nobody)


def test_pt_packages_lists_active_ones_cheapest_first(reception: Actor) -> None:
    with unit_of_work() as uow:
        uow.session.add_all(
            [
                PTPackage(name="10 sessions", sessions_count=10, validity_days=90, price=300),
                PTPackage(name="5 sessions", sessions_count=5, validity_days=60, price=160),
                PTPackage(
                    name="Old offer", sessions_count=3, validity_days=30, price=90, is_active=False
                ),
            ]
        )
        uow.commit()
    packages = list_pt_packages(actor=reception)
    assert [(p.name, p.price, p.sessions_count) for p in packages] == [
        ("5 sessions", Decimal("160.00"), 5),
        ("10 sessions", Decimal("300.00"), 10),
    ]
    with pytest.raises(PermissionDenied):
        list_pt_packages(actor=dataclasses.replace(reception, permissions=frozenset()))


def test_the_trainer_list_works_on_a_desk_database_login(reception: Actor, db_url: str) -> None:
    """A desk's login may not read trainers' bank or health columns: the list never asks."""
    import uuid

    from sqlalchemy.engine import make_url

    from fitmate_desktop.db.engine import configure_database, current_database
    from fitmate_desktop.services import dbroles

    coach = _trainer("Isabel Santos")
    dbroles.create_database_roles()
    name = f"desk_{uuid.uuid4().hex[:8]}"
    dbroles.create_login(name=name, password="front-desk-login-2026", kind="desk")
    desk_url = (
        make_url(db_url)
        .set(username=name, password="front-desk-login-2026")
        .render_as_string(hide_password=False)
    )
    owner_url = current_database().url
    configure_database(desk_url, workstation="test-desk")
    try:
        assert list_trainers(actor=reception) == (TrainerChoice(id=coach, name="Isabel Santos"),)
    finally:
        configure_database(owner_url, workstation="test-desk")
