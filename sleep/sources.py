"""Where a night's sessions come from: a ``SessionSource`` lists session logs and says how big each is.

The night reads sessions only through a source, so the same stages learn from this machine's logs
(``LocalSessions``, which also reads the transcripts a hook-captured session points to) and from a fleet's
shared sink (``sleep.fleet.SinkSessions``, which pulls one family's sessions from PostgreSQL first).
Imported traces (``second-nature import``) are written as local logs and come through ``LocalSessions``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Protocol

from secondnature.hooks.core.log import log
from secondnature.hooks.core.paths import HOME_ENV, Home, current_home, safe_name
from secondnature.hooks.core.spool import SessionLog, session_paths

INGEST_TIMEOUT = 600  # seconds for a night's transcripts


class SessionSource(Protocol):
    def paths(self, since: float | None) -> list[str]:
        """Session log files, oldest first by last change; only those changed since ``since`` when given."""

    def size_of(self, session_id: str) -> int:
        """The size of a session's log now (0 when it is gone): what the watermark records."""

    def ingest(self, logs: list[SessionLog]) -> set[str]:
        """Add to the sessions' logs what their harnesses' transcripts hold beyond the hooks; the ids of the
        sessions whose logs grew."""


class LocalSessions:
    """This machine's session logs (hooks, the middleware's writer, the watcher, imports)."""

    def __init__(self, home: Home | None = None) -> None:
        self.home = home or current_home()
        self.folder = self.home.sessions

    def paths(self, since: float | None) -> list[str]:
        return list(session_paths(since, self.folder))

    def size_of(self, session_id: str) -> int:
        try:
            return os.path.getsize(os.path.join(self.folder, safe_name(session_id) + ".jsonl"))
        except OSError:
            return 0

    def ingest(self, logs: list[SessionLog]) -> set[str]:
        """Read the transcripts the hook-captured sessions point to (Claude Code, Codex), so the night sees what
        hooks do not carry, such as the assistant's text between tool calls. In a child process: a transcript
        holds secrets until it is redacted, and the night's own process writes the lesson store, whose index
        files can carry freed memory to disk."""
        transcripts = sorted({str(e.data["transcript_path"]) for log_ in logs for e in log_.events
                              if isinstance(e.data.get("transcript_path"), str) and e.data["transcript_path"]})
        transcripts = [t for t in transcripts if os.path.isfile(t)]
        if not transcripts:
            return set()
        before = {log_.session_id: self.size_of(log_.session_id) for log_ in logs}
        env = {**os.environ, HOME_ENV: self.home.data}  # this night's home, for the child
        try:
            subprocess.run([sys.executable, "-m", "secondnature.hooks.ingest", *transcripts], env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=INGEST_TIMEOUT, check=False)
        except (OSError, subprocess.SubprocessError) as e:
            log("sleep", f"reading {len(transcripts)} transcripts: {type(e).__name__}: {e}", self.home)
        return {session for session, size in before.items() if self.size_of(session) > size}
