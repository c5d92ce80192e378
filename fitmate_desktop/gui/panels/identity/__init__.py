"""Who is at the desk: the sign-in steps after the password and the guard of a session.

- ``enrolment``: two-step sign-in enrolment (QR code, key, confirm) and the recovery codes;
- ``verify``: the second step of an enrolled admin's sign-in;
- ``password``: choosing a new password (forced after a reset, or from My account);
- ``lock`` and ``session``: the idle lock over every window, the heartbeat, revoked sessions.

Nothing here imports a service at module level: the sign-in window uses these pages and must
appear before SQLAlchemy is loaded (see ``app.py``).
"""
