"""Run service calls off the GUI thread and get the answer back on it.

One helper for the whole GUI, in the spirit of Anki's ``QueryOp``::

    run_in_background(
        lambda: list_members(actor=actor, query=text),
        on_done=self._show_rows,          # called on the GUI thread with the result
        on_error=self._show_error,        # called on the GUI thread with the exception
        parent=self,                      # nothing is delivered once this widget is gone
    )

The work runs on a ``QThreadPool`` as a ``QRunnable``; a small ``QObject`` bridge that lives
on the GUI thread receives the result by a queued signal, so the callbacks always run on the
GUI thread however the work ended.

Stale answers (the user typed another letter, picked another row) are dropped with
``Task.cancel()`` or, more conveniently, with :class:`LatestOnly`, which keeps a generation
number and delivers only the newest call's answer.

Tests call ``set_synchronous(True)`` (like Picard's ``FakeThreadPool``): the work then runs
at once in the calling thread and the callbacks fire before ``run_in_background`` returns.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]

_synchronous = False
_pool: QThreadPool | None = None
# Tasks whose answer has not been delivered yet. Holding them here keeps the Python wrappers
# of the runnable and of the bridge alive until the queued signal arrives: if Python collected
# the bridge first, Qt would deliver the signal to a deleted object and the answer would be
# lost silently.
_pending: set[Task] = set()
_pending_lock = threading.Lock()


def set_synchronous(enabled: bool) -> None:
    """Run every task in the caller's thread (tests), or on the pool (the default)."""
    global _synchronous
    _synchronous = enabled


def is_synchronous() -> bool:
    """Whether tasks currently run in the caller's thread."""
    return _synchronous


def thread_pool() -> QThreadPool:
    """The pool the GUI's database work runs on.

    A pool of its own rather than ``QThreadPool.globalInstance()`` so that the number of
    concurrent database calls stays below the engine's connection pool, and so that quitting
    can wait for exactly this work.
    """
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setObjectName("fitmate-db-workers")
        _pool.setMaxThreadCount(4)
        # Idle workers exit after a minute; a desk left alone holds no threads.
        _pool.setExpiryTimeout(60_000)
    return _pool


def pending_count() -> int:
    """How many tasks have not delivered their answer yet (tests, quitting)."""
    with _pending_lock:
        return len(_pending)


def wait_for_all(timeout_ms: int = 5000) -> bool:
    """Block until the pool is idle. For quitting and for tests; never call it from a slot."""
    return thread_pool().waitForDone(timeout_ms)


class _Bridge(QObject):
    """Lives on the GUI thread; turns the worker's signal into GUI-thread callbacks.

    The worker emits ``sig_finished`` from its own thread; because the receiver (this object)
    lives on the GUI thread, Qt queues the call and runs ``_deliver`` there.
    """

    sig_finished = Signal(object, object)  # (result, error)

    def __init__(self, task: Task, parent: QObject | None) -> None:
        super().__init__(parent)
        self._task: Task | None = task
        self.sig_finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        task, self._task = self._task, None
        if task is not None:
            task._deliver(result, error)
        # Qt gotcha: never let the last Python reference to a QObject go inside its own slot;
        # the wrapper would delete the C++ object while Qt is still delivering to it. The
        # application owns the bridge; deleteLater() frees it once the event is done.
        self.deleteLater()


class _Job(QRunnable):
    """The part of a task that runs on the worker thread."""

    def __init__(self, fn: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        # Python owns the runnable (it is kept in ``_pending`` through its task); letting Qt
        # auto-delete it would free the C++ side under a live Python wrapper.
        self.setAutoDelete(False)
        self._fn = fn
        self._bridge = bridge

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as err:
            self._bridge.sig_finished.emit(None, err)
        else:
            self._bridge.sig_finished.emit(result, None)


class Task:
    """A handle on one background call: ``cancel()`` it to drop its answer."""

    def __init__(
        self,
        fn: Callable[[], Any],
        on_done: OnDone,
        on_error: OnError | None,
        parent: QObject | None,
    ) -> None:
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self._parent = parent
        self._cancelled = False
        self._finished = False
        self._job: _Job | None = None
        self._bridge: _Bridge | None = None

    @property
    def cancelled(self) -> bool:
        """True once ``cancel()`` was called; the work may check it between steps."""
        return self._cancelled

    @property
    def finished(self) -> bool:
        """True once the answer was delivered (or dropped)."""
        return self._finished

    def cancel(self) -> None:
        """Drop the answer. Work already running finishes, but nobody hears about it."""
        self._cancelled = True

    def _start(self) -> None:
        if _synchronous:
            try:
                result = self._fn()
            except BaseException as err:
                self._deliver(None, err)
            else:
                self._deliver(result, None)
            return
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            self._bridge = _Bridge(self, app)
        else:
            # Started from a worker (avoid it): no parent can be given across threads, but
            # the answer must still land on the GUI thread, the one running an event loop.
            self._bridge = _Bridge(self, None)
            if app is not None:
                self._bridge.moveToThread(app.thread())
        self._job = _Job(self._fn, self._bridge)
        with _pending_lock:
            _pending.add(self)
        thread_pool().start(self._job)

    def _deliver(self, result: object, error: object) -> None:
        with _pending_lock:
            _pending.discard(self)
        self._finished = True
        # A closed panel must not receive answers: its widgets are already deleted, and
        # touching them would raise "Internal C++ object already deleted".
        parent_gone = self._parent is not None and not shiboken6.isValid(self._parent)
        if self._cancelled or parent_gone:
            return
        if error is None:
            self._on_done(result)
        elif self._on_error is not None:
            assert isinstance(error, BaseException)
            self._on_error(error)
        else:
            assert isinstance(error, BaseException)
            log.error("Background task failed", exc_info=error)
        # Break the reference cycles (task -> bridge -> task) so everything is collectable.
        self._bridge = None
        self._job = None


def run_in_background(
    fn: Callable[[], Any],
    *,
    on_done: OnDone,
    on_error: OnError | None = None,
    parent: QObject | None = None,
) -> Task:
    """Run ``fn()`` on a worker; call ``on_done(result)`` or ``on_error(exc)`` on the GUI thread.

    ``fn`` must not touch widgets (it runs on another thread); it calls services and returns
    plain data. Without ``on_error`` a failure is logged with its traceback.
    """
    task = Task(fn, on_done, on_error, parent)
    task._start()
    return task


class LatestOnly:
    """Delivers only the answer of the most recent ``run()``; older answers are dropped.

    A generation number rather than the task handle decides what is stale, so that it also
    works in synchronous mode, where the callbacks fire before ``run()`` returns.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        self._parent = parent
        self._generation = 0
        self._task: Task | None = None
        self._busy = False

    @property
    def busy(self) -> bool:
        """True while the newest call has not answered yet."""
        return self._busy

    def cancel(self) -> None:
        """Forget any call in flight."""
        self._generation += 1
        self._busy = False
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_done: OnDone,
        on_error: OnError | None = None,
    ) -> Task:
        """Start ``fn`` in the background, superseding whatever ran before."""
        self.cancel()
        generation = self._generation
        self._busy = True

        def done(result: object) -> None:
            if generation == self._generation:
                self._busy = False
                self._task = None
                on_done(result)

        def error(err: BaseException) -> None:
            if generation == self._generation:
                self._busy = False
                self._task = None
                if on_error is not None:
                    on_error(err)
                else:
                    log.error("Background task failed", exc_info=err)

        task = run_in_background(fn, on_done=done, on_error=error, parent=self._parent)
        if generation == self._generation and not task.finished:
            self._task = task
        return task
