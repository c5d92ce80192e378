"""Members' data rights: erasure marks the member, and the audit log can forget personal content.

- ``trainees.erased_at``: when the member's personal data was erased on request (irreversible;
  the row stays, anonymised, so payments, receipts and visits keep pointing at it).
- The audit chain now commits to a *salted digest* of each row's content (before, after,
  reason) instead of the content itself: ``content_salt`` (16 random bytes, hex) and
  ``content_digest`` = sha256(salt | canonical content). ``row_hash`` covers everything else
  plus ``content_digest``. Redacting a row (``redacted_at``) removes the content AND the salt,
  keeps the digest: the chain still verifies, the content cannot be put back unnoticed, and
  with the salt gone the digest cannot be used to confirm a guessed name.
- Existing rows are re-sealed under that scheme, but only after the old chain has been
  verified: a broken chain stops the upgrade (re-sealing it would launder the tampering).
- The append-only trigger lets exactly one kind of UPDATE through: a redaction (content and
  salt set to NULL, ``redacted_at`` set, nothing else touched). DELETE stays refused.
- ``fitmate_audit_redact_member(member_id)`` (SECURITY DEFINER, no PUBLIC execute) redacts the
  rows about one member or holding their name, email or phone, and only for a member marked
  erased; office logins get EXECUTE from ``fitmate db roles``. Desk logins cannot call it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08
"""

import datetime as dt
import hashlib
import json
import secrets
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The hashing is copied here, not imported: a migration must do what it did when it was written,
# whatever services/audit.py does later.

_META = (
    "actor_user_id",
    "actor_email",
    "workstation",
    "site_id",
    "action",
    "entity_type",
    "entity_id",
)


