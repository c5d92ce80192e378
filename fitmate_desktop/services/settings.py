"""The gym's settings (AdminSettings): one row, edited by admins, every field validated."""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from fitmate_desktop.models import AdminSettings
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import audit
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import Conflict, NotFound, ValidationError
from fitmate_desktop.services.events import announce_changed
from fitmate_desktop.services.memberships import parse_money
from fitmate_desktop.services.text import quoted
from fitmate_desktop.services.uow import unit_of_work
from fitmate_desktop.services.validation import normalise_email, require_text

BACKUP_SCHEDULES = ("off", "daily", "weekly")
NOTIFICATION_KEYS = ("trainee_arrived", "membership_expiring", "maintenance_due", "leave_requests")
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


@dataclass(frozen=True)
class GymSettings:
    """Every setting of the Settings panel, with the version it was read at."""

    gym_name: str
    address: str
    phone: str
    email: str
    tax_id: str
    logo_path: str
    timezone: str
    locale: str
    currency: str
    tax_rate: Decimal
    receipt_footer: str
    idle_minutes_admin: int
    idle_minutes_staff: int
    reception_refund_limit: Decimal
    require_admin_2fa: bool
    backup_dir: str
    backup_schedule: str
    notification_prefs: dict[str, bool] = field(default_factory=dict)
    version: int = 1


_TEXT = ("address", "phone", "email", "tax_id", "logo_path", "receipt_footer", "backup_dir")


def _read(row: AdminSettings) -> GymSettings:
    prefs = {k: bool((row.notification_prefs or {}).get(k, True)) for k in NOTIFICATION_KEYS}
    return GymSettings(
        gym_name=row.gym_name,
        **{name: getattr(row, name) or "" for name in _TEXT},
        timezone=row.timezone,
        locale=row.locale,
        currency=row.currency,
        tax_rate=row.tax_rate,
        idle_minutes_admin=row.idle_minutes_admin,
        idle_minutes_staff=row.idle_minutes_staff,
        reception_refund_limit=row.reception_refund_limit,
        require_admin_2fa=row.require_admin_2fa,
        backup_schedule=row.backup_schedule or "off",
        notification_prefs=prefs,
        version=row.version,
    )


def get_settings(*, actor: Actor) -> GymSettings:
    actor.require(Permission.SETTINGS_MANAGE, doing="see the gym's settings")
    with unit_of_work() as uow:
        row = uow.session.get(AdminSettings, 1)
        if row is None:
            raise NotFound("The settings row is missing; run `fitmate db upgrade`.")
        return _read(row)


