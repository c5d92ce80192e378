"""Registering and editing members: generated codes, photos, validation, two desks editing."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from fitmate_desktop.services import member_records as records
from fitmate_desktop.services import members
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import (
    Conflict,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from fitmate_desktop.services.member_records import MemberForm


@pytest.fixture
def photo(tmp_path: Path) -> str:
    path = tmp_path / "ana.png"
    Image.new("RGB", (1600, 1200), (200, 120, 80)).save(path)
    return str(path)


def test_register_generates_a_code_and_keeps_the_photo_small(reception: Actor, photo: str) -> None:
    detail = records.register_member(
        actor=reception,
        form=MemberForm(full_name="  Ana Silva ", email="Ana@Mail.PT", phone="+351 912 000 111",
                        date_of_birth=dt.date(1990, 4, 2), emergency_contact_name="Rui Silva",
                        emergency_contact_phone="912 000 222", health_conditions="Asthma",
                        health_flagged=True, fitness_goal="Run 10 km"),
        photo_file=photo,
    )  # fmt: skip
    assert detail.member_code == "FM000001" and detail.full_name == "Ana Silva"
    assert detail.email == "ana@mail.pt" and detail.health_flagged and detail.has_photo
    image = Image.open(io.BytesIO(members.member_photo(actor=reception, member_id=detail.id)))
    assert max(image.size) == 512 and image.format == "JPEG"
    second = records.register_member(actor=reception, form=MemberForm(full_name="Bruno Costa"))
    assert second.member_code == "FM000002"


@pytest.mark.parametrize(
    ("form", "field"),
    [(MemberForm(full_name=" "), "full_name"),
     (MemberForm(full_name="A", email="ana@"), "email"),
     (MemberForm(full_name="A", phone="12"), "phone"),
     (MemberForm(full_name="A", date_of_birth=dt.date.today() + dt.timedelta(days=1)),
      "date_of_birth"),
     (MemberForm(full_name="A", health_flagged=True), "health_conditions"),
     (MemberForm(full_name="A" * 201), "full_name"),
     (MemberForm(full_name="A", date_of_birth=dt.date(1, 1, 1)), "date_of_birth"),
     (MemberForm(full_name="A\x00B"), "full_name"),
     (MemberForm(full_name="A", address="Rua\x00 1"), "address"),
     (MemberForm(full_name="A", notes="\x00"), "notes")],
)  # fmt: skip
def test_bad_input_names_the_field_and_writes_nothing(
    reception: Actor, form: MemberForm, field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        records.register_member(actor=reception, form=form)
    assert err.value.field == field
    assert members.count_members(actor=reception) == 0


def test_every_wrong_field_is_reported_at_once_in_form_order(
    reception: Actor, tmp_path: Path
) -> None:
    bogus = tmp_path / "notes.jpg"
    bogus.write_text("not a picture")
    form = MemberForm(
        full_name="",
        email="ana@",
        phone="12",
        date_of_birth=dt.date.today() + dt.timedelta(days=3),
        emergency_contact_phone="x",
        health_flagged=True,
        notes="n" * 4001,
        trainer_id=uuid.uuid4(),
    )
    with pytest.raises(ValidationErrors) as err:
        records.register_member(actor=reception, form=form, photo_file=str(bogus))
    assert err.value.fields() == (
        "full_name", "email", "phone", "date_of_birth", "emergency_contact_phone", "photo",
        "health_conditions", "trainer_id", "notes",
    )  # fmt: skip
    messages = {e.field: e.message for e in err.value.errors}
    assert messages["full_name"] == "Enter the name."
    assert messages["trainer_id"] == "This trainer is not working here any more."
    # Still a ValidationError: a screen showing one error shows the first field's.
    assert err.value.field == "full_name" and str(err.value) == "Enter the name."
    assert members.count_members(actor=reception) == 0


def test_an_edit_reports_every_wrong_field_too(reception: Actor) -> None:
    ana = records.register_member(actor=reception, form=MemberForm(full_name="Ana Silva"))
    with pytest.raises(ValidationErrors) as err:
        records.update_member(
            actor=reception,
            member_id=ana.id,
            expected_version=ana.version,
            form=MemberForm(full_name=" ", phone="1", email="@"),
        )
    assert err.value.fields() == ("full_name", "email", "phone")
    assert members.get_member(actor=reception, member_id=ana.id).full_name == "Ana Silva"


def test_a_file_that_is_not_a_picture_is_refused(reception: Actor, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.jpg"
    bogus.write_text("not a picture")
    with pytest.raises(ValidationError) as err:
        records.register_member(actor=reception, form=MemberForm(full_name="A"),
                                photo_file=str(bogus))  # fmt: skip
    assert err.value.field == "photo"


def test_two_desks_editing_the_same_member(reception: Actor, admin: Actor) -> None:
    created = records.register_member(actor=reception, form=MemberForm(full_name="Ana Silva"))
    form = records.form_of(created)
    desk_a = records.update_member(
        actor=reception, member_id=created.id, expected_version=created.version,
        form=MemberForm(**{**form.__dict__, "phone": "+351 912 000 111"}),
    )  # fmt: skip
    with pytest.raises(Conflict) as err:
        records.update_member(
            actor=admin, member_id=created.id, expected_version=created.version,
            form=MemberForm(**{**form.__dict__, "email": "ana@new.pt"}),
        )  # fmt: skip
    theirs = err.value.current
    assert theirs is not None and theirs.phone == "+351 912 000 111"
    assert members.get_member(actor=admin, member_id=created.id).email is None
    assert desk_a.version == created.version + 1


def test_archived_members_leave_the_list_but_keep_their_history(reception: Actor) -> None:
    created = records.register_member(actor=reception, form=MemberForm(full_name="Ana Silva"))
    records.set_archived(actor=reception, member_id=created.id, archived=True, reason="Moved")
    assert members.count_members(actor=reception) == 0
    assert members.get_member(actor=reception, member_id=created.id).is_archived
    records.set_archived(actor=reception, member_id=created.id, archived=False)
    assert members.count_members(actor=reception) == 1


def test_trainers_cannot_register_members(trainer: Actor) -> None:
    with pytest.raises(PermissionDenied):
        records.register_member(actor=trainer, form=MemberForm(full_name="X"))


def test_membership_card_pdf_carries_the_code(reception: Actor, photo: str) -> None:
    created = records.register_member(
        actor=reception, form=MemberForm(full_name="Siobhán Ó Briain"), photo_file=photo
    )
    pdf = records.membership_card_pdf(actor=reception, member_id=created.id)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert created.member_code in text and "Siobhán Ó Briain" in text
