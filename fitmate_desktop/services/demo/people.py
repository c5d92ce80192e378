"""Members: who they are (names, contacts, health, goals) and their membership life (plan,
join date, the state they are in today, freezes and switches), walked as a chain of
memberships that billing and visits replay without a random stream of their own."""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Iterator
from decimal import Decimal
from itertools import accumulate

from fitmate_desktop.services.demo.base import Loader, ascii_fold, mix, phone_number
from fitmate_desktop.services.demo.reference import (
    CLASS_PACK,
    DAY,
    HISTORY_DAYS,
    MONTHLY,
    OFFPEAK,
    ORIGINS,
    PLANS,
    PT_PHONES,
    STUDENT,
    SWITCHABLE,
    words,
)
from fitmate_desktop.services.demo.staff import Staff

# The names the brief asked for by name: they are the gym's first three members.
_FIXED_MEMBERS = (("João Gonçalves", "male", 0), ("Zoë Müller", "female", 4),
                  ("Siobhán Ó Briain", "female", 6))  # fmt: skip

_STREETS = words(
    "Rua Augusta, Rua da Prata, Rua dos Remédios, Rua de São Tomé, Calçada de Santo André, "
    "Rua da Graça, Avenida Almirante Reis, Rua de São Bento, Rua Castilho, Avenida da Liberdade, "
    "Rua do Benformoso, Travessa do Almada, Rua das Flores, Rua Morais Soares, Avenida de Roma, "
    "Rua Actor Taborda, Rua Damasceno Monteiro, Largo do Chafariz de Dentro, Rua dos Lagares, "
    "Rua do Vale de Santo António, Avenida Infante Dom Henrique, Rua Sabino de Sousa"
)
GOALS: tuple[tuple[str, str, float], ...] = (
    ("Fat loss", "loss", 0.35),
    ("Muscle gain", "gain", 0.18),
    ("General fitness", "keep", 0.24),
    ("Strength", "gain", 0.08),
    ("Endurance: half marathon", "keep", 0.06),
    ("Rehabilitation after injury", "keep", 0.04),
    ("Healthy ageing", "keep", 0.05),
)
_FLAGGED_CONDITIONS = (
    "Asthma: carries an inhaler",
    "Type 1 diabetes: glucose tablets at the desk",
    "Hypertension, on medication",
    "Epilepsy (controlled): never trains alone",
    "Heart condition: cardiologist clearance on file",
    "Pregnant (2nd trimester): low impact only",
    "ACL reconstruction 3 months ago: physio-approved exercises only",
    "Severe nut allergy: EpiPen in the bag",
)
_MINOR_CONDITIONS = (
    "Mild lower back pain",
    "Old shoulder injury: avoid heavy overhead pressing",
    "Lactose intolerant",
    "Occasional migraines",
    "Flat feet, uses insoles",
    "Wears contact lenses",
)
_RELATIONS = ("partner", "mother", "father", "sister", "brother", "friend", "husband", "wife")


def _family_name(surnames: str) -> str:
    """The surname a family shares: the last one, keeping particles ("Ó Briain", "de Vries")."""
    parts = surnames.split()
    if len(parts) >= 2 and parts[-2] in ("Ó", "Mac", "de", "De", "van", "Ní"):
        return " ".join(parts[-2:])
    return parts[-1]


_ACTIVE, _EXPIRING, _EXPIRED, _FROZEN, _UNPAID, _CANCELLED = range(6)
_FATE_SHARES = (
    (_ACTIVE, 0.60), (_EXPIRING, 0.06), (_EXPIRED, 0.17),
    (_FROZEN, 0.05), (_UNPAID, 0.06), (_CANCELLED, 0.06),
)  # fmt: skip


class Member:
    """What the generator keeps per member (slots: 100k of them stay small).

    Days are proleptic ordinals (``date.toordinal()``): integer arithmetic, no objects.
    """

    __slots__ = (
        "auto_renew", "cov_end", "cov_start", "daypasses", "dob", "fate", "freeze_from",
        "freeze_len", "freq", "gender", "goal", "health", "id", "joined", "method",
        "offpeak", "origin", "plan", "renewal_unpaid", "stop", "switch_at", "switch_plan",
        "target", "trainer", "weight0",
    )  # fmt: skip

    def __init__(self, fate: int) -> None:
        self.fate = fate  # _ACTIVE ... _CANCELLED: the state the member is in today
        self.id = 0
        self.joined = 0
        self.plan = MONTHLY  # index into PLANS
        self.switch_at = -1  # the renewal at which the member moves to switch_plan
        self.switch_plan = MONTHLY
        self.stop = 0  # churned/cancelled members: the day they stop
        self.freeze_from = 0  # frozen members: days ago the freeze began
        self.freeze_len = 0
        self.renewal_unpaid = False  # a renewal sold ahead and not paid yet
        self.cov_start = 0  # the days the member may visit
        self.cov_end = 0
        self.daypasses: tuple[int, ...] = ()
        self.offpeak = False
        self.gender = "female"
        self.origin = 0  # index into ORIGINS
        self.goal = 0  # index into GOALS
        self.freq = 3  # visits a week, as a habit
        self.method = "card"
        self.auto_renew = False
        self.health = 1.0  # below 0.05: a flagged condition; below 0.15: a minor one
        self.trainer = -1  # index into the staff's trainers
        self.dob = 0
        self.weight0 = 70.0
        self.target = 0.0


