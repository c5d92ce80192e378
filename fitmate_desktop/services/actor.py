"""Who is acting: the signed-in staff member, passed to every service call."""

from __future__ import annotations

from dataclasses import dataclass

from fitmate_desktop.security.permissions import Permission, Role, permissions_for
from fitmate_desktop.services.errors import PermissionDenied


@dataclass(frozen=True)
class Actor:
    """The signed-in person at a desk; services check ``permissions`` on every call."""

    user_id: int
    email: str
    full_name: str
    role: str
    workstation: str
    site_id: int | None
    session_id: int | None
    permissions: frozenset[str]
    # Sign-in steps still owed before the permissions apply (empty while any is owed).
    second_factor: str = "not_required"  # not_required | enrol | verify | verified
    must_change_password: bool = False

    @property
    def ready(self) -> bool:
        """Signed in completely: no second factor or password change outstanding."""
        return self.second_factor in ("not_required", "verified") and not self.must_change_password

    def can(self, permission: str) -> bool:
        return str(permission) in self.permissions

    def require(self, permission: Permission, *, doing: str = "do this") -> None:
        if not self.can(permission):
            raise PermissionDenied(f"Your role ({self.role.title()}) may not {doing}.")


def system_actor(*, workstation: str = "cli") -> Actor:
    """The command line run by whoever administers the server (`fitmate user create`, demo)."""
    return Actor(
        user_id=0,
        email="system",
        full_name="System",
        role=Role.ADMIN,
        workstation=workstation,
        site_id=None,
        session_id=None,
        permissions=permissions_for(Role.ADMIN),
    )
