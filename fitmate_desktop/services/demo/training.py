"""Trainers' work with their trainees: measurements and goal checkpoints, PT sessions and
what they earned, workout and diet plans, logged workouts and food."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from fitmate_desktop.services.demo.base import Loader, json_text
from fitmate_desktop.services.demo.people import GOALS, Member
from fitmate_desktop.services.demo.reference import PACKAGES, TIMEZONE
from fitmate_desktop.services.demo.staff import Staff


def _d1(value: float) -> Decimal:
    """A measurement rounded to one decimal, as the Decimal binary COPY wants for numeric."""
    return Decimal(round(value * 10)).scaleb(-1)


def write_measurements(load: Loader, members: list[Member], staff: Staff) -> None:
    """Measuring sessions with real trends, and goal checkpoints drawn against targets."""
    started = time.perf_counter()
    first = load.next_id("measurements") - 1
    count = load.copy(
        "measurements", _MEASUREMENT_COLUMNS, _measurement_rows(load, members, staff, first)
    )
    load.ids["measurements"] = first + count
    # Goal checkpoints of coached members with a target weight: weight against the target,
    # and body fat (losing) or muscle mass (gaining) against where they started.
    step = time.perf_counter()
    load.cur.execute(
        """
        INSERT INTO progress_measurements (trainee_id, metric, value, target_value, unit,
            recorded_at, measurement_id, created_at, updated_at)
        SELECT m.trainee_id, x.metric, x.value, x.target, x.unit, m.measured_at, m.id,
               m.measured_at, m.measured_at
        FROM (
            SELECT m.*, t.target_weight_kg,
                   t.target_weight_kg < first_value(m.weight_kg) OVER w AS losing,
                   first_value(m.body_fat_pct) OVER w AS fat0,
                   first_value(m.muscle_mass_kg) OVER w AS muscle0
            FROM measurements m JOIN trainees t ON t.id = m.trainee_id
            WHERE m.id > %s AND t.trainer_id IS NOT NULL AND t.target_weight_kg IS NOT NULL
            WINDOW w AS (PARTITION BY m.trainee_id ORDER BY m.measured_at, m.id)
        ) m
        CROSS JOIN LATERAL (VALUES
            (1, 'weight_kg', m.weight_kg, m.target_weight_kg, 'kg'),
            (2, CASE WHEN m.losing THEN 'body_fat_pct' ELSE 'muscle_mass_kg' END,
                CASE WHEN m.losing THEN m.body_fat_pct ELSE m.muscle_mass_kg END,
                CASE WHEN m.losing THEN m.fat0 - 6 ELSE m.muscle0 + 3 END,
                CASE WHEN m.losing THEN '%%' ELSE 'kg' END)
        ) AS x(n, metric, value, target, unit)
        ORDER BY m.measured_at, m.id, x.n
        """,
        (first,),
    )
    load.counts["progress_measurements"] = load.cur.rowcount
    load.say(
        f"  progress_measurements: {load.cur.rowcount:,} rows in {time.perf_counter() - step:.1f} s"
    )
    load.say(f"Measurements: {count:,} ({time.perf_counter() - started:.1f} s)")


def _measurement_rows(
    load: Loader, members: list[Member], staff: Staff, measurement_id: int
) -> Iterator[tuple[Any, ...]]:
    rng = load.rng("measurements")
    gauss = rng.gauss
    today = load.today
    for m in members:
        female = m.gender == "female"
        trend = GOALS[m.goal][1]
        last = min(m.cov_end, today)
        if m.daypasses:
            continue
        with_trainer = m.trainer >= 0
        recorder = staff.trainer_users[m.trainer] if with_trainer else None
        w0 = m.weight0
        bf0 = (31.0 if female else 22.0) + (5 if trend == "loss" else 0) + gauss(0, 3.5)
        lean = w0 * (1 - bf0 / 100)
        mm0 = lean * 0.53
        waist0 = w0 * 0.55 + (35 if female else 38)
        hips0 = waist0 + (22 if female else 9)
        chest0 = (90 + (w0 - 65) * 0.6) if female else (98 + (w0 - 80) * 0.6)
        arm0 = (28 + (w0 - 65) * 0.2) if female else (33 + (w0 - 80) * 0.25)
        thigh0 = 55 + (w0 - 70) * 0.3
        hr0 = rng.randint(62, 84)
        if trend == "loss":
            rate = -rng.uniform(0.3, 0.8)  # kg a week, until the target is reached
        elif trend == "gain":
            rate = rng.uniform(0.1, 0.3)
        else:
            rate = rng.uniform(-0.05, 0.05)
        day = m.joined
        while day <= last:
            weeks = (day - m.joined) / 7
            if trend == "gain" and weeks > 26:
                change = rate * (26 + (weeks - 26) * 0.4)  # gains slow down after six months
            else:
                change = rate * weeks
            if trend == "loss" and m.target:
                change = max(change, m.target - w0 + 0.5)  # a plateau near the goal
            weight = w0 + change + gauss(0, 0.35)
            if trend == "gain":
                muscle = mm0 + change * 0.7 + gauss(0, 0.2)
                fat = bf0 - 0.04 * weeks + gauss(0, 0.5)
            else:
                muscle = mm0 + 0.015 * weeks + gauss(0, 0.2)
                fat = bf0 + change * 0.45 - 0.02 * weeks + gauss(0, 0.5)
            fat = min(max(fat, 6.0), 55.0)
            waist = waist0 + change * 0.9 + gauss(0, 0.6)
            measurement_id += 1
            at = load.at(day, rng.randint(480, 1260))
            note = None
            if with_trainer and day > m.joined and rng.random() < 0.08:
                note = rng.choice(
                    ("Great consistency this month", "Sleep has been poor; adjust volume",
                     "Back from holiday", "New personal best on squats",
                     "Measured after a training session")
                )  # fmt: skip
            row = (
                measurement_id, m.id, at, recorder, _d1(weight), _d1(fat),
                _d1(muscle), _d1(chest0 + change * 0.5 + gauss(0, 0.6)),
                _d1(waist), _d1(hips0 + change * 0.6 + gauss(0, 0.6)),
                _d1(arm0 + (change * 0.15 if trend == "gain" else change * 0.08)),
                _d1(thigh0 + change * 0.3 + gauss(0, 0.4)),
                max(48, hr0 - int(weeks * 0.1) + rng.randint(-3, 3)), note, at, at,
            )  # fmt: skip
            yield row
            if not with_trainer:
                break  # members without a trainer had the initial assessment only
            day += rng.randint(21, 42)


def write_personal_training(load: Loader, members: list[Member], staff: Staff) -> None:
    """PT sessions of the packages sold, and what the trainers earned from them."""
    started = time.perf_counter()
    first = load.next_id("pt_sessions") - 1
    count = load.copy(
        "pt_sessions",
        ("id", "trainer_id", "trainee_id", "package_id", "site_id", "scheduled_start",
         "scheduled_end", "status", "performance_json", "rating", "trainer_feedback",
         "trainee_feedback", "created_at", "updated_at"),
        _pt_rows(load, members, staff, first),
    )  # fmt: skip
    load.ids["pt_sessions"] = first + count
    # Each completed session earns the trainer's session rate (commission and hybrid
    # contracts); months before this one were paid out on the 5th of the next month.
    load.cur.execute(
        """
        INSERT INTO trainer_revenue (trainer_id, source, pt_session_id, amount, earned_on,
            payout_date, payout_reference, status, created_at, updated_at)
        SELECT s.trainer_id, 'pt_session', s.id, r.pt_session_rate, d.earned,
               CASE WHEN d.paid THEN d.payout END,
               CASE WHEN d.paid THEN 'PAY-' || to_char(d.payout, 'YYYY-MM') || '-'
                    || upper(left(s.trainer_id::text, 8)) END,
               CASE WHEN d.paid THEN 'paid' ELSE 'pending' END,
               s.scheduled_end, s.scheduled_end
        FROM pt_sessions s
        JOIN trainer_salaries r ON r.trainer_id = s.trainer_id AND r.is_active
             AND r.effective_to IS NULL
        CROSS JOIN LATERAL (
            SELECT (s.scheduled_start AT TIME ZONE %(tz)s)::date AS earned
        ) e
        CROSS JOIN LATERAL (
            SELECT e.earned,
                   e.earned < date_trunc('month', %(today)s::date) AS paid,
                   (date_trunc('month', e.earned) + interval '1 month 4 days')::date AS payout
        ) d
        WHERE s.id > %(first)s AND s.status = 'completed' AND r.pt_session_rate > 0
        ORDER BY s.id
        """,
        {"tz": TIMEZONE, "today": dt.date.fromordinal(load.today), "first": first},
    )
    load.counts["trainer_revenue"] = load.cur.rowcount
    load.say(f"PT sessions: {count:,} ({time.perf_counter() - started:.1f} s)")


def _pt_rows(
    load: Loader, members: list[Member], staff: Staff, session_id: int
) -> Iterator[tuple[Any, ...]]:
    rng = load.rng("pt-sessions")
    now_key = load.clock.now_key
    booked: set[tuple[int, int, int]] = set()  # (trainer, day, hour): no double booking
    focus = ("lower body", "upper body", "full body", "conditioning", "mobility", "core")
    feedback_t = ("Solid session, technique improving", "Increase load next week",
                  "Struggled with the last set; keep the weight", "Excellent effort today",
                  "Form on deadlifts much better")  # fmt: skip
    feedback_m = ("Tough but good!", "Loved the new circuit", "Knees felt fine today",
                  "Too early for me, prefer evenings", "Best session so far")  # fmt: skip
    for key, idx, pkg_i in load.purchases:
        m = members[idx]
        pkg = PACKAGES[pkg_i]
        t = m.trainer
        trainer_id = staff.trainer_ids[t]
        day = key // 1440 + rng.randint(1, 5)
        valid_until = key // 1440 + pkg.validity_days
        for _ in range(pkg.sessions):
            if day > valid_until or day > load.today + 21 or day > m.cov_end + 21:
                break
            hour = rng.randint(7, 20)
            for _try in range(6):
                if (t, day, hour) not in booked:
                    break
                hour = 7 + (hour - 6) % 14
            booked.add((t, day, hour))
            start_key = day * 1440 + hour * 60
            start = load.clock.at(start_key)
            end = start + dt.timedelta(minutes=pkg.minutes)
            created = load.clock.at(min(key + 5, now_key - 1))
            session_id += 1
            if start_key + pkg.minutes > now_key:
                row: tuple[Any, ...] = (
                    session_id, trainer_id, m.id, load.package_ids[pkg_i], load.site_id,
                    start, end, "scheduled", "{}", None, None, None, created, created,
                )  # fmt: skip
            else:
                roll = rng.random()
                status = "completed" if roll < 0.85 else ("no_show" if roll < 0.9 else "cancelled")
                perf, rating, fb_t, fb_m = "{}", None, None, None
                if status == "completed":
                    perf = json_text({"focus": rng.choice(focus), "rpe": rng.randint(6, 9),
                                  "calories": rng.randint(250, 520)})  # fmt: skip
                    if rng.random() < 0.7:
                        rating = rng.choices((3, 4, 5), cum_weights=(0.1, 0.45, 1.0))[0]
                        fb_m = rng.choice(feedback_m) if rng.random() < 0.4 else None
                    fb_t = rng.choice(feedback_t) if rng.random() < 0.6 else None
                row = (session_id, trainer_id, m.id, load.package_ids[pkg_i], load.site_id,
                       start, end, status, perf, rating, fb_t, fb_m, created, end)  # fmt: skip
            yield row
            day += rng.randint(3, 8)


def write_training_and_nutrition(load: Loader, members: list[Member], staff: Staff) -> None:
    """Workout plans and logged workouts; diet plans and food logs, for coached members."""
    started = time.perf_counter()
    rng = load.rng("training")
    today = load.today
    plans: list[tuple[int, int, int, int]] = []  # plan id, member index, start, end
    plan_rows, diet_rows, diet_members = [], [], []
    plan_id = load.next_id("workout_plans") - 1
    for idx, m in enumerate(members):
        if m.trainer < 0 or m.cov_end < today - 30:
            continue
        trend = GOALS[m.goal][1]
        if rng.random() < 0.3:
            start = max(m.cov_start, today - rng.randint(14, 120))
            end = start + 83
            plan_id += 1
            plans.append((plan_id, idx, start, min(end, m.cov_end)))
            plan_rows.append(
                (plan_id, staff.trainer_ids[m.trainer], m.id, _WORKOUT_TITLES[trend],
                 GOALS[m.goal][0], json_text(_WORKOUT_TEMPLATES[trend]),
                 dt.date.fromordinal(start), dt.date.fromordinal(end), end >= today,
                 load.at(start, 660), load.at(start, 660))
            )  # fmt: skip
        if trend != "keep" and m.cov_end >= today and rng.random() < 0.2:
            weight = m.weight0
            kcal = int(weight * (24 if trend == "loss" else 36) // 50 * 50)
            protein = int(weight * (1.8 if trend == "gain" else 1.6))
            fat = int(kcal * 0.28 / 9)
            carbs = max(0, int((kcal - protein * 4 - fat * 9) / 4))
            start = max(m.cov_start, today - rng.randint(7, 90))
            diet_rows.append(
                (staff.trainer_ids[m.trainer], m.id,
                 "Fat-loss plan" if trend == "loss" else "Lean bulk plan", kcal, protein,
                 carbs, fat, json_text(_DIET_TEMPLATE), dt.date.fromordinal(start), None, True,
                 load.at(start, 700), load.at(start, 700))
            )  # fmt: skip
            if rng.random() < 0.4:
                diet_members.append(idx)
    load.copy(
        "workout_plans",
        ("id", "trainer_id", "trainee_id", "title", "goal", "plan_json", "starts_on",
         "ends_on", "is_active", "created_at", "updated_at"),
        plan_rows,
    )  # fmt: skip
    load.ids["workout_plans"] = plan_id

    def workouts() -> Iterator[tuple[Any, ...]]:
        for pid, idx, start, end in plans:
            m = members[idx]
            day = start + rng.randint(0, 3)
            while day <= min(end, today - 1):
                minutes = rng.randint(35, 85)
                yield (
                    m.id, pid, staff.trainer_ids[m.trainer] if rng.random() < 0.2 else None,
                    load.at(day, rng.randint(420, 1260)), minutes,
                    int(minutes * rng.uniform(5.5, 9.5)), Decimal(rng.randint(620, 1000)) / 10,
                    json_text([{"name": name, "sets": sets, "done": True}
                           for name, sets in rng.sample(_EXERCISES, 4)]),
                    None,
                )  # fmt: skip
                day += rng.randint(2, 5)

    load.copy(
        "workouts",
        ("trainee_id", "plan_id", "trainer_id", "performed_at", "duration_minutes",
         "calories_burned", "accuracy_pct", "exercises_json", "notes"),
        workouts(),
    )  # fmt: skip
    load.copy(
        "diet_plans",
        ("trainer_id", "trainee_id", "title", "daily_calories", "protein_g", "carbs_g",
         "fat_g", "plan_json", "starts_on", "ends_on", "is_active", "created_at",
         "updated_at"),
        diet_rows,
    )  # fmt: skip

    def food_logs() -> Iterator[tuple[Any, ...]]:
        for idx in diet_members:
            m = members[idx]
            for day in range(today - 13, today + 1):
                if rng.random() < 0.15:
                    continue  # a day they did not log
                for meal in ("breakfast", "lunch", "dinner", "snack"):
                    if meal == "snack" and rng.random() < 0.5:
                        continue
                    if day == today and meal != "breakfast":
                        break
                    food, qty, kcal, p, c, f = rng.choice(_FOODS[meal])
                    photo = rng.random() < 0.3
                    yield (
                        m.id, dt.date.fromordinal(day), meal, food, qty, kcal,
                        Decimal(str(p)), Decimal(str(c)), Decimal(str(f)),
                        Decimal(str(round(rng.uniform(0.62, 0.95), 3))) if photo else None,
                        "photo" if photo else "manual",
                    )  # fmt: skip

    load.copy(
        "nutrition_logs",
        ("trainee_id", "logged_on", "meal_type", "food_name", "quantity", "calories",
         "protein_g", "carbs_g", "fat_g", "confidence", "source"),
        food_logs(),
    )  # fmt: skip
    load.say(f"Plans and logs ({time.perf_counter() - started:.1f} s)")


_MEASUREMENT_COLUMNS = (
    "id", "trainee_id", "measured_at", "recorded_by_id", "weight_kg", "body_fat_pct",
    "muscle_mass_kg", "chest_cm", "waist_cm", "hips_cm", "arm_cm", "thigh_cm", "resting_hr",
    "notes", "created_at", "updated_at",
)  # fmt: skip


_EXERCISES = (
    ("Back squat", 4), ("Romanian deadlift", 3), ("Bench press", 4), ("Lat pulldown", 3),
    ("Seated row", 3), ("Walking lunges", 3), ("Overhead press", 3), ("Plank", 3),
    ("Leg press", 4), ("Hip thrust", 4), ("Kettlebell swing", 4), ("Rowing machine 500 m", 3),
)  # fmt: skip
_WORKOUT_TITLES = {
    "loss": "Fat-loss circuit, 3 days",
    "gain": "Hypertrophy split, 4 days",
    "keep": "Full-body fitness, 3 days",
}


def _template(days: dict[str, list[tuple[str, int, str]]]) -> dict[str, Any]:
    return {
        "days": [
            {"name": name, "exercises": [{"name": e, "sets": s, "reps": r} for e, s, r in ex]}
            for name, ex in days.items()
        ]
    }


_WORKOUT_TEMPLATES = {
    "loss": _template({
        "Day A: lower body + intervals": [("Goblet squat", 3, "12"), ("Walking lunges", 3, "10"),
                                          ("Rowing machine intervals", 6, "1 min")],
        "Day B: upper body + core": [("Push-ups", 3, "10-15"), ("Seated row", 3, "12"),
                                     ("Plank", 3, "40 s")],
        "Day C: full body circuit": [("Kettlebell swing", 4, "15"), ("Step-ups", 3, "12"),
                                     ("Bike sprints", 8, "20 s")],
    }),
    "gain": _template({
        "Day A: legs": [("Back squat", 4, "6-8"), ("Leg press", 3, "10"), ("Leg curl", 3, "12")],
        "Day B: push": [("Bench press", 4, "6-8"), ("Overhead press", 3, "8"),
                        ("Triceps dips", 3, "10")],
        "Day C: pull": [("Deadlift", 3, "5"), ("Lat pulldown", 3, "10"), ("Biceps curl", 3, "12")],
        "Day D: accessories": [("Hip thrust", 4, "10"), ("Face pulls", 3, "15"),
                               ("Calf raises", 4, "15")],
    }),
    "keep": _template({
        "Day A": [("Squat", 3, "10"), ("Push-ups", 3, "12"), ("Plank", 3, "30 s")],
        "Day B": [("Deadlift", 3, "8"), ("Seated row", 3, "12"), ("Bike", 1, "20 min")],
        "Day C": [("Lunges", 3, "10"), ("Overhead press", 3, "10"), ("Swimming", 1, "30 min")],
    }),
}  # fmt: skip
_DIET_TEMPLATE = {
    "meals": [
        {"meal": "breakfast", "suggestion": "Greek yoghurt, oats and fruit"},
        {"meal": "lunch", "suggestion": "Grilled fish or chicken, rice, salad"},
        {"meal": "snack", "suggestion": "Fruit and a handful of nuts"},
        {"meal": "dinner", "suggestion": "Lean protein, vegetables, potatoes or pulses"},
    ],
    "water_litres": 2.5,
}
_FOODS = {
    "breakfast": (("Oats with milk and banana", "1 bowl", 380, 14.0, 62.0, 8.0),
                  ("Greek yoghurt with honey", "200 g", 260, 18.0, 30.0, 6.0),
                  ("Torrada with butter and a galão", "1 portion", 340, 10.0, 42.0, 14.0),
                  ("Scrambled eggs on toast", "2 eggs", 390, 22.0, 28.0, 20.0)),
    "lunch": (("Grilled chicken, rice and salad", "1 plate", 620, 45.0, 70.0, 14.0),
              ("Bacalhau à Brás", "1 plate", 710, 38.0, 48.0, 38.0),
              ("Caldo verde and a bifana", "1 portion", 680, 32.0, 62.0, 30.0),
              ("Tuna salad", "1 bowl", 450, 35.0, 20.0, 24.0)),
    "dinner": (("Grilled sea bass, potatoes and greens", "1 plate", 560, 42.0, 45.0, 20.0),
               ("Wholewheat pasta with turkey bolognese", "1 plate", 640, 40.0, 78.0, 16.0),
               ("Chickpea and spinach stew", "1 bowl", 480, 22.0, 60.0, 14.0),
               ("Omelette with vegetables", "3 eggs", 420, 28.0, 8.0, 30.0)),
    "snack": (("Apple", "1", 80, 0.4, 21.0, 0.2),
              ("Protein shake", "1 scoop", 130, 24.0, 4.0, 2.0),
              ("Almonds", "30 g", 175, 6.0, 6.0, 15.0),
              ("Pastel de nata", "1", 290, 4.0, 32.0, 16.0)),
}  # fmt: skip