def _fates(rng: random.Random, n: int) -> list[int]:
    """Exact shares (so 300 members still show every state), shuffled."""
    fates: list[int] = []
    for fate, share in _FATE_SHARES[1:]:
        fates += [fate] * max(2 if n >= 40 else 0, round(n * share))
    fates = fates[:n]
    fates += [_ACTIVE] * (n - len(fates))
    rng.shuffle(fates)
    return fates


def _plan_of(rng: random.Random) -> int:
    return rng.choices(range(len(PLANS)), cum_weights=_PLAN_CW)[0]


_PLAN_CW = list(accumulate(p.share for p in PLANS))


def make_members(rng: random.Random, n: int, today: int) -> list[Member]:
    """Membership life of each member: plan, join date, fate, freezes, switches."""
    fates = _fates(rng, n)
    members: list[Member] = []
    for fate in fates:
        m = Member(fate)
        # sqrt skews towards long-standing members, as a gym's surviving base does.
        m.joined = today - int(HISTORY_DAYS * rng.random() ** 0.5)
        m.plan = _plan_of(rng)
        m.switch_at, m.switch_plan = -1, m.plan
        if m.plan not in (DAY, CLASS_PACK) and rng.random() < 0.15:
            m.switch_at, m.switch_plan = rng.randint(1, 6), rng.choice(SWITCHABLE)
        m.stop = today
        m.freeze_from = m.freeze_len = 0
        m.renewal_unpaid = rng.random() < 0.25
        if fate in (_FROZEN, _UNPAID, _EXPIRING) and PLANS[m.plan].days < 30:
            m.plan = MONTHLY
        if fate == _EXPIRING:
            # The current month ends within the week: place the join date to make it so.
            m.plan, m.switch_at = rng.choice((MONTHLY, OFFPEAK, STUDENT)), -1
            months = rng.randint(0, HISTORY_DAYS // 30 - 1)
            m.joined = today - 30 * months - (29 - rng.randint(0, 6))
        elif fate == _FROZEN:
            m.freeze_from = rng.randint(0, 20)  # days ago
            m.freeze_len = m.freeze_from + rng.randint(10, 45)
        elif fate in (_EXPIRED, _CANCELLED):
            first_end = m.joined + PLANS[m.plan].days - 1
            if first_end >= today - 1 and fate == _EXPIRED:
                m.fate = _ACTIVE
            else:
                m.stop = rng.randint(min(first_end, today - 1), today - 1)
                if fate == _CANCELLED:
                    m.stop = rng.randint(m.joined, today)
        members.append(m)
    members.sort(key=lambda m: m.joined)
    return members


def membership_chain(m: Member, today: int) -> Iterator[tuple[int, int, int, str, int, int]]:
    """The member's memberships, oldest first: (start, end, plan, status, frozen_from, days).

    No random stream is used here, so the same chain is walked for coverage, memberships and
    payments, in whatever order the caller needs.
    """
    s, plan, k = m.joined, m.plan, 0
    fate = m.fate
    if PLANS[plan].membership_type == "day":
        # Occasional day passes until the member stops coming.
        while s <= m.stop and s <= today:
            yield s, s, plan, ("active" if s == today else "expired"), 0, 0
            k += 1
            s += 4 + mix(m.id, k) % 45
        return
    while True:
        if k == m.switch_at:
            plan = m.switch_plan
        days = PLANS[plan].days
        e = s + days - 1
        if fate in (_EXPIRED, _CANCELLED):
            next_end = e + PLANS[m.switch_plan if k + 1 == m.switch_at else plan].days
            if fate == _CANCELLED and e >= m.stop:
                yield s, e, plan, "cancelled", 0, 0
                return
            if fate == _EXPIRED and (e >= m.stop or next_end >= today):
                yield s, e, plan, "expired", 0, 0
                return
            yield s, e, plan, "expired", 0, 0
        elif e < today:
            yield s, e, plan, "expired", 0, 0
        else:  # the membership covering today
            if fate == _FROZEN:
                frozen_from = max(s, today - m.freeze_from)
                length = max(m.freeze_len, today - frozen_from + 1)
                yield s, e + length, plan, "frozen", frozen_from, length
            elif fate == _UNPAID:
                yield s, e, plan, "unpaid", 0, 0
            else:
                yield s, e, plan, "active", 0, 0
                if m.renewal_unpaid and e - today <= 7:
                    yield e + 1, e + days, plan, "unpaid", 0, 0
            return
        s, k = e + 1, k + 1


def _coverage(m: Member, today: int) -> None:
    """Which days the member may visit (the visit generator samples inside them)."""
    m.cov_start = m.joined
    m.cov_end = m.joined - 1
    passes: list[int] = []
    for s, e, plan, status, frozen_from, _ in membership_chain(m, today):
        m.offpeak = plan == OFFPEAK
        if PLANS[plan].membership_type == "day":
            passes.append(s)
            continue
        if status == "unpaid":  # no visits since the renewal went unpaid
            break
        end = e
        if status == "frozen":
            end = frozen_from - 1
        elif status == "cancelled":
            if mix(m.id, 7) % 10 < 4:  # many cancel in the first two weeks
                m.stop = min(s + mix(m.id, 8) % 14, today)
            end = min(e, m.stop)
        m.cov_end = min(end, today)
    if passes:
        m.daypasses = tuple(passes)
        m.cov_end = m.cov_start - 1


def write_members(load: Loader, staff: Staff) -> list[Member]:
    """Trainees: who they are (names, contacts, health, goals) and their membership life."""
    started = time.perf_counter()
    life = load.rng("membership-life")
    members = make_members(life, load.n, load.today)
    first_id = load.next_id("trainees")
    load.ids["trainees"] = first_id - 1 + len(members)
    trainer_weights = [1.0 + (i % 4) * 0.4 for i in range(len(staff.trainer_ids))]
    trainer_weights[0] = 2.0  # the demo trainer has a full client list
    trainer_cw = list(accumulate(trainer_weights))
    goal_cw = list(accumulate(g[2] for g in GOALS))
    origin_cw = list(accumulate(o.share for o in ORIGINS))
    freq_values = (1, 2, 2, 3, 3, 3, 4, 4, 5, 6)
    people = load.rng("people")
    # A few members have their birthday today (the check-in card wishes them well).
    count = max(2, load.n // 2000)
    birthdays = {min(load.n - 1, round(i * load.n / count) + 3) for i in range(count)}
    today = load.date(load.today)
    for i, m in enumerate(members):
        m.id = first_id + i
        _coverage(m, load.today)
        m.gender = "female" if people.random() < 0.52 else "male"
        m.origin = people.choices(range(len(ORIGINS)), cum_weights=origin_cw)[0]
        m.goal = people.choices(range(len(GOALS)), cum_weights=goal_cw)[0]
        m.freq = people.choice(freq_values) if PLANS[m.plan].membership_type != "class_pack" else 1
        m.method = people.choices(("card", "cash", "transfer"), cum_weights=(0.6, 0.9, 1.0))[0]
        m.auto_renew = people.random() < 0.35 and m.plan not in (DAY, CLASS_PACK)
        m.health = people.random()
        if people.random() < 0.6:
            m.trainer = people.choices(range(len(trainer_cw)), cum_weights=trainer_cw)[0]
        age = people.choices((20, 29, 39, 49, 62), cum_weights=(0.2, 0.52, 0.76, 0.9, 1.0))[0]
        age += people.randint(-4, 4)
        if m.plan == STUDENT:
            age = people.randint(18, 25)
        dob = load.today - int(age * 365.25) - people.randint(0, 364)
        if i in birthdays and m.cov_end >= load.today:
            day = (
                today.replace(year=today.year - age)
                if (today.month, today.day) != (2, 29)
                else today.replace(year=2000)
            )
            dob = day.toordinal()
        m.dob = dob
        trend = GOALS[m.goal][1]
        base = 66.0 if m.gender == "female" else 82.0
        m.weight0 = round(base + people.gauss(0, 9) + (8 if trend == "loss" else 0), 1)
        m.target = 0.0
        if trend == "loss":
            m.target = round(m.weight0 - people.uniform(5, 14), 1)
        elif trend == "gain":
            m.target = round(m.weight0 + people.uniform(3, 8), 1)
    load.copy("trainees", _TRAINEE_COLUMNS, _trainee_rows(load, members, staff))
    load.say(f"Members: {len(members):,} ({time.perf_counter() - started:.1f} s)")
    return members


def _trainee_rows(load: Loader, members: list[Member], staff: Staff) -> Iterator[tuple]:
    rng = load.rng("names")
    emails: set[str] = set()
    domains = ("example.com", "example.org", "example.net")
    for i, m in enumerate(members):
        origin = ORIGINS[m.origin]
        if i < len(_FIXED_MEMBERS):
            name, m.gender, m.origin = _FIXED_MEMBERS[i]
            origin = ORIGINS[m.origin]
            first, last = name.split(" ", 1)
        else:
            first = rng.choice(origin.female if m.gender == "female" else origin.male)
            last = rng.choice(origin.surnames)
            if rng.random() < origin.double_surname:
                other = rng.choice(origin.surnames)
                if other != last:
                    last = f"{other} {last}"
            name = f"{first} {last}"
        family = _family_name(last)
        a_first = ascii_fold(first).replace(" ", "")
        a_last = ascii_fold(family).replace(" ", "").replace("'", "")
        pattern = rng.randrange(5)
        local = (f"{a_first}.{a_last}", f"{a_first}{a_last}", f"{a_first[0]}.{a_last}",
                 f"{a_first}_{a_last}", f"{a_last}.{a_first}")[pattern]  # fmt: skip
        email = f"{local}@{rng.choice(domains)}"
        if email in emails:
            email = f"{local}{dt.date.fromordinal(m.dob).year % 100:02d}@{rng.choice(domains)}"
        if email in emails:
            email = f"{local}{m.id}@{rng.choice(domains)}"
        emails.add(email)
        # Residents from abroad often have a Portuguese number.
        phone_origin = origin if rng.random() < 0.4 or m.origin < 2 else ORIGINS[0]
        phone = phone_number(rng, phone_origin.phones)
        rel = rng.choice(_RELATIONS)
        female = rel in ("mother", "sister", "wife") or (
            rel in ("partner", "friend") and rng.random() < 0.5
        )
        contact_first = rng.choice(origin.female if female else origin.male)
        contact_last = family if rel != "friend" else rng.choice(origin.surnames)
        contact = f"{contact_first} {contact_last} ({rel})"
        contact_phone = phone_number(rng, PT_PHONES)
        health = None
        flagged = m.health < 0.05
        if flagged:
            health = rng.choice(_FLAGGED_CONDITIONS)
        elif m.health < 0.15:
            health = rng.choice(_MINOR_CONDITIONS)
        goal = GOALS[m.goal][0]
        target = Decimal(str(m.target)) if m.target else None
        note = None
        if rng.random() < 0.04:
            note = rng.choice(
                (
                    "Prefers morning sessions",
                    "Referred by a friend",
                    "Corporate partner: Banco Demo staff",
                    "Asked about the Annual plan; call back",
                    "Left a towel; in lost & found",
                )
            )
        postcode = f"1{rng.randint(100, 990)}-{rng.randint(1, 999):03d}"
        address = f"{rng.choice(_STREETS)} {rng.randint(1, 220)}, {postcode} Lisboa"
        joined_at = load.at(m.joined, rng.randint(540, 1200))
        yield (
            m.id, load.site_id, f"FM{m.id:06d}", name, email, phone, dt.date.fromordinal(m.dob),
            m.gender, address, contact, contact_phone, health, flagged, goal, target,
            staff.trainer_ids[m.trainer] if m.trainer >= 0 else None, note,
            dt.date.fromordinal(m.joined), joined_at, joined_at,
        )  # fmt: skip


_TRAINEE_COLUMNS = (
    "id", "site_id", "member_code", "full_name", "email", "phone", "date_of_birth", "gender",
    "address", "emergency_contact_name", "emergency_contact_phone", "health_conditions",
    "health_flagged", "fitness_goal", "target_weight_kg", "trainer_id", "notes", "joined_on",
    "created_at", "updated_at",
)  # fmt: skip


def write_member_summaries(load: Loader) -> None:
    """Each member's last visit and membership end, as migration 0006's triggers keep them.

    The load switches those triggers off (see ``runner._disable_triggers``) and sets both
    columns here with one UPDATE, after visits and memberships are all written: the latest
    check-in, and the latest end of a membership that was not cancelled.
    """
    load.cur.execute(
        """
        UPDATE trainees t SET last_visit_at = s.last_visit_at, membership_end = s.membership_end
        FROM (
            SELECT t.id, v.latest AS last_visit_at, m.latest AS membership_end
            FROM trainees t
            LEFT JOIN (SELECT trainee_id, max(checked_in_at) AS latest FROM attendance
                       GROUP BY trainee_id) v ON v.trainee_id = t.id
            LEFT JOIN (SELECT trainee_id, max(end_date) AS latest FROM memberships
                       WHERE status <> 'cancelled' GROUP BY trainee_id) m ON m.trainee_id = t.id
        ) s
        WHERE t.id = s.id AND (t.last_visit_at IS DISTINCT FROM s.last_visit_at
                               OR t.membership_end IS DISTINCT FROM s.membership_end)
        """
    )
