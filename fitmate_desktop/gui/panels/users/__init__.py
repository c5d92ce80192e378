"""The Users & roles panel: staff accounts (create, edit, archive, passwords, two-step sign-in)
and the live desk sessions (revoke)."""
