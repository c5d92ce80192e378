"""PostgreSQL roles for a shared server: what a desk's own database login may read.

Two group roles, granted table by table (and column by column where it matters):

- ``fitmate_office`` — the manager's office: everything the program does, payroll included.
- ``fitmate_desk`` — reception and trainers' desks: members, visits, memberships, payments,
  training and messages; NOT salaries, payouts, expenses, trainers' bank details, trainers'
  health notes or emergency contacts, nor admins' two-factor secrets. Enforced by the server
  for the connecting login (``current_user``), so a SQL client with a desk login sees no more
  than the program does. On ``users`` a desk may update only the sign-in columns of desk
  staff's rows (row security); office accounts' password verifiers are sealed with the office
  key (``security.verifiers``), so reading them gives a desk nothing to guess against.

Each desk connects with a login role that is a member of one group
(``fitmate db roles --login front1 --kind desk``). Neither group may UPDATE or DELETE the audit
log. Re-run ``fitmate db roles`` after ``fitmate db upgrade`` so new tables get their grants.
"""

from __future__ import annotations

from psycopg import sql
from sqlalchemy import Connection, text

from fitmate_desktop.db.engine import current_database
from fitmate_desktop.models import Base
from fitmate_desktop.services.errors import ValidationError

OFFICE = "fitmate_office"
DESK = "fitmate_desk"

# Tables a desk may not touch at all.
DESK_NO_ACCESS = frozenset({"trainer_salaries", "trainer_revenue", "expenses", "alembic_version"})
# Tables a desk may read only some columns of (everything else in them stays hidden).
DESK_COLUMNS = {
    "trainers": (
        "id",
        "user_id",
        "site_id",
        "specialization",
        "certifications",
        "experience_years",
        "bio",
        "hire_date",
        "is_active",
        "created_at",
        "updated_at",
        "deleted_at",
        "version",
    ),
    "admin_otps": ("id", "user_id", "confirmed_at"),
    "audit_log": ("id", "row_hash"),  # enough to chain a new row; the log itself is office-only
}
# Tables a desk may read whole but change only some columns of, and never insert into.
DESK_UPDATE_ONLY = {
    # Staff accounts: a desk signs its own staff in and out and lets them change their own
    # password; it never creates accounts nor changes a role, name, email or archive flag.
    "users": (
        "failed_attempts",
        "locked_until",
        "last_login_at",
        "password_hash",
        "must_change_password",
        "password_changed_at",
        "second_factor_failures",
        "second_factor_locked_until",
        "updated_at",
    ),
}
# Row security on users: a desk may change the rows of desk staff only, never an office
# account's (so it can neither overwrite an admin's verifier nor reset their code counter).
USERS_POLICIES = (
    ("fitmate_office_all", "TO {office} USING (true) WITH CHECK (true)"),
    ("fitmate_desk_read", "FOR SELECT TO {desk} USING (true)"),
    (
        "fitmate_desk_staff_only",
        "FOR UPDATE TO {desk} USING (role <> 'ADMIN') WITH CHECK (role <> 'ADMIN')",
    ),
)
# Tables a desk may delete rows from (corrections the program offers).
DESK_DELETE = frozenset({"attendance"})
APPEND_ONLY = frozenset({"audit_log"})


def _exec(conn: Connection, statement: sql.Composable) -> None:
    raw = conn.connection.driver_connection
    assert raw is not None
    conn.exec_driver_sql(statement.as_string(raw))


