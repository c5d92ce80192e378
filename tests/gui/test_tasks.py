"""The background-task helper on a real thread pool (not the synchronous test mode)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui import tasks
from fitmate_desktop.gui.events import AppEvents

pytestmark = pytest.mark.no_db


@pytest.fixture
def threaded() -> Iterator[None]:
    tasks.set_synchronous(False)
    yield
    assert tasks.wait_for_all(5000)
    tasks.set_synchronous(True)


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, threaded: None) -> None:
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    tasks.run_in_background(work, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=3000)
    assert seen["result"] == 42
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread
    assert tasks.pending_count() == 0


def test_exception_arrives_as_an_object(qtbot: QtBot, threaded: None) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("nope")

    tasks.run_in_background(work, on_done=lambda _r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0], ValueError)
    assert str(errors[0]) == "nope"


def test_cancelled_task_delivers_nothing(qtbot: QtBot, threaded: None) -> None:
    delivered: list[object] = []
    gate = threading.Event()
    task = tasks.run_in_background(lambda: gate.wait(3) or "late", on_done=delivered.append)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: task.finished, timeout=3000)
    assert delivered == []


def test_latest_only_drops_stale_answers(qtbot: QtBot, threaded: None) -> None:
    latest = tasks.LatestOnly()
    delivered: list[str] = []

    def slow(value: str, delay: float):
        def work() -> str:
            time.sleep(delay)
            return value

        return work

    latest.run(slow("a", 0.3), on_done=delivered.append)  # typed "a"...
    latest.run(slow("an", 0.0), on_done=delivered.append)  # ...then "an", which answers first
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=3000)
    assert delivered == ["an"]
    assert not latest.busy


def test_nothing_is_delivered_to_a_deleted_parent(qtbot: QtBot, threaded: None) -> None:
    import shiboken6

    parent = QObject()
    delivered: list[object] = []
    gate = threading.Event()
    tasks.run_in_background(lambda: gate.wait(3), on_done=delivered.append, parent=parent)
    shiboken6.delete(parent)
    gate.set()
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=3000)
    assert delivered == []


def test_synchronous_mode_answers_before_returning() -> None:
    tasks.set_synchronous(True)
    got: list[int] = []
    task = tasks.run_in_background(lambda: 7, on_done=got.append)
    assert got == [7]
    assert task.finished


def test_app_events_carry_a_set_of_kinds_across_threads(qtbot: QtBot) -> None:
    events = AppEvents()
    received: list[frozenset[str]] = []
    events.sig_changed.connect(received.append)

    thread = threading.Thread(target=lambda: events.notify("members", ["visits", "members"]))
    with qtbot.waitSignal(events.sig_changed, timeout=3000):
        thread.start()
    thread.join()
    assert received == [frozenset({"members", "visits"})]
