"""Hostile scanner input at the door: "not a member code", and nothing written."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import func, select

from fitmate_desktop.models import Attendance, AuditLog, Notification
from fitmate_desktop.services import checkin
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import NotFound, ValidationError
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import give_membership, make_member, make_plan, open_all_week
from tests.unit.test_member_codes import HOSTILE

TODAY = dt.date.today()


def _written() -> tuple[int, int, int]:
    with unit_of_work() as uow:
        s = uow.session
        return (
            int(s.scalar(select(func.count()).select_from(Attendance)) or 0),
            int(s.scalar(select(func.count()).select_from(Notification)) or 0),
            int(s.scalar(select(func.count()).select_from(AuditLog)) or 0),
        )


@pytest.fixture
def member() -> int:
    open_all_week()
    member = make_member("Ana Silva", code="FM000123")
    give_membership(
        member, make_plan(), start=TODAY - dt.timedelta(days=5), end=TODAY + dt.timedelta(days=25)
    )
    return member


NOTHING = {"empty": "", "spaces": "   ", "CRLF": "\r\n"}


@pytest.mark.parametrize("raw", [*HOSTILE.values(), *NOTHING.values()], ids=[*HOSTILE, *NOTHING])
def test_hostile_input_is_refused_cleanly_and_writes_nothing(
    reception: Actor, member: int, raw: str
) -> None:
    before = _written()
    with pytest.raises((ValidationError, NotFound)) as caught:
        checkin.check_in(raw, actor=reception, override_reason="Let them in")
    message = str(caught.value)
    assert not [ch for ch in message if unicodedata.category(ch).startswith("C")]
    assert len(message) < 160
    assert _written() == before


def test_a_code_that_is_well_formed_but_unknown_is_not_found(reception: Actor, member: int) -> None:
    before = _written()
    with pytest.raises(NotFound, match="No member has the code FM999999"):
        checkin.check_in(" fm999999\r\n", actor=reception)
    assert _written() == before


@pytest.mark.parametrize(
    "raw", ["FM000123\r", "FM000123\n", "FM000123\r\n", "FM000123\t", "  FM000123  ", "\tFM000123"]
)
def test_a_valid_code_with_whitespace_around_it_checks_in(
    reception: Actor, member: int, raw: str
) -> None:
    result = checkin.check_in(raw, actor=reception)
    assert result.outcome == "checked_in" and result.member.id == member