def _ensure_group(conn: Connection, name: str) -> bool:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    if not exists:
        _exec(conn, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
    return not exists


def _grant(conn: Connection) -> None:
    tables = [t.name for t in Base.metadata.sorted_tables]
    ident = sql.Identifier
    for role in (OFFICE, DESK):
        _exec(conn, sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(ident(role)))
        _exec(
            conn,
            sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(ident(role)),
        )
        _exec(
            conn,
            sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(
                ident(role)
            ),
        )
    for table in tables:
        t = ident(table)
        office_rights = (
            "SELECT, INSERT" if table in APPEND_ONLY else "SELECT, INSERT, UPDATE, DELETE"
        )
        _exec(conn, sql.SQL(f"GRANT {office_rights} ON {{}} TO {{}}").format(t, ident(OFFICE)))
        if table in DESK_NO_ACCESS:
            continue
        if table in DESK_COLUMNS:
            cols = sql.SQL(", ").join(ident(c) for c in DESK_COLUMNS[table])
            _exec(conn, sql.SQL("GRANT SELECT ({}) ON {} TO {}").format(cols, t, ident(DESK)))
            if table in APPEND_ONLY:
                _exec(conn, sql.SQL("GRANT INSERT ON {} TO {}").format(t, ident(DESK)))
            elif table == "trainers":
                _exec(conn, sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(cols, t, ident(DESK)))
            continue
        if table in DESK_UPDATE_ONLY:
            cols = sql.SQL(", ").join(ident(c) for c in DESK_UPDATE_ONLY[table])
            _exec(conn, sql.SQL("GRANT SELECT ON {} TO {}").format(t, ident(DESK)))
            _exec(conn, sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(cols, t, ident(DESK)))
            continue
        rights = "SELECT, INSERT, UPDATE" + (", DELETE" if table in DESK_DELETE else "")
        _exec(conn, sql.SQL(f"GRANT {rights} ON {{}} TO {{}}").format(t, ident(DESK)))
    _exec(conn, sql.SQL("GRANT SELECT ON alembic_version TO {}").format(ident(DESK)))
    # Erasing a member redacts their audit rows through this function only (migration 0009):
    # the office may call it, desks may not (no PUBLIC execute).
    if conn.execute(text("SELECT to_regprocedure('fitmate_audit_redact_member(bigint)')")).scalar():
        _exec(
            conn,
            sql.SQL("GRANT EXECUTE ON FUNCTION fitmate_audit_redact_member(bigint) TO {}").format(
                ident(OFFICE)
            ),
        )
    _users_row_security(conn)


def _users_row_security(conn: Connection) -> None:
    # The owner (who migrates) is not subject to row security; the two groups are.
    conn.exec_driver_sql("ALTER TABLE users ENABLE ROW LEVEL SECURITY")
    for name, rule in USERS_POLICIES:
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON users")
        conn.exec_driver_sql(
            f"CREATE POLICY {name} ON users " + rule.format(office=OFFICE, desk=DESK)
        )


def create_database_roles() -> list[str]:
    """Create (or refresh) the two group roles and their grants; returns what it did."""
    db = current_database()
    lines: list[str] = []
    with db.engine.begin() as conn:
        for group in (OFFICE, DESK):
            made = _ensure_group(conn, group)
            lines.append(f"{'Created' if made else 'Kept'} group role {group}.")
        _grant(conn)
    lines.append("Grants refreshed. Desk logins: fitmate db roles --login NAME --kind desk|office")
    return lines


def create_login(*, name: str, password: str, kind: str) -> str:
    """A login role for one desk, member of the desk or office group."""
    if kind not in ("desk", "office"):
        raise ValidationError("kind", "Choose desk (reception, trainers) or office (admins).")
    if not name.replace("_", "").isalnum() or not name[:1].isalpha() or len(name) > 63:
        raise ValidationError("login", "Use letters, digits and _ only, starting with a letter.")
    if len(password) < 12:
        raise ValidationError("password", "Use at least 12 characters for a database login.")
    group = DESK if kind == "desk" else OFFICE
    with current_database().engine.begin() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
        ).first()
        verb = "ALTER" if exists else "CREATE"
        _exec(
            conn,
            sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(password)
            ),
        )
        _exec(conn, sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name)))
    return f"Login {name} is a member of {group}."
