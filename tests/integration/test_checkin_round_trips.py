"""How many times the desk waits on the server for a scan, counted on the wire (libpq trace).

Not a timing: the number of round trips is the same on any machine, and an allowed check-in
must stay within three (the pool's ping, the one read, the one write that commits).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from benchmarks.wire import WireTrace
from fitmate_desktop.db.engine import configure_database, current_database
from fitmate_desktop.services import checkin
from fitmate_desktop.services.actor import Actor
from tests.integration.factories import give_membership, make_member, make_plan, open_all_week

TODAY = dt.date.today()


@pytest.fixture
def trace() -> Iterator[WireTrace]:
    """A fresh engine whose every connection can be traced; the session's put back after."""
    original = current_database()
    database = configure_database(
        original.url, embedded=original.embedded, workstation=original.workstation
    )
    try:
        yield WireTrace(database.engine)
    finally:
        configure_database(
            original.url, embedded=original.embedded, workstation=original.workstation
        )


def _members(count: int, *, start: int = -5, end: int = 25) -> list[str]:
    open_all_week()
    plan = make_plan()
    codes = []
    for n in range(count):
        code = f"FM{n + 1:06d}"
        give_membership(
            make_member(f"Member {n}", code=code),
            plan,
            start=TODAY + dt.timedelta(days=start),
            end=TODAY + dt.timedelta(days=end),
        )
        codes.append(code)
    return codes


def test_an_allowed_check_in_is_three_round_trips(reception: Actor, trace: WireTrace) -> None:
    codes = _members(3)
    checkin.check_in(codes[0], actor=reception)  # opens the pool's connection
    with trace.measure() as wire:
        result = checkin.check_in(codes[1], actor=reception)
    assert result.outcome == "checked_in"
    assert wire.round_trips == 3, wire.sent
    with trace.measure() as wire:
        again = checkin.check_in(codes[1], actor=reception)
    assert again.outcome == "already_in"
    assert wire.round_trips == 2, wire.sent


def test_a_refusal_is_two_round_trips_and_an_exit_three(reception: Actor, trace: WireTrace) -> None:
    [expired] = _members(1, start=-40, end=-2)
    checkin.check_in(expired, actor=reception)
    with trace.measure() as wire:
        result = checkin.check_in(expired, actor=reception)
    assert result.outcome == "refused"
    assert wire.round_trips == 2, wire.sent
