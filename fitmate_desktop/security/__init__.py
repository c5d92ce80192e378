"""Password hashing, TOTP, the permission table and workstation identity (no Qt, no sessions)."""
