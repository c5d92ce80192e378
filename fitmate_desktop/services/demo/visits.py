"""Six months of visits, day by day, in check-in order; a handful still open right now."""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Iterator
from itertools import accumulate
from typing import Any

from fitmate_desktop.services.demo.base import Loader
from fitmate_desktop.services.demo.people import Member
from fitmate_desktop.services.demo.reference import OPEN_VISITS_MAX, VISIT_DAYS, VISITS_PER_MEMBER
from fitmate_desktop.services.demo.staff import Staff


def write_visits(load: Loader, members: list[Member], staff: Staff) -> None:
    """Six months of visits, day by day, in check-in order; a handful open right now.

    Each day's count follows the members who may visit that day (their membership covers
    it and is not frozen), the weekday and the season; who comes is drawn by each member's
    habit (visits per week). The total is scaled to ``VISITS_PER_MEMBER`` per member.
    """
    started = time.perf_counter()
    first_id = load.next_id("attendance") - 1
    count = load.copy("attendance", _VISIT_COLUMNS, _visit_rows(load, members, staff, first_id))
    load.ids["attendance"] = first_id + count
    load.say(f"Visits: {count:,} ({time.perf_counter() - started:.1f} s)")


def _visit_rows(
    load: Loader, members: list[Member], staff: Staff, visit_id: int
) -> Iterator[tuple[Any, ...]]:
    rng = load.rng("visits")
    clock = load.clock
    today, now_minute = load.today, clock.now_minute
    first_day = today - VISIT_DAYS + 1
    n = len(members)
    site = load.site_id
    first_member = members[0].id
    cov_start = [m.cov_start for m in members]
    cov_end = [m.cov_end for m in members]
    flagged = bytes(1 if m.health < 0.05 else 0 for m in members)
    offpeak = [i for i, m in enumerate(members) if m.offpeak]
    is_offpeak = bytearray(n)
    for i in offpeak:
        is_offpeak[i] = 1
    passes: dict[int, list[int]] = {}
    diff = [0.0] * (VISIT_DAYS + 1)
    for i, m in enumerate(members):
        for day in m.daypasses:
            if first_day <= day <= today:
                passes.setdefault(day, []).append(i)
        lo, hi = max(m.cov_start, first_day), min(m.cov_end, today)
        if lo <= hi:
            diff[lo - first_day] += m.freq
            diff[hi - first_day + 1] -= m.freq
    active = list(accumulate(diff))
    weekday_factor = (1.15, 1.12, 1.05, 1.0, 0.88, 0.7, 0.55)
    season = (0, 1.2, 1.1, 1.05, 1.0, 0.95, 0.9, 0.85, 0.7, 1.05, 1.05, 1.0, 0.85)
    dates = [dt.date.fromordinal(first_day + d) for d in range(VISIT_DAYS)]
    factors = [weekday_factor[d.weekday()] * season[d.month] for d in dates]
    expected = sum(a * f for a, f in zip(active, factors, strict=False)) / 7
    scale = VISITS_PER_MEMBER * n / expected if expected else 0.0
    weights = [m.freq for m in members]
    cum = list(accumulate(weights))
    total = cum[-1]
    population = range(n)
    minutes = clock.minutes
    durations = _durations()
    tables = _minute_tables()
    close = (1380, 1200)  # 23:00 on weekdays, 20:00 at weekends
    desks = staff.desks
    stations = ("Reception 1", "Reception 2")
    open_left = min(OPEN_VISITS_MAX, load.capacity - 1)
    overrides = (
        "Paid at the desk after the scan",
        "Manager override: renewal agreed by phone",
        "Card forgotten, identity checked",
    )
    for d in range(VISIT_DAYS):
        day = first_day + d
        weekend = dates[d].weekday() >= 5
        target = int(active[d] * factors[d] / 7 * scale * (0.92 + 0.16 * rng.random()))
        chosen: list[int] = []
        if target > 0:
            draws = int(target * total / active[d] * 1.15) + 16
            seen: set[int] = set()
            for i in rng.choices(population, cum_weights=cum, k=draws):
                if cov_start[i] <= day <= cov_end[i] and i not in seen:
                    seen.add(i)
                    chosen.append(i)
                    if len(chosen) == target:
                        break
        chosen += passes.get(day, ())
        if not chosen:
            continue
        values, cw = tables[weekend]
        times = rng.choices(values, cum_weights=cw, k=len(chosen))
        off = [j for j, i in enumerate(chosen) if is_offpeak[i]]
        if off:
            off_values, off_cw = tables[2 + weekend]
            for j, minute in zip(off, rng.choices(off_values, cum_weights=off_cw, k=len(off)),
                                 strict=True):  # fmt: skip
                times[j] = minute
        lengths = rng.choices(durations, k=len(chosen))
        day_close = close[weekend]
        base = clock.base(day)
        for minute, i, length in sorted(zip(times, chosen, lengths, strict=True)):
            if day == today and minute > now_minute:
                break
            checked_in = base + minutes[minute]
            roll = rng.random()
            auto = False
            if day == today and minute + length > now_minute:
                if open_left <= 0:
                    continue
                open_left -= 1
                checked_out, length_or_none = None, None
            elif roll < 0.02:  # forgot to check out: closed at closing time by the program
                auto = True
                length_or_none = day_close - minute
                checked_out = base + minutes[day_close]
            else:
                length_or_none = min(length, day_close - minute)
                checked_out = checked_in + minutes[length_or_none]
            verdict, reason = "green", None
            if flagged[i] or 0.02 <= roll < 0.035:
                verdict = "amber"
            elif roll > 0.998:
                verdict, reason = "red", overrides[i % 3]
            visit_id += 1
            yield (
                visit_id, first_member + i, site, checked_in, checked_out, length_or_none,
                auto, verdict, reason, desks[minute & 1], stations[minute & 1],
            )  # fmt: skip


def _durations() -> list[int]:
    """Visit lengths in minutes: most 50-90, some quick, some long."""
    rng = random.Random(7)
    return [max(20, min(170, int(rng.gauss(72, 20)))) for _ in range(997)]


def _minute_tables() -> list[tuple[list[int], list[float]]]:
    """Check-in minute distributions: weekday, weekend, and the same for off-peak plans."""
    weekday = {6: 0.5, 7: 1.2, 8: 1.1, 9: 0.8, 10: 0.6, 11: 0.6, 12: 0.9, 13: 0.9, 14: 0.5,
               15: 0.5, 16: 0.7, 17: 1.3, 18: 1.7, 19: 1.6, 20: 1.1, 21: 0.6, 22: 0.2}  # fmt: skip
    weekend = {8: 0.6, 9: 1.0, 10: 1.4, 11: 1.4, 12: 1.0, 13: 0.7, 14: 0.6, 15: 0.7, 16: 0.8,
               17: 0.7, 18: 0.4, 19: 0.1}  # fmt: skip
    tables = []
    for hours, last_hour in ((weekday, 22), (weekend, 19), (weekday, 15), (weekend, 15)):
        values, weights = [], []
        for hour, weight in hours.items():
            if hour > last_hour:
                continue
            for minute in range(60):
                values.append(hour * 60 + minute)
                weights.append(weight)
        tables.append((values, list(accumulate(weights))))
    return tables


_VISIT_COLUMNS = (
    "id", "trainee_id", "site_id", "checked_in_at", "checked_out_at", "duration_minutes",
    "auto_closed", "verdict", "override_reason", "checked_in_by_id", "workstation",
)  # fmt: skip
