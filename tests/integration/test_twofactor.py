"""Two-factor sign-in for admins: RFC 6238 vectors, enrolment, no replay, recovery codes."""

from __future__ import annotations

import time

import pyotp
import pytest
from sqlalchemy import select

from fitmate_desktop.models import AdminOTP, AdminSession, AdminSettings, AuditLog, User
from fitmate_desktop.security import totp
from fitmate_desktop.services import accounts, auth, twofactor, users
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import AuthenticationFailed, PermissionDenied, ValidationError
from fitmate_desktop.services.uow import unit_of_work
from tests.integration.factories import update_row

PASSWORD = "Admin-Pass-2026!"

# RFC 6238, appendix B: (unix time, expected 8-digit code) per hash function.
RFC_SECRETS = {
    "sha1": b"12345678901234567890",
    "sha256": b"12345678901234567890123456789012",
    "sha512": b"1234567890123456789012345678901234567890123456789012345678901234",
}
RFC_VECTORS = [
    (59, {"sha1": "94287082", "sha256": "46119246", "sha512": "90693936"}),
    (1111111109, {"sha1": "07081804", "sha256": "68084774", "sha512": "25091201"}),
    (1111111111, {"sha1": "14050471", "sha256": "67062674", "sha512": "99943326"}),
    (1234567890, {"sha1": "89005924", "sha256": "91819424", "sha512": "93441116"}),
    (2000000000, {"sha1": "69279037", "sha256": "90698825", "sha512": "38618901"}),
    (20000000000, {"sha1": "65353130", "sha256": "77737706", "sha512": "47863826"}),
]


@pytest.mark.parametrize(("when", "codes"), RFC_VECTORS)
@pytest.mark.parametrize("digest", ["sha1", "sha256", "sha512"])
def test_rfc6238_vectors_through_our_verification(when: int, codes: dict, digest: str) -> None:
    import base64

    secret = base64.b32encode(RFC_SECRETS[digest]).decode()
    step = totp.accepted_step(secret, codes[digest], last_used_step=None, now=when, digits=8,
                              digest=digest)  # fmt: skip
    assert step == when // 30
    assert totp.accepted_step(secret, codes[digest], last_used_step=step, now=when, digits=8,
                              digest=digest) is None  # fmt: skip


def _admin() -> Actor:
    users.create_user_from_cli(email="boss@gym.pt", password=PASSWORD, role="ADMIN")
    return auth.sign_in(email="boss@gym.pt", password=PASSWORD, workstation="office")


def _code(secret: str, offset_steps: int = 0) -> str:
    return pyotp.TOTP(secret).at(time.time() + 30 * offset_steps)


def test_admin_must_enrol_at_first_sign_in_and_has_no_permissions_until_then() -> None:
    pending = _admin()
    assert pending.second_factor == "enrol" and not pending.ready
    assert pending.permissions == frozenset()
    enrolment = twofactor.start_enrolment(actor=pending)
    assert enrolment.qr_png.startswith(b"\x89PNG") and enrolment.secret in enrolment.uri
    with pytest.raises(ValidationError):
        twofactor.confirm_enrolment(actor=pending, secret=enrolment.secret, code="000000")
    done = twofactor.confirm_enrolment(
        actor=pending, secret=enrolment.secret, code=_code(enrolment.secret)
    )
    assert done.actor.ready and done.actor.can("users.manage")
    assert len(done.recovery_codes) == 10 and len(set(done.recovery_codes)) == 10
    with unit_of_work() as uow:
        otp = uow.session.scalars(select(AdminOTP)).one()
        assert enrolment.secret not in otp.secret_encrypted  # sealed, not in clear
        assert all(c["hash"].startswith("$argon2id$") for c in otp.recovery_codes)
        row = uow.session.get(AdminSession, pending.session_id)
        assert row is not None and row.two_factor_verified


def _enrolled() -> tuple[str, tuple[str, ...]]:
    pending = _admin()
    enrolment = twofactor.start_enrolment(actor=pending)
    # Enrol with the previous step's code so the current one is still unused for the tests.
    done = twofactor.confirm_enrolment(
        actor=pending, secret=enrolment.secret, code=_code(enrolment.secret, -1)
    )
    return enrolment.secret, done.recovery_codes


