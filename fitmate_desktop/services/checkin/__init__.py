"""The front door: scan -> verdict (green, amber, red) -> visit, check-out, who is in the gym now.

An allowed check-in is three round trips to the server: the pool's ping, one statement that
reads everything the verdict needs, and one statement that writes the visit (with the
class-pack visit, the trainer's notice and the NOTIFY) and commits. The database's partial
unique index (one open visit per member) is the final word when two desks scan the same
member at the same instant; the loser is told "already checked in". Every check-in and
check-out is announced on ``fitmate_presence`` so every desk's "In the gym now" updates within
a second.

    codes.py       what a scanner typed -> a member code, or a clean "not a member code"
    assessment.py  the one statement that reads the facts, and the rules that judge them
    writes.py      the one-statement writes (check-in, check-out)
    scan.py        check_in: the scan, start to end
    visits.py      check-out from the list, undo, who is in now, closing-time sweep
    results.py     the dataclasses the desk shows, and their wording
"""

from fitmate_desktop.services.checkin.codes import MAX_CODE_LENGTH, normalise_member_code
from fitmate_desktop.services.checkin.results import (
    CheckInResult,
    MemberCard,
    Presence,
    PresentVisit,
    Reason,
)
from fitmate_desktop.services.checkin.scan import (
    CLOCK_SKEW,
    OLDEST_QUEUED_SCAN,
    RESCAN_GRACE,
    check_in,
)
from fitmate_desktop.services.checkin.visits import (
    UNDO_WINDOW,
    check_out,
    close_stale_visits,
    present_now,
    undo_check_in,
)

__all__ = [
    "CLOCK_SKEW",
    "MAX_CODE_LENGTH",
    "OLDEST_QUEUED_SCAN",
    "RESCAN_GRACE",
    "UNDO_WINDOW",
    "CheckInResult",
    "MemberCard",
    "Presence",
    "PresentVisit",
    "Reason",
    "check_in",
    "check_out",
    "close_stale_visits",
    "normalise_member_code",
    "present_now",
    "undo_check_in",
]
