"""Words for statuses, and dates, times and money in the gym's way."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal

import pytest

from fitmate_desktop.gui.format import Formatter
from fitmate_desktop.gui.status import member_status_look

pytestmark = pytest.mark.no_db


@pytest.mark.parametrize(
    ("status", "days_left", "text", "tone"),
    [
        ("active", 40, "Active", "ok"),
        ("expiring", 3, "Ends in 3 days", "warn"),
        ("expiring", 1, "Ends tomorrow", "warn"),
        ("expiring", 0, "Ends today", "warn"),
        ("expired", -3, "Expired 3 days ago", "bad"),
        ("expired", -45, "Expired 6 weeks ago", "bad"),
        ("expired", -313, "Expired 10 months ago", "bad"),
        ("expired", -800, "Expired 2 years ago", "bad"),
        ("expired", None, "Expired", "bad"),
        ("frozen", 20, "Frozen", "info"),
        ("unpaid", 10, "Unpaid", "bad"),
        ("cancelled", None, "Cancelled", "muted"),
        ("none", None, "No membership", "muted"),
    ],
)
def test_every_status_has_words_an_icon_and_a_tone(
    status: str, days_left: int | None, text: str, tone: str
) -> None:
    look = member_status_look(status, days_left)
    assert (look.text, look.tone) == (text, tone)
    assert look.icon.startswith("status-")
    assert look.tooltip


def test_relative_times_in_the_gyms_zone() -> None:
    fmt = Formatter(locale="en_IE", timezone="Europe/Dublin", currency="EUR")
    now = dt.datetime(2026, 3, 10, 18, 0, tzinfo=dt.UTC)
    assert fmt.relative(now - dt.timedelta(seconds=20), now) == "just now"
    assert fmt.relative(now - dt.timedelta(minutes=12), now) == "12 min ago"
    assert fmt.relative(now - dt.timedelta(hours=3), now) == "today 15:00"
    assert fmt.relative(now - dt.timedelta(days=1), now) == "yesterday 18:00"
    assert fmt.relative(now - dt.timedelta(days=3), now) == "3 days ago"
    assert "March 2026" in fmt.exact_datetime(now)


def test_counts_and_money_use_the_locale() -> None:
    fmt = Formatter(locale="en_IE", timezone="UTC", currency="EUR")
    assert fmt.count(2314, "member") == "2,314 members"
    assert fmt.count(1, "member") == "1 member"
    assert fmt.money(Decimal("45")) == "€45.00"
    assert (
        fmt.duration(
            dt.datetime(2026, 1, 1, 7, 0, tzinfo=dt.UTC),
            dt.datetime(2026, 1, 1, 8, 12, tzinfo=dt.UTC),
        )
        == "1 h 12 min"
    )


def test_an_unknown_time_zone_falls_back_to_utc() -> None:
    assert Formatter(timezone="Mars/Olympus").tz == dt.UTC


def test_cold_start_shows_the_window_and_prints_nothing(tmp_path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        FITMATE_EXIT_AFTER_SHOW="1",
        FITMATE_DATA_DIR=str(tmp_path),
        FITMATE_CONFIG=str(tmp_path / "none.toml"),
    )
    env.pop("FITMATE_DATABASE_URL", None)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from fitmate_desktop.app import main\n"
            "code = main([])\n"
            "heavy = sorted(m for m in ('sqlalchemy', 'pyqtgraph', 'reportlab', "
            "'fitmate_desktop.models') if m in sys.modules)\n"
            "assert not heavy, heavy\n"
            "raise SystemExit(code)\n",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr == ""