def test_next_sign_in_asks_for_a_code_and_never_accepts_it_twice() -> None:
    secret, _codes = _enrolled()
    actor = auth.sign_in(email="boss@gym.pt", password=PASSWORD, workstation="office")
    assert actor.second_factor == "verify" and not actor.ready
    code = _code(secret)
    verified = twofactor.verify_second_factor(actor=actor, code=code)
    assert verified.ready and verified.can("payroll.manage")
    again = auth.sign_in(email="boss@gym.pt", password=PASSWORD, workstation="office")
    with pytest.raises(AuthenticationFailed, match="already used"):
        twofactor.verify_second_factor(actor=again, code=code)  # replay refused
    with pytest.raises(AuthenticationFailed):
        twofactor.verify_second_factor(actor=again, code=_code(secret, -1))  # older: refused


def test_recovery_codes_work_once(tmp_path: object) -> None:
    _secret, codes = _enrolled()
    actor = auth.sign_in(email="boss@gym.pt", password=PASSWORD, workstation="office")
    assert twofactor.verify_second_factor(actor=actor, code=codes[3].lower()).ready
    actor = auth.sign_in(email="boss@gym.pt", password=PASSWORD, workstation="office")
    with pytest.raises(AuthenticationFailed):
        twofactor.verify_second_factor(actor=actor, code=codes[3])
    assert twofactor.recovery_codes_left(actor=actor) == 9


def test_an_admin_can_reset_another_admins_2fa_and_it_is_audited(admin: Actor) -> None:
    _enrolled()
    with unit_of_work() as uow:
        from fitmate_desktop.models import User

        boss = uow.session.scalars(select(User).where(User.email == "boss@gym.pt")).one()
        boss_id = boss.id
    twofactor.reset_two_factor(actor=admin, user_id=boss_id)
    update_row(AdminSettings, 1, require_admin_2fa=True)  # the admin fixture relaxed it
    actor = auth.sign_in(email="boss@gym.pt", password=PASSWORD, workstation="office")
    assert actor.second_factor == "enrol"
    with unit_of_work() as uow:
        actions = uow.session.scalars(select(AuditLog.action)).all()
    assert "2fa.enrol" in actions and "2fa.reset" in actions


def test_only_admins_enrol_and_reset(reception: Actor) -> None:
    with pytest.raises(PermissionDenied):
        twofactor.start_enrolment(actor=reception)
    with pytest.raises(PermissionDenied):
        twofactor.reset_two_factor(actor=reception, user_id=1)


# --------------------------------------------------------------------------- code limits


def _wrong_code(secret: str) -> str:
    """Six digits that are not a valid code for any step the server accepts right now."""
    valid = {_code(secret, n) for n in (-2, -1, 0, 1, 2)}
    return next(c for c in (f"{n:06d}" for n in range(100000, 999999, 7919)) if c not in valid)


def _boss() -> User:
    with unit_of_work() as uow:
        boss = uow.session.scalars(select(User).where(User.email == "boss@gym.pt")).one()
        uow.session.expunge(boss)
        return boss


def test_wrong_codes_are_limited_across_correct_password_sign_ins(admin: Actor) -> None:
    # Fails on the old code: each correct password reset the counter wrong codes used too,
    # so two guesses per sign-in went on for ever and the correct code still got in.
    secret, _codes = _enrolled()
    wrong = _wrong_code(secret)
    for _round in range(3):
        actor = auth.sign_in(email="boss@gym.pt", password=PASSWORD, workstation="office")
        assert actor.second_factor == "verify"  # codes never lock the password itself
        for _guess in range(2):
            with pytest.raises(AuthenticationFailed):
                twofactor.verify_second_factor(actor=actor, code=wrong)
    actor = auth.sign_in(email="boss@gym.pt", password=PASSWORD, workstation="office")
    with pytest.raises(AuthenticationFailed, match="Try again in 1 minute, or ask another admin"):
        twofactor.verify_second_factor(actor=actor, code=_code(secret))  # right, but waiting
    boss = _boss()
    # The 5th wrong code started a wait; the 6th came during it (refused, not counted), and
    # the password successes in between reset nothing.
    assert boss.second_factor_failures == 5 and boss.failed_attempts == 0
    assert boss.second_factor_locked_until is not None

    account = next(a for a in accounts.list_accounts(actor=admin) if a.email == "boss@gym.pt")
    assert account.locked and account.code_failed_attempts == 5
    accounts.unlock_account(actor=admin, user_id=boss.id)  # an admin lifts it
    assert twofactor.verify_second_factor(actor=actor, code=_code(secret)).ready
    assert _boss().second_factor_failures == 0


