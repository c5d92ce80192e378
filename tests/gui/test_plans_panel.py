"""The Plans panel (admins) and its editor over the real memberships service."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.context import ConnectionInfo, GuiContext
from fitmate_desktop.gui.panels.plans.panel import PlansPanel
from fitmate_desktop.gui.panels.plans.plan_dialog import PlanDialog
from fitmate_desktop.gui.panels.registry import panels_for
from fitmate_desktop.models import AdminSettings
from fitmate_desktop.services import auth, memberships, users
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.uow import unit_of_work
from tests.gui.conftest import WORKSTATION


@pytest.fixture
def admin() -> Actor:
    users.create_user_from_cli(
        email="marta.office@test.fitmate",
        password="Office-Pass-2026!",
        role="ADMIN",
        full_name="Marta Reis",
    )
    with unit_of_work() as uow:
        settings = uow.session.get(AdminSettings, 1)
        assert settings is not None
        settings.require_admin_2fa = False  # two-factor sign-in is tested elsewhere
        uow.commit()
    return auth.sign_in(
        email="marta.office@test.fitmate", password="Office-Pass-2026!", workstation=WORKSTATION
    )


@pytest.fixture
def panel(qtbot: QtBot, admin: Actor, connection_info: ConnectionInfo) -> Iterator[PlansPanel]:
    context = GuiContext(actor=admin, connection=connection_info, workstation=WORKSTATION)
    panel = PlansPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=2000)
    yield panel


def _names(panel: PlansPanel) -> list[str]:
    return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]


def _new_plan_dialog(qtbot: QtBot, panel: PlansPanel) -> PlanDialog:
    panel.focus_primary()
    qtbot.keyClick(panel.ui.plansTable, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.last_dialog
    assert isinstance(dialog, PlanDialog)
    return dialog


def test_an_empty_list_invites_the_first_plan(panel: PlansPanel) -> None:
    assert panel.ui.plansState.state == "empty"
    assert panel.ui.plansState.message_title() == "No plans yet"
    assert panel.ui.plansState.message_button().text() == "New plan"


def test_creating_a_plan_with_the_keyboard(qtbot: QtBot, panel: PlansPanel, admin: Actor) -> None:
    dialog = _new_plan_dialog(qtbot, panel)
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "Off-Peak")
    assert ui.typeCombo.currentData() == "monthly"
    assert ui.durationSpin.value() == 30
    qtbot.keyClicks(ui.priceEdit, "29.00")
    ui.visitsSpin.setValue(3)
    ui.hoursCheck.setChecked(True)
    qtbot.keyClicks(ui.featuresEdit, "Sauna")
    qtbot.keyClick(ui.featuresEdit, Qt.Key.Key_Return)  # a new line, in the features box
    qtbot.keyClicks(ui.featuresEdit, "Towel service")
    qtbot.keyClick(ui.priceEdit, Qt.Key.Key_Return)  # Enter saves

    assert dialog.state == "done"
    (plan,) = memberships.list_plans(actor=admin)
    assert plan.name == "Off-Peak"
    assert plan.price == Decimal("29.00")
    assert plan.visits_per_week == 3
    assert (plan.access_from, plan.access_until) == (dt.time(6, 0), dt.time(16, 0))
    assert plan.features == ("Sauna", "Towel service")
    assert _names(panel) == ["Off-Peak"]
    row = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert row == [
        "Off-Peak",
        "Monthly",
        "30 days",
        "€29.00",
        "3",
        "06:00–16:00",
        "This site",
        "For sale",
    ]
    assert panel.ui.countLabel.text() == "1 plan"


def test_a_bad_price_is_said_next_to_it_and_nothing_is_saved(
    qtbot: QtBot, panel: PlansPanel, admin: Actor
) -> None:
    dialog = _new_plan_dialog(qtbot, panel)
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "Weird")
    qtbot.keyClicks(ui.priceEdit, "12.345")
    qtbot.keyClick(ui.priceEdit, Qt.Key.Key_Return)
    assert dialog.state == "editing"
    assert ui.priceError.isVisible()
    assert ui.priceError.text() == "Use at most two decimals (cents)."
    assert ui.nameEdit.text() == "Weird" and ui.priceEdit.text() == "12.345"
    assert memberships.list_plans(actor=admin, include_inactive=True) == ()

    ui.hoursCheck.setChecked(True)
    ui.fromEdit.setTime(ui.untilEdit.time())
    ui.priceEdit.setText("12.50")
    dialog.save()
    assert ui.hoursError.text() == "Access must end after it starts."
    assert not ui.priceError.isVisible()


def test_a_duplicate_name_is_refused_next_to_the_name(
    qtbot: QtBot, panel: PlansPanel, admin: Actor
) -> None:
    memberships.save_plan(
        actor=admin,
        form=memberships.PlanForm(
            name="Annual", membership_type="annual", duration_days=365, price="399"
        ),
    )
    dialog = _new_plan_dialog(qtbot, panel)
    qtbot.keyClicks(dialog.ui.nameEdit, "annual")
    qtbot.keyClicks(dialog.ui.priceEdit, "350")
    dialog.save()
    assert dialog.errors.message("name") == "Another plan already has this name."


def test_editing_and_retiring_a_plan(qtbot: QtBot, panel: PlansPanel, admin: Actor) -> None:
    plan = memberships.save_plan(
        actor=admin,
        form=memberships.PlanForm(
            name="Student", membership_type="monthly", duration_days=30, price="24.00"
        ),
    )
    panel.load()
    assert _names(panel) == ["Student"]
    qtbot.keyClick(panel.ui.plansTable, Qt.Key.Key_F4)
    dialog = panel.last_dialog
    assert isinstance(dialog, PlanDialog)
    assert dialog.ui.priceEdit.text() == "24.00"
    dialog.ui.priceEdit.setText("26.00")
    dialog.ui.activeCheck.setChecked(False)
    dialog.save()

    saved = memberships.list_plans(actor=admin, include_inactive=True)
    assert [(p.id, p.price, p.is_active) for p in saved] == [(plan.id, Decimal("26.00"), False)]
    # Retired plans are hidden unless asked for.
    assert _names(panel) == []
    assert panel.ui.plansState.state == "empty"
    panel.ui.showRetiredCheck.setChecked(True)
    assert _names(panel) == ["Student"]
    assert panel.model.index(0, 7).data() == "Retired"


def test_plans_are_an_admin_screen(desk_actor: Actor, admin: Actor) -> None:
    assert "plans" in [spec.name for spec in panels_for(admin)]
    assert "plans" not in [spec.name for spec in panels_for(desk_actor)]


def test_a_class_pack_asks_for_its_visits_and_renewal_is_off_by_default(
    qtbot: QtBot, panel: PlansPanel, admin: Actor
) -> None:
    dialog = _new_plan_dialog(qtbot, panel)
    ui = dialog.ui
    # Not a pack: no number of visits, and sales do not renew by themselves.
    assert not ui.visitCountSpin.isVisible() and not ui.visitCountKey.isVisible()
    assert not ui.autoRenewCheck.isChecked()
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("class_pack"))
    assert ui.visitCountSpin.isVisible() and ui.visitCountKey.text() == "Visits in the pac&k *"
    qtbot.keyClicks(ui.nameEdit, "12 classes")
    qtbot.keyClicks(ui.priceEdit, "90.00")
    ui.visitCountSpin.setValue(12)
    qtbot.keyClick(ui.priceEdit, Qt.Key.Key_Return)
    assert dialog.state == "done"
    (plan,) = memberships.list_plans(actor=admin)
    assert (plan.membership_type, plan.visit_count, plan.auto_renew) == ("class_pack", 12, False)
    assert panel.model.index(0, 4).data() == "12 in the pack"

    # Editing shows the stored values; ticking the box makes renewal the plan's default.
    qtbot.keyClick(panel.ui.plansTable, Qt.Key.Key_F4)
    edit = panel.last_dialog
    assert isinstance(edit, PlanDialog)
    assert edit.ui.visitCountSpin.value() == 12 and edit.ui.visitCountSpin.isVisible()
    edit.ui.autoRenewCheck.setChecked(True)
    edit.save()
    (plan,) = memberships.list_plans(actor=admin)
    assert plan.auto_renew is True


def test_the_service_refuses_a_pack_without_visits_next_to_the_field(
    qtbot: QtBot, panel: PlansPanel, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _new_plan_dialog(qtbot, panel)
    ui = dialog.ui
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("class_pack"))
    qtbot.keyClicks(ui.nameEdit, "Pack")
    qtbot.keyClicks(ui.priceEdit, "50")
    # The spin box cannot go below 1; a form from elsewhere could: the service still says so.
    real = dialog.form
    monkeypatch.setattr(dialog, "form", lambda: dataclasses.replace(real(), visit_count=None))
    dialog.save()
    assert dialog.state == "editing"
    assert dialog.errors.message("visit_count") == "Say how many visits the class pack holds."
    assert memberships.list_plans(actor=admin, include_inactive=True) == ()
