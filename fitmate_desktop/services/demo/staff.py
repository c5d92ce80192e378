"""Staff: the admin, two receptionists and the trainers, with what trainers own (salary
configurations, schedules, documents, leave requests, the last 60 working days)."""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from fitmate_desktop.security.passwords import hash_password
from fitmate_desktop.services.demo.base import Loader, ascii_fold, json_text, phone_number
from fitmate_desktop.services.demo.reference import (
    ADMIN_EMAIL,
    CENT,
    DESK_EMAIL,
    HISTORY_DAYS,
    PASSWORDS,
    PT_FEMALE,
    PT_MALE,
    PT_PHONES,
    PT_SURNAMES,
    TRAINER_EMAIL,
    words,
)


def _iban(rng: random.Random) -> str:
    """A Portuguese IBAN with valid check digits (bank and account digits are made up)."""
    bban = "0099" + "".join(str(rng.randrange(10)) for _ in range(17))
    numeric = int(bban + "252900")  # "PT" = 25 29, check digits "00"
    check = 98 - numeric % 97
    raw = f"PT{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


@dataclass
class Staff:
    """The staff written: user ids (admin, desks, trainers) and the trainers' ids and names."""

    admin: int
    desks: tuple[int, ...]
    trainer_users: tuple[int, ...]
    trainer_ids: tuple[uuid.UUID, ...]
    trainer_names: tuple[str, ...]


