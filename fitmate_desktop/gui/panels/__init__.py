"""The domain panels, one package each; ``registry`` imports them on first use.

Add a panel: a form ``ui/<name>_panel.ui``, a module ``gui/panels/<domain>/panel.py`` with a
``@register_panel`` line, and its module name in ``BUILTIN_PANELS``.

Nothing is imported here: the sign-in window imports ``gui.panels.identity`` pieces, and
importing this package must not pull every panel (and the services, SQLAlchemy and the PDF
library behind them) into the cold start.
"""

BUILTIN_PANELS = (
    "fitmate_desktop.gui.panels.account.panel",
    "fitmate_desktop.gui.panels.audit.panel",
    "fitmate_desktop.gui.panels.cashup.panel",
    "fitmate_desktop.gui.panels.checkin.panel",
    "fitmate_desktop.gui.panels.members.panel",
    "fitmate_desktop.gui.panels.plans.panel",
    "fitmate_desktop.gui.panels.renewals.panel",
    "fitmate_desktop.gui.panels.settings.panel",
    "fitmate_desktop.gui.panels.users.panel",
)
