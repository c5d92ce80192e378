"""The domain panels. Importing this package registers every panel (see ``registry``).

Add a panel: a form ``ui/<name>_panel.ui``, a module ``gui/panels/<domain>/panel.py`` with a
``@register_panel`` line, and an import here.
"""

from fitmate_desktop.gui.panels.account import panel as _account  # noqa: F401
from fitmate_desktop.gui.panels.audit import panel as _audit  # noqa: F401
from fitmate_desktop.gui.panels.cashup import panel as _cashup  # noqa: F401
from fitmate_desktop.gui.panels.checkin import panel as _checkin  # noqa: F401
from fitmate_desktop.gui.panels.members import panel as _members  # noqa: F401
from fitmate_desktop.gui.panels.plans import panel as _plans  # noqa: F401
from fitmate_desktop.gui.panels.renewals import panel as _renewals  # noqa: F401
from fitmate_desktop.gui.panels.settings import panel as _settings  # noqa: F401
from fitmate_desktop.gui.panels.users import panel as _users  # noqa: F401