def write_staff(load: Loader) -> Staff:
    """Admin, two receptionists and the trainers, with everything trainers own."""
    rng = load.rng("staff")
    say_started = time.perf_counter()
    hashes = {role: hash_password(pw) for role, pw in PASSWORDS.items()}
    changed = load.clock.now - dt.timedelta(days=40)

    def user(email: str, name: str, role: str, phone: str) -> int:
        return int(
            load.insert_returning(
                "users",
                {
                    "email": email,
                    "full_name": name,
                    "phone": phone,
                    "role": role,
                    "password_hash": hashes[role],
                    "password_changed_at": changed,
                    "site_id": load.site_id,
                    "created_at": load.at(load.today - HISTORY_DAYS - 60, 600),
                },
            )
        )

    admin = user(ADMIN_EMAIL, "Marta Figueiredo", "ADMIN", "+351 912 000 001")
    desks = (
        user(DESK_EMAIL, "Rita Carvalho", "RECEPTION", "+351 912 000 002"),
        user("desk2@fitmate.demo", "Bruno Teixeira", "RECEPTION", "+351 912 000 003"),
    )
    specialities = words(
        "Strength & conditioning, Weight loss, Functional training, Pilates & mobility, "
        "Boxing, Yoga, Injury rehabilitation, Senior fitness, Powerlifting, HIIT, "
        "Sports nutrition, Running & endurance"
    )
    names = [("Tiago Martins", "male")]
    used = {"Tiago Martins"}
    while len(names) < load.trainer_count:
        gender = rng.choice(("female", "male"))
        first = rng.choice(PT_FEMALE if gender == "female" else PT_MALE)
        name = f"{first} {rng.choice(PT_SURNAMES)}"
        if name not in used:
            used.add(name)
            names.append((name, gender))
    t_users, t_ids = [], []
    trainer_rows: list[tuple[Any, ...]] = []
    salary_rows: list[tuple[Any, ...]] = []
    schedule_rows: list[tuple[Any, ...]] = []
    document_rows: list[tuple[Any, ...]] = []
    for i, (name, _gender) in enumerate(names):
        email = TRAINER_EMAIL if i == 0 else ascii_fold(name).replace(" ", ".") + "@fitmate.demo"
        uid = user(email, name, "TRAINER", phone_number(rng, PT_PHONES))
        tid = uuid.UUID(int=rng.getrandbits(128), version=4)
        hired = load.today - rng.randint(120, 2400)
        t_users.append(uid)
        t_ids.append(tid)
        years = rng.randint(1, 15)
        spec = specialities[i % len(specialities)]
        certs = [
            {"name": "EREPS Level 4 Personal Trainer", "issuer": "EuropeActive",
             "year": load.date(hired).year - rng.randint(0, 3)},
            {"name": f"{spec} specialist course", "issuer": "FitMate Academy",
             "year": load.date(hired).year + rng.randint(0, 2)},
            {"name": "First aid and CPR", "issuer": "Cruz Vermelha Portuguesa",
             "year": load.date(load.today).year - rng.randint(0, 1)},
        ]  # fmt: skip
        trainer_rows.append(
            (
                tid, uid, load.site_id, spec, json_text(certs), years,
                f"{name.split()[0]} has coached for {years} years and loves {spec.lower()}.",
                load.date(hired), name, _iban(rng), "Banco Demo, S.A.",
                "None declared" if rng.random() < 0.8 else "Mild asthma",
                f"{rng.choice(PT_FEMALE + PT_MALE)} {name.split()[-1]}",
                phone_number(rng, PT_PHONES),
                load.at(hired, 540),
            )
        )  # fmt: skip
        kind = ("fixed", "commission", "hybrid")[i % 3]
        base = {"fixed": Decimal(rng.randrange(1100, 1700, 50)), "commission": Decimal(0),
                "hybrid": Decimal(rng.randrange(750, 1050, 50))}[kind]  # fmt: skip
        rate = {"fixed": Decimal(0), "commission": Decimal(rng.randrange(18, 30)),
                "hybrid": Decimal(rng.randrange(10, 17))}[kind]  # fmt: skip
        commission = Decimal(rng.choice((10, 15, 20))) if kind != "fixed" else Decimal(0)
        bonus = Decimal(rng.choice((0, 50, 100, 150)))
        rules = {"retention": {"min_active_trainees": 15, "bonus": "75.00"},
                 "reviews": {"min_avg_rating": 4.5, "bonus": "50.00"}}  # fmt: skip
        since = max(hired, load.today - 400)
        if since > hired + 30:  # an older, closed configuration before the current one
            salary_rows.append(
                (tid, "fixed", base * Decimal("0.9") if base else Decimal(900), Decimal(0),
                 Decimal(0), Decimal(0), json_text({}), load.date(hired), load.date(since - 1),
                 False)
            )  # fmt: skip
        salary_rows.append(
            (tid, kind, base, commission, rate, bonus, json_text(rules), load.date(since), None,
             True)
        )  # fmt: skip
        shift = i % 3
        for day in range(7):
            if day < 5 and shift < 2:
                start, end = ((7, 15), (14, 22))[shift]
                schedule_rows.append(
                    (tid, load.site_id, True, day, None, dt.time(start), dt.time(end), True,
                     "floor" if day % 2 else "pt", None)
                )  # fmt: skip
            elif shift == 2 and day in (2, 3, 4, 5, 6):
                schedule_rows.append(
                    (tid, load.site_id, True, day, None, dt.time(9), dt.time(17), True,
                     "pt" if day < 5 else "floor", None)
                )  # fmt: skip
        if rng.random() < 0.4:
            off = load.today + rng.randint(3, 25)
            schedule_rows.append(
                (tid, load.site_id, False, None, load.date(off), dt.time(9), dt.time(13),
                 False, "floor", "Doctor's appointment")
            )  # fmt: skip
        issued = load.date(hired - rng.randint(30, 700))
        document_rows += [
            (tid, "certificate", "EREPS Level 4 certificate", issued, None, "verified",
             admin, load.at(hired, 600), None),
            (tid, "identity", "Citizen card", issued,
             load.date(load.today + rng.choice((20, 400, 1500))), "verified", admin,
             load.at(hired, 610), None),
            (tid, "insurance", "Professional liability insurance", load.date(load.today - 200),
             load.date(load.today + rng.choice((5, 165))), "verified", admin,
             load.at(load.today - 199, 600), None),
        ]  # fmt: skip
        if i % 4 == 1:
            document_rows.append(
                (tid, "certificate", "First aid and CPR renewal",
                 load.date(load.today - 3), load.date(load.today + 727), "pending", None,
                 None, "Uploaded by the trainer; waiting for verification.")
            )  # fmt: skip
    load.copy(
        "trainers",
        ("id", "user_id", "site_id", "specialization", "certifications", "experience_years",
         "bio", "hire_date", "bank_account_holder", "bank_iban", "bank_name", "health_notes",
         "emergency_contact_name", "emergency_contact_phone", "created_at"),
        trainer_rows,
    )  # fmt: skip
    load.copy(
        "trainer_salaries",
        ("trainer_id", "salary_type", "base_salary", "commission_rate", "pt_session_rate",
         "performance_bonus", "bonus_rules", "effective_from", "effective_to", "is_active"),
        salary_rows,
    )  # fmt: skip
    load.copy(
        "trainer_schedules",
        ("trainer_id", "site_id", "is_recurring", "day_of_week", "specific_date",
         "start_time", "end_time", "is_available", "session_type", "notes"),
        schedule_rows,
    )  # fmt: skip
    load.copy(
        "trainer_documents",
        ("trainer_id", "doc_type", "title", "issued_on", "expires_on", "status",
         "verified_by_id", "verified_at", "notes"),
        document_rows,
    )  # fmt: skip
    staff = Staff(admin, desks, tuple(t_users), tuple(t_ids), tuple(n for n, _ in names))
    _trainer_days(load, rng, staff, schedule_rows)
    load.counts["trainers"] = len(names)
    elapsed = time.perf_counter() - say_started
    load.say(f"Staff: 3 desk accounts, {len(names)} trainers ({elapsed:.1f} s)")
    return staff