def _digest(prev: str | None, fields: dict[str, Any]) -> str:
    # What services/audit.row_digest computed when this was written. Its canonical JSON
    # round trip is left out: values read back from the database are JSON types already, for
    # which it changes nothing, and skipping it makes the re-seal three times faster.
    payload = json.dumps({"prev": prev, **fields}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def _meta(row: Any) -> dict[str, Any]:
    out = {k: getattr(row, k) for k in _META}
    out["occurred_at"] = row.occurred_at.astimezone(dt.UTC).isoformat()
    return out


def _v1_hash(prev: str | None, row: Any) -> str:
    return _digest(
        prev, {**_meta(row), "before": row.before, "after": row.after, "reason": row.reason}
    )


def _content_digest(salt: str, row: Any) -> str:
    content = json.dumps(
        {"before": row.before, "after": row.after, "reason": row.reason},
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{salt}|{content}".encode()).hexdigest()


def _v2_hash(prev: str | None, row: Any, content_digest: str) -> str:
    return _digest(prev, {**_meta(row), "content": content_digest})


_COLUMNS = (
    "id, occurred_at, actor_user_id, actor_email, workstation, site_id, action, "
    "entity_type, entity_id, before, after, reason, prev_hash, row_hash"
)
_PAGE = " FROM audit_log WHERE id > :after ORDER BY id LIMIT 5000"
_SELECT_V1 = sa.text(f"SELECT {_COLUMNS}{_PAGE}")
_SELECT_V2 = sa.text(f"SELECT {_COLUMNS}, content_digest{_PAGE}")

_APPEND_ONLY_V1 = """
CREATE OR REPLACE FUNCTION fitmate_audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
"""

_APPEND_ONLY_V2 = """
CREATE OR REPLACE FUNCTION fitmate_audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- The one UPDATE allowed: a redaction. Content and salt go, the digest and every other
    -- column stay exactly as they were, so the chain still verifies.
    IF TG_OP = 'UPDATE'
       AND OLD.redacted_at IS NULL AND NEW.redacted_at IS NOT NULL
       AND NEW.before IS NULL AND NEW.after IS NULL AND NEW.reason IS NULL
       AND NEW.content_salt IS NULL
       AND (NEW.id, NEW.occurred_at, NEW.actor_user_id, NEW.actor_email, NEW.workstation,
            NEW.site_id, NEW.action, NEW.entity_type, NEW.entity_id, NEW.prev_hash,
            NEW.row_hash, NEW.content_digest)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.occurred_at, OLD.actor_user_id, OLD.actor_email, OLD.workstation,
            OLD.site_id, OLD.action, OLD.entity_type, OLD.entity_id, OLD.prev_hash,
            OLD.row_hash, OLD.content_digest)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
"""

_REDACT_MEMBER = r"""
CREATE FUNCTION fitmate_audit_redact_member(p_member bigint) RETURNS bigint[]
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    needles text[];
    redacted bigint[];
BEGIN
    -- LIKE patterns, wildcards in the strings escaped: one pass over each row's text, the
    -- row's content lowered and joined once (LIKE ANY), however many strings are looked for.
    SELECT ARRAY(
        SELECT '%' || replace(replace(replace(lower(btrim(n)), '\', '\\'), '%', '\%'), '_', '\_')
               || '%'
        FROM unnest(ARRAY[t.full_name, t.email, t.phone, u.email, u.full_name, u.phone]) AS n
        WHERE n IS NOT NULL AND length(btrim(n)) >= 3
    ) INTO needles
    FROM trainees t LEFT JOIN users u ON u.id = t.user_id
    WHERE t.id = p_member AND t.erased_at IS NOT NULL;
    IF NOT FOUND THEN
        -- Only for a member marked erased (the erasure marks first, in its transaction): the
        -- one way to change the audit log is not a way to quietly empty rows about anyone.
        RAISE EXCEPTION 'member % is not being erased', p_member
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    WITH hit AS (
        SELECT a.id FROM audit_log a
        WHERE a.redacted_at IS NULL
          AND ((a.entity_type = 'member' AND a.entity_id = p_member::text)
               OR (cardinality(needles) > 0
                   AND lower(coalesce(a.before::text, '') || ' ' || coalesce(a.after::text, '')
                             || ' ' || coalesce(a.reason, '')) LIKE ANY (needles)))
    ), gone AS (
        UPDATE audit_log a
        SET before = NULL, after = NULL, reason = NULL, content_salt = NULL, redacted_at = now()
        FROM hit WHERE a.id = hit.id
        RETURNING a.id
    )
    SELECT coalesce(array_agg(id ORDER BY id), '{}') INTO redacted FROM gone;
    RETURN redacted;
END $$;
REVOKE ALL ON FUNCTION fitmate_audit_redact_member(bigint) FROM PUBLIC;
"""


def _reseal(*, to_v2: bool) -> None:
    """Walk the chain in id order; check it under the old scheme, write it under the new one.

    The new values are streamed into a temporary table with COPY and applied by one UPDATE:
    row-by-row updates made this ten times slower (45 s for 200,000 rows on a busy machine).
    """
    conn = op.get_bind()
    old_prev: str | None = None
    new_prev: str | None = None
    after = 0
    conn.execute(
        sa.text(
            "CREATE TEMPORARY TABLE fitmate_reseal (id bigint PRIMARY KEY, prev_hash char(64), "
            "row_hash char(64) NOT NULL, content_salt char(32), content_digest char(64)) "
            "ON COMMIT DROP"
        )
    )
    raw = conn.connection.driver_connection
    assert raw is not None
    while True:
        rows = conn.execute(_SELECT_V1 if to_v2 else _SELECT_V2, {"after": after}).all()
        if not rows:
            break
        batch: list[tuple[Any, ...]] = []
        for row in rows:
            if to_v2:
                expected = _v1_hash(old_prev, row)
            else:
                expected = _v2_hash(old_prev, row, row.content_digest)
            if row.prev_hash != old_prev or row.row_hash != expected:
                raise RuntimeError(
                    f"The audit log's chain is broken at row {row.id}: it is not re-sealed, "
                    "because that would hide the break. Run `fitmate audit check` and "
                    "restore the log from a backup before upgrading."
                )
            old_prev = row.row_hash
            if to_v2:
                salt: str | None = secrets.token_hex(16)
                digest: str | None = _content_digest(salt or "", row)
                new_hash = _v2_hash(new_prev, row, digest or "")
            else:
                salt = digest = None
                new_hash = _v1_hash(new_prev, row)
            batch.append((row.id, new_prev, new_hash, salt, digest))
            new_prev = new_hash
            after = row.id
        # One COPY per page: the connection cannot read the next page while a COPY is open.
        with raw.cursor() as cursor, cursor.copy("COPY fitmate_reseal FROM STDIN") as copy:
            for values in batch:
                copy.write_row(values)
    if to_v2:
        conn.execute(
            sa.text(
                "UPDATE audit_log a SET prev_hash = r.prev_hash, row_hash = r.row_hash, "
                "content_salt = r.content_salt, content_digest = r.content_digest "
                "FROM fitmate_reseal r WHERE a.id = r.id"
            )
        )
    else:
        conn.execute(
            sa.text(
                "UPDATE audit_log a SET prev_hash = r.prev_hash, row_hash = r.row_hash "
                "FROM fitmate_reseal r WHERE a.id = r.id"
            )
        )
    conn.execute(sa.text("DROP TABLE fitmate_reseal"))


def upgrade() -> None:
    op.add_column("trainees", sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("audit_log", sa.Column("content_salt", sa.CHAR(32), nullable=True))
    op.add_column("audit_log", sa.Column("content_digest", sa.CHAR(64), nullable=True))
    op.add_column("audit_log", sa.Column("redacted_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("ALTER TABLE audit_log DISABLE TRIGGER trg_audit_log_append_only")
    _reseal(to_v2=True)
    op.execute("ALTER TABLE audit_log ENABLE TRIGGER trg_audit_log_append_only")
    op.alter_column("audit_log", "content_digest", nullable=False)
    op.create_check_constraint(
        op.f("ck_audit_log_redaction_complete"),
        "audit_log",
        "(redacted_at IS NULL AND content_salt IS NOT NULL) OR (redacted_at IS NOT NULL AND "
        "content_salt IS NULL AND before IS NULL AND after IS NULL AND reason IS NULL)",
    )
    op.execute(_APPEND_ONLY_V2)
    op.execute(_REDACT_MEMBER)


def downgrade() -> None:
    op.execute("DROP FUNCTION IF EXISTS fitmate_audit_redact_member(bigint)")
    op.execute(_APPEND_ONLY_V1)
    op.drop_constraint(op.f("ck_audit_log_redaction_complete"), "audit_log", type_="check")
    op.execute("ALTER TABLE audit_log DISABLE TRIGGER trg_audit_log_append_only")
    # Redacted rows come back with empty content under the old scheme: what was erased stays
    # erased, and the old verifier accepts the chain.
    _reseal(to_v2=False)
    op.execute("ALTER TABLE audit_log ENABLE TRIGGER trg_audit_log_append_only")
    op.drop_column("audit_log", "redacted_at")
    op.drop_column("audit_log", "content_digest")
    op.drop_column("audit_log", "content_salt")
    op.drop_column("trainees", "erased_at")
