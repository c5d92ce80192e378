"""The domain panels, one package per domain, and what they share (``base``, ``registry``).

Importing this package imports no panel: the sign-in window's pages live in ``identity`` and
must come up before SQLAlchemy is loaded. The registry imports the panel modules it lists in
``BUILTIN_PANEL_MODULES`` on first use.
"""
