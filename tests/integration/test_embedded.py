"""The embedded PostgreSQL: one server per machine, shared by every FitMate process on it."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from fitmate_desktop.db.embedded import (
    CLIENTS_FILE,
    SHARED_ROOT,
    EmbeddedServer,
    create_database,
    drop_database,
)

# These tests look at the server itself, not at FitMate's tables.
pytestmark = pytest.mark.no_db

REPO = Path(__file__).resolve().parents[2]


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _postmasters(pgdata: Path) -> list[int]:
    """Pids of postmasters serving ``pgdata``.

    Children rewrite their argv, but one just forked still shows the postmaster's: a process
    whose parent is itself a match is such a child, not a second server.
    """
    found: dict[int, int] = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            argv = (proc / "cmdline").read_bytes().split(b"\0")
            stat = (proc / "stat").read_text()
        except OSError:
            continue
        if argv and argv[0].endswith(b"/postgres") and str(pgdata).encode() in argv:
            found[int(proc.name)] = int(stat[stat.rfind(")") + 2 :].split()[1])
    return sorted(pid for pid, parent in found.items() if parent not in found)


@pytest.fixture
def session_server(embedded_server: EmbeddedServer | None) -> EmbeddedServer:
    if embedded_server is None:
        pytest.skip("FITMATE_TEST_DATABASE_URL: no embedded server in this run")
    return embedded_server


def test_a_second_start_reuses_the_running_server(session_server: EmbeddedServer) -> None:
    pgdata = session_server.pgdata
    [postmaster] = _postmasters(pgdata)

    other = EmbeddedServer(session_server.data_dir)
    url = other.start()
    try:
        assert url == session_server.url
        assert other.port == session_server.port
        assert _postmasters(pgdata) == [postmaster]
    finally:
        other.release()

    # The session's own registration still holds the server up.
    assert session_server.is_running()
    assert _postmasters(pgdata) == [postmaster]


def test_a_client_process_that_exits_leaves_the_server_to_the_others(
    session_server: EmbeddedServer,
) -> None:
    script = (
        "import sys\n"
        "from fitmate_desktop.db.embedded import EmbeddedServer\n"
        "print(EmbeddedServer(sys.argv[1]).start())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(session_server.data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    assert done.stdout.strip() == session_server.url
    assert session_server.is_running()
    clients = (session_server.data_dir / CLIENTS_FILE).read_text()
    assert f"{os.getpid()} " in clients
    assert all(line.split()[0] == str(os.getpid()) for line in clients.splitlines())


def test_the_application_role_is_no_superuser_and_has_the_extensions(
    session_server: EmbeddedServer,
) -> None:
    with psycopg.connect(_libpq(session_server.url)) as conn:
        role = conn.execute(
            "SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user"
        ).fetchone()
        extensions = {r[0] for r in conn.execute("SELECT extname FROM pg_extension")}
        fsync = conn.execute("SHOW fsync").fetchone()
        owner = conn.execute(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
        ).fetchone()

    assert role == (False, True, True)
    assert {"pg_trgm", "btree_gist"} <= extensions
    assert fsync == ("on",)
    assert owner == ("fitmate",)


def test_the_passwords_file_is_private(session_server: EmbeddedServer) -> None:
    mode = stat.S_IMODE(session_server.state_file.stat().st_mode)
    state = json.loads(session_server.state_file.read_text())

    assert mode == 0o600
    assert state["port"] == session_server.port
    assert state["app_password"] in session_server.url


def test_databases_created_for_tests_have_the_extensions(session_server: EmbeddedServer) -> None:
    name = f"fitmate_scratch_{os.getpid()}"
    url = create_database(session_server.url, name)
    try:
        with psycopg.connect(_libpq(url)) as conn:
            extensions = {r[0] for r in conn.execute("SELECT extname FROM pg_extension")}
        assert {"pg_trgm", "btree_gist"} <= extensions
    finally:
        drop_database(session_server.url, name)

    with psycopg.connect(_libpq(session_server.url)) as conn:
        left = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    assert left is None


def test_the_last_client_to_leave_stops_the_server(tmp_path: Path) -> None:
    # A space in the path, and (under pytest's private 0700 temp dir) a folder the fitmate-pg
    # account cannot reach when the tests run as root.
    data_dir = tmp_path / "front desk data"
    first = EmbeddedServer(data_dir)
    try:
        url = first.start()
        pgdata = first.pgdata
        if os.geteuid() == 0 and stat.S_IMODE(tmp_path.parent.parent.stat().st_mode) == 0o700:
            assert pgdata.parent.parent == SHARED_ROOT  # relocated, parents left untouched
            assert stat.S_IMODE(tmp_path.parent.parent.stat().st_mode) == 0o700
        second = EmbeddedServer(data_dir)
        assert second.start() == url
        assert len(_postmasters(pgdata)) == 1

        first.release()
        assert second.is_running()

        # A client that died without releasing does not keep the server up.
        dead = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"],
            capture_output=True,
            text=True,
            check=True,
        )
        with (data_dir / CLIENTS_FILE).open("a") as fh:
            fh.write(f"{dead.stdout.strip()} - deadbeef\n")
        second.release()

        assert not second.is_running()
        assert _postmasters(pgdata) == []
        assert not (pgdata / "postmaster.pid").exists()

        # Next morning the old port is taken by another program: the server moves.
        with socket.socket() as squatter:
            squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # past TIME_WAIT
            squatter.bind(("127.0.0.1", first.port))
            squatter.listen()
            third = EmbeddedServer(data_dir)
            new_url = third.start()
            assert third.port != first.port
            with psycopg.connect(_libpq(new_url)) as conn:
                assert conn.execute("SELECT current_user").fetchone() == ("fitmate",)
            third.release()
        assert not third.is_running()
    finally:
        EmbeddedServer(data_dir).destroy()
    assert not pgdata.exists()


def test_an_unreachable_server_gives_one_clear_line_and_exit_status_2(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "FITMATE_DATABASE_URL": "postgresql://x@127.0.0.1:1/x",
        "FITMATE_CONFIG": str(tmp_path / "none.toml"),
    }

    done = subprocess.run(
        [sys.executable, "-m", "fitmate_desktop", "db", "status"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )

    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() == (
        "fitmate: Cannot reach the database at 127.0.0.1:1 (connection refused). "
        "Check FITMATE_DATABASE_URL or the server."
    )
