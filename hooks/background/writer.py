"""The background writer: in-process capture hands work here so the agent's thread only enqueues.

The agent's thread puts a zero-argument callable (or an Event) on a queue, which costs a few
microseconds; a daemon thread turns callables into events (message conversion, redaction,
serialization) and appends them to the session logs in batches, waking once per burst of events. It never raises into the agent:
failures are logged and counted, and when the queue is full new work is dropped and counted rather
than blocking the agent or growing memory without bound. Work is bound at submission to the data dir
in force then, and is flushed at exit and on SIGTERM (after which the previous handler runs). With a
fleet's events database configured, a shipper thread sends what was written on to it (``sink``).
"""

from __future__ import annotations

import atexit
import os
import queue
import threading
import time
from collections.abc import Callable, Iterable

from secondnature.hooks.core.log import log
from secondnature.hooks.core.paths import Home, current_home
from secondnature.hooks.core.schema import Event

Work = Event | Callable[[], Iterable[Event]]
MAX_PENDING = 100_000
BATCH = 512
LINGER_SECONDS = 0.05  # collect a burst before writing: one wake-up per burst, not per event


class BackgroundWriter:
    def __init__(self, max_pending: int = MAX_PENDING):
        self.max_pending = max_pending
        self.written = 0
        self.dropped = 0
        self.failed = 0
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def submit(self, work: Work, home: Home | None = None) -> None:
        """Hand work to the writer, for ``home`` (this process's when None); never blocks, never raises."""
        if self._queue.qsize() >= self.max_pending:
            self.dropped += 1
            return
        self._queue.put(((home or current_home()).data, work))  # where it was captured, whatever happens later
        if self._thread is None:
            self._start()

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything submitted so far is written; False if it took longer than ``timeout``."""
        if self._thread is None:
            return True
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def _start(self) -> None:
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="second-nature-writer", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            if not isinstance(batch[0], threading.Event):
                # Waking per event would take the GIL from the agent's thread for every event;
                # sleeping lets the burst accumulate and costs the agent nothing.
                time.sleep(LINGER_SECONDS)
            while len(batch) < BATCH:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            self._write(batch)

    def _write(self, batch: list) -> None:
        events: dict[str, list[Event]] = {}  # data dir -> its events, in order
        waiters: list[threading.Event] = []
        for item in batch:
            if isinstance(item, threading.Event):
                waiters.append(item)
                continue
            root, work = item
            try:
                events.setdefault(root, []).extend([work] if isinstance(work, Event) else work())
            except Exception as e:  # noqa: BLE001 - a bad event must not stop the writer
                self.failed += 1
                log("writer", f"could not build event: {type(e).__name__}: {e}", Home(root))
        from secondnature.hooks.core.spool import append

        for root, found in events.items():
            try:
                self.written += append(found, root)
            except Exception as e:  # noqa: BLE001 - e.g. a full disk: log, count, keep going
                self.failed += len(found)
                log("writer", f"could not write {len(found)} events: {type(e).__name__}: {e}", Home(root))
            self._ship(root)
        for waiter in waiters:
            waiter.set()


    @staticmethod
    def _ship(root: str) -> None:
        """A fleet's replica: wake the shipper that sends the new lines to the shared sink."""
        try:
            from secondnature.hooks.background.sink import shipper_for

            shipper = shipper_for(root)
            if shipper is not None:
                shipper.kick()
        except Exception as e:  # noqa: BLE001 - shipping is best effort here; the lines stay in the log
            log("writer", f"could not start shipping: {type(e).__name__}: {e}", Home(root))


_writer: BackgroundWriter | None = None
_writer_lock = threading.Lock()


def get_writer() -> BackgroundWriter:
    """The process's writer, created on first use and flushed at exit."""
    global _writer
    if _writer is None:
        with _writer_lock:
            if _writer is None:
                _writer = BackgroundWriter()
                atexit.register(_at_exit, _writer)
                _flush_on_sigterm(_writer)
    return _writer


def _at_exit(writer: BackgroundWriter) -> None:
    """Write what is queued, then, in a fleet, ship it: the next process may be on another machine."""
    writer.flush(3.0)
    try:
        from secondnature.hooks.background.sink import ship_pending

        ship_pending(3.0)
    except Exception as e:  # noqa: BLE001 - exit must not fail; the lines stay in the local log
        log("writer", f"could not ship at exit: {type(e).__name__}: {e}")


def _flush_on_sigterm(writer: BackgroundWriter) -> None:
    """On SIGTERM (how servers and containers are stopped), write what is queued, then do what the
    process would have done: its own handler, or the default (terminate). Only possible from the main
    thread; elsewhere, exit-time flushing still applies."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        return
    previous = signal.getsignal(signal.SIGTERM)

    def on_sigterm(signum, frame):
        _at_exit(writer)
        if callable(previous):
            previous(signum, frame)
        elif previous != signal.SIG_IGN:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)

    try:
        signal.signal(signal.SIGTERM, on_sigterm)
    except (ValueError, OSError):
        pass


def _forget_writer_in_child() -> None:
    global _writer
    _writer = None  # the writer thread does not survive fork; the child starts its own


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_writer_in_child)


def flush_pending(timeout: float = 5.0) -> bool:
    """Flush this process's writer if it was ever started (keeps a session's lines in order)."""
    return _writer.flush(timeout) if _writer is not None else True
