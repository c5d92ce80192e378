"""What a scan answers: the verdict, the member's card, the reasons — and their wording.

Plain frozen dataclasses (the GUI's contract). The headline says the most important reason
once; ``CheckInResult.other_reasons`` lists the rest, so the card never says a thing twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reason:
    """Why a verdict is amber or red: a code for the program, words for the desk."""

    code: str
    message: str


@dataclass(frozen=True)
class MemberCard:
    """What the verdict card shows about the member."""

    id: int
    full_name: str
    member_code: str
    photo_path: str | None
    plan_name: str | None
    status: str
    days_left: int | None
    membership_end: dt.date | None
    visits_this_week: int
    health_conditions: str | None
    visits_left: int | None = None  # class packs: visits left after this scan; None otherwise


@dataclass(frozen=True)
class CheckInResult:
    """The verdict of one scan and what was written (if anything)."""

    outcome: str  # checked_in | checked_out | already_in | refused
    verdict: str  # green | amber | red
    headline: str
    member: MemberCard
    reasons: tuple[Reason, ...] = ()
    actions: tuple[str, ...] = ()  # take_payment | renew | override
    visit_id: int | None = None
    checked_in_at: dt.datetime | None = None
    checked_out_at: dt.datetime | None = None
    overridden: bool = False
    # The code of the reason the headline gives (None: the headline gives none).
    headline_reason: str | None = None

    @property
    def other_reasons(self) -> tuple[Reason, ...]:
        """The reasons the headline does not already say (the card lists these, once each)."""
        if self.headline_reason is not None:
            return tuple(r for r in self.reasons if r.code != self.headline_reason)
        return tuple(r for r in self.reasons if r.message not in self.headline)


@dataclass(frozen=True)
class PresentVisit:
    """One line of "In the gym now"."""

    visit_id: int
    member_id: int
    full_name: str
    member_code: str
    checked_in_at: dt.datetime
    verdict: str


@dataclass(frozen=True)
class Presence:
    """Who is in the gym now, against the capacity of the current opening-hours slot."""

    site_id: int
    count: int
    capacity: int | None
    slot_label: str | None
    visits: tuple[PresentVisit, ...] = field(default_factory=tuple)


# ---------------------------------------------------------------------------- wording


def days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def visits(n: int) -> str:
    return "1 visit" if n == 1 else f"{n} visits"


def first_name(card: MemberCard) -> str:
    parts = card.full_name.split()
    return parts[0] if parts else card.full_name


def next_actions(red: list[Reason]) -> tuple[str, ...]:
    """What the desk can do about a refusal, in the order the buttons show."""
    codes = {r.code for r in red}
    actions: list[str] = []
    if codes & {"unpaid"}:
        actions.append("take_payment")
    if codes & {"expired", "no_membership", "cancelled", "no_visits_left"}:
        actions.append("renew")
    actions.append("override")
    return tuple(actions)


def refused(card: MemberCard, red: list[Reason], amber: list[Reason]) -> CheckInResult:
    return CheckInResult(
        outcome="refused",
        verdict="red",
        headline=f"Not checked in — {red[0].message}",
        member=card,
        reasons=tuple(red + amber),
        actions=next_actions(red),
        headline_reason=red[0].code,
    )


def checked_in(
    card: MemberCard,
    red: list[Reason],
    amber: list[Reason],
    *,
    visit_id: int,
    checked_in_at: dt.datetime,
) -> CheckInResult:
    if red:
        verdict, said = "red", red[0]
        headline = f"Checked in anyway — {said.message}"
    elif amber:
        verdict, said = "amber", amber[0]
        headline = f"Checked in — {said.message}"
    else:
        verdict, said = "green", None
        headline = f"Welcome, {first_name(card)}"
    return CheckInResult(
        outcome="checked_in",
        verdict=verdict,
        headline=headline,
        member=card,
        reasons=tuple(red + amber),
        visit_id=visit_id,
        checked_in_at=checked_in_at,
        overridden=bool(red),
        headline_reason=said.code if said else None,
    )


def stay(minutes: int | None) -> str:
    minutes = minutes or 0
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


def existing_visit(
    card: MemberCard,
    *,
    visit_id: int,
    checked_in_at: dt.datetime,
    checked_out_at: dt.datetime | None,
    duration_minutes: int | None,
    clock: str,
) -> CheckInResult:
    """The result for a visit already there: "checked out" if it is closed, else "already in"."""
    if checked_out_at is not None:
        return CheckInResult(
            outcome="checked_out",
            verdict="green",
            headline=f"Goodbye, {first_name(card)} — {stay(duration_minutes)}",
            member=card,
            visit_id=visit_id,
            checked_in_at=checked_in_at,
            checked_out_at=checked_out_at,
        )
    return CheckInResult(
        outcome="already_in",
        verdict="amber",
        headline=f"{first_name(card)} is already checked in (since {clock})",
        member=card,
        visit_id=visit_id,
        checked_in_at=checked_in_at,
    )
