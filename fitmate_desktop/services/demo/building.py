"""The building and the conversation in it: equipment and its maintenance, expenses,
staff messages, trainer-trainee messages and notifications."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from fitmate_desktop.services.demo.base import Loader, json_text, vat_of
from fitmate_desktop.services.demo.people import Member
from fitmate_desktop.services.demo.reference import CENT
from fitmate_desktop.services.demo.staff import Staff


def write_building(load: Loader, members: list[Member], staff: Staff) -> None:
    """Equipment and its maintenance, expenses, messages and notifications."""
    rng = load.rng("building")
    today = load.today
    count = 25 + load.n // 4000
    equipment = []
    for i in range(count):
        name, category, price, interval = _EQUIPMENT[i % len(_EQUIPMENT)]
        copies = i // len(_EQUIPMENT)
        bought = today - rng.randint(200, 2200)
        last = today - rng.randint(5, interval - 8)
        status = "ok"
        if i == 3:
            last = today - interval - 21  # overdue
        elif i == 7:
            last = today - interval + 4  # due within the week
        elif i == 11:
            last, status = today - interval - 3, "maintenance"
        elif i == 16:
            status = "out_of_order"
        label = name if copies == 0 else f"{name} #{copies + 1}"
        equipment.append(
            (load.site_id, label, category, f"SN-{rng.randrange(16**8):08X}",
             dt.date.fromordinal(bought), Decimal(price), status, dt.date.fromordinal(last),
             interval, dt.date.fromordinal(last + interval),
             "Belt replaced; check again in a month" if i == 11 else None)
        )  # fmt: skip
    load.copy(
        "equipment",
        ("site_id", "name", "category", "serial_number", "purchased_on", "purchase_price",
         "status", "last_maintenance_on", "maintenance_interval_days", "next_maintenance_on",
         "notes"),
        equipment,
    )  # fmt: skip
    size = max(1.0, (load.n / 1000) ** 0.5)
    month = dt.date.fromordinal(today).replace(day=1)
    expenses = []
    for back in range(24, -1, -1):
        first = (month - dt.timedelta(days=back * 30.44)).replace(day=1)
        for category, vendor, description, amount, day in _EXPENSES:
            if first.replace(day=day) > dt.date.fromordinal(today):
                continue
            value = Decimal(amount) * Decimal(str(round(size * rng.uniform(0.9, 1.12), 3)))
            value = value.quantize(CENT)
            expenses.append(
                (load.site_id, category, f"{description} {first:%B %Y}", vendor, value,
                 vat_of(value), first.replace(day=day), staff.admin, staff.admin)
            )  # fmt: skip
    load.copy(
        "expenses",
        ("site_id", "category", "description", "vendor", "amount", "tax_amount", "spent_on",
         "recorded_by_id", "approved_by_id"),
        expenses,
    )  # fmt: skip
    now = load.clock.now
    admin, desk, coach = staff.admin, staff.desks[0], staff.trainer_users[0]
    messages = [
        (desk, admin, "Cash-up difference", "Yesterday's cash-up was 5.00 short; "
         "receipt R-… was keyed twice. Corrected.", now - dt.timedelta(hours=20), True),
        (admin, desk, "New opening hours in August", "We close at 21:00 on weekdays in "
         "August. Please tell members at check-in.", now - dt.timedelta(days=3), True),
        (coach, admin, "Leave request", "I've asked for five days next month, "
         "can you have a look?", now - dt.timedelta(days=1), False),
        (admin, coach, "Treadmill #3", "The technician comes on Thursday at 9:00.",
         now - dt.timedelta(hours=5), False),
        (staff.trainer_users[1], admin, "Certificate uploaded", "My first aid "
         "certificate renewal is uploaded.", now - dt.timedelta(days=2), True),
    ]  # fmt: skip
    load.copy(
        "messages",
        ("sender_id", "recipient_id", "subject", "body", "sent_at", "is_read"),
        messages,
    )

    def trainer_messages() -> Iterator[tuple[Any, ...]]:
        for m in members:
            if m.trainer < 0 or m.cov_end < today or rng.random() >= 0.08:
                continue
            when = load.clock.now - dt.timedelta(days=rng.randint(1, 30))
            for j in range(rng.randint(2, 5)):
                from_trainer = j % 2 == 0
                body = rng.choice(_COACH_LINES if from_trainer else _MEMBER_LINES)
                read = when < load.clock.now - dt.timedelta(days=1)
                yield (staff.trainer_ids[m.trainer], m.id, from_trainer, body, when, read)
                when += dt.timedelta(hours=rng.randint(1, 30))
                if when > load.clock.now:
                    break

    load.copy(
        "trainer_messages",
        ("trainer_id", "trainee_id", "from_trainer", "body", "sent_at", "is_read"),
        trainer_messages(),
    )
    notes = [
        (admin, "maintenance_due", "Maintenance overdue: Treadmill #4",
         "Service was due three weeks ago.", {"equipment": "Treadmill"}, False),
        (admin, "leave_request", "Leave request from Tiago Martins",
         "Five days of annual leave, waiting for your decision.", {}, False),
        (admin, "document_pending", "Certificate waiting for verification",
         "First aid and CPR renewal", {}, False),
        (coach, "trainee_arrived", "João Gonçalves checked in", None,
         {"member_code": "FM000001"}, False),
        (coach, "leave_decided", "Your leave was approved", None, {}, True),
        (desk, "refund_done", "Refund issued by the manager", None, {}, True),
    ]  # fmt: skip
    load.copy(
        "notifications",
        ("user_id", "type", "title", "body", "payload", "created_at", "is_read"),
        ((u, t, title, body, json_text(p), now - dt.timedelta(hours=3 * i), read)
         for i, (u, t, title, body, p, read) in enumerate(notes)),
    )  # fmt: skip


_EQUIPMENT = (
    ("Treadmill", "cardio", "6900.00", 90),
    ("Spin bike", "cardio", "1450.00", 180),
    ("Rowing machine", "cardio", "1200.00", 180),
    ("Elliptical trainer", "cardio", "3900.00", 120),
    ("Stair climber", "cardio", "5200.00", 120),
    ("Smith machine", "strength", "3100.00", 180),
    ("Cable crossover", "strength", "4200.00", 180),
    ("Leg press", "strength", "3600.00", 180),
    ("Lat pulldown", "strength", "2100.00", 180),
    ("Seated row", "strength", "1900.00", 180),
    ("Squat rack", "free_weights", "1300.00", 365),
    ("Adjustable bench", "free_weights", "420.00", 365),
    ("Dumbbell set 2-40 kg", "free_weights", "3800.00", 365),
    ("Olympic barbell", "free_weights", "390.00", 365),
    ("Kettlebell set", "free_weights", "950.00", 365),
    ("Leg curl machine", "strength", "2300.00", 180),
    ("Chest press machine", "strength", "2700.00", 180),
    ("Assault bike", "cardio", "1100.00", 120),
    ("Plyo box set", "functional", "310.00", 365),
    ("Battle ropes", "functional", "160.00", 365),
    ("TRX suspension station", "functional", "880.00", 365),
    ("Medicine ball rack", "functional", "540.00", 365),
    ("Sauna heater", "other", "4800.00", 90),
    ("Water fountain", "other", "690.00", 90),
    ("Body composition scale", "other", "2400.00", 365),
)
_EXPENSES = (
    ("rent", "Imobiliária Alfama, Lda.", "Rent", "4500.00", 1),
    ("utilities", "EDP Comercial", "Electricity", "980.00", 8),
    ("utilities", "EPAL", "Water", "310.00", 12),
    ("cleaning", "LimpaTudo Serviços", "Cleaning contract", "1150.00", 5),
    ("maintenance", "TechnoGym Service PT", "Equipment service visit", "420.00", 18),
    ("marketing", "Meta Platforms Ireland", "Online ads", "350.00", 20),
    ("supplies", "Makro Portugal", "Towels, soap and cleaning supplies", "260.00", 14),
    ("software", "FitMate", "Software and backups", "49.00", 2),
    ("insurance", "Fidelidade", "Liability insurance", "190.00", 3),
)
_COACH_LINES = (
    "Great job this week! Let's add one more set on Thursday.",
    "Remember to log your meals, it helps us adjust the plan.",
    "How did your knee feel after yesterday's session?",
    "New plan is up: three days, same time as usual.",
)
_MEMBER_LINES = (
    "Thanks! Can we move Friday to 18:00?",
    "Knee was fine, a bit sore on the stairs.",
    "I'll be away next week, back on Monday.",
    "Logged everything except Saturday's dinner 😅",
)
