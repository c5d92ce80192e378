"""Members' data rights: one archive with everything held about a member; erasure on request.

The member is built with data in every domain, through the real services where they exist
(registration, edit, payment, refund: so the audit log holds their name as it would in a gym).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select

from fitmate_desktop.models import (
    AIReport,
    Attendance,
    AuditLog,
    DietPlan,
    Measurement,
    Membership,
    Message,
    NutritionLog,
    Payment,
    ProgressMeasurement,
    ProgressPhoto,
    PTSession,
    Trainee,
    TrainerMessage,
    TrainerRevenue,
    User,
    Workout,
    WorkoutPlan,
)
from fitmate_desktop.services import audit, data_rights, members
from fitmate_desktop.services import member_records as records
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.data_rights import ErasureRefused
from fitmate_desktop.services.errors import PermissionDenied, ValidationError
from fitmate_desktop.services.member_records import MemberForm
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.data_rights_support import (
    EMAIL,
    NAME,
    PHONE,
    Member,
    count_rows,
    fingerprint,
    full_member,
    where_found,
)
from tests.integration.factories import give_membership, make_plan, update_row


@pytest.fixture
def member(reception: Actor, tmp_path: Path) -> Member:
    return full_member(reception, tmp_path)


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


def test_erasure_leaves_no_personal_data_in_any_table(admin: Actor, member: Member) -> None:
    # The walk finds her before, or it proves nothing after.
    assert len(where_found((NAME, EMAIL, PHONE))) >= 8
    payments_before = count_rows(Payment, trainee_id=member.id)
    visits_before = count_rows(Attendance, trainee_id=member.id)
    revenue_before = count_rows(TrainerRevenue)
    preview = data_rights.erasure_preview(actor=admin, member_id=member.id)
    assert preview.allowed and preview.confirmation_text == f"ERASE {member.code}"

    result = data_rights.erase_member(
        actor=admin,
        member_id=member.id,
        confirmation=f"ERASE {member.code}",
        reason="Erasure requested in writing on 8 Dec 2026",
    )

    assert where_found((NAME, EMAIL, PHONE)) == []
    assert where_found(("Quintela", "912 345 678", "Asthma", "Rua Nova")) == []
    # The progress photo's file went with its row.
    assert result.files_removed == 1 and result.files_left == ()
    assert not member.progress_file.exists()
    assert result.anonymous_name == f"Erased member {member.id}"
    # The accounts and the counts are kept, pointing at the anonymised record.
    assert count_rows(Payment, trainee_id=member.id) == payments_before == 2
    assert count_rows(Attendance, trainee_id=member.id) == visits_before == 1
    assert count_rows(TrainerRevenue) == revenue_before
    assert count_rows(PTSession, trainee_id=member.id) == 1
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
        assert count_rows(gone, trainee_id=member.id) == 0, gone.__name__
    assert count_rows(Message, recipient_id=member.user_id) == 0
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
    before = fingerprint()
    actor = reception if case == "reception" else admin
    overrides = {
        "wrong confirmation": {"confirmation": "ERASE FM999999"},
        "code alone": {"confirmation": member.code},
        "no reason": {"reason": "  "},
        "name in the reason": {"reason": f"{NAME} asked by phone"},
    }.get(case, {})
    with pytest.raises(error, match=message):
        _attempt(actor, member, **overrides)
    assert fingerprint() == before


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


def test_an_erased_member_cannot_be_restored_or_edited(admin: Actor, member: Member) -> None:
    data_rights.erase_member(
        actor=admin,
        member_id=member.id,
        confirmation=f"ERASE {member.code}",
        reason="Erasure requested in writing",
    )
    with pytest.raises(ValidationError, match="erased"):
        records.set_archived(actor=admin, member_id=member.id, archived=False)
    detail = members.get_member(actor=admin, member_id=member.id)
    with pytest.raises(ValidationError, match="erased"):
        records.update_member(
            actor=admin,
            member_id=member.id,
            expected_version=detail.version,
            form=MemberForm(full_name="Ghost Again"),
        )
    assert members.get_member(actor=admin, member_id=member.id).is_archived
