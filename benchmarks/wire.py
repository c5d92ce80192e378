"""Round trips counted on the wire: libpq's own protocol trace of every pooled connection.

Nothing is counted by hand or by what the code says it does: libpq logs each protocol message
the client sends (``F``) and receives (``B``). A round trip is the client sending and then
waiting for the server's answer, so it is counted at each turn from sending to receiving: a
pipeline of statements flushed at once is one trip, an implicit ``BEGIN`` sent on its own is
one, the pool's liveness ping is one, a ``COMMIT`` (or a ``Sync``) is one.

    trace = WireTrace(engine)        # before the engine opens its connections
    ...warm the pool...
    with trace.measure() as wire:
        check_in(...)
    wire.round_trips, wire.statements
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Any

from psycopg import pq
from sqlalchemy import Engine, event


@dataclass
class Wire:
    """What crossed the wire while measuring."""

    round_trips: int = 0
    statements: int = 0  # Query (simple protocol) + Bind (extended protocol) messages
    syncs: int = 0
    sent: list[str] = field(default_factory=list)  # the client's messages, in order

    def add(self, lines: list[str]) -> None:
        sending = False
        for line in lines:
            parts = line.split("\t")
            direction = next((p for p in parts if p in ("F", "B")), None)
            if direction is None:
                continue
            kind = parts[parts.index(direction) + 2] if len(parts) > 2 else ""
            if direction == "F":
                sending = True
                self.sent.append(kind)
                if kind in ("Query", "Bind"):
                    self.statements += 1
                elif kind == "Sync":
                    self.syncs += 1
            elif sending:  # the first answer after the client's last message
                sending = False
                self.round_trips += 1


class WireTrace:
    """Turns libpq tracing on for every connection ``engine`` opens, while measuring."""

    def __init__(self, engine: Engine) -> None:
        self._connections: list[Any] = []
        self._opened_while_measuring = 0
        self._measuring = False
        event.listen(engine, "connect", self._on_connect)

    def _on_connect(self, dbapi_connection: Any, _record: Any) -> None:
        self._connections.append(dbapi_connection)
        if self._measuring:
            self._opened_while_measuring += 1

    @contextmanager
    def measure(self) -> Iterator[Wire]:
        live = [c for c in self._connections if not c.closed]
        if not live:
            raise RuntimeError("no pooled connection to trace yet: warm the pool first")
        self._measuring, self._opened_while_measuring = True, 0
        try:
            with traced(*live) as wire:
                yield wire
        finally:
            self._measuring = False
        if self._opened_while_measuring:
            raise RuntimeError(
                "a connection was opened while counting (its trips were not traced): "
                "warm the pool first"
            )


@contextmanager
def traced(*connections: Any) -> Iterator[Wire]:
    """Trace these psycopg connections while the block runs; the Wire is filled at its end."""
    wire = Wire()
    files: list[tuple[Any, IO[bytes]]] = []
    try:
        for conn in connections:
            out = tempfile.TemporaryFile()  # noqa: SIM115 (closed below, once read)
            conn.pgconn.trace(out.fileno())
            conn.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
            files.append((conn, out))
        yield wire
    finally:
        for traced_conn, log in files:
            traced_conn.pgconn.untrace()  # flushes libpq's stream into the file
            log.seek(0)
            wire.add(log.read().decode("utf-8", "replace").splitlines())
            log.close()