def _trainer_days(load: Loader, rng: random.Random, staff: Staff, schedules: list[tuple]) -> None:
    """Leave requests and the last 60 working days of each trainer."""
    leave_by_trainer: dict[int, tuple[int, int, int]] = {}
    for i, tid in enumerate(staff.trainer_ids):
        if i % 2 == 0:  # an approved leave in the recent past
            start = load.today - rng.randint(15, 50)
            end = start + rng.randint(2, 4)
            lid = load.insert_returning(
                "trainer_leaves",
                {"trainer_id": tid, "leave_type": rng.choice(("annual", "annual", "sick")),
                 "start_date": load.date(start), "end_date": load.date(end),
                 "days": end - start + 1, "reason": "Family holiday" if i % 4 == 0
                 else "Flu", "status": "approved", "decided_by_id": staff.admin,
                 "decided_at": load.at(start - 7, 620)},
            )  # fmt: skip
            leave_by_trainer[i] = (start, end, lid)
        if i % 3 == 0:  # a pending request the admin has to decide
            start = load.today + rng.randint(10, 40)
            load.insert_returning(
                "trainer_leaves",
                {"trainer_id": tid, "leave_type": "annual", "start_date": load.date(start),
                 "end_date": load.date(start + 4), "days": 5,
                 "reason": "Summer holiday", "status": "pending"},
            )  # fmt: skip
        if i % 5 == 2:
            start = load.today - rng.randint(60, 90)
            load.insert_returning(
                "trainer_leaves",
                {"trainer_id": tid, "leave_type": "unpaid", "start_date": load.date(start),
                 "end_date": load.date(start + 1), "days": 2,
                 "reason": "Personal matters", "status": "rejected",
                 "decided_by_id": staff.admin, "decided_at": load.at(start - 10, 600),
                 "decision_note": "Short-staffed that week; please pick other dates."},
            )  # fmt: skip
    shifts: dict[uuid.UUID, dict[int, tuple[dt.time, dt.time]]] = {}
    for row in schedules:
        if row[2]:  # recurring
            shifts.setdefault(row[0], {})[row[3]] = (row[5], row[6])

    def rows() -> Iterator[tuple]:
        for i, tid in enumerate(staff.trainer_ids):
            leave = leave_by_trainer.get(i)
            for day in range(load.today - 60, load.today + 1):
                shift = shifts.get(tid, {}).get(dt.date.fromordinal(day).weekday())
                if shift is None:
                    continue
                if leave and leave[0] <= day <= leave[1]:
                    yield (tid, load.site_id, load.date(day), None, None, None, "leave",
                           leave[2], None)  # fmt: skip
                    continue
                start = shift[0].hour * 60 + rng.randint(-10, 8)
                end = shift[1].hour * 60 + rng.randint(-5, 20)
                roll = rng.random()
                if roll < 0.02:
                    yield (tid, load.site_id, load.date(day), None, None, None, "absent",
                           None, "No show, no call")  # fmt: skip
                    continue
                status = "present"
                if roll < 0.09:
                    status, start = "late", start + rng.randint(12, 35)
                if day == load.today:
                    if start > load.clock.now_minute:
                        continue
                    yield (tid, load.site_id, load.date(day), load.at(day, start), None,
                           None, status, None, None)  # fmt: skip
                    continue
                hours = (Decimal(end - start) / 60).quantize(CENT)
                yield (tid, load.site_id, load.date(day), load.at(day, start),
                       load.at(day, end), hours, status, None, None)  # fmt: skip

    load.copy(
        "trainer_attendance",
        ("trainer_id", "site_id", "work_date", "check_in_at", "check_out_at", "hours_worked",
         "status", "leave_id", "notes"),
        rows(),
    )  # fmt: skip