def _collect(s: GymSettings) -> tuple[dict[str, Any], dict[str, str]]:
    """Every field checked: the clean values, and a message per field that is wrong.

    The checks run in the order of the Settings panel, so the first problem is the one at the
    top of the form.
    """
    values: dict[str, Any] = {}
    problems: dict[str, str] = {}

    def check(name: str, make: Callable[[], Any]) -> None:
        try:
            values[name] = make()
        except ValidationError as err:
            problems.setdefault(err.field, err.message)

    def optional(name: str, label: str, max_length: int) -> str | None:
        value = (getattr(s, name) or "").strip()
        if len(value) > max_length:
            raise ValidationError(name, f"{label} is too long (at most {max_length}).")
        return value or None

    check(
        "gym_name",
        lambda: require_text("gym_name", s.gym_name, label="the gym's name", max_length=200),
    )
    check("address", lambda: optional("address", "The address", 500))
    check("phone", lambda: optional("phone", "The phone number", 40))
    check("email", lambda: normalise_email(s.email) if (s.email or "").strip() else None)
    check("tax_id", lambda: optional("tax_id", "The tax id", 40))
    check("logo_path", lambda: optional("logo_path", "The logo path", 1000))
    check("receipt_footer", lambda: optional("receipt_footer", "The receipt footer", 1000))
    check("backup_dir", lambda: optional("backup_dir", "The backup folder", 1000))

    def timezone() -> str:
        if s.timezone not in zoneinfo.available_timezones():
            raise ValidationError(
                "timezone", "Choose a time zone from the list (e.g. Europe/Lisbon)."
            )
        return s.timezone

    def locale() -> str:
        if not _LOCALE.match(s.locale or ""):
            raise ValidationError("locale", "Use a locale like en_GB or pt_PT.")
        return s.locale

    def currency() -> str:
        code = (s.currency or "").strip().upper()
        if len(code) != 3 or not code.isalpha():
            raise ValidationError("currency", "Use a three-letter currency code, like EUR.")
        return code

    def tax_rate() -> Decimal:
        try:
            rate = Decimal(str(s.tax_rate))
        except InvalidOperation:
            raise ValidationError("tax_rate", "Enter the tax rate in percent, like 23.") from None
        if not rate.is_finite() or not (Decimal(0) <= rate <= Decimal(100)):
            raise ValidationError("tax_rate", "The tax rate is a percentage from 0 to 100.")
        if rate != rate.quantize(Decimal("0.01")):
            raise ValidationError("tax_rate", "The tax rate is a percentage from 0 to 100.")
        return rate

    def idle_minutes(name: str) -> int:
        minutes = int(getattr(s, name))
        if not 1 <= minutes <= 480:
            raise ValidationError(name, "Idle minutes must be between 1 and 480.")
        return minutes

    def backup_schedule() -> str:
        if s.backup_schedule not in BACKUP_SCHEDULES:
            raise ValidationError("backup_schedule", "Choose off, daily or weekly.")
        return s.backup_schedule

    check("timezone", timezone)
    check("locale", locale)
    check("currency", currency)
    check("tax_rate", tax_rate)
    check("idle_minutes_admin", lambda: idle_minutes("idle_minutes_admin"))
    check("idle_minutes_staff", lambda: idle_minutes("idle_minutes_staff"))
    check(
        "reception_refund_limit",
        lambda: parse_money(s.reception_refund_limit, field="reception_refund_limit"),
    )
    values["require_admin_2fa"] = bool(s.require_admin_2fa)
    check("backup_schedule", backup_schedule)
    if "backup_dir" not in problems:
        folder = values.get("backup_dir")
        if values.get("backup_schedule", "off") != "off" and not folder:
            problems["backup_dir"] = "Choose a folder for the backups."
        elif folder and not Path(folder).is_absolute():
            problems["backup_dir"] = "Give the full path of the backup folder."
    logo = values.get("logo_path")
    if "logo_path" not in problems and logo and not Path(logo).is_file():
        problems["logo_path"] = "The logo file cannot be found on this desk."
    unknown = set(s.notification_prefs) - set(NOTIFICATION_KEYS)
    if unknown:
        problems["notification_prefs"] = f"Unknown notification: {quoted(sorted(unknown)[0])}."
    values["notification_prefs"] = {k: bool(v) for k, v in s.notification_prefs.items()}
    return values, problems


def _validated(s: GymSettings) -> dict[str, Any]:
    values, problems = _collect(s)
    if problems:
        field_name, message = next(iter(problems.items()))
        raise ValidationError(field_name, message)
    return values


def settings_problems(*, settings: GymSettings) -> dict[str, str]:
    """What is wrong with each field, all at once (empty when ``settings`` can be saved).

    ``save_settings`` stops at the first problem; the Settings panel asks this first so every
    wrong field gets its message next to it in one go. Checks only: reads and writes nothing.
    """
    return _collect(settings)[1]


def save_settings(*, actor: Actor, settings: GymSettings) -> GymSettings:
    """Validate every field and save, unless another admin saved since ``settings.version``."""
    actor.require(Permission.SETTINGS_MANAGE, doing="change the gym's settings")
    values = _validated(settings)
    with unit_of_work() as uow:
        row = uow.session.get(AdminSettings, 1, with_for_update=True)
        if row is None:
            raise NotFound("The settings row is missing; run `fitmate db upgrade`.")
        if row.version != settings.version:
            raise Conflict(
                "Another admin saved the settings meanwhile. Review their values and save again.",
                current=_read(row),
            )
        before = {k: v for k, v in asdict(_read(row)).items() if k != "version"}
        for key, value in values.items():
            setattr(row, key, value)
        uow.session.flush()
        saved = _read(row)
        after = {k: v for k, v in asdict(saved).items() if k != "version"}
        changed = {k for k in after if after[k] != before[k]}
        audit.record(
            uow.session,
            actor=actor,
            action="settings.update",
            entity_type="settings",
            entity_id=1,
            before={k: before[k] for k in sorted(changed)},
            after={k: after[k] for k in sorted(changed)},
        )
        announce_changed(uow.session, "settings")
        uow.commit()
        return saved
