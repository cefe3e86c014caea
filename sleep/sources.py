"""Where a night's sessions come from: a ``SessionSource`` lists session logs and says how big each is.

The night reads sessions only through a source, so the same stages learn from this machine's logs
(``LocalSessions``, which also reads the transcripts a hook-captured session points to) and from a fleet's
shared sink (``sleep.fleet.SinkSessions``, which pulls one family's sessions from PostgreSQL first).
Imported traces (``second-nature import``) are written as local logs and come through ``LocalSessions``.
"""

from __future__ import annotations

import os
from typing import Protocol

from secondnature.hooks.core.log import log
from secondnature.hooks.core.paths import safe_name, sessions_dir
from secondnature.hooks.core.spool import SessionLog, session_paths


class SessionSource(Protocol):
    def paths(self, since: float | None) -> list[str]:
        """Session log files, oldest first by last change; only those changed since ``since`` when given."""

    def size_of(self, session_id: str) -> int:
        """The size of a session's log now (0 when it is gone): what the watermark records."""

    def ingest(self, log_: SessionLog) -> int:
        """Add to a session's log what its harness's transcript holds beyond the hooks; lines added."""


class LocalSessions:
    """This machine's session logs (hooks, the middleware's writer, the watcher, imports)."""

    def __init__(self, folder: str | None = None) -> None:
        self.folder = folder or sessions_dir()

    def paths(self, since: float | None) -> list[str]:
        return list(session_paths(since, self.folder))

    def size_of(self, session_id: str) -> int:
        try:
            return os.path.getsize(os.path.join(self.folder, safe_name(session_id) + ".jsonl"))
        except OSError:
            return 0

    def ingest(self, log_: SessionLog) -> int:
        """Read the transcripts a hook-captured session points to (Claude Code, Codex), so the night sees
        what hooks do not carry, such as the assistant's text between tool calls."""
        from secondnature.hooks.harnesses.registry import for_transcript
        from secondnature.hooks.ingest import ingest_file

        added = 0
        for transcript in {str(e.data["transcript_path"]) for e in log_.events
                           if isinstance(e.data.get("transcript_path"), str) and e.data["transcript_path"]}:
            harness = for_transcript(transcript) if os.path.isfile(transcript) else None
            if harness is not None:
                try:
                    added += ingest_file(transcript, harness).added
                except Exception as e:  # noqa: BLE001 - a bad transcript must not stop the night
                    log("sleep", f"{transcript}: {type(e).__name__}: {e}")
        return added

