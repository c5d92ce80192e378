"""Members list figures: search as you type, and opening the list (DESIGN.md budgets)."""

from __future__ import annotations

import random
from functools import partial

from sqlalchemy import text

from benchmarks.registry import Bench, figure, median, p95, timed_ms

SEARCHES = 200
FIRST_PAGE_RUNS = 20


def realistic_queries(bench: Bench, count: int = SEARCHES, seed: int = 7) -> list[str]:
    """What a receptionist types: 2-6 characters of a name, a phone fragment, part of a
    member code or of an email, taken from members who exist (same list every run)."""
    from fitmate_desktop.db.engine import current_database

    rng = random.Random(seed)
    ids = [rng.randint(1, bench.members) for _ in range(count)]
    with current_database().engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT full_name, coalesce(email, ''), coalesce(phone, ''), member_code "
                "FROM trainees WHERE id = ANY(:ids)"
            ),
            {"ids": ids},
        ).all()
    queries = []
    for i in range(count):
        name, email, phone, code = rows[i % len(rows)]
        kind = rng.choices(("name", "phone", "code", "email"), weights=(55, 15, 18, 12))[0]
        if kind == "name":
            words = name.split()
            # Mostly the start of a first or last name, sometimes across the space ("ana s").
            if len(words) > 1 and rng.random() < 0.25:
                first = words[0]
                query = f"{first[-rng.randint(1, min(3, len(first))) :]} {words[1][:2]}"
            else:
                word = rng.choice(words)
                start = 0 if rng.random() < 0.8 else rng.randint(0, max(0, len(word) - 2))
                query = word[start : start + rng.randint(2, 6)]
        elif kind == "phone" and phone:
            digits = phone.split(" ", 1)[-1]  # after the country code
            start = rng.randint(0, max(0, len(digits) - 5))
            query = digits[start : start + rng.randint(4, 7)].strip()
        elif kind == "code":
            query = code[: rng.randint(5, 8)] if rng.random() < 0.5 else code[-rng.randint(3, 5) :]
        else:
            local = email.split("@")[0] or name
            query = local[: rng.randint(3, 6)]
        queries.append(query.lower() if rng.random() < 0.8 else query)
    return queries


@figure("member_search_p95_ms", "ms", budget=20)
def member_search_p95(bench: Bench) -> float:
    """p95 of ``list_members(query=..., limit=50)`` over ~200 realistic searches (warm)."""
    from fitmate_desktop.services.members import list_members

    admin = bench.admin()
    queries = realistic_queries(bench)
    for query in queries[:10]:  # warm the pool and the caches, as a desk that has been open
        list_members(actor=admin, query=query, limit=50)
    return p95([timed_ms(partial(list_members, actor=admin, query=q, limit=50)) for q in queries])


@figure("members_first_page_ms", "ms", budget=150)
def members_first_page(bench: Bench) -> float:
    """Median of opening the members list: the first 200 rows, no search."""
    from fitmate_desktop.services.members import list_members

    admin = bench.admin()
    first_page = partial(list_members, actor=admin, query="", limit=200)
    first_page()  # warm: the figure is a desk reopening the list, not the first query ever
    return median([timed_ms(first_page) for _ in range(FIRST_PAGE_RUNS)])
