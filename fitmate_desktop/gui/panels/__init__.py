"""The domain panels. Importing this package registers every panel (see ``registry``).

Add a panel: a form ``ui/<name>_panel.ui``, a module ``gui/panels/<domain>/panel.py`` with a
``@register_panel`` line, and an import here.
"""

from fitmate_desktop.gui.panels.checkin import panel as _checkin  # noqa: F401
from fitmate_desktop.gui.panels.members import panel as _members  # noqa: F401
