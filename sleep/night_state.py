"""What a night leaves for the next one: the watermark (how much of each session was learned from), the
sessions failing night after night, and the journal of a night under way. A ``NightState`` keeps them.

``FileNightState`` keeps them as files under this machine's state dir, with a file lock so that two
nights never run at once; ``sleep.fleet.FamilyNightState`` keeps one family's in the fleet's PostgreSQL
sink, where the family's advisory lock already keeps other workers out.
"""

from __future__ import annotations

import json
import os
from contextlib import AbstractContextManager, nullcontext
from typing import Any, Protocol

from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.paths import Home, current_home, ensure_private_dir, write_private
from secondnature.hooks.core.schema import now_iso
from secondnature.hooks.core.state import read_state

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


class SleepError(SecondNatureError, RuntimeError):
    """A night that cannot run (locked, refused by the guard, misconfigured); the message says why."""


class NightState(Protocol):
    def lock(self) -> AbstractContextManager[Any]:
        """Held for the whole night: a second night over the same state waits for none and fails."""

    def watermark(self) -> dict[str, int]: ...

    def failures(self) -> dict[str, Any]: ...

    def journal(self) -> dict[str, Any] | None: ...

    def save_journal(self, journal: dict[str, Any]) -> None:
        """Saved before any lesson is written, so a night killed while applying is finished by the next."""

    def finish(self, watermark: dict[str, int], failures: dict[str, Any] | None) -> None:
        """Move the watermark (merged into the old one), keep tonight's failures, and drop the journal."""


class FileNightState:
    """This machine's night state: ``sleep_watermark.json``, ``sleep_failures.json`` and
    ``sleep_journal.json`` under the state dir, and ``sleep.lock``."""

    def __init__(self, home: Home | None = None) -> None:
        self.folder = (home or current_home()).state
        self.journal_path = os.path.join(self.folder, "sleep_journal.json")
        self.watermark_path = os.path.join(self.folder, "sleep_watermark.json")
        self.failures_path = os.path.join(self.folder, "sleep_failures.json")

    def lock(self) -> SleepLock:
        return SleepLock(self.folder)

    def watermark(self) -> dict[str, int]:
        return read_state(self.watermark_path) or {}  # type: ignore[return-value]

    def failures(self) -> dict[str, Any]:
        return read_state(self.failures_path) or {}  # type: ignore[return-value]

    def journal(self) -> dict[str, Any] | None:
        return read_state(self.journal_path)  # type: ignore[return-value]

    def save_journal(self, journal: dict[str, Any]) -> None:
        write_private(self.journal_path, json.dumps(journal).encode())

    def finish(self, watermark: dict[str, int], failures: dict[str, Any] | None) -> None:
        write_private(self.watermark_path, json.dumps({**self.watermark(), **watermark}).encode())
        if failures is not None:
            write_private(self.failures_path, json.dumps(failures).encode())
        os.remove(self.journal_path)


class SleepLock:
    """An exclusive, non-blocking file lock; the file says who holds it. kill -9 releases it."""

    def __init__(self, folder: str | None = None) -> None:
        self.path = os.path.join(ensure_private_dir(folder or current_home().state), "sleep.lock")

    def __enter__(self) -> SleepLock:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(self.fd, 200, 0).decode(errors="replace").strip()
            os.close(self.fd)
            raise SleepError(f"another sleep is running ({holder or 'pid unknown'}); try again when it ends") from None
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, f"pid {os.getpid()} since {now_iso()}".encode(), 0)
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)


def unlocked() -> AbstractContextManager[None]:
    """For a state whose owner holds a lock of its own (a fleet family's advisory lock)."""
    return nullcontext()
