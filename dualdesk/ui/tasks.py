"""The one background-task helper: run work off the GUI thread.

Work runs on a QThreadPool; its result or error comes back to the GUI
thread through a queued signal. Worker code never touches widgets. Tests
use SyncTaskRunner, which runs the work at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Work = Callable[[], Any]
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class Runner(Protocol):
    """What widgets need to run slow work."""

    def submit(self, work: Work, on_done: Done, on_error: Failed) -> None:
        """Run `work`; call `on_done(result)` or `on_error(exc)` on the GUI thread."""
        ...


class _Relay(QObject):
    """Carries a (callback, value) pair from a worker to the GUI thread.

    Signals:
        finished(object): the pair to deliver.
    """

    finished = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Work, on_done: Done, on_error: Failed, relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self._relay = relay

    def run(self) -> None:
        try:
            value = self._work()
        except Exception as exc:  # delivered to the caller's error handler
            self._relay.finished.emit((self._on_error, exc))
        else:
            self._relay.finished.emit((self._on_done, value))


class TaskRunner(QObject):
    """Runs work on a thread pool and reports back on the GUI thread.

    Signals:
        busy_changed(int): how many tasks are running, after each change.
    """

    busy_changed = Signal(int)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        # The relay and this runner live on the GUI thread and the signal is
        # emitted from a worker, so the automatic connection is a queued one.
        self._relay.finished.connect(self._on_relay_finished)
        self._running = 0

    def submit(self, work: Work, on_done: Done, on_error: Failed) -> None:
        """Start `work` in the pool."""
        self._running += 1
        self.busy_changed.emit(self._running)
        self._pool.start(_Task(work, on_done, on_error, self._relay))

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for running work to finish (at shutdown)."""
        return self._pool.waitForDone(msecs)

    @Slot(object)
    def _on_relay_finished(self, payload: tuple[Callable[[Any], None], Any]) -> None:
        self._running -= 1
        self.busy_changed.emit(self._running)
        callback, value = payload
        callback(value)


class SyncTaskRunner:
    """Runs work immediately on the calling thread (for tests)."""

    def submit(self, work: Work, on_done: Done, on_error: Failed) -> None:
        """Run `work` now and call back."""
        try:
            value = work()
        except Exception as exc:
            on_error(exc)
        else:
            on_done(value)
