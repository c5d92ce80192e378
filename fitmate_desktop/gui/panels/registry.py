"""The one list of panels, like Picard's options-page registry.

A panel is three things: a Designer form in ``ui/``, a module ``gui/panels/<domain>/panel.py``
and one registry line on its class::

    @register_panel(
        name="members", title="Members", icon="members",
        permission=Permission.MEMBERS_VIEW, order=20,
    )
    class MembersPanel(Panel): ...

The main window asks ``panels_for(actor)`` and shows those the actor may use, in ``order``.
Hiding a panel is a courtesy; the services check the permission again on every call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from fitmate_desktop.gui.context import GuiContext
    from fitmate_desktop.services.auth import Actor

PanelFactory = Callable[["GuiContext"], "QWidget"]
F = TypeVar("F", bound=Callable[..., object])


@dataclass(frozen=True)
class PanelSpec:
    """How the main window lists and builds one panel."""

    name: str  # stable id, also the QSettings key
    title: str  # shown in the navigation
    icon: str  # icon name under resources/icons/
    permission: str | None  # None: every signed-in person
    order: int  # position in the navigation, small first
    factory: PanelFactory  # builds the panel on first show


_registry: dict[str, PanelSpec] = {}


def register_panel(
    *, name: str, title: str, icon: str, permission: str | None, order: int
) -> Callable[[F], F]:
    """Class (or factory function) decorator adding a panel to the registry."""

    def decorate(factory: F) -> F:
        if name in _registry and _registry[name].factory is not factory:
            raise ValueError(f"A panel named {name!r} is already registered")
        _registry[name] = PanelSpec(
            name=name,
            title=title,
            icon=icon,
            permission=str(permission) if permission is not None else None,
            order=order,
            factory=factory,  # type: ignore[arg-type]
        )
        return factory

    return decorate


def unregister_panel(name: str) -> None:
    """Remove a panel (tests that register throw-away panels clean up with this)."""
    _registry.pop(name, None)


def all_panels() -> list[PanelSpec]:
    """Every registered panel, in navigation order."""
    _load_builtin_panels()
    return sorted(_registry.values(), key=lambda spec: (spec.order, spec.title))


def panels_for(actor: Actor) -> list[PanelSpec]:
    """The panels this person may use, in navigation order."""
    return [spec for spec in all_panels() if spec.permission is None or actor.can(spec.permission)]


def _load_builtin_panels() -> None:
    # Importing each panel module runs its @register_panel line. Done on first use rather
    # than at import so that the sign-in window does not pay for the panels.
    import importlib

    from fitmate_desktop.gui.panels import BUILTIN_PANELS

    for module in BUILTIN_PANELS:
        importlib.import_module(module)
