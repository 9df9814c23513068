"""Work off the GUI thread: one reader thread for list queries, a pool for long jobs.

SQLite connections are not shared between threads mid-query, so background work never touches the
GUI's :class:`~app.services.Services`. The reader thread opens its own Services on the same data
directory (WAL lets it read while the GUI writes) and keeps it for the life of the window; each long
job (import, export, demo data) opens and closes its own. Results come back to the GUI thread through
queued signals and are delivered to plain callbacks, dropped if the widget that asked is gone.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from app.services import Services, open_services

log = logging.getLogger(__name__)

ReadFn = Callable[[Services], Any]
Progress = Callable[[int, int | None], bool]
JobFn = Callable[[Services, Progress], Any]


def report_unexpected(exc: BaseException) -> None:
    """Hand an unexpected background failure to the crash handler, as if it had happened here."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


class _ReadWorker(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._services: Services | None = None

    @Slot(int, object)
    def run(self, ticket: int, fn: ReadFn) -> None:
        try:
            if self._services is None:
                self._services = open_services(self._data_dir)
            result = fn(self._services)
        except Exception as exc:  # delivered to the caller's failure callback
            self.failed.emit(ticket, exc)
        else:
            self.done.emit(ticket, result)

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None


class Reader(QObject):
    """Runs read functions, one at a time and in order, on a thread with its own connection."""

    _request = Signal(int, object)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tickets = itertools.count(1)
        self._pending: dict[
            int, tuple[QObject | None, Callable[[Any], None], Callable[[Exception], None] | None]
        ]
        self._pending = {}
        self._thread = QThread()
        self._thread.setObjectName("huhang-reader")
        self._worker = _ReadWorker(data_dir)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()

    def submit(
        self,
        fn: ReadFn,
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> int:
        """Queue ``fn(services)``; ``on_done(result)`` runs on the GUI thread unless ``owner`` was deleted."""
        ticket = next(self._tickets)
        if not self._thread.isRunning():
            return ticket
        self._pending[ticket] = (owner, on_done, on_failed)
        self._request.emit(ticket, fn)
        return ticket

    def busy(self) -> bool:
        return bool(self._pending)

    @Slot(int, object)
    def _on_done(self, ticket: int, result: Any) -> None:
        owner, on_done, _ = self._pending.pop(ticket, (None, None, None))
        if on_done is not None and (owner is None or shiboken6.isValid(owner)):
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, ticket: int, exc: Exception) -> None:
        owner, _, on_failed = self._pending.pop(ticket, (None, None, None))
        if owner is not None and not shiboken6.isValid(owner):
            return
        if on_failed is not None:
            on_failed(exc)
        else:
            report_unexpected(exc)

    def shutdown(self) -> None:
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
        self._worker.close()
        self._pending.clear()


class Job(QObject):
    """A long piece of work on the pool with its own Services, reporting progress and cancellable.

    ``work(services, progress)`` calls ``progress(done, total)``, which returns False once the user
    has cancelled; the work is expected to stop soon after that.
    """

    progress = Signal(int, int)  # done, total (-1 when the total is not known)
    finished = Signal(object)
    failed = Signal(object)
    ended = Signal()  # after finished or failed

    def __init__(self, data_dir: Path, work: JobFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._work = work
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _report(self, done: int, total: int | None) -> bool:
        self.progress.emit(done, -1 if total is None else total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        """Runs on a pool thread."""
        try:
            services = open_services(self._data_dir)
            try:
                result = self._work(services, self._report)
            finally:
                services.close()
        except Exception as exc:  # delivered to the GUI thread
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        self.ended.emit()


class _JobRunnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run()


class JobRunner(QObject):
    """Starts jobs on a private pool, keeps them alive until they end, and waits for them on exit."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # writes go one after another, like the core's single writer
        self._running: set[Job] = set()
        self.closed = False  # after shutdown, late results are dropped rather than shown

    def create(self, work: JobFn) -> Job:
        """A job not yet started, so the caller can connect its signals before anything is emitted."""
        return Job(self._data_dir, work)

    def start(self, job: Job) -> Job:
        self._running.add(job)
        # A bound slot of an object living in the GUI thread, so the call is queued to this thread.
        job.ended.connect(self._on_ended)
        self._pool.start(_JobRunnable(job))
        return job

    @Slot()
    def _on_ended(self) -> None:
        job = self.sender()
        if isinstance(job, Job):
            self._running.discard(job)

    def running(self) -> int:
        return len(self._running)

    def shutdown(self) -> None:
        self.closed = True
        for job in list(self._running):
            job.cancel()
        self._pool.waitForDone()
