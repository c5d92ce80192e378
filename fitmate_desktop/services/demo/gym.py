"""The gym itself: site, settings, workstations, opening hours, membership plans, PT packages."""

from __future__ import annotations

import datetime as dt

from psycopg import sql

from fitmate_desktop.services.demo.base import Loader, json_text
from fitmate_desktop.services.demo.reference import (
    GYM_ADDRESS,
    GYM_NAME,
    PACKAGES,
    PLANS,
    RECEIPT_FOOTER,
    SITE_CODE,
    TIMEZONE,
    VAT,
)


def write_gym(load: Loader) -> None:
    """Site, settings, receipt counters, workstations, opening hours, plans, packages."""
    cur = load.cur
    # 80 people at once suits a few thousand members; the benchmark's 100k need more room.
    capacity = load.capacity = 80 if load.n <= 20_000 else load.n // 250
    cur.execute(
        "INSERT INTO gym_sites (code, name, address, timezone, capacity) "
        "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, "
        "address = EXCLUDED.address, timezone = EXCLUDED.timezone, "
        "capacity = EXCLUDED.capacity RETURNING id",
        (SITE_CODE, GYM_NAME, GYM_ADDRESS, TIMEZONE, capacity),
    )
    load.site_id = int(cur.fetchone()[0])  # type: ignore[index]
    settings = {
        "gym_name": GYM_NAME,
        "address": GYM_ADDRESS,
        "phone": "+351 218 860 000",
        "email": "hello@fitmate.demo",
        "tax_id": "PT 500 000 000",
        "timezone": TIMEZONE,
        "currency": "EUR",
        "tax_rate": VAT,
        "receipt_footer": RECEIPT_FOOTER,
        # The demo signs in with a printed password; a 2FA enrolment would stop `make run`.
        "require_admin_2fa": False,
    }
    cur.execute(
        sql.SQL(
            "INSERT INTO admin_settings (id, {cols}) VALUES (1, {vals}) "
            "ON CONFLICT (id) DO UPDATE SET {sets}, version = admin_settings.version + 1"
        ).format(
            cols=sql.SQL(", ").join(map(sql.Identifier, settings)),
            vals=sql.SQL(", ").join(sql.Placeholder() * len(settings)),
            sets=sql.SQL(", ").join(
                sql.SQL("{0} = EXCLUDED.{0}").format(sql.Identifier(k)) for k in settings
            ),
        ),
        list(settings.values()),
    )
    for name in ("Reception 1", "Reception 2", "Office", "Trainer floor"):
        cur.execute(
            "INSERT INTO workstations (name, site_id) VALUES (%s, %s) "
            "ON CONFLICT (name) DO NOTHING",
            (name, load.site_id),
        )
    slots = [
        (day, dt.time(6), dt.time(23), "Weekday opening hours")
        if day < 5
        else (day, dt.time(8), dt.time(20), "Weekend opening hours")
        for day in range(7)
    ]
    load.copy(
        "gym_schedule_slots",
        ("site_id", "day_of_week", "opens_at", "closes_at", "slot_type", "capacity", "label"),
        ((load.site_id, d, o, c, "open", capacity, label) for d, o, c, label in slots),
    )
    load.plan_ids = []
    for plan in PLANS:
        load.plan_ids.append(
            load.insert_returning(
                "membership_plans",
                {
                    "name": plan.name,
                    "membership_type": plan.membership_type,
                    "duration_days": plan.days,
                    "price": plan.price,
                    "visits_per_week": plan.visits_per_week,
                    "access_from": plan.access[0] if plan.access else None,
                    "access_until": plan.access[1] if plan.access else None,
                    "all_sites": plan.all_sites,
                    "visit_count": 10 if plan.membership_type == "class_pack" else None,
                    "features": json_text(list(plan.features)),
                    "description": plan.description or None,
                },
            )
        )
    load.package_ids = []
    for pkg in PACKAGES:
        load.package_ids.append(
            load.insert_returning(
                "pt_packages",
                {
                    "name": pkg.name,
                    "description": f"{pkg.sessions} sessions of {pkg.minutes} minutes, "
                    f"valid {pkg.validity_days} days.",
                    "sessions_count": pkg.sessions,
                    "validity_days": pkg.validity_days,
                    "session_minutes": pkg.minutes,
                    "price": pkg.price,
                    "features": json_text(list(pkg.features)),
                },
            )
        )
