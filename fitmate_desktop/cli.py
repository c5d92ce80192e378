"""``fitmate``: start the program, or look after its database from a terminal.

    fitmate                              the desk program (GUI)
    fitmate --version
    fitmate db upgrade                   apply pending migrations
    fitmate db status                    schema revision against the newest (exit 1 if behind)
    fitmate db check                     fail if the models and the database differ
    fitmate db demo [--members N] [--seed S]   demo data; prints the demo sign-ins
    fitmate db roles [--login N --kind desk|office]   PostgreSQL roles for a shared server
    fitmate db secret-key                a new key for two-factor secrets (fitmate.toml)
    fitmate db check-payments            memberships counted as paid by other items (exit 1)
    fitmate audit check                  verify the audit log's hash chain
    fitmate user create --role ROLE --email E [--name NAME]   password from getpass/stdin

Nothing here imports Qt except the GUI start, so ``fitmate db ...`` works on a server without
a display. Exit status: 0 done, 1 refused or failed (message on stderr), 2 database
unreachable.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from fitmate_desktop import __version__

if TYPE_CHECKING:
    from fitmate_desktop.db.engine import Database

# SQLAlchemy and the services are imported inside the commands: plain `fitmate` starts the
# GUI, whose sign-in window must appear before any of that is loaded (cold-start budget).

EXIT_OK, EXIT_FAILED, EXIT_UNREACHABLE = 0, 1, 2


class CommandFailed(Exception):
    """A command could not do its job; the message is printed as is, without a traceback."""


def _connect() -> Database:
    from fitmate_desktop.bootstrap import open_database
    from fitmate_desktop.config import load_config

    return open_database(load_config())


def _err(message: str) -> None:
    print(f"fitmate: {message}", file=sys.stderr)


# --------------------------------------------------------------------------- db


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from fitmate_desktop.services.schema import schema_status, upgrade_to_head

    db = _connect()
    before = schema_status()
    if before.up_to_date:
        print(f"{db.display_name}: schema already at {before.head}.")
        return EXIT_OK
    print(f"{db.display_name}: upgrading schema {before.current or '(empty)'} -> {before.head} ...")
    upgrade_to_head()
    print(f"{db.display_name}: schema at {schema_status().current}.")
    return EXIT_OK


def cmd_db_status(args: argparse.Namespace) -> int:
    from fitmate_desktop.services.schema import schema_status

    db = _connect()
    status = schema_status()
    print(f"database: {db.display_name}")
    print(f"current:  {status.current or '(empty: never migrated)'}")
    print(f"head:     {status.head or '(no migrations)'}")
    if status.up_to_date:
        print("The schema is up to date.")
        return EXIT_OK
    print("The schema is behind: run `fitmate db upgrade`.")
    return EXIT_FAILED


def cmd_db_check(args: argparse.Namespace) -> int:
    from fitmate_desktop.services.schema import SchemaDrift, check_no_drift

    _connect()
    try:
        check_no_drift()
    except SchemaDrift as err:
        raise CommandFailed(f"the models and the database differ: {err}") from None
    print("No drift: the models match the database.")
    return EXIT_OK


def cmd_db_demo(args: argparse.Namespace) -> int:
    from fitmate_desktop.services.schema import upgrade_to_head

    generate = _optional(
        "fitmate_desktop.demo", "generate", "the demo data generator is not available"
    )
    _connect()
    upgrade_to_head()  # a fresh machine has an empty database; cheap when already current
    options: dict[str, Any] = {}
    if args.members is not None:
        options["members"] = args.members
    if args.seed is not None:
        options["seed"] = args.seed
    result = generate(progress=_progress, **options)
    sign_ins = list(getattr(result, "sign_ins", None) or [])
    if sign_ins:
        print("\nDemo sign-ins (role, email, password):")
        rows = [(str(getattr(role, "value", role)), email, pw) for role, email, pw in sign_ins]
        width = max(len(role) for role, _, _ in rows)
        for role, email, password in rows:
            print(f"  {role:<{width}}  {email}  {password}")
        print(
            "\nThe demo gym lets admins in without two-step sign-in; a real gym keeps it on "
            "(Settings > Security), and admins then enrol an authenticator app at first sign-in."
        )
    return EXIT_OK


def cmd_db_roles(args: argparse.Namespace) -> int:
    from fitmate_desktop.services.dbroles import create_database_roles, create_login

    if bool(args.login) != bool(args.kind):
        raise CommandFailed("give both --login and --kind (desk or office), or neither")
    password = _read_password() if args.login else ""
    _connect()
    for line in create_database_roles():
        print(line)
    if args.login:
        print(create_login(name=args.login, password=password, kind=args.kind))
    return EXIT_OK


def cmd_db_secret_key(args: argparse.Namespace) -> int:
    from fitmate_desktop.security.secrets import new_key

    print(new_key())
    return EXIT_OK


def cmd_db_check_payments(args: argparse.Namespace) -> int:
    from fitmate_desktop.services.actor import system_actor
    from fitmate_desktop.services.paid_check import memberships_paid_by_other_items

    _connect()
    found = memberships_paid_by_other_items(actor=system_actor())
    if not found:
        print("Every running membership is covered by its own payment lines.")
        return EXIT_OK
    print(
        f"{len(found)} membership(s) run as paid only because other items shared the receipt "
        "(charge the rest or correct the sale):"
    )
    for f in found:
        print(
            f"  membership {f.membership_id}  {f.member_code}  {f.member_name}  {f.plan_name}  "
            f"{f.status}: price {f.price} {f.currency}, its lines paid {f.paid_by_lines}, "
            f"receipts {f.paid_by_receipts} ({', '.join(f.receipts)})"
        )
    return EXIT_FAILED


def cmd_audit_check(args: argparse.Namespace) -> int:
    from fitmate_desktop.services.actor import system_actor
    from fitmate_desktop.services.audit import check_chain

    _connect()
    result = check_chain(actor=system_actor())
    if result.intact:
        print(f"Audit log intact: {result.rows_checked} rows, every link verified.")
        return EXIT_OK
    _err(
        f"the audit log was altered: the chain breaks at row {result.first_broken_id} "
        f"(after {result.rows_checked - 1} good rows)."
    )
    return EXIT_FAILED


# --------------------------------------------------------------------------- user


def _read_password() -> str:
    """From the terminal (asked twice, not echoed) or one line of stdin; never from argv."""
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Repeat the password: "):
            raise CommandFailed("the two passwords differ; nothing was created")
        return first
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        raise CommandFailed("no password on standard input; nothing was created")
    return password


def cmd_user_create(args: argparse.Namespace) -> int:
    create_user_from_cli = _optional(
        "fitmate_desktop.services.users",
        "create_user_from_cli",
        "creating users is not available in this version",
    )
    password = _read_password()
    _connect()
    create_user_from_cli(
        email=args.email, password=password, role=args.role.upper(), full_name=args.name
    )
    print(f"Created {args.role.upper()} account {args.email}.")
    return EXIT_OK


# --------------------------------------------------------------------------- plumbing


def _optional(module: str, name: str, missing: str) -> Callable[..., Any]:
    """Import ``module.name`` lazily; a module not written yet is a message, not a traceback."""
    import importlib

    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as err:
        if err.name is not None and (module == err.name or module.startswith(err.name + ".")):
            raise CommandFailed(f"{missing} ({module} is missing).") from None
        raise  # the module exists but something it imports is missing: a real bug
    func = getattr(mod, name, None)
    if func is None:
        raise CommandFailed(f"{missing} ({module}.{name} is missing).")
    return func  # type: ignore[no-any-return]


def _progress(*parts: object) -> None:
    print(*parts, flush=True)


def _run_gui() -> int:
    try:
        from fitmate_desktop.app import main as gui_main
    except ModuleNotFoundError as err:
        if err.name in ("fitmate_desktop.app", "PySide6"):
            _err(f"the desk program cannot start: {err.name} is missing.")
            return EXIT_FAILED
        raise
    return int(gui_main() or 0)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fitmate",
        description="FitMate desktop: the front desk and back office of a gym. "
        "Without a command, starts the desk program.",
    )
    parser.add_argument("--version", action="version", version=f"fitmate {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="look after the database")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="apply pending migrations").set_defaults(
        func=cmd_db_upgrade
    )
    db_commands.add_parser(
        "status", help="schema revision against the newest (exit 1 if behind)"
    ).set_defaults(func=cmd_db_status)
    db_commands.add_parser(
        "check", help="fail if the models and the database schema differ"
    ).set_defaults(func=cmd_db_check)
    db_commands.add_parser(
        "check-payments",
        help="list memberships counted as paid only by other items on their receipt (exit 1)",
    ).set_defaults(func=cmd_db_check_payments)
    demo = db_commands.add_parser(
        "demo", help="fill the database with demo data (skipped if already there)"
    )
    demo.add_argument("--members", type=int, metavar="N", help="number of demo members")
    demo.add_argument("--seed", type=int, metavar="S", help="random seed (same seed, same data)")
    demo.set_defaults(func=cmd_db_demo)
    roles = db_commands.add_parser(
        "roles",
        help="create the PostgreSQL roles for a shared server (and a desk login)",
        description="Create or refresh the fitmate_desk and fitmate_office group roles and "
        "their grants; with --login, also a login role for one desk (password asked).",
    )
    roles.add_argument("--login", metavar="NAME", help="a login role for one desk")
    roles.add_argument("--kind", choices=("desk", "office"), help="which group it joins")
    roles.set_defaults(func=cmd_db_roles)
    db_commands.add_parser(
        "secret-key", help="print a new key for two-factor secrets (secret_key in fitmate.toml)"
    ).set_defaults(func=cmd_db_secret_key)

    audit_cmd = commands.add_parser("audit", help="the audit log")
    audit_commands = audit_cmd.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_commands.add_parser(
        "check", help="verify the audit log's hash chain; report the first broken link"
    ).set_defaults(func=cmd_audit_check)

    user = commands.add_parser("user", help="manage staff accounts")
    user_commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    create = user_commands.add_parser(
        "create",
        help="create a staff account",
        description="Create a staff account. The password is asked on the terminal, or read "
        "as one line from standard input; it is never taken from the command line.",
    )
    create.add_argument("--role", required=True, help="ADMIN, RECEPTION or TRAINER")
    create.add_argument("--email", required=True)
    create.add_argument("--name", help="full name")
    create.set_defaults(func=cmd_user_create)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _run_gui()
    from fitmate_desktop.db.engine import DatabaseUnavailable
    from fitmate_desktop.services.errors import ServiceError

    try:
        return int(args.func(args))
    except DatabaseUnavailable as err:
        _err(str(err))
        return EXIT_UNREACHABLE
    except (ServiceError, CommandFailed) as err:
        _err(str(err))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _err("interrupted.")
        return 130
    except Exception as err:
        # Alembic's and SQLAlchemy's errors, at the end of a terminal session: the message
        # matters, not our stack. A lost connection mid-command is "unreachable".
        from alembic.util.exc import CommandError
        from sqlalchemy import exc as sa_exc

        if isinstance(err, (sa_exc.OperationalError, sa_exc.InterfaceError)):
            _err(f"the database connection failed: {str(err.orig or err).strip().splitlines()[0]}")
            return EXIT_UNREACHABLE
        if isinstance(err, CommandError):
            _err(str(err))
            return EXIT_FAILED
        raise


__all__ = ["build_parser", "main"]