def test_a_correct_recovery_code_resets_the_code_counter() -> None:
    secret, codes = _enrolled()
    actor = auth.sign_in(email="boss@gym.pt", password=PASSWORD, workstation="office")
    for _guess in range(3):
        with pytest.raises(AuthenticationFailed):
            twofactor.verify_second_factor(actor=actor, code=_wrong_code(secret))
    assert _boss().second_factor_failures == 3
    assert twofactor.verify_second_factor(actor=actor, code=codes[0]).ready
    assert _boss().second_factor_failures == 0


def test_the_password_alone_cannot_replace_an_enrolment() -> None:
    # Fails on the old code: a password-only session enrolled a new app over the old one,
    # which skipped every code and every limit on codes.
    _enrolled()
    actor = auth.sign_in(email="boss@gym.pt", password=PASSWORD, workstation="office")
    assert actor.second_factor == "verify"
    mine = twofactor.start_enrolment(actor=actor)
    with pytest.raises(PermissionDenied, match="already set up"):
        twofactor.confirm_enrolment(actor=actor, secret=mine.secret, code=_code(mine.secret))


ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize("digits", [ARABIC_INDIC, FULL_WIDTH], ids=["arabic-indic", "full-width"])
def test_digits_of_other_scripts_are_the_same_digits(digits: dict[int, str]) -> None:
    # Fails on the old code: TypeError from the comparison ("non-ASCII characters").
    secret, _codes = _enrolled()
    actor = auth.sign_in(email="boss@gym.pt", password=PASSWORD, workstation="office")
    with pytest.raises(AuthenticationFailed, match="not correct"):
        twofactor.verify_second_factor(actor=actor, code=_wrong_code(secret).translate(digits))
    assert _boss().second_factor_failures == 1  # a wrong code like any other
    assert twofactor.verify_second_factor(actor=actor, code=_code(secret).translate(digits)).ready


@pytest.mark.parametrize(
    "typed",
    [
        "²³⁴⁵⁶⁷",  # superscripts: digits to str.isdigit, but not decimal digits
        "😀😀😀😀😀😀",
        "12\x0034\x0056",
        "123456\x00",
        "\u202e654321",  # a right-to-left override before the digits
        "\x1b[2J",
        "\ud800\udc00" * 3,
        "1" * 10_000,
        "K7QD-M2X" + "😀",
        "DROP TABLE users; --",
    ],
    ids=[
        "superscript",
        "emoji",
        "nul-inside",
        "nul-after",
        "rtl",
        "escape",
        "surrogates",
        "10k",
        "recovery+emoji",
        "sql",
    ],
)
def test_any_other_text_gets_a_clear_refusal_and_counts_nothing(typed: str) -> None:
    _enrolled()
    actor = auth.sign_in(email="boss@gym.pt", password=PASSWORD, workstation="office")
    with pytest.raises(ValidationError) as refused:
        twofactor.verify_second_factor(actor=actor, code=typed)
    assert refused.value.field == "code" and "6 digits" in str(refused.value)
    assert _boss().second_factor_failures == 0
    pending = auth.sign_in(email="boss@gym.pt", password=PASSWORD, workstation="office")
    enrolment = twofactor.start_enrolment(actor=pending)
    with pytest.raises(ValidationError):
        twofactor.confirm_enrolment(actor=pending, secret=enrolment.secret, code=typed)


def test_recovery_codes_in_full_width_or_spaced_still_work() -> None:
    _secret, codes = _enrolled()
    wide = (
        codes[1]
        .lower()
        .replace("-", " ")
        .translate(
            {c: c + 0xFEE0 for c in range(0x21, 0x7F)}  # ASCII -> full-width forms
        )
    )
    actor = auth.sign_in(email="boss@gym.pt", password=PASSWORD, workstation="office")
    assert twofactor.verify_second_factor(actor=actor, code=wide).ready
