"""Sign-in as a receptionist or admin would meet it, against the real database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from fitmate_desktop.models import AdminSession, User
from fitmate_desktop.services import auth, users
from fitmate_desktop.services.actor import system_actor
from fitmate_desktop.services.errors import (
    AuthenticationFailed,
    Conflict,
    PermissionDenied,
    ValidationError,
)
from fitmate_desktop.services.uow import unit_of_work

PASSWORD = "Correct-Horse-42"


@pytest.fixture
def desk_user() -> str:
    users.create_user_from_cli(email="Ana.Silva@Gym.pt", password=PASSWORD, role="reception")
    return "ana.silva@gym.pt"


def _user(email: str) -> User:
    with unit_of_work() as uow:
        user = uow.session.scalar(select(User).where(User.email == email))
        assert user is not None
        uow.session.expunge(user)  # keep the loaded values after the read-only rollback
        return user


def test_sign_in_opens_a_session_row_and_returns_the_actor(desk_user: str) -> None:
    actor = auth.sign_in(email="ANA.SILVA@gym.pt ", password=PASSWORD, workstation="front-1")

    assert actor.role == "RECEPTION"
    assert actor.full_name == "Ana Silva"
    assert actor.can("checkin.use") and not actor.can("payroll.manage")
    with unit_of_work() as uow:
        row = uow.session.get(AdminSession, actor.session_id)
        assert row is not None and row.workstation == "front-1" and row.ended_at is None

    auth.sign_out(actor=actor)
    with unit_of_work() as uow:
        row = uow.session.get(AdminSession, actor.session_id)
        assert row is not None and row.ended_at is not None and row.end_reason == "signed_out"


def test_wrong_password_and_unknown_email_get_the_same_message(desk_user: str) -> None:
    with pytest.raises(AuthenticationFailed) as wrong:
        auth.sign_in(email=desk_user, password="not-it", workstation="d")
    with pytest.raises(AuthenticationFailed) as unknown:
        auth.sign_in(email="nobody@gym.pt", password="not-it", workstation="d")
    assert str(wrong.value) == str(unknown.value) == "Email or password is not correct."
    assert _user(desk_user).failed_attempts == 1


@pytest.mark.parametrize(
    ("email", "password", "field"),
    [("", PASSWORD, "email"), ("   ", PASSWORD, "email"), ("not-an-email", "x", "email"),
     ("a@b.pt", "", "password"), ("x" * 250 + "@b.pt", "x", "email")],
)  # fmt: skip
def test_empty_or_malformed_fields_name_the_field(email: str, password: str, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        auth.sign_in(email=email, password=password, workstation="d")
    assert err.value.field == field


def test_repeated_failures_lock_the_account_even_for_the_right_password(desk_user: str) -> None:
    for _ in range(auth.FREE_ATTEMPTS):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in(email=desk_user, password="wrong", workstation="d")
    user = _user(desk_user)
    assert user.locked_until is not None
    assert user.locked_until > dt.datetime.now(dt.UTC)
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(email=desk_user, password=PASSWORD, workstation="d")


def test_lockout_schedule_grows_from_30_seconds_to_an_hour() -> None:
    delays = [auth.lockout_delay(n).total_seconds() for n in range(1, 16)]
    assert delays[:4] == [0, 0, 0, 0]
    assert delays[4:8] == [30, 60, 120, 240]
    assert max(delays) == 3600
    assert delays == sorted(delays)


def test_success_resets_the_failure_count(desk_user: str) -> None:
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(email=desk_user, password="wrong", workstation="d")
    auth.sign_in(email=desk_user, password=PASSWORD, workstation="d")
    assert _user(desk_user).failed_attempts == 0


def test_members_cannot_sign_in_at_a_desk() -> None:
    users.create_user_from_cli(email="member@gym.pt", password=PASSWORD, role="TRAINEE")
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(email="member@gym.pt", password=PASSWORD, workstation="d")


def test_password_is_stored_as_argon2id_never_in_clear(desk_user: str) -> None:
    stored = _user(desk_user).password_hash
    assert stored is not None and stored.startswith("$argon2id$")
    assert "m=19456,t=2,p=1" in stored and PASSWORD not in stored


def test_weak_password_and_duplicate_email_are_refused_and_write_nothing(desk_user: str) -> None:
    with pytest.raises(ValidationError) as weak:
        users.create_user_from_cli(email="b@gym.pt", password="password123", role="ADMIN")
    assert weak.value.field == "password"
    with pytest.raises(Conflict):
        users.create_user_from_cli(email="ANA.SILVA@gym.pt", password=PASSWORD, role="ADMIN")
    with unit_of_work() as uow:
        assert uow.session.scalar(select(User).where(User.email == "b@gym.pt")) is None


def test_only_admins_create_accounts(desk_user: str) -> None:
    actor = auth.sign_in(email=desk_user, password=PASSWORD, workstation="d")
    with pytest.raises(PermissionDenied):
        users.create_user(
            actor=actor, email="x@gym.pt", full_name="X", role="ADMIN", password=PASSWORD
        )
    assert (
        users.create_user(
            actor=system_actor(), email="x@gym.pt", full_name="X", role="admin", password=PASSWORD
        ).role
        == "ADMIN"
    )


def test_database_gone_during_sign_in_says_so_and_writes_nothing(desk_user: str) -> None:
    from fitmate_desktop.db.engine import configure_database, current_database
    from fitmate_desktop.services.errors import Unavailable

    real = current_database()
    configure_database("postgresql+psycopg://fitmate:x@127.0.0.1:1/fitmate", workstation="d")
    try:
        with pytest.raises(Unavailable, match="cannot be reached"):
            auth.sign_in(email=desk_user, password=PASSWORD, workstation="d")
    finally:
        configure_database(real.url, embedded=real.embedded, workstation="test-desk")
    assert _user(desk_user).failed_attempts == 0 and _user(desk_user).last_login_at is None


# --------------------------------------------------------------------------- any text


ODD_PASSWORDS = {
    "arabic-indic": "٣٤٥٦٧٨٩٠١٢",
    "full-width": "１２３４５６７８９０ａｂｃ",
    "emoji": "😀🏋️‍♀️💪" * 4,
    "nul": "Correct-Horse-42\x00",
    "rtl-override": "\u202eCorrect-Horse-42",
    "lone-surrogate": "Correct-\ud800-Horse",
    "10k": "x" * 10_000,
}


@pytest.mark.parametrize("typed", ODD_PASSWORDS.values(), ids=ODD_PASSWORDS.keys())
def test_any_text_in_a_password_field_gets_the_services_own_refusal(
    desk_user: str, typed: str
) -> None:
    # Fails on the old code: a lone surrogate raised UnicodeEncodeError out of argon2.
    with pytest.raises(AuthenticationFailed, match="Email or password is not correct"):
        auth.sign_in(email=desk_user, password=typed, workstation="d")
    actor = auth.sign_in(email=desk_user, password=PASSWORD, workstation="d")
    with pytest.raises(AuthenticationFailed):
        auth.unlock_desk(actor=actor, password=typed)
    with pytest.raises(ValidationError) as current:
        auth.change_password(actor=actor, current_password=typed, new_password="Another-One-77")
    assert current.value.field == "current_password"
    # The right password still works: nothing odd was stored or locked.
    auth.unlock_desk(actor=actor, password=PASSWORD)


def test_a_10000_character_password_is_refused_before_any_hashing(
    desk_user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    hashed: list[int] = []
    real = auth.verify_password

    def counting(stored: str | None, password: str) -> bool:
        hashed.append(len(password))
        return real(stored, password)

    actor = auth.sign_in(email=desk_user, password=PASSWORD, workstation="d")
    monkeypatch.setattr(auth, "verify_password", counting)
    # Fails on the old code: the lock screen and the password change hashed it first.
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(email=desk_user, password="x" * 10_000, workstation="d")
    with pytest.raises(AuthenticationFailed):
        auth.unlock_desk(actor=actor, password="x" * 10_000)
    with pytest.raises(ValidationError):
        auth.change_password(
            actor=actor, current_password="x" * 10_000, new_password="Another-One-77"
        )
    assert hashed == []
    assert _user(desk_user).failed_attempts == 0


@pytest.mark.parametrize(
    "new_password",
    ["Correct\x00Horse-43", "Correct-\x1b[2J-Horse", "Correct-\ud800-Horse", "y" * 10_000],
    ids=["nul", "escape", "lone-surrogate", "10k"],
)
def test_a_new_password_with_control_characters_or_too_long_is_refused(
    desk_user: str, new_password: str
) -> None:
    actor = auth.sign_in(email=desk_user, password=PASSWORD, workstation="d")
    with pytest.raises(ValidationError) as refused:
        auth.change_password(actor=actor, current_password=PASSWORD, new_password=new_password)
    assert refused.value.field == "new_password"
    auth.sign_in(email=desk_user, password=PASSWORD, workstation="d")  # unchanged


def test_passwords_in_any_script_work() -> None:
    scripts = ["Пароль-для-входа", "パスワードはとても長い", "كلمة-المرور-١٢٣", "😀💪🏋️‍♀️🔑🚪🎉🥇"]
    for n, password in enumerate(scripts):
        users.create_user_from_cli(email=f"p{n}@gym.pt", password=password, role="RECEPTION")
        assert auth.sign_in(email=f"p{n}@gym.pt", password=password, workstation="d").ready


@pytest.mark.parametrize(
    "email", ["ana.silva@gym.pt\x00", "ana\x1b[2J@gym.pt", "\u202eana.silva@gym.pt"],
    ids=["nul", "escape", "rtl"],
)  # fmt: skip
def test_control_characters_in_the_email_field_are_refused_at_the_field(
    desk_user: str, email: str
) -> None:
    # Fails on the old code for NUL: the driver refused the query and the desk showed
    # "Something went wrong while saving".
    with pytest.raises(ValidationError) as refused:
        auth.sign_in(email=email, password=PASSWORD, workstation="d")
    assert refused.value.field == "email"
