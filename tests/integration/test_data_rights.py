"""Members' data rights: one archive with everything held about a member; erasure on request.

The member is built with data in every domain, through the real services where they exist
(registration, edit, payment, refund: so the audit log holds their name as it would in a gym).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import Engine, create_engine, exc, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from fitmate_desktop.db.embedded import create_database, drop_database
from fitmate_desktop.db.engine import configure_database, current_database
from fitmate_desktop.models import (
    AIReport,
    Attendance,
    AuditLog,
    DietPlan,
    Measurement,
    Membership,
    Message,
    Notification,
    NutritionLog,
    Payment,
    ProgressMeasurement,
    ProgressPhoto,
    PTSession,
    Trainee,
    Trainer,
    TrainerMessage,
    TrainerRevenue,
    User,
    UserRole,
    Workout,
    WorkoutPlan,
)
from fitmate_desktop.services import audit, data_rights, dbroles, payments
from fitmate_desktop.services import member_records as records
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.data_rights import ErasureRefused
from fitmate_desktop.services.errors import PermissionDenied, ValidationError
from fitmate_desktop.services.member_records import MemberForm
from fitmate_desktop.services.payments import SaleItem
from fitmate_desktop.services.schema import alembic_config, schema_status, upgrade_to_head
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import give_membership, make_plan, update_row

NAME = "Ana Beatriz Quintela"
EMAIL = "ana.quintela@example.pt"
PHONE = "+351 912 345 678"


@dataclass(frozen=True)
class Member:
    id: int
    code: str
    user_id: int
    photo_file: Path
    progress_file: Path


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "face.png"
    Image.new("RGB", (800, 600), (180, 120, 90)).save(path)
    return path


def _full_member(reception: Actor, photo: Path, tmp_path: Path) -> Member:
    detail = records.register_member(
        actor=reception,
        form=MemberForm(
            full_name=NAME,
            email=EMAIL,
            phone=PHONE,
            date_of_birth=dt.date(1990, 5, 17),
            gender="female",
            address="Rua das Flores 12, Porto",
            emergency_contact_name="Rui Quintela",
            emergency_contact_phone="+351 933 222 111",
            health_conditions="Asthma, carries an inhaler",
            health_flagged=True,
            fitness_goal="Run a half marathon",
            notes="Prefers morning classes",
        ),
        photo_file=str(photo),
    )
    # An edit, so the audit log holds before/after values with her details in them.
    records.update_member(
        actor=reception,
        member_id=detail.id,
        expected_version=detail.version,
        form=dataclasses.replace(records.form_of(detail), address="Rua Nova 3, Porto"),
    )
    plan = make_plan("Monthly")
    membership = give_membership(
        detail.id,
        plan,
        start=dt.date.today() - dt.timedelta(days=90),
        end=dt.date.today() - dt.timedelta(days=60),
        status="expired",
    )
    paid = payments.take_payment(
        actor=reception,
        idempotency_key=uuid.uuid4(),
        member_id=detail.id,
        items=[SaleItem(description=f"Locker for {NAME}", amount="5.00")],
        method="cash",
    )
    payments.refund_payment(
        actor=reception,
        payment_id=paid.id,
        amount="2.00",
        reason=f"{NAME} gave the key back early",
        idempotency_key=uuid.uuid4(),
    )
    progress_file = tmp_path / "before.jpg"
    Image.new("RGB", (64, 64), (10, 200, 10)).save(progress_file)
    now = dt.datetime.now(dt.UTC)
    with unit_of_work() as uow:
        s = uow.session
        coach = User(email="coach.rita@gym.pt", full_name="Rita Coach", role=UserRole.TRAINER)
        portal = User(email=EMAIL, full_name=NAME, phone=PHONE, role=UserRole.TRAINEE)
        s.add_all([coach, portal])
        s.flush()
        trainer = Trainer(user_id=coach.id, specialization="Running")
        s.add(trainer)
        s.flush()
        member = s.get(Trainee, detail.id)
        assert member is not None
        member.user_id = portal.id
        member.trainer_id = trainer.id
        s.add(
            Attendance(
                trainee_id=detail.id,
                site_id=1,
                checked_in_at=now - dt.timedelta(days=70, hours=2),
                checked_out_at=now - dt.timedelta(days=70, hours=1),
                duration_minutes=60,
                verdict="red",
                override_reason=f"Let {NAME} in, her card was at home",
            )
        )
        m = Measurement(trainee_id=detail.id, weight_kg=Decimal("61.40"), notes="after a cold")
        s.add(m)
        s.flush()
        s.add(
            ProgressMeasurement(
                trainee_id=detail.id,
                metric="weight",
                value=Decimal("61.40"),
                target_value=Decimal("58.00"),
                unit="kg",
                measurement_id=m.id,
            )
        )
        wp = WorkoutPlan(trainer_id=trainer.id, trainee_id=detail.id, title="10k base")
        s.add(wp)
        s.flush()
        s.add(Workout(trainee_id=detail.id, plan_id=wp.id, duration_minutes=45, notes="easy"))
        session_row = PTSession(
            trainer_id=trainer.id,
            trainee_id=detail.id,
            scheduled_start=now - dt.timedelta(days=75),
            scheduled_end=now - dt.timedelta(days=75) + dt.timedelta(hours=1),
            status="completed",
            rating=5,
            trainer_feedback=f"{NAME} kept a steady pace",
            trainee_feedback="Loved it",
        )
        s.add(session_row)
        s.flush()
        s.add(
            TrainerRevenue(
                trainer_id=trainer.id,
                source="pt_session",
                pt_session_id=session_row.id,
                amount=Decimal("25.00"),
                earned_on=dt.date.today() - dt.timedelta(days=75),
            )
        )
        s.add(
            AIReport(
                trainee_id=detail.id,
                generator_version="rules-1",
                period_start=dt.date.today() - dt.timedelta(days=90),
                period_end=dt.date.today(),
                report_json={"trend": "down", "for": NAME},
            )
        )
        s.add(DietPlan(trainee_id=detail.id, title="Lean", daily_calories=1900))
        s.add(
            NutritionLog(
                trainee_id=detail.id,
                logged_on=dt.date.today(),
                meal_type="lunch",
                food_name="Bacalhau",
                calories=640,
            )
        )
        s.add(
            ProgressPhoto(
                trainee_id=detail.id,
                taken_on=dt.date.today(),
                kind="before",
                file_path=str(progress_file),
            )
        )
        s.add(
            TrainerMessage(
                trainer_id=trainer.id,
                trainee_id=detail.id,
                from_trainer=True,
                body="See you Tuesday",
            )
        )
        s.add(
            Message(
                sender_id=coach.id,
                recipient_id=portal.id,
                subject="Plan",
                body=f"Hi {NAME}, your plan is ready",
            )
        )
        s.add(
            Notification(
                user_id=coach.id,
                type="trainee_arrived",
                title=f"{NAME} arrived at the gym",
                payload={"member_id": detail.id},
            )
        )
        uow.commit()
        user_id = portal.id
    assert membership
    return Member(
        id=detail.id,
        code=detail.member_code,
        user_id=user_id,
        photo_file=photo,
        progress_file=progress_file,
    )


@pytest.fixture
def member(reception: Actor, photo: Path, tmp_path: Path) -> Member:
    return _full_member(reception, photo, tmp_path)


def _archive(export: data_rights.MemberExport) -> tuple[dict, bytes, set[str]]:
    with zipfile.ZipFile(io.BytesIO(export.archive)) as zf:
        names = set(zf.namelist())
        root = f"member-{export.member_code}"
        data = json.loads(zf.read(f"{root}/data.json"))
        pdf = zf.read(f"{root}/summary.pdf")
    return data, pdf, names


# -------------------------------------------------------------------------------- export


def test_the_archive_holds_the_members_rows_from_every_domain(admin: Actor, member: Member) -> None:
    export = data_rights.export_member_data(actor=admin, member_id=member.id)
    data, pdf, names = _archive(export)

    expected = {e.name for e in data_rights.registered_tables() if e.export}
    assert set(data["sections"]) == expected
    empty = [k for k, v in data["sections"].items() if not v["rows"]]
    assert empty == [], f"no rows exported from {empty}"

    profile = data["sections"]["trainees"]["rows"][0]
    assert (profile["full_name"], profile["email"], profile["phone"]) == (NAME, EMAIL, PHONE)
    assert profile["date_of_birth"] == "1990-05-17"
    assert profile["health_conditions"] == "Asthma, carries an inhaler"
    assert "search_key" not in profile
    paid = data["sections"]["payments"]["rows"]
    assert {p["amount"] for p in paid} == {"5.00", "2.00"}  # money as exact strings
    assert dt.datetime.fromisoformat(paid[0]["created_at"]).tzinfo is not None
    account = data["sections"]["users"]["rows"][0]
    assert "password_hash" not in account and account["email"] == EMAIL
    assert data["sections"]["messages"]["rows"][0]["body"].startswith("Hi Ana")
    assert data["sections"]["pt_sessions"]["rows"][0]["trainer_feedback"]

    # Photos are files in the zip, referenced from the JSON with their digest.
    photo_ref = data["sections"]["member_photos"]["rows"][0]["image"]
    root = f"member-{member.code}"
    assert f"{root}/{photo_ref['file']}" in names and photo_ref["file"].endswith(".jpg")
    progress_ref = data["sections"]["progress_photos"]["rows"][0]["file_in_archive"]
    assert f"{root}/{progress_ref['file']}" in names
    assert f"{root}/summary.pdf" in names and export.file_name.endswith(".zip")

    text_of_pdf = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert f"Personal data held about {NAME}" in text_of_pdf
    for heading in (
        "Profile",
        "Memberships",
        "Visits",
        "Payments and refunds",
        "Measurements",
        "Progress photos",
        "Messages",
        "Workout plans",
        "Diet plans",
        "Personal training sessions",
        "Insight reports",
    ):
        assert heading in text_of_pdf, heading
    assert "Asthma, carries an inhaler" in text_of_pdf
    assert "Locker for" in text_of_pdf


def test_an_export_is_audited_without_personal_data(admin: Actor, member: Member) -> None:
    data_rights.export_member_data(actor=admin, member_id=member.id)
    with unit_of_work() as uow:
        row = uow.session.scalars(select(AuditLog).where(AuditLog.action == "member.export")).one()
        assert (row.actor_user_id, row.entity_type, row.entity_id) == (
            admin.user_id,
            "member",
            str(member.id),
        )
        stored = json.dumps([row.before, row.after, row.reason])
    assert NAME not in stored and EMAIL not in stored and PHONE not in stored
    assert '"payments": 2' in stored


def test_only_admins_export(reception: Actor, member: Member) -> None:
    with pytest.raises(PermissionDenied):
        data_rights.export_member_data(actor=reception, member_id=member.id)


# -------------------------------------------------------------------------------- erasure


def _engine() -> Engine:
    return current_database().engine


def _text_columns() -> list[tuple[str, str]]:
    with _engine().connect() as conn:
        return [
            (t, c)
            for t, c in conn.execute(
                text(
                    "SELECT c.table_name, c.column_name FROM information_schema.columns c "
                    "JOIN information_schema.tables t USING (table_schema, table_name) "
                    "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND "
                    "c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')"
                )
            )
        ]


def _where_found(needles: tuple[str, ...]) -> list[str]:
    found = []
    with _engine().connect() as conn:
        for table, column in _text_columns():
            for needle in needles:
                hits = conn.execute(
                    text(f'SELECT count(*) FROM "{table}" WHERE "{column}"::text ILIKE :n'),
                    {"n": f"%{needle}%"},
                ).scalar_one()
                if hits:
                    found.append(f"{table}.{column} holds {needle!r}")
    return found


def _fingerprint() -> dict[str, str]:
    """A digest of every row of every table: equal before and after means nothing changed."""
    with _engine().connect() as conn:
        tables = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        ).scalars()
        return {
            t: conn.execute(
                text(
                    f"SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) "
                    f'FROM "{t}" x'
                )
            ).scalar_one()
            for t in list(tables)
        }


def _count(model: type, **where: object) -> int:
    with unit_of_work() as uow:
        stmt = select(func.count()).select_from(model)
        for key, value in where.items():
            stmt = stmt.where(getattr(model, key) == value)
        return int(uow.session.scalar(stmt) or 0)


def test_erasure_leaves_no_personal_data_in_any_table(admin: Actor, member: Member) -> None:
    # The walk finds her before, or it proves nothing after.
    assert len(_where_found((NAME, EMAIL, PHONE))) >= 8
    payments_before = _count(Payment, trainee_id=member.id)
    visits_before = _count(Attendance, trainee_id=member.id)
    revenue_before = _count(TrainerRevenue)
    preview = data_rights.erasure_preview(actor=admin, member_id=member.id)
    assert preview.allowed and preview.confirmation_text == f"ERASE {member.code}"

    result = data_rights.erase_member(
        actor=admin,
        member_id=member.id,
        confirmation=f"ERASE {member.code}",
        reason="Erasure requested in writing on 8 Dec 2026",
    )

    assert _where_found((NAME, EMAIL, PHONE)) == []
    assert _where_found(("Quintela", "912 345 678", "Asthma", "Rua Nova")) == []
    # The progress photo's file went with its row.
    assert result.files_removed == 1 and result.files_left == ()
    assert not member.progress_file.exists()
    assert result.anonymous_name == f"Erased member {member.id}"
    # The accounts and the counts are kept, pointing at the anonymised record.
    assert _count(Payment, trainee_id=member.id) == payments_before == 2
    assert _count(Attendance, trainee_id=member.id) == visits_before == 1
    assert _count(TrainerRevenue) == revenue_before
    assert _count(PTSession, trainee_id=member.id) == 1
    for gone in (
        Measurement,
        ProgressMeasurement,
        Workout,
        WorkoutPlan,
        AIReport,
        DietPlan,
        NutritionLog,
        ProgressPhoto,
        TrainerMessage,
    ):
        assert _count(gone, trainee_id=member.id) == 0, gone.__name__
    assert _count(Message, recipient_id=member.user_id) == 0
    with unit_of_work() as uow:
        row = uow.session.get(Trainee, member.id)
        assert row is not None
        assert row.full_name == f"Erased member {member.id}"
        assert row.erased_at is not None and row.deleted_at is not None
        assert row.email is None and row.date_of_birth is None and row.health_flagged is False
        account = uow.session.get(User, member.user_id)
        assert account is not None and not account.is_active and account.password_hash is None
        erase_row = uow.session.scalars(
            select(AuditLog).where(AuditLog.action == "member.erase")
        ).one()
        assert erase_row.reason == "Erasure requested in writing on 8 Dec 2026"
        redacted = uow.session.scalar(
            select(func.count()).select_from(AuditLog).where(AuditLog.redacted_at.is_not(None))
        )
    assert redacted and redacted >= 3  # register, update, refund (its reason named her)
    # Redaction kept the chain verifiable.
    assert audit.check_chain(actor=admin).intact
    # Irreversible, and said so when tried again.
    with pytest.raises(ErasureRefused, match="already erased"):
        data_rights.erase_member(
            actor=admin, member_id=member.id, confirmation=f"ERASE {member.code}", reason="again"
        )


def test_putting_content_back_into_a_redacted_audit_row_breaks_the_chain(
    admin: Actor, member: Member
) -> None:
    data_rights.erase_member(
        actor=admin, member_id=member.id, confirmation=f"ERASE {member.code}", reason="Request"
    )
    # The trigger refuses any update but a redaction, even to the table's owner...
    with pytest.raises(Exception, match="append-only"), _engine().begin() as conn:
        conn.execute(text("UPDATE audit_log SET action = 'x' WHERE redacted_at IS NOT NULL"))
    with _engine().begin() as conn:
        conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER trg_audit_log_append_only"))
        conn.execute(text("ALTER TABLE audit_log DROP CONSTRAINT ck_audit_log_redaction_complete"))
        conn.execute(
            text(
                'UPDATE audit_log SET after = \'{"full_name": "Someone"}\' WHERE id = '
                "(SELECT min(id) FROM audit_log WHERE redacted_at IS NOT NULL)"
            )
        )
        conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER trg_audit_log_append_only"))
    # ...and one who gets past it is caught by the chain.
    assert not audit.check_chain(actor=admin).intact
    with _engine().begin() as conn:
        conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER trg_audit_log_append_only"))
        conn.execute(text("UPDATE audit_log SET after = NULL WHERE redacted_at IS NOT NULL"))
        conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER trg_audit_log_append_only"))
        conn.execute(
            text(
                "ALTER TABLE audit_log ADD CONSTRAINT ck_audit_log_redaction_complete CHECK ("
                "(redacted_at IS NULL AND content_salt IS NOT NULL) OR (redacted_at IS NOT NULL "
                "AND content_salt IS NULL AND before IS NULL AND after IS NULL AND reason IS NULL))"
            )
        )


def _attempt(actor: Actor, member: Member, **overrides: str) -> None:
    args = {"confirmation": f"ERASE {member.code}", "reason": "Request in writing", **overrides}
    data_rights.erase_member(actor=actor, member_id=member.id, **args)


@pytest.mark.parametrize(
    ("case", "error", "message"),
    [
        ("reception", PermissionDenied, "may not erase"),
        ("wrong confirmation", ValidationError, "Type ERASE"),
        ("code alone", ValidationError, "Type ERASE"),
        ("no reason", ValidationError, "Enter the reason"),
        ("name in the reason", ValidationError, "out of the reason"),
        ("running membership", ErasureRefused, "running membership"),
        ("unpaid membership", ErasureRefused, "owe money"),
        ("in the gym", ErasureRefused, "checked in right now"),
    ],
)
def test_refused_erasures_change_nothing(
    case: str,
    error: type[Exception],
    message: str,
    admin: Actor,
    reception: Actor,
    member: Member,
) -> None:
    today = dt.date.today()
    if case == "running membership":
        give_membership(
            member.id, make_plan("Annual"), start=today, end=today.replace(year=today.year + 1)
        )
    elif case == "unpaid membership":
        mid = give_membership(
            member.id,
            make_plan("Quarterly"),
            start=today - dt.timedelta(days=200),
            end=today - dt.timedelta(days=110),
        )
        update_row(Membership, mid, status="unpaid")
    elif case == "in the gym":
        with unit_of_work() as uow:
            uow.session.add(Attendance(trainee_id=member.id, site_id=1))
            uow.commit()
    before = _fingerprint()
    actor = reception if case == "reception" else admin
    overrides = {
        "wrong confirmation": {"confirmation": "ERASE FM999999"},
        "code alone": {"confirmation": member.code},
        "no reason": {"reason": "  "},
        "name in the reason": {"reason": f"{NAME} asked by phone"},
    }.get(case, {})
    with pytest.raises(error, match=message):
        _attempt(actor, member, **overrides)
    assert _fingerprint() == before


def test_the_preview_says_what_blocks_and_what_will_happen(admin: Actor, member: Member) -> None:
    today = dt.date.today()
    give_membership(member.id, make_plan("Annual"), start=today, end=today + dt.timedelta(days=9))
    preview = data_rights.erasure_preview(actor=admin, member_id=member.id)
    assert not preview.allowed
    assert any("running membership" in b for b in preview.blockers)
    steps = {s.table: s for s in preview.steps}
    assert steps["payments"].action == "anonymised" and steps["payments"].rows == 2
    assert steps["measurements"].action == "deleted" and steps["measurements"].rows == 1
    assert steps["audit_log"].action == "redacted"


# ------------------------------------------------------------- the database's own guards

OFFICE_PASSWORD = "office-login-for-tests-2026"


def _login_url(db_url: str, kind: str) -> str:
    dbroles.create_database_roles()
    name = f"{kind}_{uuid.uuid4().hex[:8]}"
    dbroles.create_login(name=name, password=OFFICE_PASSWORD, kind=kind)
    return (
        make_url(db_url)
        .set(username=name, password=OFFICE_PASSWORD)
        .render_as_string(hide_password=False)
    )


def test_a_desk_login_cannot_redact_the_audit_log_and_an_office_login_erases(
    db_url: str, admin: Actor, member: Member
) -> None:
    desk = create_engine(_login_url(db_url, "desk"))
    try:
        with pytest.raises(exc.ProgrammingError, match="permission denied"), desk.connect() as c:
            c.execute(text("SELECT fitmate_audit_redact_member(:m)"), {"m": member.id})
    finally:
        desk.dispose()
    owner_url = current_database().url
    configure_database(_login_url(db_url, "office"), workstation="test-desk")
    try:
        data_rights.erase_member(
            actor=admin, member_id=member.id, confirmation=f"ERASE {member.code}", reason="Asked"
        )
    finally:
        configure_database(owner_url, workstation="test-desk")
    assert _where_found((NAME, EMAIL, PHONE)) == []
    assert audit.check_chain(actor=admin).intact


# ------------------------------------------------------------------ migration 0009 re-seals


@pytest.fixture
def old_db(db_url: str) -> Iterator[str]:
    name = "fitmate_reseal_test"
    drop_database(db_url, name)
    url = create_database(db_url, name)
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0006")
    engine.dispose()
    yield url
    drop_database(db_url, name)


def _old_rows(url: str, count: int) -> None:
    """Audit rows as the old writer made them: the chain hashed the content itself."""
    engine = create_engine(url)
    prev = None
    with engine.begin() as conn:
        for n in range(count):
            moment = dt.datetime(2026, 11, 1, 9, 0, n % 60, tzinfo=dt.UTC)
            fields = {
                "occurred_at": moment.isoformat(),
                "actor_user_id": None,
                "actor_email": "system",
                "workstation": "cli",
                "site_id": None,
                "action": "member.register",
                "entity_type": "member",
                "entity_id": str(n),
                "before": None,
                "after": {"full_name": f"{NAME} {n}"},
                "reason": None,
            }
            digest = audit.row_digest(prev, fields)
            conn.execute(
                text(
                    "INSERT INTO audit_log (occurred_at, actor_email, workstation, action, "
                    "entity_type, entity_id, after, prev_hash, row_hash) VALUES (:t, 'system', "
                    "'cli', 'member.register', 'member', :e, CAST(:a AS jsonb), :p, :h)"
                ),
                {
                    "t": moment,
                    "e": str(n),
                    "a": json.dumps(fields["after"]),
                    "p": prev,
                    "h": digest,
                },
            )
            prev = digest
    engine.dispose()


def _chain_intact(url: str) -> bool:
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            return audit.verify_chain(session).intact
    finally:
        engine.dispose()


def test_the_upgrade_re_seals_an_intact_chain_and_refuses_a_broken_one(old_db: str) -> None:
    _old_rows(old_db, 25)
    upgrade_to_head(old_db)
    assert _chain_intact(old_db)
    engine = create_engine(old_db)
    try:
        with engine.begin() as conn:
            salts = conn.execute(
                text("SELECT count(DISTINCT content_salt) FROM audit_log")
            ).scalar_one()
        assert salts == 25
        # Down and up again: the old scheme verifies after the downgrade, the new after.
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0006")
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER trg_audit_log_append_only"))
            conn.execute(text("UPDATE audit_log SET after = '{}' WHERE entity_id = '7'"))
            conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER trg_audit_log_append_only"))
    finally:
        engine.dispose()
    with pytest.raises(RuntimeError, match="broken at row"):
        upgrade_to_head(old_db)
    assert schema_status(old_db).current == "0006"  # nothing half-done


def test_erasing_one_member_leaves_the_others_audit_rows_alone(
    admin: Actor, reception: Actor
) -> None:
    # "_" in her email is a LIKE wildcard unless escaped: "a_b" must not match "axb".
    gone = records.register_member(
        actor=reception, form=MemberForm(full_name="Lia Marques", email="lia_m@example.pt")
    )
    kept = records.register_member(
        actor=reception, form=MemberForm(full_name="Rosa Lima", email="liaxm@example.pt")
    )
    data_rights.erase_member(
        actor=admin, member_id=gone.id, confirmation=f"ERASE {gone.member_code}", reason="Asked"
    )
    with unit_of_work() as uow:
        rows = uow.session.execute(
            select(AuditLog.entity_id, AuditLog.redacted_at, AuditLog.after).where(
                AuditLog.action == "member.register"
            )
        ).all()
    state = {entity: (redacted is not None, after) for entity, redacted, after in rows}
    assert state[str(gone.id)] == (True, None)
    assert state[str(kept.id)][0] is False
    assert state[str(kept.id)][1]["email"] == "liaxm@example.pt"
    page = audit.list_audit(actor=admin, entity_type="member")
    assert {e.entity_id: e.redacted for e in page.entries if e.action == "member.register"} == {
        str(gone.id): True,
        str(kept.id): False,
    }


def test_export_and_erasure_touch_picture_files_only(
    admin: Actor, reception: Actor, tmp_path: Path
) -> None:
    precious = tmp_path / "accounts.xlsx"
    precious.write_bytes(b"not a photo")
    picture = tmp_path / "side.png"
    Image.new("RGB", (8, 8)).save(picture)
    created = records.register_member(actor=reception, form=MemberForm(full_name="Ivo Sá"))
    with unit_of_work() as uow:
        for path in (precious, picture):
            uow.session.add(
                ProgressPhoto(trainee_id=created.id, taken_on=dt.date.today(), file_path=str(path))
            )
        uow.commit()
    export = data_rights.export_member_data(actor=admin, member_id=created.id)
    assert [f.rsplit(".", 1)[1] for f in export.files] == ["png"]  # never the spreadsheet
    result = data_rights.erase_member(
        actor=admin,
        member_id=created.id,
        confirmation=f"ERASE {created.member_code}",
        reason="Asked",
    )
    assert not picture.exists() and precious.exists()
    assert result.files_removed == 1 and result.files_left == (str(precious),)


def test_the_audit_redaction_works_only_for_a_member_being_erased(
    admin: Actor, member: Member
) -> None:
    with pytest.raises(Exception, match="is not being erased"), _engine().begin() as conn:
        conn.execute(text("SELECT fitmate_audit_redact_member(:m)"), {"m": member.id})
    assert _count(AuditLog, entity_id=str(member.id)) >= 2
    with unit_of_work() as uow:
        assert uow.session.scalar(select(func.count(AuditLog.redacted_at))) == 0
